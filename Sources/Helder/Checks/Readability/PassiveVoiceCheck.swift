/// Passive voice with `worden`: `Uw uitkering wordt stopgezet` hides who acts.
public struct PassiveVoiceCheck: Check {
    public init() {}

    /// How many words apart the form of `worden` and the participle may stand.
    static let maximumDistance = 8

    public static let info = CheckInfo(
        id: "readability.lijdende-vorm",
        category: .readability,
        defaultSeverity: .info,
        summary: "Een lijdende zin met ‘worden’ en een voltooid deelwoord, zoals ‘uw uitkering wordt stopgezet’.",
        rationale: """
            In een lijdende zin staat niet wie iets doet. Dat maakt de zin langer en vager, en de lezer \
            weet niet bij wie hij terecht kan. Schrijf actief: wie doet wat.
            """,
        triggeringExamples: [
            "Uw uitkering wordt per 1 januari stopgezet.", "De bijstand wordt door het college toegekend.",
            "Wij weten dat het geld te laat is overgemaakt en dat het bedrag werd teruggevorderd.",
        ],
        nonTriggeringExamples: [
            "Wij stoppen uw uitkering per 1 januari.", "Het wordt morgen een drukke dag.",
            "U wordt klantmanager.",
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        var findings: [Finding] = []
        document.forEachProseSentence(containing: .passiveAuxiliary) { block, words in
            for position in 0..<words.count where words.classes[position].contains(.passiveAuxiliary) {
                // Main clause: the participle follows (`wordt … stopgezet`); subordinate clause: it stands
                // right before the verb (`dat uw uitkering stopgezet wordt`).
                let following = (position + 1)..<min(words.count, position + Self.maximumDistance + 1)
                var found = following.first { Self.isParticiple(words.folded($0)) }
                if found == nil, position > 0, Self.isParticiple(words.folded(position - 1)) { found = position - 1 }
                guard let participle = found else { continue }
                let first = words.tokens[min(position, participle)]
                let last = words.tokens[max(position, participle)]
                let span = document.span(block: block, from: first, to: last)
                findings.append(
                    finding(
                        message: "Lijdende vorm: ‘\(document.excerpt(of: span))’. Er staat niet wie dit doet.",
                        suggestion:
                            "Schrijf wie het doet, bijvoorbeeld ‘Wij stoppen uw uitkering’ in plaats van ‘Uw uitkering wordt stopgezet’.",
                        at: span, in: document))
            }
        }
        return findings
    }

    /// A past participle by its form: `ge…d/t/en` (`gegeven`, `betaald`), an unstressed prefix with `-d`/`-t`
    /// (`betaald`, `verstrekt`, `ontvangen`), or `ge` inside a separable verb (`stopgezet`, `toegekend`).
    static func isParticiple(_ word: String) -> Bool {
        guard word.count >= 5, word.allSatisfy(\.isLetter) else { return false }
        let endsLikeParticiple = word.hasSuffix("d") || word.hasSuffix("t") || word.hasSuffix("en")
        guard endsLikeParticiple else { return false }
        if word.hasPrefix("ge") { return true }
        for prefix in ["be", "ver", "ont", "her", "er"] where word.hasPrefix(prefix) {
            return word.hasSuffix("d") || word.hasSuffix("t") || word.hasSuffix("gen") && word.count >= 8
        }
        if word.count >= 7, let range = word.range(of: "ge"),
            word.distance(from: word.startIndex, to: range.lowerBound) >= 2
        {
            return true
        }
        return false
    }
}
