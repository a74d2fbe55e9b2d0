/// Shared by the coercion checks: every match of one kind of `Lexicons/dwang.tsv`, with a friendlier phrasing.
enum CoercivePhrases {
    static func findings<C: Check>(
        _ check: C, kind: CoercionLexicon.Kind, in document: AnalyzedDocument, says: String, advice: String
    ) -> [Finding] {
        var findings: [Finding] = []
        for match in document.phrases(of: .coercion) {
            let entry = document.lexicons.coercion.entries[match.entry]
            guard entry.kind == kind, let severity = entry.severity else { continue }
            var message = "‘\(document.excerpt(of: match.span))’ \(says)"
            if !entry.explanation.isEmpty { message += " " + entry.explanation }
            findings.append(
                check.finding(
                    message: message, suggestion: suggestion(advice, alternative: entry.alternative),
                    at: match.span, severity: severity, in: document))
        }
        return findings
    }

    /// The rule's advice followed by an entry's `alternatief`: words the letter can use as they stand (the
    /// alternative starts with a quotation, `‘Wilt u …?’`) are offered as an example; advice to the writer
    /// (`Laat het weg.`) follows as it is. The suggestion carries no label of its own beyond that, so a
    /// renderer shows it as it is.
    static func suggestion(_ advice: String, alternative: String) -> String {
        guard !alternative.isEmpty else { return advice }
        return advice + (alternative.hasPrefix("‘") ? " Bijvoorbeeld: " : " ") + alternative
    }
}
