/// De brief is lang: meer woorden dan de grens (standaard 700, ongeveer twee kantjes).
public struct LengthCheck: Check {
    public init() {}

    public let info = CheckInfo(
        id: "structure.lengte",
        category: .structure,
        defaultSeverity: .warning,
        scope: .letter,
        summary: "De brief is langer dan 700 woorden (bijlagen niet meegeteld).",
        rationale: """
            Hoe langer de brief, hoe groter de kans dat de lezer het belangrijkste mist. Een brief van meer dan twee kantjes leest bijna niemand helemaal. Houd de brief kort en zet details die niet iedereen nodig heeft in een bijlage of op de website.
            """,
        triggeringExamples: [
            "Geachte heer Mulder,\n\n"
                + String(repeating: "Wij schrijven u over uw uitkering van deze maand. ", count: 90)
                + "\n\nMet vriendelijke groet,"
        ],
        nonTriggeringExamples: [
            "Geachte heer Mulder,\n\nU krijgt deze maand uw uitkering op tijd.\n\nMet vriendelijke groet,"
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        let anatomy = document.anatomy
        let limit = document.limits.maxWords
        guard anatomy.hasSalutation, anatomy.letterWords > limit, let place = document.firstBodySentence() else {
            return []
        }
        let attachments =
            anatomy.attachmentWords > 0 ? " De bijlagen tellen nog \(anatomy.attachmentWords) woorden extra." : ""
        return [
            finding(
                message:
                    "De brief telt \(anatomy.letterWords) woorden: ongeveer \(anatomy.readingMinutes) minuten lezen.\(attachments)",
                suggestion:
                    "Houd een brief bij hooguit \(limit) woorden (ongeveer twee kantjes). Zet details die niet iedereen nodig heeft in een bijlage of op de website.",
                at: place, in: document)
        ]
    }
}
