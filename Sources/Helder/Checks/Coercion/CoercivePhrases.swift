/// Shared by the coercion checks: every match of one kind of `Lexicons/dwang.tsv`, with a friendlier phrasing.
enum CoercivePhrases {
    static func findings<C: Check>(
        _ check: C, kind: CoercionLexicon.Kind, in document: AnalyzedDocument, describe: String
    ) -> [Finding] {
        var findings: [Finding] = []
        for match in document.phrases(of: .coercion) {
            let entry = document.lexicons.coercion.entries[match.entry]
            guard entry.kind == kind, let severity = entry.severity else { continue }
            var message = "‘\(document.excerpt(of: match.span))’: \(describe)"
            if !entry.explanation.isEmpty { message += " " + entry.explanation }
            findings.append(
                check.finding(
                    message: message, suggestion: "Vriendelijker: \(entry.alternative)", at: match.span,
                    severity: severity,
                    in: document))
        }
        return findings
    }
}
