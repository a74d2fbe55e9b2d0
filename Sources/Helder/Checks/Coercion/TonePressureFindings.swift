/// Shared by the coercion checks that report what the tone model found: one finding per sentence and kind,
/// on the words that carry it, with the friendlier phrasing of `Lexicons/dwang.tsv` when a pattern there
/// found it, and as a tip when the sentence is said with care (a reason, help or understanding around it).
/// Findings never disappear because of relief; only the score and the severity soften.
enum TonePressureFindings {
    /// One finding per sentence for which `hit` gives a kind of pressure.
    static func findings<C: Check>(
        _ check: C, in document: AnalyzedDocument,
        hit: (SentencePressure) -> ToneHit?, describe: (SentencePressure, ToneHit) -> String,
        advise: (SentencePressure, ToneHit) -> String
    ) -> [Finding] {
        var findings: [Finding] = []
        for sentence in document.tone.sentences {
            guard let found = hit(sentence) else { continue }
            var message = describe(sentence, found)
            var suggestion = advise(sentence, found)
            if let index = found.coercionEntry {
                let entry = document.lexicons.coercion.entries[index]
                if !entry.explanation.isEmpty { message += " " + entry.explanation }
                suggestion += " Bijvoorbeeld: " + entry.alternative
            }
            findings.append(
                check.finding(
                    message: message, suggestion: suggestion, at: found.span,
                    severity: severity(weight: found.weight, softened: sentence.softened), in: document))
        }
        return findings
    }

    /// 1 a tip, 2 a warning, 3 or more an error; a tip when the sentence is already said with care (the
    /// advice is followed: the finding stays, as a reminder).
    static func severity(weight: Int, softened: Bool) -> Severity {
        if softened { return .info }
        return switch weight {
        case ...1: .info
        case 2: .warning
        default: .error
        }
    }

    /// What a hit is and where: `verlaging (‘uw uitkering … verlagen’)`, or only the quoted words when the
    /// hit has no name of its own.
    static func describe(_ hit: ToneHit, in document: AnalyzedDocument) -> String {
        hit.isNamed ? "\(hit.name) (\(quote(hit.span, in: document)))" : quote(hit.span, in: document)
    }

    /// The words of a span as a quotation, shortened.
    static func quote(_ span: TextSpan, in document: AnalyzedDocument) -> String {
        "‘\(document.excerpt(of: span, limit: 60))’"
    }
}
