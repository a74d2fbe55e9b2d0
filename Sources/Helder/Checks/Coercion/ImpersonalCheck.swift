/// Onpersoonlijke zinnen die verbergen wie iets doet of besluit, zoals ‘er is besloten’.
public struct ImpersonalCheck: Check {
    public init() {}

    public static let info = CheckInfo(
        id: "coercion.onpersoonlijk",
        category: .coercion,
        defaultSeverity: .warning,
        summary: "Onpersoonlijke zinnen die verbergen wie iets doet of besluit, zoals ‘er is besloten’.",
        rationale: """
            In een lijdende, onpersoonlijke zin staat niet wie besluit of handelt. Dat klinkt kil en maakt onduidelijk bij wie de lezer terecht kan.
            """,
        triggeringExamples: ["Er is besloten uw aanvraag af te wijzen."],
        nonTriggeringExamples: ["Wij hebben besloten dat u geen bijstand krijgt."]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        CoercivePhrases.findings(
            self, kind: .onpersoonlijk, in: document, describe: "hier staat niet wie iets doet of besluit.")
    }
}
