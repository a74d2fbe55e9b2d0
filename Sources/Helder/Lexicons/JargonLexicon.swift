/// Officialese, legal and other hard words and phrases, from `Lexicons/jargon.tsv`
/// (`patroon`, `soort`, `alternatief`, `uitleg`, `ernst`, `veilig`).
public struct JargonLexicon: Sendable {
    static let columns = ["patroon", "soort", "alternatief", "uitleg", "ernst", "veilig"]
    /// The file's name in `Lexicons/`.
    public static let fileName = "jargon.tsv"

    /// A kind of jargon (`soort`); each is a rule of its own.
    public typealias Kind = RuleTableKind<JargonLexicon>

    /// One entry.
    public struct Entry: Sendable, Equatable {
        /// The pattern as written in the lexicon.
        public var pattern: String
        public var kind: Kind
        /// Plain alternatives; empty for terms that must stay (then `explanation` says what to explain).
        public var alternatives: [String]
        /// A plain explanation the letter should give, or why the word is hard.
        public var explanation: String?
        /// The severity of a finding; nil when an organisation switched the term off (`ernst` = `uit`).
        public var severity: Severity?
        /// Whether the single alternative can replace the match word for word (`veilig` = `ja`; only
        /// for plain-word patterns with one alternative).
        public var safeToReplace: Bool
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    /// Adds an organisation's entries: an entry with the same pattern replaces the built-in one
    /// (so `ernst` = `uit` switches a built-in term off).
    public mutating func merge(_ other: JargonLexicon) {
        mergeByPattern(&entries, other.entries, pattern: \.pattern)
    }

    /// Parses `Lexicons/jargon.tsv` or a file in the same format.
    public init(_ lexicon: LexiconTable) throws(LexiconError) {
        for row in lexicon.rows {
            let kind: Kind = try parseKind(row[1], column: "soort", line: row.line, in: lexicon)
            let alternatives = Self.alternatives(in: row[2])
            let explanation = row[3].isEmpty ? nil : row[3]
            let severity: Severity?
            if row[4] == "uit" {
                severity = nil
            } else if let value = Severity(rawValue: row[4]) {
                severity = value
            } else {
                throw LexiconError(
                    file: lexicon.name, line: row.line,
                    problem: .invalidValue(column: "ernst", value: row[4], expected: "info, warning, error of uit"))
            }
            guard severity == nil || !alternatives.isEmpty || explanation != nil else {
                throw LexiconError(
                    file: lexicon.name, line: row.line,
                    problem: .invalidValue(column: "alternatief", value: "", expected: "een alternatief of een uitleg"))
            }
            guard row[5] == "ja" || row[5] == "nee" else {
                throw LexiconError(
                    file: lexicon.name, line: row.line,
                    problem: .invalidValue(column: "veilig", value: row[5], expected: "ja of nee"))
            }
            try validatePattern(row[0], lexicon: lexicon, line: row.line)
            // Replaced without a person looking: only plain words, by exactly one alternative.
            if row[5] == "ja", alternatives.count != 1 || row[0].contains(where: { "…|()".contains($0) }) {
                throw LexiconError(
                    file: lexicon.name, line: row.line,
                    problem: .invalidValue(
                        column: "veilig", value: "ja",
                        expected: "nee, tenzij het patroon gewone woorden zijn en er precies één alternatief is"))
            }
            entries.append(
                Entry(
                    pattern: row[0], kind: kind, alternatives: alternatives, explanation: explanation,
                    severity: severity,
                    safeToReplace: row[5] == "ja"))
        }
    }

    /// The alternatives of an `alternatief` field: separated by `|`, trimmed, empty ones left out. Splits the
    /// UTF-8 bytes: thousands of rows are read at every start, and walking characters was most of that time.
    static func alternatives(in field: String) -> [String] {
        let bytes = Array(field.utf8)
        var result: [String] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "|") {
            var first = start
            var last = index
            while first < last, bytes[first] == 0x20 { first += 1 }
            while last > first, bytes[last - 1] == 0x20 { last -= 1 }
            if last > first { result.append(String(decoding: bytes[first..<last], as: UTF8.self)) }
            start = index + 1
        }
        return result
    }
}

extension JargonLexicon: RuleTableLexicon {
    public static let tableKinds = WordListRules.kinds(in: fileName)
}

extension RuleTableKind where Lexicon == JargonLexicon {
    /// Kinds the jargon rules treat in their own way.
    static var archaisch: Self { "archaïsch" }
    static var vaktaal: Self { "vaktaal" }
    static var nominalisatie: Self { "nominalisatie" }
}
