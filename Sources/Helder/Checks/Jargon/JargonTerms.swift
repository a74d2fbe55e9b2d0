/// Shared by the jargon checks: every match of one kind of `Lexicons/jargon.tsv`, with its alternative or explanation.
enum JargonTerms {
    static func findings<C: Check>(
        _ check: C, kind: JargonLexicon.Kind, in document: AnalyzedDocument,
        describe: (String) -> String
    ) -> [Finding] {
        var findings: [Finding] = []
        for match in document.phrases(of: .jargon) {
            let entry = document.lexicons.jargon.entries[match.entry]
            guard entry.kind == kind, let severity = entry.severity else { continue }
            // A term that must stay is fine once the letter explains it (`De kostendelersnorm betekent: …`).
            if entry.alternatives.isEmpty || kind == .vaktaal,
                document.explains(block: match.block, sentence: match.sentence)
            {
                continue
            }
            var finding = check.finding(
                message: describe(document.excerpt(of: match.span)), suggestion: suggestion(for: entry),
                at: match.span, severity: severity, in: document)
            if entry.safeToReplace { finding.replacement = entry.alternatives.first }
            findings.append(finding)
        }
        return findings
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
