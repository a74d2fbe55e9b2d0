/// Naamwoordstijl: een werkwoord als zelfstandig naamwoord, zoals ‘het indienen van’.
public struct NominalStyleCheck: Check {
    public init() {}

    public static let info = CheckInfo(
        id: "jargon.naamwoordstijl",
        category: .jargon,
        defaultSeverity: .warning,
        summary: "Naamwoordstijl: een werkwoord als zelfstandig naamwoord, zoals ‘het indienen van’.",
        rationale: """
            Zinnen met ‘het indienen van’ of ‘de toekenning van’ verbergen wie wat doet. Met een werkwoord wordt de zin korter en duidelijker.
            """,
        triggeringExamples: ["Het indienen van een bezwaarschrift is kosteloos."],
        nonTriggeringExamples: ["Bezwaar maken kost niets."]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        JargonTerms.findings(self, kind: .nominalisatie, in: document) {
            "‘\($0)’ is naamwoordstijl."
        }
    }
}
