/// Passive voice with `worden`: `Uw uitkering wordt stopgezet` hides who acts.
public struct PassiveVoiceCheck: Check {
    public init() {}

    /// How many words apart the form of `worden` and the participle may stand.
    static let maximumDistance = 8

    public let info = CheckInfo(
        id: "readability.lijdende-vorm",
        category: .readability,
        defaultSeverity: .info,
        summary: "Een lijdende zin met ‘worden’ en een voltooid deelwoord, zoals ‘uw uitkering wordt stopgezet’.",
        rationale: """
            In een lijdende zin staat niet wie iets doet. Dat maakt de zin langer en vager, en de lezer \
            weet niet bij wie hij terecht kan. Schrijf actief: wie doet wat.
            """,
        triggeringExamples: [
            "Uw uitkering «wordt per 1 januari stopgezet».", "De bijstand «wordt door het college toegekend».",
            "Wij weten dat het geld te laat is overgemaakt en dat het bedrag «werd teruggevorderd».",
        ],
        nonTriggeringExamples: [
            "Wij stoppen uw uitkering per 1 januari.", "Het wordt morgen een drukke dag.",
            "U wordt klantmanager.",
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        let beginnings = document.lexicons.recognition.parts(.deelwoordbegin)
        var findings: [Finding] = []
        document.forEachProseSentence(containing: .passiveAuxiliary) { block, words in
            for position in 0..<words.count where words.classes[position].contains(.passiveAuxiliary) {
                // Main clause: the participle follows (`wordt … stopgezet`); subordinate clause: it stands
                // right before the verb (`dat uw uitkering stopgezet wordt`).
                let following = (position + 1)..<min(words.count, position + Self.maximumDistance + 1)
                var found = following.first { Self.isParticiple(words.folded($0), beginnings: beginnings) }
                if found == nil, position > 0, Self.isParticiple(words.folded(position - 1), beginnings: beginnings) {
                    found = position - 1
                }
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

    /// A past participle by its form: a participle beginning from `Lexicons/tekstherkenning.tsv`
    /// (`ge`, `be`, `ver`, `ont` …) at the start (`gegeven`, `betaald`, `verstrekt`, `ontvangen`) or, in a
    /// separable verb, after the particle (`stopgezet`, `toegekend`), and an ending in `-d`, `-t` or `-en`.
    static func isParticiple(_ word: String, beginnings: [String]) -> Bool {
        guard word.count >= 5, word.allSatisfy(\.isLetter) else { return false }
        let endsInConsonant = word.hasSuffix("d") || word.hasSuffix("t")
        guard endsInConsonant || word.hasSuffix("en") && word.count >= 7 else { return false }
        for beginning in beginnings {
            if word.hasPrefix(beginning) { return true }
            if word.count >= 7, let range = word.range(of: beginning),
                word.distance(from: word.startIndex, to: range.lowerBound) >= 2
            {
                return true
            }
        }
        return false
    }
}
