/// Ambtelijke woorden en uitdrukkingen, zoals ‘indien’, ‘derhalve’ en ‘ten behoeve van’.
public struct OfficialeseCheck: Check {
    public init() {}

    public static let info = CheckInfo(
        id: "jargon.ambtelijk",
        category: .jargon,
        defaultSeverity: .warning,
        summary: "Ambtelijke woorden en uitdrukkingen, zoals ‘indien’, ‘derhalve’ en ‘ten behoeve van’.",
        rationale: """
            Ambtelijke taal klinkt afstandelijk en is voor veel lezers moeilijk. Voor bijna elk ambtelijk woord bestaat een gewoon woord dat hetzelfde zegt.
            """,
        triggeringExamples: [
            "Indien u vragen heeft, kunt u ons bellen.",
            "Wij hebben uw formulier derhalve niet in behandeling genomen.",
        ],
        nonTriggeringExamples: [
            "Als u vragen heeft, kunt u ons bellen.", "Daarom hebben wij uw formulier nog niet bekeken.",
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        JargonTerms.findings(self, kind: .ambtelijk, in: document) {
            "‘\($0)’ is ambtelijke taal."
        }
    }
}
