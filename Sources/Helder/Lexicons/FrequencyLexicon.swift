/// How common Dutch words are, from `Lexicons/frequentie.tsv` (`woord`, `zipf`), most frequent first.
///
/// The rank of a word is its line position among the data lines (1 = most frequent).
public struct FrequencyLexicon: Sendable {
    static let columns = ["woord", "zipf"]

    private var ranks = ByteKeyTable<Int32>(minimumCapacity: 32_768)
    /// The number of words listed.
    public private(set) var count = 0

    /// An empty lexicon.
    public init() {}

    /// Parses `Lexicons/frequentie.tsv` or a file in the same format, named `name` in errors.
    public init(name: String, text: String) throws(LexiconError) {
        var folded: [UInt8] = []
        var ranks = ByteKeyTable<Int32>(minimumCapacity: 32_768)
        var listed = 0
        try LexiconTable.scan(name: name, text: text, expectedColumns: Self.columns) {
            line, fields throws(LexiconError) in
            // The Zipf value is checked, so the file stays well-formed; the rank (line order) is what Helder uses.
            guard let zipf = Self.parseDecimal(fields[1]), zipf >= 0, zipf <= 9 else {
                throw LexiconError(
                    file: name, line: line,
                    problem: .invalidValue(
                        column: "zipf", value: String(decoding: fields[1], as: UTF8.self),
                        expected: "een getal van 0 tot en met 9"))
            }
            WordFolding.fold(fields[0], into: &folded)
            let inserted = folded.withUnsafeBufferPointer { ranks.insert($0, value: Int32(listed + 1)) }
            guard inserted else {
                throw LexiconError(
                    file: name, line: line, problem: .duplicate(String(decoding: fields[0], as: UTF8.self)))
            }
            listed += 1
        }
        self.ranks = ranks
        self.count = listed
    }

    /// A plain decimal such as `5.12`; nil for anything else.
    private static func parseDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Float? {
        var value: Float = 0
        var scale: Float = 0
        var digits = 0
        for byte in bytes {
            if byte >= 0x30, byte <= 0x39 {
                digits += 1
                if scale == 0 {
                    value = value * 10 + Float(byte - 0x30)
                } else {
                    value += Float(byte - 0x30) * scale
                    scale /= 10
                }
            } else if byte == UInt8(ascii: "."), scale == 0 {
                scale = 0.1
            } else {
                return nil
            }
        }
        return digits > 0 ? value : nil
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
}
