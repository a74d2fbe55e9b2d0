/// Capitals that shout at the reader: ordinary words written in capitals in running text (`LET OP`, `NIET`).
///
/// Form is not function: codes (`EB003`), acronyms (`UWV`), names and places in capitals in an address
/// (`BERGSCHENHOEK`) and a label alone on its line are no shouting.
enum ShoutingDetector {
    /// A run of capitals is shouting from this many letters (one word) or two words.
    static let minimumLetters = 4
    /// Words in ordinary letters that make a sentence running text.
    static let runningWords = 3

    /// Runs of capitals that shout, per sentence: ordinary words (at least one of them among the frequent words)
    /// in running text (a sentence with at least `Self.runningWords` words in ordinary letters, or a run
    /// followed by `!`); never codes with digits (`EB003`), acronyms (`UWV`), names and places in capitals
    /// (`BERGSCHENHOEK`), or a line in capitals alone (a label).
    static func spans(in document: AnalyzedDocument) -> [(block: Int, sentence: Int, spans: [TextSpan])] {
        var result: [(block: Int, sentence: Int, spans: [TextSpan])] = []
        for (blockIndex, block) in document.blocks.enumerated() {
            var text = block.block.text
            text.withUTF8 { bytes in
                for (sentenceIndex, sentence) in block.sentences.enumerated()
                where sentence.role.isProse || sentence.role == .heading {
                    var spans: [TextSpan] = []
                    var run: [Int] = []
                    // Counted only once a run of capitals is found: most sentences have none.
                    lazy var ordinaryWords = sentence.tokens.reduce(0) { count, position in
                        let token = block.tokens[position]
                        return count + (token.kind == .word && !token.flags.contains(.allCaps) ? 1 : 0)
                    }
                    func flush(before next: Int?) {
                        defer { run.removeAll() }
                        guard let first = run.first, let last = run.last else { return }
                        let letters = run.reduce(0) { $0 + Int(block.measures[$1].letters) }
                        guard run.count >= 2 || letters >= Self.minimumLetters else { return }
                        // Ordinary words in capitals shout; names, places and codes in capitals do not.
                        guard run.contains(where: { block.measures[$0].frequentWords > 0 }) else { return }
                        let exclaims =
                            next.map {
                                block.tokens[$0].kind == .punctuation
                                    && bytes[Int(block.tokens[$0].start)] == UInt8(ascii: "!")
                            } ?? false
                        guard ordinaryWords >= Self.runningWords || exclaims else { return }
                        spans.append(
                            TextSpan(
                                block: blockIndex, range: Int(block.tokens[first].start)..<Int(block.tokens[last].end)))
                    }
                    for index in sentence.tokens {
                        let token = block.tokens[index]
                        if token.kind == .word, token.flags.contains(.allCaps),
                            !bytes[token.range].contains(where: CharacterClasses.isDigit),
                            !isAcronym(token, frequent: block.measures[index].frequentWords > 0, bytes, document)
                        {
                            run.append(index)
                        } else if token.kind != .punctuation
                            || !run.isEmpty && bytes[Int(token.start)] == UInt8(ascii: ":")
                            || bytes[Int(token.start)] == UInt8(ascii: "!")
                        {
                            flush(before: index)
                        }
                    }
                    flush(before: nil)
                    if !spans.isEmpty { result.append((blockIndex, sentenceIndex, spans)) }
                }
            }
        }
        return result
    }

    /// An acronym from the lexicon (`UWV`) or a short capital word that is not an ordinary word (`PW`, `KVK`)
    /// is not shouting; `LET OP` and `NIET` are.
    private static func isAcronym(
        _ token: Token, frequent: Bool, _ bytes: UnsafeBufferPointer<UInt8>, _ document: AnalyzedDocument
    ) -> Bool {
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self)
        if document.lexicons.acronyms.entry(forWritten: word) != nil { return true }
        return word.count <= 4 && !frequent
    }
}
