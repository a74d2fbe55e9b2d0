/// Dreigen met maatregelen, zoals stopzetten, verlagen, terugvorderen of een boete.
public struct ThreatCheck: Check {
    public init() {}

    public static let info = CheckInfo(
        id: "coercion.dreiging",
        category: .coercion,
        defaultSeverity: .warning,
        summary: "Dreigen met maatregelen, zoals stopzetten, verlagen, terugvorderen of een boete.",
        rationale: """
            Een dreigement zonder uitleg en zonder hulp maakt lezers bang en zet de relatie met de klantmanager onder druk. Noem een gevolg rustig, na het aanbod van hulp.
            """,
        triggeringExamples: ["Indien u niet reageert, zullen wij uw uitkering stopzetten."],
        nonTriggeringExamples: [
            "Lukt het niet om de papieren op tijd te sturen? Bel ons, dan zoeken we samen een oplossing."
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        CoercivePhrases.findings(self, kind: .dreiging, in: document, describe: "dit klinkt als een dreigement.")
    }
}
