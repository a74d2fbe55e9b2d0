/// Vaktaal uit het sociaal domein, zoals ‘kostendelersnorm’ en ‘inlichtingenplicht’.
public struct SocialDomainTermCheck: Check {
    public init() {}

    public static let info = CheckInfo(
        id: "jargon.vaktaal",
        category: .jargon,
        defaultSeverity: .warning,
        summary: "Vaktaal uit het sociaal domein, zoals ‘kostendelersnorm’ en ‘inlichtingenplicht’.",
        rationale: """
            Klantmanagers kennen deze woorden, hun cliënten meestal niet. Soms moet het woord blijven omdat de wet het gebruikt; leg het dan uit in gewone woorden.
            """,
        triggeringExamples: ["Op u is de kostendelersnorm van toepassing."],
        nonTriggeringExamples: ["U woont met twee andere volwassenen in één huis. Daarom krijgt u minder bijstand."]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        JargonTerms.findings(self, kind: .vaktaal, in: document) {
            "‘\($0)’ is vaktaal die lezers meestal niet kennen."
        }
    }
}
