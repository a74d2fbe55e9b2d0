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
                let passive = Passive(words: words, auxiliary: position, participle: participle)
                let agentNamed = passive.namesAgent(document.lexicons.verbs)
                var message = "Lijdende vorm: ‘\(document.excerpt(of: span))’."
                if !agentNamed { message += " Er staat niet wie dit doet." }
                let suggestion: String
                if agentNamed {
                    suggestion = "Begin de zin met wie het doet: dat is korter en duidelijker."
                } else if let active = passive.activeForm(in: document, block: block) {
                    suggestion = "Schrijf wie het doet. Doet de gemeente het? Schrijf dan ‘\(active)’."
                } else {
                    suggestion = "Schrijf wie het doet, vooraan in de zin: ‘wij …’, ‘u …’ of wie het anders doet."
                }
                findings.append(finding(message: message, suggestion: suggestion, at: span, in: document))
            }
        }
        return findings
    }

    /// A form of `worden` and its participle in one sentence, and what `Lexicons/werkwoorden.tsv` knows of them.
    struct Passive {
        let words: SentenceWords
        /// The positions of the form of `worden` and of the participle among the sentence's words.
        let auxiliary: Int
        let participle: Int

        /// The most words that may stand between `worden` and the participle in the active form shown.
        static let maximumWordsBetween = 4

        /// The clause of the passive, read backwards from `worden` or the participle to a comma or other
        /// clause break, a conjunction, or a word that starts a subordinate clause.
        struct Clause {
            /// The position of its first word.
            var start: Int
            /// Whether it is a subordinate clause (`voordat een besluit wordt genomen`), so the verb goes last.
            var isSubordinate: Bool
            /// An auxiliary in it after which the sender still acts (`zal`), in its form after `wij` (`zullen`).
            var auxiliary: String?
            /// Whether a word in it leaves open who acts (`moet`, `dient`, `te`).
            var leavesActorOpen: Bool
        }

        func clause(_ verbs: VerbForms) -> Clause {
            var clause = Clause(
                start: min(auxiliary, participle), isSubordinate: participle < auxiliary, auxiliary: nil,
                leavesActorOpen: false)
            while clause.start > 0, !words.clauseBreaks[clause.start] {
                let position = clause.start - 1
                let entry = verbs.entry(folded: words.folded(position))
                if entry?.kind == .bijzin {
                    // At the start of the sentence only when a main clause follows after a comma (`Als uw
                    // aanvraag wordt afgewezen, …`): `Dat wordt …` is a main clause.
                    let mainClauseFollows = words.clauseBreaks[(max(auxiliary, participle) + 1)...].contains(true)
                    if position > 0 || mainClauseFollows {
                        clause.isSubordinate = true
                        clause.start = position
                    }
                    break
                }
                if entry?.kind != .bijzin, words.classes[position].contains(.conjunction) { break }
                clause.start = position
                switch entry?.kind {
                case .geenwij: clause.leavesActorOpen = true
                case .hulpwerkwoord: clause.auxiliary = clause.auxiliary ?? entry?.wij
                default: break
                }
            }
            return clause
        }

        /// Whether the clause says who acts (`door het college wordt toegekend`, `toegekend door de rechter`).
        func namesAgent(_ verbs: VerbForms) -> Bool {
            let range = clause(verbs).start...min(words.count - 1, max(auxiliary, participle) + 1)
            return range.contains { verbs.entry(folded: words.folded($0))?.kind == .handelende }
        }

        /// The active form with `wij` as subject, `…` standing for the rest of the clause: `wij zetten … per
        /// 1 januari stop` (present), `wij kunnen … terugvorderen` (after `kan`), `wij hebben … teruggevorderd`
        /// (past), `wij … nemen` (a subordinate clause: `voordat een besluit wordt genomen`). Nil when it cannot
        /// be written reliably: the participle is not in the file, a word before `worden` leaves open who acts
        /// (`moet`, `dient`, `te`), or more than a short phrase without punctuation stands between `worden` and
        /// the participle.
        func activeForm(in document: AnalyzedDocument, block: Int) -> String? {
            let verbs = document.lexicons.verbs
            guard let verb = verbs.entry(folded: words.folded(participle)), verb.kind == .deelwoord else { return nil }
            let clause = clause(verbs)
            guard !clause.leavesActorOpen,
                participle < auxiliary || participle - auxiliary - 1 <= Self.maximumWordsBetween,
                let between = words.textBetween(auxiliary, participle, in: document, block: block)
            else { return nil }
            let middle = between.isEmpty ? "" : " " + between
            let written = words.written(participle, in: document, block: block)
            let past = verbs.entry(folded: words.folded(auxiliary)).flatMap { $0.kind == .verleden ? $0.wij : nil }
            if clause.isSubordinate {
                // The verbs last: `dat wij … hebben teruggevorderd`, `… kunnen terugvorderen`, `… stopzetten`.
                if let past { return "wij …\(middle) \(past) \(written)" }
                if let modal = clause.auxiliary { return "wij …\(middle) \(modal) \(verb.infinitive)" }
                return "wij …\(middle) \(verb.infinitive)"
            }
            if let past { return "wij \(past) …\(middle) \(written)" }
            if let modal = clause.auxiliary { return "wij \(modal) …\(middle) \(verb.infinitive)" }
            // A separable verb keeps its particle at the end: `wij zetten … per 1 januari stop`.
            guard let gap = verb.wij.range(of: "…") else { return "wij \(verb.wij) …\(middle)" }
            return "wij " + verb.wij.replacingCharacters(in: gap, with: "…" + middle)
        }
    }

    /// A past participle by its form: a participle beginning from `Lexicons/tekstherkenning.tsv`
    /// (`ge`, `be`, `ver`, `ont` …) at the start (`gegeven`, `betaald`, `verstrekt`, `ontvangen`) or, in a
    /// separable verb, after the particle (`stopgezet`, `toegekend`), and an ending in `-d`, `-t` or `-en`
    /// (not `-heid`).
    static func isParticiple(_ word: String, beginnings: [String]) -> Bool {
        // A noun in `-heid` (`gelegenheid`) is no participle, whatever its beginning.
        guard word.count >= 5, word.allSatisfy(\.isLetter), !word.hasSuffix("heid") else { return false }
        let endsInConsonant = word.hasSuffix("d") || word.hasSuffix("t")
        guard endsInConsonant || word.hasSuffix("en") && word.count >= 7 else { return false }
        for beginning in beginnings {
            if word.hasPrefix(beginning) { return true }
            // After the particle, the beginning is followed by a stem (`stop|ge|zet`), not by a last letter
            // (`werkda|ge|n` is no participle).
            if word.count >= 7, let range = word.range(of: beginning),
                word.distance(from: word.startIndex, to: range.lowerBound) >= 2,
                word.distance(from: range.upperBound, to: word.endIndex) >= 3
            {
                return true
            }
        }
        return false
    }
}
