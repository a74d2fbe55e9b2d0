/// Words in capitals that shout at the reader (`LET OP`, `NIET`).
public struct ShoutingCheck: Check {
    public init() {}

    /// A run of capitals is shouting from this many letters (one word) or two words.
    static let minimumLetters = 4

    public static let info = CheckInfo(
        id: "coercion.schreeuwen",
        category: .coercion,
        defaultSeverity: .warning,
        summary: "Woorden in hoofdletters, zoals ‘LET OP’ of ‘NIET’.",
        rationale: """
            Hoofdletters lezen als schreeuwen en zijn moeilijker te lezen dan gewone letters. Wil je iets \
            belangrijk maken, zet het dan vooraan in een korte zin of maak het vet.
            """,
        triggeringExamples: ["LET OP: u moet de formulieren op tijd sturen.", "Dit mag u NOOIT vergeten."],
        nonTriggeringExamples: [
            "Schrijf u in bij het UWV.", "U krijgt bijstand volgens de Participatiewet (PW).",
            "Uw klantmanager is A.B. de Vries.",
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        var findings: [Finding] = []
        for (blockIndex, block) in document.blocks.enumerated() {
            var text = block.block.text
            text.withUTF8 { bytes in
                for sentence in block.sentences where sentence.role.isProse || sentence.role == .heading {
                    var run: [Int] = []
                    func flush() {
                        defer { run.removeAll() }
                        guard !run.isEmpty else { return }
                        let letters = run.reduce(0) { $0 + Int(block.measures[$1].letters) }
                        guard run.count >= 2 || letters >= Self.minimumLetters else { return }
                        let span = TextSpan(
                            block: blockIndex, range: Int(block.tokens[run[0]].start)..<Int(block.tokens[run.last!].end)
                        )
                        findings.append(
                            finding(
                                message:
                                    "‘\(document.excerpt(of: span))’ staat in hoofdletters; dat leest als schreeuwen.",
                                suggestion:
                                    "Schrijf het in gewone letters. Is het belangrijk? Zet het dan vooraan in een korte zin.",
                                at: span, in: document))
                    }
                    for index in sentence.tokens {
                        let token = block.tokens[index]
                        if token.kind == .word, token.flags.contains(.allCaps),
                            !isAcronym(token, frequent: block.measures[index].frequentWords > 0, bytes, document)
                        {
                            run.append(index)
                        } else if token.kind != .punctuation || !run.isEmpty && isColon(token, bytes) {
                            flush()
                        }
                    }
                    flush()
                }
            }
        }
        return findings
    }

    /// An acronym from the lexicon (`UWV`) or a short capital word that is not an ordinary word (`PW`, `KVK`)
    /// is not shouting; `LET OP` and `NIET` are.
    private func isAcronym(
        _ token: Token, frequent: Bool, _ bytes: UnsafeBufferPointer<UInt8>, _ document: AnalyzedDocument
    )
        -> Bool
    {
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self)
        if document.lexicons.acronyms.entry(forWritten: word) != nil { return true }
        return word.count <= 4 && !frequent
    }

    private func isColon(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes[Int(token.start)] == UInt8(ascii: ":")
    }
}
