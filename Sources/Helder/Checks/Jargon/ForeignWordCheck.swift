/// Latijnse en andere vreemde woorden, zoals ‘conform’ en ‘c.q.’.
public struct ForeignWordCheck: Check {
    public init() {}

    public static let info = CheckInfo(
        id: "jargon.latijn",
        category: .jargon,
        defaultSeverity: .warning,
        summary: "Latijnse en andere vreemde woorden, zoals ‘conform’ en ‘c.q.’.",
        rationale: """
            Latijnse en vreemde woorden kennen veel lezers niet. Er is bijna altijd een Nederlands woord dat hetzelfde zegt.
            """,
        triggeringExamples: ["Wij hebben conform uw verzoek besloten."],
        nonTriggeringExamples: ["Wij hebben gedaan wat u vroeg."]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        JargonTerms.findings(self, kind: .latijn, in: document) {
            "‘\($0)’ is een Latijns of vreemd woord."
        }
    }
}
