import Helder

/// What to fix first in a letter: findings grouped into fixes, each with the number of points the
/// overall (language) score or the tone score would rise once it is done.
public enum ReportAdvice {
    /// One fix: a group of findings that one change removes (the same word everywhere, or one long sentence).
    public struct Fix: Sendable, Equatable {
        /// The findings the fix removes, by index into the report's findings; the first is the earliest.
        public var findings: [Int]
        /// How many points the overall score rises (an estimate; readability follows the counts).
        public var gain: Int
        /// How many points the tone score rises when the sentences of the fix's tone findings lose their pressure.
        public var toneGain: Int = 0

        /// Language and tone points together: the order of fixes.
        public var totalGain: Int { gain + toneGain }
    }

    /// What one fix removes: every long sentence together ("write shorter sentences" is one piece of
    /// advice), or one group of findings.
    private enum FixKey: Hashable {
        case sentences
        case group(FindingGroup.Key)
    }

    /// B1 advice: sentences of at most this many words, used to estimate how a long sentence is split.
    static let wordsPerSentenceAfterSplit = Int(LevelEstimate.Rules.wordsPerSentence.b1)

    /// The fixes of `report`, the biggest gain first, then the most serious, then reading order.
    public static func fixes(for report: DocumentReport) -> [Fix] {
        guard let current = report.scores.overall else { return [] }
        // Group by rule and text: "indien" five times is one fix.
        var groups: [FixKey: [Int]] = [:]
        var order: [FixKey] = []
        for (index, finding) in report.findings.enumerated() {
            // Every long sentence is one fix together: "write shorter sentences" is one piece of advice.
            let key: FixKey =
                isSentenceLength(finding.rule) ? .sentences : .group(FindingGroup.key(for: finding, ordinal: index))
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        // Each fix only subtracts its own findings from the category totals: linear in the findings.
        let totals = Totals(report)
        let fixes = order.map { key -> Fix in
            let members = groups[key]!
            let after = scores(of: report, without: members, totals: totals).overall ?? current
            let toneSpans = members.compactMap { index -> TextSpan? in
                let finding = report.findings[index]
                return finding.category == .coercion ? finding.location.span : nil
            }
            var toneGain = 0
            if !toneSpans.isEmpty, let tone = report.tone.score,
                let toneAfter = report.tone.score(relieving: toneSpans, words: report.metrics.words)
            {
                toneGain = toneAfter - tone
            }
            return Fix(findings: members, gain: after - current, toneGain: toneGain)
        }
        // Then by weight (a rounded gain of 0 still differs): how many findings, and how serious.
        func weight(_ fix: Fix) -> Double {
            fix.findings.reduce(0) { $0 + report.findings[$1].severity.scoreWeight }
        }
        return fixes.sorted { left, right in
            if left.totalGain != right.totalGain { return left.totalGain > right.totalGain }
            let leftWeight = weight(left)
            let rightWeight = weight(right)
            if leftWeight != rightWeight { return leftWeight > rightWeight }
            return left.findings[0] < right.findings[0]
        }
    }

    /// A fix in one plain sentence or two, for places without links (a Word comment, a terminal):
    /// "Maak de 20 lange zinnen korter (de langste telt 44 woorden). … (+15 punten)".
    public static func describe(_ fix: Fix, in report: DocumentReport) -> String {
        let finding = report.findings[fix.findings[0]]
        var text: String
        if isSentenceLength(finding.rule) {
            let count = fix.findings.count
            let longest = fix.findings.compactMap { sentenceWords(of: report.findings[$0], in: report) }.max()
            text = "Maak \(count == 1 ? "de lange zin" : "de \(count) lange zinnen") korter"
            text += longest.map { " (de langste telt \($0) woorden)" } ?? ""
            text += ". Advies: hooguit \(ReadabilityConstants.longSentenceWords) woorden, één boodschap per zin."
        } else {
            let times = fix.findings.count > 1 ? " (\(fix.findings.count)×)" : ""
            text = "‘\(finding.excerpt)’\(times): \(finding.suggestion)"
        }
        if let gain = gainText(fix) { text += " (\(gain))" }
        return text
    }

    /// `+3 punten`, `+8 punten voor de toon`, or both; nil without a gain.
    public static func gainText(_ fix: Fix) -> String? {
        func points(_ value: Int) -> String { "+\(value) \(value == 1 ? "punt" : "punten")" }
        let parts = [
            fix.gain > 0 ? points(fix.gain) : nil, fix.toneGain > 0 ? points(fix.toneGain) + " voor de toon" : nil,
        ].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The summed severity weights of the report's findings per category.
    struct Totals {
        var points: [FindingCategory: Double] = [:]

        /// All findings count, also those the report leaves out (`--min-severity`): the scores do.
        init(_ report: DocumentReport) {
            for finding in report.findings + report.omittedFindings {
                points[finding.category, default: 0] += finding.severity.scoreWeight
            }
        }
    }

    /// The scores once the findings at `removed` are fixed. A long sentence counts as split into
    /// sentences of at most 15 words; other findings simply disappear from their category.
    static func scores(of report: DocumentReport, without removed: [Int], totals: Totals) -> Scores {
        var metrics = report.metrics
        var points = totals.points
        for index in removed {
            let finding = report.findings[index]
            points[finding.category, default: 0] -= finding.severity.scoreWeight
            guard isSentenceLength(finding.rule) else { continue }
            let words = sentenceWords(of: finding, in: report) ?? ReadabilityConstants.longSentenceWords + 1
            let parts = (words + wordsPerSentenceAfterSplit - 1) / wordsPerSentenceAfterSplit
            metrics.sentences += max(parts - 1, 1)
            metrics.longSentences = max(0, metrics.longSentences - 1)
        }
        func category(_ category: FindingCategory, _ score: Int?) -> Int? {
            guard score != nil else { return nil }
            return Scores.fromPoints(max(0, points[category] ?? 0), words: report.metrics.words)
        }
        return Scores(
            readability: report.scores.readability == nil ? nil : Scores.readability(metrics),
            jargon: category(.jargon, report.scores.jargon), tone: report.scores.tone)
    }

    /// Whether a rule is about a sentence as a whole (its length): fixing it splits the sentence.
    static func isSentenceLength(_ rule: String) -> Bool {
        AllChecks.sentenceRules.contains(rule)
    }

    /// The words of the sentence a finding marks, when it marks a whole sentence.
    /// Sentences are in reading order, so the one holding the finding's start is found by bisection.
    static func sentenceWords(of finding: Finding, in report: DocumentReport) -> Int? {
        guard let span = finding.location.span else { return nil }
        let sentences = report.sentences
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            let candidate = sentences[middle].span
            if (candidate.block, candidate.range.upperBound) <= (span.block, span.range.lowerBound) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        guard low < sentences.count, sentences[low].span.block == span.block,
            sentences[low].span.range.overlaps(span.range)
        else { return nil }
        return sentences[low].words
    }
}
