/// Sentences of 21 to 30 words: readable for some, too long for many.
public struct LongSentenceCheck: Check {
    public init() {}

    public let info = CheckInfo(
        id: "readability.lange-zin",
        category: .readability,
        defaultSeverity: .warning,
        scope: .sentence,
        summary: "Een zin is langer dan \(ReadabilityConstants.longSentenceWords) woorden.",
        rationale: """
            Op taalniveau B1 zijn zinnen hooguit 15 tot 20 woorden lang. In een langere zin moet de lezer \
            meer onthouden voordat hij weet waar de zin over gaat. Helder markeert de zin vanaf het woord \
            waar hij te lang wordt.
            """,
        triggeringExamples: [
            "Wij hebben uw aanvraag voor een bijstandsuitkering ontvangen en na een zorgvuldige beoordeling van alle gegevens die u ons heeft «gestuurd besloten dat u recht heeft op bijstand.»"
        ],
        nonTriggeringExamples: [
            "U krijgt vanaf 1 januari 2026 een bijstandsuitkering.",
            "Wij hebben uw aanvraag ontvangen. Wij hebben alle gegevens bekeken. U heeft recht op bijstand.",
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        let limit = ReadabilityConstants.longSentenceWords
        return SentenceLength.findings(
            self, in: document, words: (limit + 1)...ReadabilityConstants.veryLongSentenceWords, limit: limit,
            message: { "Deze zin telt \($0) woorden; vanaf hier wordt hij te lang (advies: hooguit \(limit))." },
            suggestion: "Maak er twee zinnen van: zet de hoofdzaak in de eerste zin en de uitleg in de tweede.")
    }
}
