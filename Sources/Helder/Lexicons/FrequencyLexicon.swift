/// How common Dutch words are, from `Lexicons/frequentie.tsv` (`woord`, `zipf`), most frequent first.
///
/// The rank of a word is its line position among the data lines (1 = most frequent).
public struct FrequencyLexicon: Sendable {
    static let columns = ["woord", "zipf"]

    private var ranks = ByteKeyTable<Int32>(minimumCapacity: 32_768)
    private var zipfByRank: [Float] = []

    /// The number of words listed.
    public var count: Int { zipfByRank.count }

    /// An empty lexicon.
    public init() {}

    /// Parses `Lexicons/frequentie.tsv` or a file in the same format.
    public init(_ lexicon: LexiconTable) throws(LexiconError) {
        zipfByRank.reserveCapacity(lexicon.rows.count)
        for row in lexicon.rows {
            guard let zipf = Float(row[1]), zipf >= 0, zipf <= 9 else {
                throw LexiconError(
                    file: lexicon.name, line: row.line,
                    problem: .invalidValue(column: "zipf", value: row[1], expected: "a number from 0 to 9"))
            }
            guard ranks.insert(WordFolding.fold(row[0]), value: Int32(zipfByRank.count + 1)) else {
                throw LexiconError(file: lexicon.name, line: row.line, problem: .duplicate(row[0]))
            }
            zipfByRank.append(zipf)
        }
    }

    /// The frequency rank (1 = most frequent) of a word as written, or nil when it is not listed.
    public func rank(of word: String) -> Int? {
        var folded = WordFolding.fold(word)
        return folded.withUTF8 { rank(ofFolded: $0) }
    }

    /// The frequency rank of a folded word, or nil when it is not listed.
    func rank(ofFolded word: UnsafeBufferPointer<UInt8>) -> Int? {
        ranks.value(for: word).map(Int.init)
    }

    /// The Zipf frequency (log10 of occurrences per billion words) of the word with `rank`.
    public func zipf(rank: Int) -> Double {
        Double(zipfByRank[rank - 1])
    }
}
