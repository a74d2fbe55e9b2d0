/// Een bedrag zonder uitleg: waarvoor het is of hoe het is berekend.
public struct AmountCheck: Check {
    public init() {}

    public let info = CheckInfo(
        id: "structure.bedrag",
        category: .structure,
        defaultSeverity: .info,
        summary: "Een bedrag zonder uitleg over waarvoor het is of hoe het is berekend.",
        rationale: """
            Een bedrag zonder uitleg roept vragen op: is dit per maand? Waarom zoveel? Wie het bedrag niet begrijpt, kan het ook niet controleren. Zeg waarvoor het is en hoe het is opgebouwd.
            """,
        triggeringExamples: [
            """
            Geachte heer Visser,

            Wij hebben besloten u «€ 250» toe te kennen.

            Met vriendelijke groet,
            """
        ],
        nonTriggeringExamples: [
            """
            Geachte heer Visser,

            U krijgt € 250 per maand voor de huur.

            Met vriendelijke groet,
            """
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        guard document.anatomy.hasSalutation else { return [] }
        return document.anatomy.amounts.filter { !$0.explained }.map { amount in
            let text = document.text(of: amount.span)
            return finding(
                message: "Bij ‘\(text)’ staat niet waarvoor het bedrag is of hoe het is berekend.",
                suggestion:
                    // A template, not an example that pretends to know what the amount is for.
                    "Zeg waarvoor het is en hoe het is opgebouwd, bijvoorbeeld: ‘Het bedrag van \(text) is voor [waarvoor]. Zo hebben wij het berekend: [berekening].’",
                at: amount.span, in: document)
        }
    }
}
