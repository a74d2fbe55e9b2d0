/// Verplichtingen die als bevel zijn geschreven, zoals ‘u dient … te’ en ‘u bent verplicht’.
public struct CommandingObligationCheck: Check {
    public init() {}

    public static let info = CheckInfo(
        id: "coercion.verplichting",
        category: .coercion,
        defaultSeverity: .warning,
        summary: "Verplichtingen die als bevel zijn geschreven, zoals ‘u dient … te’ en ‘u bent verplicht’.",
        rationale: """
            Een brief vol bevelen schrikt af en zegt niet waarom iets nodig is. Lezers doen eerder wat gevraagd wordt als de brief vraagt en uitlegt.
            """,
        triggeringExamples: [
            "U dient de formulieren binnen vijf dagen in te leveren.",
            "U bent verplicht alle wijzigingen door te geven.",
        ],
        nonTriggeringExamples: ["Wilt u de formulieren binnen vijf dagen sturen?", "U kunt bellen als u vragen heeft."]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        CoercivePhrases.findings(self, kind: .verplichting, in: document, describe: "dit klinkt als een bevel.")
    }
}
