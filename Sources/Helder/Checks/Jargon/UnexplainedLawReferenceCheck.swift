/// A reference to a law article that the letter does not put into plain words.
public struct UnexplainedLawReferenceCheck: Check {
    public init() {}

    public let info = CheckInfo(
        id: "jargon.wetsverwijzing",
        category: .jargon,
        defaultSeverity: .info,
        summary: "Een verwijzing naar een wetsartikel zonder uitleg in gewone woorden.",
        rationale: """
            ‘Artikel 54, lid 3, van de Participatiewet’ zegt de lezer niets. Zeg wat die regel betekent \
            voor de lezer; de verwijzing zelf kan achteraan of in een bijlage.
            """,
        triggeringExamples: ["Op grond van «artikel 54 van de Participatiewet» stoppen wij uw uitkering."],
        nonTriggeringExamples: [
            "Volgens artikel 17 van de Participatiewet moet u veranderingen doorgeven. Dat betekent: vertel ons alles wat invloed kan hebben op uw uitkering.",
            "U moet veranderingen doorgeven.",
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        var findings: [Finding] = []
        for (blockIndex, block) in document.blocks.enumerated() {
            for (sentenceIndex, sentence) in block.sentences.enumerated() where sentence.role.isProse {
                for index in sentence.tokens where block.tokens[index].kind == .lawReference {
                    // An explanation in the same sentence or the next one counts.
                    if document.explains(block: blockIndex, sentence: sentenceIndex) { continue }
                    let span = TextSpan(block: blockIndex, range: block.tokens[index].range)
                    findings.append(
                        finding(
                            message:
                                "‘\(document.excerpt(of: span))’: een verwijzing naar de wet zegt de lezer weinig.",
                            suggestion:
                                "Zeg in gewone woorden wat deze regel voor de lezer betekent, bijvoorbeeld: ‘Dat betekent: …’. De verwijzing zelf kan achteraan.",
                            at: span, in: document))
                }
            }
        }
        return findings
    }
}
