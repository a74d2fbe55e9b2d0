import Helder

/// Helder's advice as a colleague would write it in the margin of a letter: a summary at the top and one
/// comment per thing to change, in Dutch; and the safe substitutions as changes to accept or reject.
///
/// A colleague says a thing once: the same rule on the same words is one comment at its first place that
/// names the other places; a remark about the letter as a whole (its length, a missing bezwaar paragraph) is
/// in the summary, not on some words; a word that becomes a tracked change gets no comment saying so too;
/// and what the report leaves out (`--min-severity`, tips by default) is named in one line of the summary.
public enum ReviewComments {
    /// How many fixes the summary names.
    static let fixesInSummary = 3
    /// How many omitted tips the summary names by their words.
    static let tipsInSummary = 12
    /// How many comments a page of letter carries at most by default: more is not read.
    public static let commentsPerPage = 15
    /// Words on a page of letter, to count pages (an A4 letter with its letterhead holds 300 to 400).
    public static let wordsPerPage = 350

    /// The pages of a letter, estimated from its words (at least 1).
    public static func pages(of report: DocumentReport) -> Int {
        max(1, (report.length.words + report.length.attachmentWords + wordsPerPage - 1) / wordsPerPage)
    }

    /// The summary first, then one comment per group of findings in the report's order. `substituted` are the
    /// findings (by index) that become tracked changes: they get no comment of their own. With `limit`, at most
    /// that many comments besides the summary: the most serious groups, then the most repeated, then the
    /// earliest; the summary names the others in one line.
    ///
    /// The summary is put on the letter's first paragraph after the salutation (where a reader starts), when
    /// it has one.
    public static func comments(for report: DocumentReport, substituted: Set<Int> = [], limit: Int? = nil)
        -> [ReviewComment]
    {
        let opening = report.firstParagraph.map { TextSpan(block: $0, range: 0..<report.blocks[$0].text.utf8.count) }
        let remarks = report.findings.indices.filter { index in
            !substituted.contains(index) && AllChecks.scope(of: report.findings[index].rule) != .letter
        }
        let findings = remarks.map { report.findings[$0] }
        let groups = FindingGroup.groups(of: findings)
        var chosen = groups
        var left: [Finding] = []
        if let limit, groups.count > limit {
            func severity(_ group: FindingGroup) -> Severity {
                group.findings.map { findings[$0].severity }.max() ?? .info
            }
            let ranked = groups.sorted { left, right in
                let (l, r) = (severity(left), severity(right))
                if l != r { return l > r }
                if left.count != right.count { return left.count > right.count }
                return left.first < right.first
            }
            let kept = Set(ranked.prefix(limit).map(\.id))
            chosen = groups.filter { kept.contains($0.id) }
            left = groups.filter { !kept.contains($0.id) }.flatMap { group in group.findings.map { findings[$0] } }
        }
        var comments = [summary(for: report, notCommented: left)]
        for group in chosen {
            comments.append(comment(for: group.findings.map { findings[$0] }))
        }
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
    public static func comment(for finding: Finding) -> ReviewComment { comment(for: [finding]) }

    /// The comment for findings of one rule on the same words, at the first: what is wrong, how to do better,
    /// where else it stands, and the rule (with the most serious severity among them).
    static func comment(for members: [Finding]) -> ReviewComment {
        let finding = members[0]
        var paragraphs = [finding.message]
        if !finding.suggestion.isEmpty { paragraphs.append(finding.suggestion) }
        if members.count > 1 { paragraphs.append(TextReportRenderer.repeats(members) + ".") }
        let severity = members.map(\.severity).max() ?? finding.severity
        paragraphs.append("\(severity.displayName.capitalizedFirst) · regel \(finding.rule)")
        return ReviewComment(paragraphs: paragraphs, span: finding.location.span)
    }

    /// Score, language level against B1, the three fixes that gain most, and the duties with their deadlines.
    public static func summary(for report: DocumentReport, notCommented: [Finding] = []) -> ReviewComment {
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
        // Remarks about the letter as a whole belong here, not on some words of it.
        let wholeLetter = report.findings.filter { AllChecks.scope(of: $0.rule) == .letter }
        if !wholeLetter.isEmpty {
            paragraphs.append("Over de hele brief:")
            for finding in wholeLetter {
                paragraphs.append("• \(finding.message) \(finding.suggestion)")
            }
        }
        if !notCommented.isEmpty {
            paragraphs.append(
                listLine(
                    notCommented, kind: ("punt", "punten"),
                    ending: "Zo blijft de kantlijn leesbaar; met --min-severity warning staan ze er allemaal bij."))
        }
        if !report.omittedFindings.isEmpty {
            let tips = report.omittedFindings.allSatisfy { $0.severity == .info }
            paragraphs.append(
                listLine(
                    report.omittedFindings, kind: tips ? ("tip", "tips") : ("bevinding", "bevindingen"),
                    ending: "Met --min-severity info staan ze er als opmerking bij."))
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

    /// Findings the comments leave out, in one line with their words: `Verder 14 tips, niet als opmerking:
    /// ‘ontvangen’ (3×), ‘wijziging’, … Met --min-severity info staan ze er als opmerking bij.`
    static func listLine(_ findings: [Finding], kind: (one: String, many: String), ending: String) -> String {
        let groups = FindingGroup.groups(of: findings)
        let named = groups.map { group -> String in
            let excerpt = findings[group.first].excerpt
            let words = "‘\(excerpt.count > 40 ? excerpt.prefix(39) + "…" : excerpt)’"
            return group.count > 1 ? "\(words) (\(group.count)×)" : words
        }
        let count = findings.count
        return "Verder \(count) \(count == 1 ? kind.one : kind.many), niet als opmerking: "
            + "\(DutchNumberFormat.list(named, limit: tipsInSummary)). \(ending)"
    }

    /// The findings whose words may be replaced as they stand, with the replacement in the letter's capitals
    /// and, for when the change cannot be made there, the finding's comment.
    public static func substitutions(for report: DocumentReport) -> [Substitution] {
        report.substitutions.map { _, finding, substitution in
            var substitution = substitution
            substitution.comment = comment(for: finding)
            return substitution
        }
    }

    /// The indices of the findings `substitutions(for:)` turns into tracked changes.
    public static func substitutedFindings(of report: DocumentReport) -> Set<Int> {
        Set(report.substitutions.map(\.index))
    }

}
