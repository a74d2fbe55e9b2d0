/// Juridische woorden, zoals ‘ingevolge’, ‘dagtekening’ en ‘belanghebbende’.
public struct LegalJargonCheck: Check {
    public init() {}

    public static let info = CheckInfo(
        id: "jargon.juridisch",
        category: .jargon,
        defaultSeverity: .warning,
        summary: "Juridische woorden, zoals ‘ingevolge’, ‘dagtekening’ en ‘belanghebbende’.",
        rationale: """
            Juridische woorden zijn precies voor juristen, maar onbegrijpelijk voor de meeste lezers. Gebruik een gewoon woord, of leg het juridische woord uit als het moet blijven.
            """,
        triggeringExamples: [
            "Ingevolge de wet heeft u recht op bijstand.",
            "U kunt binnen zes weken na dagtekening van deze brief bezwaar maken.",
        ],
        nonTriggeringExamples: [
            "Volgens de wet heeft u recht op bijstand.", "U kunt tot 23 januari 2026 bezwaar maken.",
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        JargonTerms.findings(self, kind: .juridisch, in: document) {
            "‘\($0)’ is juridische taal."
        }
    }
}
