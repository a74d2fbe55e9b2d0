/// Very long words: long compounds and rare long words.
public struct LongWordCheck: Check {
    public init() {}

    public let info = CheckInfo(
        id: "readability.lang-woord",
        category: .readability,
        defaultSeverity: .info,
        summary: """
            Een woord heeft \(ReadabilityConstants.alwaysFlaggedWordSyllables) lettergrepen of meer, of \
            \(ReadabilityConstants.flaggedWordSyllables) of meer en is geen veelgebruikt woord.
            """,
        rationale: """
            Lange samengestelde woorden zoals ‘terugvorderingsbesluit’ moet de lezer eerst in stukken \
            hakken voordat hij ze begrijpt. Veelgebruikte woorden zoals ‘verantwoordelijkheid’ zijn \
            minder een probleem, ook als ze lang zijn.
            """,
        triggeringExamples: [
            "Tegen dit «terugvorderingsbesluit» kunt u bezwaar maken.",
            "U ontvangt een «arbeidsongeschiktheidsuitkering».",
        ],
        nonTriggeringExamples: [
            "U moet het geld terugbetalen.",
            "Dit is uw verantwoordelijkheid.",
            "Dit staat in de Arbeidsongeschiktheidsverzekeringswet.",
            "Beste {{ arbeidsongeschiktheidsverzekeringsmaatschappij }},",
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        var findings: [Finding] = []
        for (blockIndex, block) in document.blocks.enumerated() {
            for sentence in block.sentences where sentence.role.isProse {
                for index in sentence.tokens where block.tokens[index].kind == .word {
                    // Names of laws and organisations (`Participatiewet`) cannot be shortened by the writer.
                    let token = block.tokens[index]
                    if token.flags.contains(.capitalized), index > sentence.tokens.lowerBound { continue }
                    let measure = block.measures[index]
                    let syllables = Int(measure.syllables)
                    let frequent = measure.frequentWords > 0
                    guard
                        syllables >= ReadabilityConstants.alwaysFlaggedWordSyllables
                            || (syllables >= ReadabilityConstants.flaggedWordSyllables && !frequent)
                    else { continue }
                    let span = TextSpan(block: blockIndex, range: block.tokens[index].range)
                    let word = document.excerpt(of: span, limit: 60)
                    findings.append(
                        finding(
                            message: "‘\(word)’ is een lang woord (\(syllables) lettergrepen).",
                            suggestion:
                                "Gebruik een korter woord of schrijf het in een paar woorden uit, bijvoorbeeld met ‘van’ of ‘voor’ ertussen.",
                            at: span, in: document))
                }
            }
        }
        return findings
    }
}
