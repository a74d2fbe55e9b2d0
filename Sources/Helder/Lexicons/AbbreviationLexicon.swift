/// Abbreviations written with dots or a slash, from `Lexicons/afkortingen.tsv` (`afkorting`, `voluit`, `zinseinde`).
///
/// The tokenizer keeps such an abbreviation as one token, so its dots never end a sentence
/// unless `zinseinde` says it may (`enz.` at the end of a sentence). The full form tells the
/// metrics what a reader actually reads: `bijv.` counts the syllables of `bijvoorbeeld`.
public struct AbbreviationLexicon: Sendable {
    static let columns = ["afkorting", "voluit", "zinseinde"]

    /// One abbreviation and what it stands for.
    public struct Entry: Sendable, Equatable {
        /// The abbreviation as listed, e.g. `d.w.z.`.
        public var abbreviation: String
        /// The words it stands for, e.g. `dat wil zeggen`.
        public var expansion: String
        /// Whether its final dot may also end the sentence.
        public var mayEndSentence: Bool
    }

    private var table = ByteKeyTable<Int32>()
    /// Every entry, in file order.
    public private(set) var entries: [Entry] = []
    /// The longest abbreviation in UTF-8 bytes, to bound the tokenizer's look-ahead.
    private(set) var longest = 0

    /// An empty lexicon.
    public init() {}

    /// Parses `Lexicons/afkortingen.tsv` or a file in the same format.
    public init(_ lexicon: LexiconTable) throws(LexiconError) {
        for row in lexicon.rows {
            let form = WordFolding.fold(row[0])
            guard form.hasSuffix(".") || form.contains("/") else {
                throw LexiconError(
                    file: lexicon.name, line: row.line,
                    problem: .invalidValue(
                        column: "afkorting", value: row[0],
                        expected: "een afkorting die op een punt eindigt of een schuine streep heeft")
                )
            }
            guard !row[1].isEmpty else {
                throw LexiconError(file: lexicon.name, line: row.line, problem: .emptyField(column: "voluit"))
            }
            let mayEnd: Bool
            switch row[2] {
            case "ja": mayEnd = true
            case "nee": mayEnd = false
            default:
                throw LexiconError(
                    file: lexicon.name, line: row.line,
                    problem: .invalidValue(column: "zinseinde", value: row[2], expected: "ja of nee"))
            }
            guard table.insert(form, value: Int32(entries.count)) else {
                throw LexiconError(file: lexicon.name, line: row.line, problem: .duplicate(row[0]))
            }
            entries.append(Entry(abbreviation: row[0], expansion: row[1], mayEndSentence: mayEnd))
            longest = max(longest, form.utf8.count)
        }
    }

    /// The index of the entry for a folded abbreviation.
    func index(ofFolded form: UnsafeBufferPointer<UInt8>) -> Int? {
        table.value(for: form).map(Int.init)
    }

    /// The entry for an abbreviation as written (any case), if listed.
    public func entry(for abbreviation: String) -> Entry? {
        var folded = WordFolding.fold(abbreviation)
        return folded.withUTF8 { index(ofFolded: $0) }.map { entries[$0] }
    }
}
