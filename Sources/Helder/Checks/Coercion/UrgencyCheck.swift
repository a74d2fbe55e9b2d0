/// Pressure: urgency without a date, escalation and warnings (`onverwijld`, `laatste waarschuwing`, `nog steeds niet`).
public struct UrgencyCheck: Check {
    public init() {}

    public static let info = CheckInfo(
        id: "coercion.urgentie",
        category: .coercion,
        defaultSeverity: .warning,
        summary: "Druk en haast, zoals ‘onverwijld’, ‘per omgaande’, ‘laatste waarschuwing’ en ‘nog steeds niet’.",
        rationale: """
            Haast zonder datum zegt de lezer niet wanneer iets klaar moet zijn, en druk maakt onrustig. Noem liever een concrete datum.
            """,
        triggeringExamples: ["Wij verzoeken u per omgaande te reageren.", "Dit is de laatste waarschuwing."],
        nonTriggeringExamples: ["Wilt u voor 15 januari reageren?"]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        TonePressureFindings.findings(
            self, in: document,
            hit: { $0.urgency },
            describe: { _, hit in "Druk: \(TonePressureFindings.describe(hit, in: document))." },
            advise: { _, _ in
                "Noem een datum en zeg waarom die telt: ‘Wilt u dit vóór 1 mei sturen? Dan kunnen wij op tijd betalen.’"
            })
    }
}
