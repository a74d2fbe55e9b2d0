/// Ouderwetse woorden, zoals ‘hetgeen’, ‘hetwelk’ en ‘gelieve’.
public struct OldFashionedCheck: Check {
    public init() {}

    public static let info = CheckInfo(
        id: "jargon.archaisch",
        category: .jargon,
        defaultSeverity: .warning,
        summary: "Ouderwetse woorden, zoals ‘hetgeen’, ‘hetwelk’ en ‘gelieve’.",
        rationale: """
            Ouderwetse woorden maken een brief stijf en moeilijk. Mensen gebruiken ze niet meer als ze praten.
            """,
        triggeringExamples: ["Wij betalen u terug hetgeen u te veel heeft betaald."],
        nonTriggeringExamples: ["Wij betalen u terug wat u te veel heeft betaald."]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        JargonTerms.findings(self, kind: .archaisch, in: document) {
            "‘\($0)’ is ouderwets."
        }
    }
}
