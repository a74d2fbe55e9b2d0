/// De brief vraagt te veel van de lezer, of de plichten staan verspreid door de brief.
public struct DutiesCheck: Check {
    public init() {}

    public let info = CheckInfo(
        id: "structure.plichten",
        category: .structure,
        defaultSeverity: .warning,
        scope: .letter,
        summary: "De brief vraagt meer dan vijf dingen van de lezer, of de plichten staan verspreid door de brief.",
        rationale: """
            Wie zes pagina's plichten krijgt, onthoudt er geen een. Klanten overtreden dan regels die ze nooit begrepen hebben en krijgen een maatregel. Noem alleen wat nu nodig is, bij elkaar in een genummerde lijst, met bij elke plicht de datum.
            """,
        triggeringExamples: [
            """
            Geachte mevrouw Bakker,

            «U moet uw loonstroken opsturen.» U moet uw bankafschriften opsturen. U moet een verhuizing doorgeven. U moet naar het UWV gaan. U moet solliciteren. U moet op gesprek komen.

            Met vriendelijke groet,
            """
        ],
        nonTriggeringExamples: [
            """
            Geachte mevrouw Bakker,

            U moet uw loonstroken vóór 1 maart 2026 opsturen. Heeft u vragen? Bel ons.

            Met vriendelijke groet,
            """
        ]
    )

    /// Duties in this many separate places or more, with other text between them, are spread out.
    static let spreadPlaces = 3

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        let anatomy = document.anatomy
        let duties = anatomy.duties
        guard anatomy.hasSalutation, let first = duties.first else { return [] }
        var found: [Finding] = []
        let limit = document.limits.maxDuties
        if duties.count > limit {
            found.append(
                finding(
                    message:
                        "Deze brief vraagt \(duties.count) dingen van de lezer. Meer dan \(limit) onthoudt bijna niemand.",
                    suggestion:
                        "Noem alleen wat nu nodig is, hooguit \(limit), in een genummerde lijst onder het kopje ‘Wat moet u doen?’, met bij elke plicht de datum.",
                    at: first.span, in: document))
        }
        // Spread out: duties in several blocks with other paragraphs between them.
        let allDutyBlocks = Set(duties.map(\.span.block)).sorted()
        // Adjacent duty blocks (a numbered list) are one place.
        var dutyBlocks: [Int] = []
        var previous: Int?
        for block in allDutyBlocks {
            let joins =
                previous.map { last in
                    (last + 1..<block).allSatisfy { document.blocks[$0].block.kind == .heading }
                } ?? false
            if !joins { dutyBlocks.append(block) }
            previous = block
        }
        if dutyBlocks.count >= Self.spreadPlaces, let low = dutyBlocks.first, let high = dutyBlocks.last {
            let between = (low...high).filter { index in
                !allDutyBlocks.contains(index) && document.blocks[index].block.kind != .heading
                    && document.blocks[index].sentences.contains { $0.role.isProse }
            }
            if between.count >= 2 {
                found.append(
                    finding(
                        message:
                            "De plichten staan verspreid over \(dutyBlocks.count) plekken in de brief, met andere tekst ertussen.",
                        suggestion:
                            "Zet alles wat de lezer moet doen bij elkaar, onder één kopje ‘Wat moet u doen?’, in een genummerde lijst.",
                        at: duties[duties.count > 1 ? 1 : 0].span, severity: .info, in: document))
            }
        }
        return found
    }
}
