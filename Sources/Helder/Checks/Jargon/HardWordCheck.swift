/// Moeilijke woorden waarvoor een gewoon woord bestaat, zoals ‘verstrekken’ en ‘trachten’.
public struct HardWordCheck: Check {
    public init() {}

    public static let info = CheckInfo(
        id: "jargon.woordkeus",
        category: .jargon,
        defaultSeverity: .warning,
        summary: "Moeilijke woorden waarvoor een gewoon woord bestaat, zoals ‘verstrekken’ en ‘trachten’.",
        rationale: """
            Een moeilijk woord waar een makkelijk woord kan, kost de lezer moeite zonder dat het iets toevoegt.
            """,
        triggeringExamples: ["Wij zullen u de gegevens verstrekken."],
        nonTriggeringExamples: ["Wij sturen u de gegevens."]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        JargonTerms.findings(self, kind: .woordkeus, in: document) {
            "‘\($0)’ kan eenvoudiger."
        }
    }
}
