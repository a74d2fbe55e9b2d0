/// The registry of checks: one line per check, and the rows of the word-list rule table.
public enum AllChecks {
    /// Every check, in the order their findings are reported within a line.
    public static let all: [any Check] =
        [
            LongSentenceCheck(),
            VeryLongSentenceCheck(),
            LongWordCheck(),
            PassiveVoiceCheck(),
            DoubleNegationCheck(),
        ] as [any Check]
        + WordListRules.rows(in: .jargon)
        + [
            UnexplainedAcronymCheck(),
            UnexplainedLawReferenceCheck(),
        ] as [any Check]
        + WordListRules.rows(in: .coercion)
        + [
            ShoutingCheck(),
            StackedDutiesCheck(),
            ThirdPersonAddressCheck(),
            MainMessageCheck(),
            DutiesCheck(),
            DeadlineCheck(),
            ObjectionCheck(),
            HelpCheck(),
            AmountCheck(),
            LengthCheck(),
        ] as [any Check]

    /// The documentation of every check.
    public static var infos: [CheckInfo] { all.map(\.info) }

    /// The ids of the rules about the letter as a whole (`RuleScope.letter`).
    public static let letterRules: Set<String> = Set(infos.filter { $0.scope == .letter }.map(\.id))

    /// The ids of the rules about a sentence as a whole (`RuleScope.sentence`: its length).
    public static let sentenceRules: Set<String> = Set(infos.filter { $0.scope == .sentence }.map(\.id))

    /// The scope of every rule, by id.
    private static let scopes: [String: RuleScope] = Dictionary(uniqueKeysWithValues: infos.map { ($0.id, $0.scope) })

    /// What the rule with `id` is about (`words` for an unknown id).
    public static func scope(of id: String) -> RuleScope { scopes[id] ?? .words }

    /// The documentation of the check with `id`.
    public static func info(for id: String) -> CheckInfo? { infos.first { $0.id == id } }
}
