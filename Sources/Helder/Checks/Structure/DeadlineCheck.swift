/// Een termijn zonder datum: de lezer moet zelf uitrekenen of raden wanneer iets moet.
public struct DeadlineCheck: Check {
    public init() {}

    public let info = CheckInfo(
        id: "structure.termijn",
        category: .structure,
        defaultSeverity: .warning,
        summary: "Een termijn zonder datum, zoals ‘binnen zes weken na dagtekening’ of ‘onverwijld’.",
        rationale: """
            ‘Binnen 14 dagen na dagtekening van deze brief’ vraagt de lezer om te rekenen vanaf een datum die hij moet zoeken. ‘Onverwijld’ of ‘zo spoedig mogelijk’ betekent voor iedereen iets anders. Wie de datum mist, mist de termijn. Een datum kan iedereen in de agenda zetten.
            """,
        triggeringExamples: [
            """
            Geachte heer De Vries,

            Geef een verhuizing «onverwijld» aan ons door.

            Met vriendelijke groet,
            """,
            """
            Datum: 12 december 2025

            Geachte heer De Vries,

            U kunt «binnen zes weken na dagtekening» van deze brief bezwaar maken.

            Met vriendelijke groet,
            """,
        ],
        nonTriggeringExamples: [
            """
            Geachte heer De Vries,

            Geef een verhuizing vóór 1 maart 2026 aan ons door.

            Met vriendelijke groet,
            """
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        guard document.anatomy.hasSalutation else { return [] }
        return document.anatomy.deadlines.filter(\.isVague).map { deadline in
            // A promise of the sender ("wij maken het binnen 10 werkdagen over") is a tip, not a warning.
            let severity: Severity? = deadline.concernsReader ? nil : .info
            if let date = deadline.date, deadline.dateIsComputed {
                return finding(
                    message: "‘\(deadline.text)’: de lezer moet zelf uitrekenen tot wanneer dat is.",
                    suggestion:
                        "Schrijf de datum: ‘uiterlijk \(deadline.dateText ?? date.iso)’. Dat is de datum van de brief plus de termijn, een weekend of feestdag doorgeschoven naar de volgende werkdag (Algemene termijnenwet); controleer hem.",
                    at: deadline.span, severity: severity, in: document)
            }
            return finding(
                message: "‘\(deadline.text)’ zegt niet wanneer precies; iedere lezer leest er iets anders in.",
                suggestion:
                    "Noem een datum, bijvoorbeeld ‘uiterlijk [datum]’, of een duidelijke termijn: ‘binnen [aantal] werkdagen’.",
                at: deadline.span, severity: severity, in: document)
        }
    }
}
