/// A lexicon whose `soort` column names kinds of `WordListRules.table`: `jargon.tsv`, `dwang.tsv`.
public protocol RuleTableLexicon: SendableMetatype {
    /// The file's name in `Lexicons/`.
    static var fileName: String { get }
    /// The kinds the rule table names for this lexicon, in table order.
    static var tableKinds: [String] { get }
}

/// A kind of a lexicon's `soort` column, by its Dutch name. Each kind is a rule of its own or feeds one (a row
/// of `WordListRules.table`); the kinds a lexicon accepts are exactly those the table names, so a kind that no
/// rule reports cannot be written, and a new kind needs no edit here.
public struct RuleTableKind<Lexicon: RuleTableLexicon>: RawRepresentable, Hashable, Sendable, CaseIterable,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    /// A kind some rule reports; nil for any other name.
    public init?(rawValue: String) {
        guard Lexicon.tableKinds.contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// A kind by name, for the rule table itself.
    public init(stringLiteral name: String) { rawValue = name }

    /// The kinds of the rule table, in its order.
    public static var allCases: [Self] { Lexicon.tableKinds.map(Self.init(stringLiteral:)) }
}
