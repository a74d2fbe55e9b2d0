/// Two negations in one clause (`niet … geen`, `niet onmogelijk`).
public struct DoubleNegationCheck: Check {
    public init() {}

    /// How many words apart two negations may stand.
    static let maximumDistance = 6
    /// A word `on…` is a negation when what follows `on` is a frequent word of at least this many letters.
    static let minimumNegatedLength = 4

    public let info = CheckInfo(
        id: "readability.dubbele-ontkenning",
        category: .readability,
        defaultSeverity: .warning,
        summary: "Twee ontkenningen in één zinsdeel, zoals ‘niet … geen’ of ‘niet onmogelijk’.",
        rationale: """
            Een dubbele ontkenning moet de lezer in zijn hoofd omdraaien. Veel lezers begrijpen de zin dan \
            verkeerd. Zeg het positief.
            """,
        triggeringExamples: [
            "Het is «niet onmogelijk» dat u geld terug moet betalen.",
            "U kunt «niet zonder» een geldig identiteitsbewijs langskomen.",
            "Dat is voor ons «niet onbelangrijk».",
        ],
        nonTriggeringExamples: [
            "Als u niet reageert, krijgt u geen bijstand.", "U heeft geen werk en niet genoeg geld.",
            "Wij hebben uw formulier niet ontvangen.",
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        let lexicons = document.lexicons
        var findings: [Finding] = []
        document.forEachProseSentence(containing: .negation) { block, words in
            var position = 0
            while position < words.count {
                defer { position += 1 }
                guard words.classes[position].contains(.negation) else { continue }
                var next = position + 1
                while next < words.count, next - position <= Self.maximumDistance, !words.clauseBreaks[next],
                    !words.classes[next].contains(.conjunction)
                {
                    if words.classes[next].contains(.negation) || isNegatedWord(words.folded(next), lexicons) {
                        let span = document.span(block: block, from: words.tokens[position], to: words.tokens[next])
                        findings.append(
                            finding(
                                message: "Dubbele ontkenning: ‘\(document.excerpt(of: span))’.",
                                suggestion:
                                    "Zeg het positief: ‘Het kan zijn dat …’ in plaats van ‘Het is niet onmogelijk dat …’.",
                                at: span, in: document))
                        position = next
                        break
                    }
                    next += 1
                }
            }
        }
        return findings
    }

    /// `onmogelijk`, `onbelangrijk`: a negating beginning (`ontkenningsbegin`) before a frequent word (not `ontvangen`).
    private func isNegatedWord(_ word: String, _ lexicons: LexiconSet) -> Bool {
        guard let prefix = lexicons.recognition.parts(.ontkenningsbegin).first(where: { word.hasPrefix($0) }) else {
            return false
        }
        let rest = String(word.dropFirst(prefix.count))
        guard rest.count >= Self.minimumNegatedLength, let rank = lexicons.frequency.rank(of: rest) else {
            return false
        }
        return rank <= ReadabilityConstants.frequentWordRank
    }
}
