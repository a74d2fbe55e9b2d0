/// Distrust, control and enforcement aimed at the reader: fraud, (unannounced) home visits, inspectors,
/// `ten onrechte`, `uit niets blijkt`, `wij letten erop`.
public struct DistrustCheck: Check {
    public init() {}

    public static let info = CheckInfo(
        id: "coercion.wantrouwen",
        category: .coercion,
        defaultSeverity: .warning,
        summary:
            "Wantrouwen, controle en handhaving gericht op de lezer, zoals fraude, een huisbezoek zonder aankondiging of ‘wij letten erop’.",
        rationale: """
            Wie zich verdacht voelt, haakt af. De meeste mensen willen zich aan de regels houden; een brief die uitgaat van wantrouwen helpt hen daar niet bij.
            """,
        triggeringExamples: [
            "Wij wijzen u er nadrukkelijk op dat wij dit controleren.",
            "Onze controleur kan op elk moment bij u aanbellen.",
            "Wij letten erop dat iedereen zich aan de regels houdt.",
        ],
        nonTriggeringExamples: [
            "Wij helpen u graag als u vragen heeft.",
            "De inspectie onderzocht hoe gemeenten werken.",
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        TonePressureFindings.findings(
            self, in: document,
            hit: { $0.concernsReader ? $0.distrust : nil },
            describe: { _, hit in
                "Wantrouwen: \(TonePressureFindings.describe(hit, in: document))."
            },
            advise: { _, _ in
                "Ga uit van goede trouw en zeg waarom u iets nagaat: ‘Wij kijken bij iedereen of de gegevens kloppen. Zo krijgt iedereen het juiste bedrag.’"
            })
    }
}
