/// Wantrouwen en verdenking, zoals ‘wij wijzen u erop dat’ en controles zonder aankondiging.
public struct DistrustCheck: Check {
    public init() {}

    public static let info = CheckInfo(
        id: "coercion.wantrouwen",
        category: .coercion,
        defaultSeverity: .warning,
        summary: "Wantrouwen en verdenking, zoals ‘wij wijzen u erop dat’ en controles zonder aankondiging.",
        rationale: """
            Wie zich verdacht voelt, haakt af. De meeste mensen willen zich aan de regels houden; een brief die uitgaat van wantrouwen helpt hen daar niet bij.
            """,
        triggeringExamples: ["Wij wijzen u er nadrukkelijk op dat wij dit controleren."],
        nonTriggeringExamples: ["Wij helpen u graag als u vragen heeft."]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        CoercivePhrases.findings(self, kind: .wantrouwen, in: document, describe: "dit klinkt wantrouwend.")
    }
}
