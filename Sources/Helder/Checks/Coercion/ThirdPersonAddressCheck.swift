/// The reader named in the third person (`de belanghebbende`, `men`) instead of `u`.
public struct ThirdPersonAddressCheck: Check {
    public init() {}

    public let info = CheckInfo(
        id: "coercion.aanspreekvorm",
        category: .coercion,
        defaultSeverity: .warning,
        summary: "De lezer wordt ‘de belanghebbende’, ‘de aanvrager’ of ‘men’ genoemd in plaats van ‘u’.",
        rationale: """
            Een brief gaat over één persoon: de lezer. Wie ‘de belanghebbende’ of ‘men’ leest, moet eerst \
            bedenken dat hij zelf bedoeld wordt. Spreek de lezer aan met ‘u’.
            """,
        triggeringExamples: [
            "De «belanghebbende» dient het formulier in te vullen.", "«Men» kan bezwaar maken binnen zes weken.",
        ],
        nonTriggeringExamples: ["U vult het formulier in.", "Uw klantmanager belt u binnenkort."]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        var findings: [Finding] = []
        document.forEachProseSentence(containing: .thirdPerson) { block, words in
            for position in 0..<words.count where words.classes[position].contains(.thirdPerson) {
                let span = document.span(block: block, from: words.tokens[position], to: words.tokens[position])
                findings.append(
                    finding(
                        message: "‘\(document.excerpt(of: span))’ noemt de lezer in de derde persoon.",
                        suggestion:
                            "Spreek de lezer aan met ‘u’: ‘U kunt bezwaar maken’ in plaats van ‘De belanghebbende kan bezwaar maken’.",
                        at: span, in: document))
            }
        }
        return findings
    }
}
