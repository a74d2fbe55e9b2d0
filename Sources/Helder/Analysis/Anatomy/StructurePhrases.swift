/// The phrases of `Lexicons/briefopbouw.tsv` found in each sentence of a letter, by kind, and the small
/// questions the anatomy's readers ask of a sentence (its words, whether it is a question).
struct StructurePhrases {
    /// One phrase: its kind, its words, its first and last token in the block, and its lexicon entry.
    struct Phrase {
        var kind: StructureLexicon.Kind
        var span: TextSpan
        var first: Int
        var last: Int
        var entry: Int
    }

    private let document: AnalyzedDocument
    /// By block, then by sentence index within the block.
    private var bySentence: [[Int: [Phrase]]]

    init(_ document: AnalyzedDocument) {
        self.document = document
        let blocks = document.blocks
        bySentence = Array(repeating: [:], count: blocks.count)
        for (index, block) in blocks.enumerated() {
            for phrase in block.phrases {
                let owner = document.lexicons.phrases.owner(of: phrase.match.pattern)
                guard owner.lexicon == .structure else { continue }
                let entry = document.lexicons.structure.entries[Int(owner.entry)]
                bySentence[index][Int(phrase.sentence), default: []].append(
                    Phrase(
                        kind: entry.kind, span: TextSpan(block: index, range: block.range(of: phrase.match)),
                        first: Int(phrase.match.firstToken), last: Int(phrase.match.lastToken),
                        entry: Int(owner.entry)))
            }
        }
    }

    /// The phrases of one sentence, in the order they were found.
    func phrases(_ block: Int, _ sentence: Int) -> [Phrase] { bySentence[block][sentence] ?? [] }

    /// Whether the sentence holds a phrase of `kind`.
    func has(_ kind: StructureLexicon.Kind, _ block: Int, _ sentence: Int) -> Bool {
        bySentence[block][sentence]?.contains { $0.kind == kind } ?? false
    }

    /// The words of the phrases of `kind` in the sentence.
    func spans(_ kind: StructureLexicon.Kind, _ block: Int, _ sentence: Int) -> [TextSpan] {
        phrases(block, sentence).filter { $0.kind == kind }.map(\.span)
    }

    /// The sentence's words as written.
    func words(_ block: Int, _ sentence: Int) -> [String] {
        let b = document.blocks[block]
        return b.tokens[b.sentences[sentence].tokens].filter { $0.kind == .word }.map {
            document.text(of: TextSpan(block: block, range: $0.range))
        }
    }

    /// The sentence's first word as written.
    func firstWord(_ block: Int, _ sentence: Int) -> String? {
        let b = document.blocks[block]
        return b.tokens[b.sentences[sentence].tokens].first { $0.kind == .word }.map {
            document.text(of: TextSpan(block: block, range: $0.range))
        }
    }

    /// Whether the sentence ends in a question mark.
    func isQuestion(_ block: Int, _ sentence: Int) -> Bool {
        let b = document.blocks[block]
        guard let last = b.sentences[sentence].tokens.last else { return false }
        return document.text(of: TextSpan(block: block, range: b.tokens[last].range)) == "?"
    }
}
