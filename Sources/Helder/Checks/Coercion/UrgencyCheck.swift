/// Druk en haast, zoals ‘onverwijld’, ‘per omgaande’ en ‘laatste herinnering’.
public struct UrgencyCheck: Check {
    public init() {}

    public static let info = CheckInfo(
        id: "coercion.urgentie",
        category: .coercion,
        defaultSeverity: .warning,
        summary: "Druk en haast, zoals ‘onverwijld’, ‘per omgaande’ en ‘laatste herinnering’.",
        rationale: """
            Haast zonder datum zegt de lezer niet wanneer iets klaar moet zijn, en druk maakt onrustig. Noem liever een concrete datum.
            """,
        triggeringExamples: ["Wij verzoeken u per omgaande te reageren."],
        nonTriggeringExamples: ["Wilt u voor 15 januari reageren?"]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        CoercivePhrases.findings(self, kind: .urgentie, in: document, describe: "dit zet de lezer onder druk.")
    }
}
