/// Shared by the jargon checks: every match of one kind of `Lexicons/jargon.tsv`, with its alternative or explanation.
enum JargonTerms {
    /// A word among this many most frequent Dutch words is everyday Dutch (the same 5,000 as the figure
    /// `Veelvoorkomende woorden`): when the lexicon only calls it formal (`info`), it is no finding on its own
    /// (`ontvangen`, `wijziging`, `voldoen`).
    static let everydayRank = ReadabilityConstants.frequentWordRank

    static func findings<C: Check>(
        _ check: C, kind: JargonLexicon.Kind, in document: AnalyzedDocument,
        describe: (String) -> String
    ) -> [Finding] {
        var findings: [Finding] = []
        let matches = document.phrases(of: .jargon)
        /// Terms of the field and terms that must stay: advice to explain them once, at their first use.
        var adviced = Set<Int>()
        /// Whether an entry is an everyday word, worked out once per entry.
        var everyday: [Int: Bool] = [:]
        for (position, match) in matches.enumerated() {
            let entry = document.lexicons.jargon.entries[match.entry]
            guard entry.kind == kind, let severity = entry.severity else { continue }
            // In the salutation, closing and signature only old-fashioned formulas count (`Hoogachtend`,
            // `namens dezen`); initials (`P.A.`), titles and department names there are no letter text.
            let role = document.blocks[match.block].sentences[match.sentence].role
            if !role.isProse, role != .heading, kind != .archaisch { continue }
            // An everyday word that the lexicon only calls formal is no finding on its own; it is one inside an
            // officialese construction (`in goede orde ontvangen`), a longer pattern.
            if severity == .info, match.isSingleWord {
                let isEveryday = everyday[match.entry] ?? Self.isEveryday(entry, in: document)
                everyday[match.entry] = isEveryday
                if isEveryday { continue }
            }
            // Noun style around an everyday verb (`het plaatsen van`, `het doorgeven van`) is mild: only when
            // the lexicon calls it more than formal, or the words themselves are not everyday, is it a finding.
            if severity == .info, kind == .nominalisatie, isEveryday(match.span, in: document) { continue }
            let once = entry.alternatives.isEmpty || kind == .vaktaal
            if once, adviced.contains(match.entry) { continue }
            let isLastTerm =
                position + 1 == matches.count || matches[position + 1].block != match.block
                || matches[position + 1].sentence != match.sentence
            if document.explainsTerm(match, isLastTerm: isLastTerm) {
                // Explained where it stands: no finding, and no need to explain it again later.
                if once { adviced.insert(match.entry) }
                continue
            }
            if once { adviced.insert(match.entry) }
            var finding = check.finding(
                message: describe(document.excerpt(of: match.span)), suggestion: suggestion(for: entry),
                at: match.span, severity: severity, in: document)
            if entry.safeToReplace { finding.replacement = entry.alternatives.first }
            findings.append(finding)
        }
        return findings
    }

    /// Whether a one-word entry is an everyday word: its most frequent form (`wijziging` for
    /// `wijziging|wijzigingen`) is among the `everydayRank` most frequent Dutch words.
    static func isEveryday(_ entry: JargonLexicon.Entry, in document: AnalyzedDocument) -> Bool {
        entry.pattern.split(separator: "|").contains { form in
            // The form itself, or its singular or uninflected form (`wijzigingen` → `wijziging`).
            let form = String(form)
            let forms =
                [form]
                + ["en", "s", "e"].compactMap { ending in
                    form.hasSuffix(ending) && form.count > ending.count + 3 ? String(form.dropLast(ending.count)) : nil
                }
            return forms.contains { document.lexicons.frequency.rank(of: $0).map { $0 <= everydayRank } ?? false }
        }
    }

    /// Whether every word of `span` is among the `everydayRank` most frequent Dutch words.
    static func isEveryday(_ span: TextSpan, in document: AnalyzedDocument) -> Bool {
        document.text(of: span).split(whereSeparator: { !$0.isLetter && $0 != "-" }).allSatisfy { word in
            document.lexicons.frequency.rank(of: String(word)).map { $0 <= everydayRank } ?? false
        }
    }

    /// The plain alternative, or what to explain when the term must stay.
    static func suggestion(for entry: JargonLexicon.Entry) -> String {
        let alternatives = entry.alternatives.map { "‘\($0)’" }
        var text: String
        switch alternatives.count {
        case 0:
            text = "Moet dit woord blijven, omdat de wet het gebruikt? Leg het dan uit in gewone woorden."
        case 1:
            text = "Schrijf liever \(alternatives[0])."
        default:
            text = "Schrijf liever \(alternatives.dropLast().joined(separator: ", ")) of \(alternatives.last!)."
        }
        if let explanation = entry.explanation {
            text += alternatives.isEmpty ? " Bijvoorbeeld: \(explanation)" : " (\(explanation))"
        }
        return text
    }
}
