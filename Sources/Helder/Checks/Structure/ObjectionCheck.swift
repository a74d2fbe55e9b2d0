/// Een besluit zonder bezwaarparagraaf, of met een bezwaarparagraaf in alleen juridische taal.
public struct ObjectionCheck: Check {
    public init() {}

    public let info = CheckInfo(
        id: "structure.bezwaar",
        category: .structure,
        defaultSeverity: .warning,
        scope: .letter,
        summary: "Een besluit zegt niet, of alleen in juridische taal, hoe de lezer bezwaar kan maken.",
        rationale: """
            Wie het niet eens is met een besluit, heeft het recht om bezwaar te maken. ‘Indien u zich met dit besluit niet kunt verenigen, kunt u een bezwaarschrift indienen’ begrijpen veel lezers niet. Zeg in gewone woorden wat ze kunnen doen, voor wanneer en waar naartoe.
            """,
        triggeringExamples: [
            """
            Geachte heer Smit,

            Wij hebben besloten dat u geen bijzondere bijstand krijgt.

            «Indien u zich met dit besluit niet kunt verenigen», kunt u een bezwaarschrift indienen.

            Met vriendelijke groet,
            """,
            """
            Geachte heer Smit,

            «Wij hebben besloten» dat u geen bijzondere bijstand krijgt.

            Met vriendelijke groet,
            """,
        ],
        nonTriggeringExamples: [
            """
            Geachte heer Smit,

            Wij hebben besloten dat u geen bijzondere bijstand krijgt.

            Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken.

            Met vriendelijke groet,
            """
        ]
    )

    /// What a plain bezwaar paragraph says.
    static let example =
        "Schrijf bijvoorbeeld: ‘Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Doe dat vóór [datum]. Schrijf in een brief waarom u het niet eens bent, en stuur die naar [adres]. Wilt u eerst met ons praten? Bel dan [telefoonnummer].’"

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        let anatomy = document.anatomy
        guard anatomy.hasSalutation, anatomy.isDecision else { return [] }
        if !anatomy.mentionsObjection {
            guard let place = anatomy.decision ?? document.firstBodySentence() else { return [] }
            if anatomy.objectionInAttachment {
                return [
                    finding(
                        message:
                            "Het bezwaar staat alleen in de bijlage; de brief zelf zegt niet dat de lezer bezwaar kan maken.",
                        suggestion:
                            "Zet in de brief: ‘Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Hoe dat gaat, leest u in de bijlage.’ Noem ook de datum waarvoor het moet.",
                        at: place, in: document)
                ]
            }
            return [
                finding(
                    message: "Dit is een besluit, maar de brief zegt niet dat de lezer bezwaar kan maken.",
                    suggestion: Self.example, at: place, severity: .error, in: document)
            ]
        }
        guard anatomy.plainObjection.isEmpty, let legal = anatomy.legalObjection.first else { return [] }
        return [
            finding(
                message: "Het bezwaar staat er alleen in juridische taal.", suggestion: Self.example, at: legal,
                in: document)
        ]
    }
}
