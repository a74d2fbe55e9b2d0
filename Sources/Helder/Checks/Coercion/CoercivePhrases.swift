/// Shared by the coercion checks: every match of one kind of `Lexicons/dwang.tsv`, with a friendlier phrasing.
enum CoercivePhrases {
    static func findings<C: Check>(
        _ check: C, kind: CoercionLexicon.Kind, in document: AnalyzedDocument, describe: String
    ) -> [Finding] {
        let lexicons = document.lexicons
        var findings: [Finding] = []
        for (blockIndex, block) in document.blocks.enumerated() {
            for phrase in block.phrases {
                let owner = lexicons.phrases.owner(of: phrase.match.pattern)
                guard owner.lexicon == .coercion else { continue }
                let entry = lexicons.coercion.entries[Int(owner.entry)]
                guard entry.kind == kind, let severity = entry.severity else { continue }
                let span = TextSpan(block: blockIndex, range: block.range(of: phrase.match))
                var message = "‘\(document.excerpt(of: span))’: \(describe)"
                if !entry.explanation.isEmpty { message += " " + entry.explanation }
                findings.append(
                    check.finding(
                        message: message, suggestion: "Vriendelijker: \(entry.alternative)", at: span,
                        severity: severity,
                        in: document))
            }
        }
        return findings
    }
}
