/// Het besluit of de hoofdboodschap staat niet in de eerste alinea na de aanhef.
public struct MainMessageCheck: Check {
    public init() {}

    public let info = CheckInfo(
        id: "structure.hoofdboodschap",
        category: .structure,
        defaultSeverity: .warning,
        scope: .letter,
        summary: "Het besluit staat niet in de eerste alinea na de aanhef.",
        rationale: """
            Lezers willen eerst weten wat er besloten is: krijg ik geld, moet ik iets terugbetalen? Staat dat pas op de tweede pagina, dan haken veel lezers af voordat ze het lezen. Begin met het besluit, leg daarna uit waarom.
            """,
        triggeringExamples: [
            """
            Geachte heer Jansen,

            U ontvangt sinds februari een uitkering. Wij hebben uw gegevens opnieuw bekeken.

            «Wij hebben besloten» dat u € 300 moet terugbetalen.

            Met vriendelijke groet,
            """
        ],
        nonTriggeringExamples: [
            """
            Geachte heer Jansen,

            Wij hebben besloten dat u € 300 moet terugbetalen. Hieronder leest u waarom.

            Met vriendelijke groet,
            """
        ]
    )

    /// A decision sentence of at most this many words can be moved up as it stands.
    static let shortDecisionWords = 15

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        let anatomy = document.anatomy
        guard anatomy.hasSalutation, anatomy.isDecision, let decision = anatomy.decision,
            let first = anatomy.firstParagraph, decision.block > first
        else { return [] }
        // The paragraph number as the reader counts: paragraphs of text from the first one on.
        let paragraph =
            (first...decision.block).filter { index in
                document.blocks[index].block.kind != .heading
                    && document.blocks[index].sentences.contains { $0.role.isProse }
            }.count
        let sentence = document.blocks[decision.block].sentences.first { sentence in
            let span = document.span(of: sentence, in: decision.block)
            return span.range.contains(decision.range.lowerBound)
        }
        let context = sentence.map { document.span(of: $0, in: decision.block) }
        // The letter's own decision when it is already one short sentence; else a template.
        let suggestion =
            if let sentence, let context, sentence.words <= Self.shortDecisionWords {
                "Zet het besluit in de eerste alinea: ‘\(document.excerpt(of: context))’ Leg daarna uit waarom."
            } else {
                "Begin de brief met het besluit, in één korte zin: wat krijgt de lezer of wat moet hij doen? Bijvoorbeeld: ‘U krijgt vanaf [datum] bijstand.’ of ‘U moet [bedrag] terugbetalen.’ Leg daarna uit waarom."
            }
        return [
            finding(
                message: "Het besluit staat pas in alinea \(paragraph) na de aanhef, niet in de eerste.",
                suggestion: suggestion, at: decision, context: context, in: document)
        ]
    }
}
