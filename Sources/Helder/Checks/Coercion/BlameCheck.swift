/// Blame on the reader, such as `u heeft verzuimd` and `door uw toedoen`.
public struct BlameCheck: Check {
    public init() {}

    public static let info = CheckInfo(
        id: "coercion.schuld",
        category: .coercion,
        defaultSeverity: .warning,
        summary: "Schuld bij de lezer leggen, zoals ‘u heeft verzuimd’ en ‘door uw toedoen’.",
        rationale: """
            Een verwijt helpt de lezer niet om het de volgende keer goed te doen. Beschrijf wat er is gebeurd en wat de lezer nu kan doen.
            """,
        triggeringExamples: ["U heeft verzuimd de gevraagde stukken op te sturen."],
        nonTriggeringExamples: ["Wij hebben de papieren nog niet gekregen."]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        TonePressureFindings.findings(
            self, in: document,
            hit: { $0.blame },
            describe: { _, hit in "Verwijt: \(TonePressureFindings.describe(hit, in: document))." },
            advise: { _, _ in
                "Zeg wat er is gebeurd en wat de lezer nu kan doen: ‘Wij hebben de papieren nog niet gekregen. Wilt u ze sturen?’"
            })
    }
}
