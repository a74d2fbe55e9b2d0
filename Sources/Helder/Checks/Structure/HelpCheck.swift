/// De brief zegt niet waar de lezer met vragen terechtkan.
public struct HelpCheck: Check {
    public init() {}

    public let info = CheckInfo(
        id: "structure.hulp",
        category: .structure,
        defaultSeverity: .warning,
        scope: .letter,
        summary:
            "De brief biedt geen hulp aan: geen ‘Heeft u vragen?’, geen telefoonnummer of contactpersoon in de tekst.",
        rationale: """
            Wie een brief niet begrijpt, moet weten wie hij kan bellen. Een telefoonnummer alleen in het briefhoofd voelt niet als een uitnodiging. Sluit af met een vraag en een naam: ‘Heeft u vragen? Bel dan …’.
            """,
        triggeringExamples: [
            """
            Geachte mevrouw Peters,

            U krijgt vanaf 1 maart 2026 bijstand.

            «Met vriendelijke groet,»
            """
        ],
        nonTriggeringExamples: [
            """
            Geachte mevrouw Peters,

            U krijgt vanaf 1 maart 2026 bijstand. Heeft u vragen? Bel ons op 14 0123.

            Met vriendelijke groet,
            """
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        let anatomy = document.anatomy
        guard anatomy.hasSalutation, anatomy.help.isEmpty, !anatomy.contactInText else { return [] }
        // Shown at the closing, where the offer of help belongs.
        let place =
            anatomy.closingBlock.flatMap { block in
                document.blocks[block].sentences.first.map { document.span(of: $0, in: block) }
            } ?? document.firstBodySentence()
        guard let place else { return [] }
        let message =
            anatomy.contactInLetterhead
            ? "Alleen het briefhoofd noemt een telefoonnummer of e-mailadres; de brief zelf nodigt de lezer niet uit om vragen te stellen."
            : "De brief zegt niet waar de lezer met vragen terechtkan."
        return [
            finding(
                message: message,
                suggestion:
                    "Sluit af met: ‘Heeft u vragen? Bel dan [naam] op [telefoonnummer]. Wij helpen u graag.’",
                at: place, in: document)
        ]
    }
}
