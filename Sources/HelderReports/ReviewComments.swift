import Helder

/// Helder's advice as a colleague would write it in the margin of a letter: one comment per finding
/// and a summary at the top, in Dutch; and the safe substitutions as changes to accept or reject.
public enum ReviewComments {
    /// How many fixes the summary names.
    static let fixesInSummary = 3

    /// The summary first, then one comment per finding in the report's order.
    ///
    /// The summary, and the findings about the letter as a whole, are put on the letter's first
    /// paragraph after the salutation (where a reader starts), when it has one.
    public static func comments(for report: DocumentReport) -> [ReviewComment] {
        let opening = report.firstParagraph.map { TextSpan(block: $0, range: 0..<report.blocks[$0].text.utf8.count) }
        var comments = [summary(for: report)] + report.findings.map(comment(for:))
        for index in comments.indices where comments[index].span == nil { comments[index].span = opening }
        return comments
    }

    /// A quoted sentence that another follows on the same line: one that introduces a list (`… aan te leveren:`)
    /// or breaks off without a full stop gets one, so `Termijn:` does not run on from a colon.
    static func closedSentence(_ text: String) -> String {
        var text = text
        while let last = text.last, ",;:".contains(last) || last == " " { text.removeLast() }
        guard let last = text.last, !".?!…".contains(last) else { return text }
        return text + "."
    }

    /// The comment for one finding: what is wrong, how to do better, and the rule.
    public static func comment(for finding: Finding) -> ReviewComment {
        var paragraphs = [finding.message]
        if !finding.suggestion.isEmpty { paragraphs.append(finding.suggestion) }
        paragraphs.append("\(finding.severity.displayName.capitalizedFirst) · regel \(finding.rule)")
        return ReviewComment(paragraphs: paragraphs, span: finding.location.span)
    }

    /// Score, language level against B1, the three fixes that gain most, and the duties with their deadlines.
    public static func summary(for report: DocumentReport) -> ReviewComment {
        var paragraphs = ["Helder: samenvatting van deze brief"]
        if let overall = report.scores.overall {
            paragraphs.append("Score: \(overall) van 100 voor de taal (hoger is duidelijker).")
        }
        if let level = report.level.level {
            let verdict =
                report.level.meetsTarget
                ? "dat haalt het doel B1" : "het doel is B1 (eenvoudige taal die de meeste mensen begrijpen)"
            paragraphs.append("Taalniveau (schatting): \(level.displayName); \(verdict).")
        }
        if let tone = ToneExplanation.headline(report.tone, score: report.scores.tone) {
            paragraphs.append(tone)
            paragraphs += ToneExplanation.drivers(report.tone)
        }
        let fixes = ReportAdvice.fixes(for: report).prefix(fixesInSummary)
        if fixes.isEmpty {
            paragraphs.append("Helder vond niets om te verbeteren.")
        } else {
            paragraphs.append("Eerst dit verbeteren:")
            for (index, fix) in fixes.enumerated() {
                paragraphs.append("\(index + 1). " + ReportAdvice.describe(fix, in: report))
            }
        }
        if !report.duties.isEmpty {
            paragraphs.append("Wat de lezer moet doen (\(report.duties.count)):")
            for (index, duty) in report.duties.enumerated() {
                paragraphs.append(
                    "\(index + 1). \(closedSentence(duty.text)) Termijn: \(TextReportRenderer.deadlineText(duty.deadline))."
                )
            }
        }
        return ReviewComment(paragraphs: paragraphs, span: nil)
    }

    /// The findings whose words may be replaced as they stand, with the replacement in the letter's capitals.
    public static func substitutions(for report: DocumentReport) -> [Substitution] {
        report.substitutions.map(\.substitution)
    }
}
