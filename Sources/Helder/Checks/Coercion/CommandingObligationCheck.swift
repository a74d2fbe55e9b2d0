/// Duties written as commands, such as `u dient … te`, `u bent verplicht` and `wij dragen u op`.
///
/// A plain `u moet` gets no finding (B1 advice allows it); it counts in the tone score.
public struct CommandingObligationCheck: Check {
    public init() {}

    public static let info = CheckInfo(
        id: "coercion.verplichting",
        category: .coercion,
        defaultSeverity: .warning,
        summary:
            "Verplichtingen die als bevel zijn geschreven, zoals ‘u dient … te’, ‘u bent verplicht’ en ‘wij dragen u op’.",
        rationale: """
            Een brief vol bevelen schrikt af en zegt niet waarom iets nodig is. Lezers doen eerder wat gevraagd wordt als de brief vraagt en uitlegt.
            """,
        triggeringExamples: [
            "U dient de formulieren binnen vijf dagen in te leveren.",
            "U bent verplicht alle wijzigingen door te geven.",
            "Dan dragen wij u op om te stoppen.",
        ],
        nonTriggeringExamples: [
            "Wilt u de formulieren binnen vijf dagen sturen?", "U kunt bellen als u vragen heeft.",
            "Uw werkgever moet de loonstrook elke maand opsturen.",
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        TonePressureFindings.findings(
            self, in: document,
            hit: { sentence in
                // Stiff forms from dwang.tsv (also `gelieve`, weight 1) and the heavy duty forms of toon.tsv.
                guard let duty = sentence.duty, duty.coercionEntry != nil || duty.weight >= 2 else { return nil }
                return duty
            },
            describe: { _, hit in
                "Bevel: \(TonePressureFindings.describe(hit, in: document))."
            },
            advise: { _, _ in
                "Vraag het en zeg waarom: ‘Wilt u … ? Dat is nodig, omdat … .’ Of: ‘U moet … , want … .’"
            })
    }
}
