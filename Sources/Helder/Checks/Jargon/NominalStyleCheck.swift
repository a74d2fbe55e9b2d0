/// Naamwoordstijl: een werkwoord als zelfstandig naamwoord, zoals ‘het indienen van’.
public struct NominalStyleCheck: Check {
    public init() {}

    public static let info = CheckInfo(
        id: "jargon.naamwoordstijl",
        category: .jargon,
        defaultSeverity: .warning,
        summary:
            "Naamwoordstijl: een werkwoord als zelfstandig naamwoord, zoals ‘de afhandeling van’ of ‘het in behandeling nemen van’.",
        rationale: """
            Zinnen met ‘het indienen van’ of ‘de toekenning van’ verbergen wie wat doet. Met een werkwoord wordt de zin korter en duidelijker.
            """,
        triggeringExamples: ["Na de afhandeling van uw aanvraag krijgt u bericht."],
        nonTriggeringExamples: [
            "Bezwaar maken kost niets.", "Wilt u informatie over het plaatsen van een dakkapel?",
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        JargonTerms.findings(self, kind: .nominalisatie, in: document) {
            "‘\($0)’ is naamwoordstijl."
        }
    }
}
