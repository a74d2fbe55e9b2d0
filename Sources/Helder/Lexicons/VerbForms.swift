/// Verb forms for the advice on a passive sentence, from `Lexicons/werkwoorden.tsv` (`vorm`, `soort`, `wij`,
/// `infinitief`): with them `readability.lijdende-vorm` shows the active form with `wij` as subject
/// (`wordt … stopgezet` → `wij zetten … stop`), and knows when it cannot (`moet … worden ingevuld`, `door het college`).
public struct VerbForms: Sendable {
    static let columns = ["vorm", "soort", "wij", "infinitief"]
    /// The file's name in `Lexicons/`.
    static let fileName = "werkwoorden.tsv"

    /// The kinds of form, by their Dutch name in the `soort` column.
    public enum Kind: String, Sendable, CaseIterable {
        /// A past participle with its present tense after `wij` and its infinitive.
        case deelwoord
        /// An auxiliary before `worden` after which the sender still acts (`kan`, `zal`), with its form after `wij`.
        case hulpwerkwoord
        /// A past tense of `worden` (`werd`), with the auxiliary of the perfect after `wij` (`hebben`).
        case verleden
        /// A word before `worden` after which it is open who acts, often the reader (`moet`, `dient`, `te`).
        case geenwij
        /// A word that names who acts in a passive sentence (`door`).
        case handelende
        /// A word that starts a subordinate clause (`voordat`, `dat`), where the verb stands last.
        case bijzin
    }

    /// One form.
    public struct Entry: Sendable, Equatable {
        public var kind: Kind
        /// The form after `wij`: a present tense with `…` where the rest of the clause goes (`zetten … stop`),
        /// or an auxiliary (`kunnen`, `hebben`); empty for the kinds without one.
        public var wij: String
        /// The whole verb (`stopzetten`); empty except for participles.
        public var infinitive: String
    }

    private var entries: [String: Entry] = [:]

    /// An empty lexicon.
    public init() {}

    /// Parses `Lexicons/werkwoorden.tsv` or a file in the same format.
    public init(_ lexicon: LexiconTable) throws(LexiconError) {
        for row in lexicon.rows {
            let kind: Kind = try parseKind(row[1], column: "soort", line: row.line, in: lexicon)
            let entry = Entry(kind: kind, wij: row[2], infinitive: row[3])
            let needed: [(column: String, value: String)] =
                switch kind {
                case .deelwoord: [("wij", entry.wij), ("infinitief", entry.infinitive)]
                case .hulpwerkwoord, .verleden: [("wij", entry.wij)]
                case .geenwij, .handelende, .bijzin: []
                }
            for (column, value) in needed where value.isEmpty {
                throw LexiconError(file: lexicon.name, line: row.line, problem: .emptyField(column: column))
            }
            let form = WordFolding.fold(row[0])
            guard entries[form] == nil else {
                throw LexiconError(file: lexicon.name, line: row.line, problem: .duplicate(row[0]))
            }
            entries[form] = entry
        }
    }

    /// The entry of a folded word, if the file has it.
    public func entry(folded word: String) -> Entry? { entries[word] }

    /// How many forms the file holds.
    public var count: Int { entries.count }
}
