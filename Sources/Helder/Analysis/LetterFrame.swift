/// Finds the frame of a letter: where the salutation and the closing stand.
///
/// Text before the salutation (address, date, reference, subject) and the signature after the
/// closing are read line by line and kept out of the readability figures, as are the salutation
/// and the closing themselves. Text without a salutation is all body.
struct LetterFrame {
    /// Longest line, in words, that can be a salutation or a closing.
    static let maximumFrameLineWords = 12

    /// The block whose first line is the salutation.
    var salutationBlock: Int?
    /// The block whose first line is the closing.
    var closingBlock: Int?

    init(blocks: [Block], tokens: [[Token]], recognition: RecognitionLexicon) {
        // Only blocks whose first word can start a salutation or closing are looked at closely.
        let openers = Set(
            (recognition.salutations + recognition.closings).compactMap {
                $0.split(separator: " ").first.map(String.init)
            })
        for index in blocks.indices {
            guard let first = tokens[index].first, first.kind == .word else { continue }
            let utf8 = blocks[index].text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: Int(first.start))
            let end = utf8.index(start, offsetBy: Int(first.end - first.start))
            guard openers.contains(WordFolding.fold(String(decoding: utf8[start..<end], as: UTF8.self))) else {
                continue
            }
            if salutationBlock == nil, closingBlock == nil,
                Self.firstLine(of: blocks[index], tokens: tokens[index], startsWithAnyOf: recognition.salutations)
            {
                salutationBlock = index
            } else if closingBlock == nil,
                Self.firstLine(of: blocks[index], tokens: tokens[index], startsWithAnyOf: recognition.closings)
            {
                closingBlock = index
                break
            }
        }
    }

    /// The number of tokens on the first line of a block.
    static func firstLineLength(_ tokens: [Token]) -> Int {
        tokens.indices.dropFirst().first { tokens[$0].flags.contains(.newlineBefore) } ?? tokens.count
    }

    /// Whether the block's first line is short, does not end a sentence, and begins with one of `phrases`.
    private static func firstLine(of block: Block, tokens: [Token], startsWithAnyOf phrases: [String]) -> Bool {
        let length = firstLineLength(tokens)
        guard length > 0 else { return false }
        let words = tokens[0..<length].filter { $0.kind == .word || $0.kind == .placeholder }.count
        guard words <= maximumFrameLineWords else { return false }
        let utf8 = block.text.utf8
        let end = utf8.index(utf8.startIndex, offsetBy: Int(tokens[length - 1].end))
        let line = WordFolding.fold(String(decoding: utf8[utf8.startIndex..<end], as: UTF8.self))
        if let last = line.last, last == "." || last == "!" || last == "?" || last == ":" { return false }
        return phrases.contains { phrase in
            guard line.hasPrefix(phrase) else { return false }
            let rest = line.dropFirst(phrase.count)
            guard let next = rest.first else { return true }
            return !next.isLetter
        }
    }
}
