/// Sentences of more than 30 words: too long for most readers.
public struct VeryLongSentenceCheck: Check {
    public init() {}

    public let info = CheckInfo(
        id: "readability.zeer-lange-zin",
        category: .readability,
        defaultSeverity: .error,
        scope: .sentence,
        summary: "Een zin is langer dan \(ReadabilityConstants.veryLongSentenceWords) woorden.",
        rationale: """
            Een zin van meer dan 30 woorden is voor de meeste lezers te lang om in één keer te begrijpen, \
            zeker als ze laaggeletterd zijn of Nederlands als tweede taal spreken. Zulke zinnen bevatten \
            meestal meer dan één boodschap.
            """,
        triggeringExamples: [
            "Indien u van mening bent dat dit besluit onjuist is, kunt u binnen zes weken na de datum van verzending «van deze brief een bezwaarschrift indienen bij het college van burgemeester en wethouders van de gemeente, waarbij u dient aan te geven waarom u het niet eens bent met het besluit.»"
        ],
        nonTriggeringExamples: [
            "Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Dat doet u binnen zes weken.",
            "Wij hebben uw aanvraag voor een bijstandsuitkering ontvangen en na een zorgvuldige beoordeling besloten dat u recht heeft op bijstand.",
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        let limit = ReadabilityConstants.veryLongSentenceWords
        return SentenceLength.findings(
            self, in: document, words: (limit + 1)...Int.max, limit: ReadabilityConstants.longSentenceWords,
            message: {
                "Deze zin telt \($0) woorden, veel te veel; vanaf hier wordt hij te lang (advies: hooguit \(ReadabilityConstants.longSentenceWords))."
            },
            suggestion:
                "Splits de zin in korte zinnen met elk één boodschap. Begin met wat de lezer moet weten of doen.")
    }
}
