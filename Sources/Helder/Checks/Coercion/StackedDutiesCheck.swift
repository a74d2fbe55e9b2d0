/// Duties stacked on the reader under a consequence: a list of obligations with a sanction beside it.
public struct StackedDutiesCheck: Check {
    public init() {}

    /// From this many sentences with a duty, together with a consequence, the letter stacks duties.
    static let minimumDuties = 4
    /// Duties count for the stack when they stand within this many sentences of the threat.
    static let nearby = 10

    public let info = CheckInfo(
        id: "coercion.stapeling",
        category: .coercion,
        defaultSeverity: .warning,
        // One finding per letter, about a passage rather than the words it is shown on.
        scope: .letter,
        summary:
            "Veel plichten voor de lezer met een gevolg of sanctie erbij, zoals een lijst regels onder ‘anders verlagen wij uw uitkering’.",
        rationale: """
            Een rij plichten met een straf erbij voelt als een waarschuwing vooraf. Lezers onthouden de dreiging, \
            niet de regels. Noem de belangrijkste plichten, zeg bij elke plicht waarom, en noem het gevolg één keer.
            """,
        triggeringExamples: [
            "«U moet» veranderingen doorgeven. U moet zich inschrijven bij het UWV. U moet elke week solliciteren. "
                + "U moet naar elk gesprek komen. Doet u dit niet, dan verlagen wij uw uitkering."
        ],
        nonTriggeringExamples: [
            """
            U moet veranderingen binnen vijf dagen doorgeven. Lukt dat niet? Bel ons, dan helpen wij u.
            """
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        let tone = document.tone
        // The first threat said without care (no reason, help or understanding around it) with enough duties
        // around it: a threat said calmly, after the help on offer, is what the advice asks for.
        for threat in tone.sentences where threat.threatens && !threat.softened {
            let duties = tone.sentences.filter {
                $0.duty != nil && abs($0.order - threat.order) <= Self.nearby
            }
            guard duties.count >= Self.minimumDuties, let first = duties.first, let consequence = threat.consequence
            else { continue }
            return [stack(duties.count, consequence, at: first, in: document)]
        }
        return []
    }

    private func stack(_ count: Int, _ consequence: ToneHit, at first: SentencePressure, in document: AnalyzedDocument)
        -> Finding
    {
        let duties = count
        return finding(
            message:
                "\(duties) zinnen leggen de lezer een plicht op, met een gevolg erbij (\(TonePressureFindings.quote(consequence.span, in: document))): dat voelt als een waarschuwing vooraf.",
            suggestion:
                "Noem alleen de belangrijkste plichten, in een genummerde lijst, met bij elke plicht waarom. Noem het gevolg één keer, na het aanbod van hulp.",
            at: first.duty?.span ?? first.span, in: document)
    }
}
