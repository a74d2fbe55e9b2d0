/// Coercive phrasing, from `Lexicons/dwang.tsv` (`patroon`, `soort`, `gewicht`, `alternatief`, `uitleg`).
public struct CoercionLexicon: Sendable {
    static let columns = ["patroon", "soort", "gewicht", "alternatief", "uitleg"]
    /// The file's name in `Lexicons/`.
    public static let fileName = "dwang.tsv"

    /// A kind of coercion (`soort`): five feed the tone model, any other is a phrase rule of its own.
    public typealias Kind = RuleTableKind<CoercionLexicon>

    /// One entry.
    public struct Entry: Sendable, Equatable {
        public var pattern: String
        public var kind: Kind
        /// 1 (stiff) to 3 (explicit threat or accusation); 0 when switched off.
        public var weight: Int
        /// A friendlier way to say it.
        public var alternative: String
        /// Why it harms the letter.
        public var explanation: String

        /// The severity of a finding for this entry.
        public var severity: Severity? {
            switch weight {
            case 3: .error
            case 2: .warning
            case 1: .info
            default: nil
            }
        }
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    /// Adds an organisation's entries: an entry with the same pattern replaces the built-in one
    /// (so `gewicht` = `0` switches a built-in pattern off).
    public mutating func merge(_ other: CoercionLexicon) {
        mergeByPattern(&entries, other.entries, pattern: \.pattern)
    }

    /// Parses `Lexicons/dwang.tsv` or a file in the same format.
    public init(_ lexicon: LexiconTable) throws(LexiconError) {
        for row in lexicon.rows {
            let kind: Kind = try parseKind(row[1], column: "soort", line: row.line, in: lexicon)
            guard let weight = Int(row[2]), (0...3).contains(weight) else {
                throw LexiconError(
                    file: lexicon.name, line: row.line,
                    problem: .invalidValue(
                        column: "gewicht", value: row[2], expected: "1, 2 of 3 (of 0 om het uit te zetten)"))
            }
            guard weight == 0 || !row[3].isEmpty else {
                throw LexiconError(file: lexicon.name, line: row.line, problem: .emptyField(column: "alternatief"))
            }
            try validatePattern(row[0], lexicon: lexicon, line: row.line)
            entries.append(Entry(pattern: row[0], kind: kind, weight: weight, alternative: row[3], explanation: row[4]))
        }
    }
}

extension CoercionLexicon: RuleTableLexicon {
    public static let tableKinds = WordListRules.kinds(in: fileName)
}

extension RuleTableKind where Lexicon == CoercionLexicon {
    /// The kinds the tone model reads as duties, consequences, distrust, urgency and blame; any other kind is
    /// reported phrase by phrase by its own row (as `onpersoonlijk` is).
    static var verplichting: Self { "verplichting" }
    static var dreiging: Self { "dreiging" }
    static var wantrouwen: Self { "wantrouwen" }
    static var urgentie: Self { "urgentie" }
    static var schuld: Self { "schuld" }
}
