import Helder

/// Two versions of a letter side by side: how the scores, the level and the figures moved, which
/// findings the rewrite solved and which it brought in.
public struct LetterComparison: Sendable {
    public enum Verdict: String, Sendable {
        case better
        case worse
        case same

        /// Dutch, for reports.
        public var displayName: String {
            switch self {
            case .better: "beter"
            case .worse: "slechter"
            case .same: "even goed"
            }
        }
    }

    /// One figure before and after.
    public struct Change: Sendable, Equatable {
        /// Stable id for JSON (`overall`, `averageWordsPerSentence` …).
        public var id: String
        /// Dutch name.
        public var name: String
        public var before: Double?
        public var after: Double?
        /// Whether a higher value is clearer (scores) or harder (sentence length).
        public var higherIsBetter: Bool
        /// Decimals to show.
        public var decimals: Int

        /// Whether the figure moved the right way, the wrong way, or not at all.
        public var verdict: Verdict {
            guard let before, let after, abs(after - before) > 0.0001 else { return .same }
            return (after > before) == higherIsBetter ? .better : .worse
        }
    }

    public let before: DocumentReport
    public let after: DocumentReport
    /// Findings of the first version that the second no longer has (matched by rule and text).
    public let solved: [Finding]
    /// Findings of the second version that the first did not have.
    public let added: [Finding]
    public let changes: [Change]

    public init(before: DocumentReport, after: DocumentReport) {
        self.before = before
        self.after = after
        (solved, added) = Self.difference(before.findings, after.findings)
        changes = Self.changes(before, after)
    }

    /// Worse when the rewrite brought in an error (a missing bezwaar paragraph outweighs any score), or
    /// when the overall score dropped, or stayed the same with more errors; better when it rose, or stayed
    /// the same with fewer findings.
    public var verdict: Verdict {
        if added.contains(where: { $0.severity == .error }) { return .worse }
        let scoreBefore = before.scores.overall ?? 0
        let scoreAfter = after.scores.overall ?? 0
        if scoreAfter != scoreBefore { return scoreAfter > scoreBefore ? .better : .worse }
        if after.count(.error) != before.count(.error) {
            return after.count(.error) < before.count(.error) ? .better : .worse
        }
        if after.findings.count != before.findings.count {
            return after.findings.count < before.findings.count ? .better : .worse
        }
        return .same
    }

    /// A finding's identity across versions: its rule and its words, not its place (for a whole-letter
    /// rule, its rule and its message's kind).
    private static func key(_ finding: Finding) -> String {
        if AllChecks.letterRules.contains(finding.rule) { return finding.rule + "\u{1F}" + finding.severity.rawValue }
        return finding.rule + "\u{1F}" + finding.excerpt.lowercased()
    }

    /// Multiset difference by rule and words: the same finding twice needs two matches.
    static func difference(_ old: [Finding], _ new: [Finding]) -> (solved: [Finding], added: [Finding]) {
        (unmatched(old, in: new), unmatched(new, in: old))
    }

    /// The findings of `findings` left over once each is matched against one of `others` with the same key.
    private static func unmatched(_ findings: [Finding], in others: [Finding]) -> [Finding] {
        var remaining: [String: Int] = [:]
        for finding in others { remaining[key(finding), default: 0] += 1 }
        return findings.filter { finding in
            let key = key(finding)
            guard let count = remaining[key], count > 0 else { return true }
            remaining[key] = count - 1
            return false
        }
    }

    private static func changes(_ before: DocumentReport, _ after: DocumentReport) -> [Change] {
        func score(_ value: Int?) -> Double? { value.map(Double.init) }
        func change(
            _ id: String, _ name: String, _ value: (DocumentReport) -> Double?, higherIsBetter: Bool, decimals: Int = 0
        ) -> Change {
            Change(
                id: id, name: name, before: value(before), after: value(after), higherIsBetter: higherIsBetter,
                decimals: decimals)
        }
        return [
            change("overall", "Score", { score($0.scores.overall) }, higherIsBetter: true),
            change("readability", "Leesbaarheid", { score($0.scores.readability) }, higherIsBetter: true),
            change("jargon", "Jargon (score)", { score($0.scores.jargon) }, higherIsBetter: true),
            change("tone", "Toon (score)", { score($0.scores.tone) }, higherIsBetter: true),
            change("level", "Taalniveau", { $0.level.level.map { Double($0.rawValue) } }, higherIsBetter: false),
            change("words", "Woorden", { Double($0.metrics.words) }, higherIsBetter: false),
            change(
                "averageWordsPerSentence", "Woorden per zin", { $0.metrics.averageWordsPerSentence },
                higherIsBetter: false, decimals: 1),
            change("longSentences", "Lange zinnen", { Double($0.metrics.longSentences) }, higherIsBetter: false),
            change(
                "averageSyllablesPerWord", "Lettergrepen per woord", { $0.metrics.averageSyllablesPerWord },
                higherIsBetter: false, decimals: 2),
            change(
                "frequentWordShare", "Bekende woorden (%)", { $0.metrics.frequentWordShare.map { $0 * 100 } },
                higherIsBetter: true, decimals: 1),
            change("fleschDouma", "Flesch-Douma", { $0.metrics.fleschDouma }, higherIsBetter: true, decimals: 1),
            change(
                "jargonPer100Words", "Jargon per 100 woorden", { $0.densities.jargonPer100Words },
                higherIsBetter: false, decimals: 1),
            change(
                "coercionPer100Words", "Dwingende toon per 100 woorden", { $0.densities.coercionPer100Words },
                higherIsBetter: false, decimals: 1),
            change("duties", "Plichten", { Double($0.duties.count) }, higherIsBetter: false),
            change("readingMinutes", "Leestijd (minuten)", { Double($0.length.readingMinutes) }, higherIsBetter: false),
            change("findings", "Bevindingen", { Double($0.findings.count) }, higherIsBetter: false),
        ]
    }

    /// A figure as Dutch readers write it; the level as its code.
    func format(_ value: Double?, _ change: Change) -> String {
        guard let value else { return "–" }
        if change.id == "level" { return LanguageLevel(rawValue: Int(value))?.displayName ?? "–" }
        return change.decimals == 0
            ? DutchNumberFormat.integer(Int(value.rounded()))
            : DutchNumberFormat.decimal(value, decimals: change.decimals)
    }
}

extension LetterComparison {
    /// How many solved and new findings the text report lists one by one.
    static let findingsListed = 15

    /// The comparison as Dutch text.
    public func text() -> String {
        var lines = ["Vergelijking: \(before.source) → \(after.source)"]
        lines.append("  Oordeel: de nieuwe versie is \(verdict.displayName).")
        let width = changes.map(\.name.count).max() ?? 0
        lines.append("  Cijfers (voor → na):")
        for change in changes {
            let name = change.name + String(repeating: " ", count: width - change.name.count)
            let mark =
                switch change.verdict {
                case .better: "  beter"
                case .worse: "  slechter"
                case .same: ""
                }
            lines.append("    \(name)  \(format(change.before, change)) → \(format(change.after, change))\(mark)")
        }
        lines.append(contentsOf: listing("Opgelost", solved))
        lines.append(contentsOf: listing("Nieuw", added))
        return lines.joined(separator: "\n") + "\n"
    }

    private func listing(_ title: String, _ findings: [Finding]) -> [String] {
        var lines = ["  \(title): \(findings.count) \(findings.count == 1 ? "bevinding" : "bevindingen")"]
        guard !findings.isEmpty else { return lines }
        var perRule: [String: Int] = [:]
        for finding in findings { perRule[finding.rule, default: 0] += 1 }
        let rules = perRule.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }
        lines.append("    per regel: " + rules.joined(separator: ", "))
        for finding in findings.prefix(Self.findingsListed) {
            lines.append("    ‘\(finding.excerpt)’ [\(finding.rule)]")
        }
        if findings.count > Self.findingsListed {
            lines.append("    … en \(findings.count - Self.findingsListed) andere")
        }
        return lines
    }

    /// The comparison as JSON.
    public func json(tool: ToolInfo) -> String {
        var json = JSONWriter()
        json.beginObject()
        JSONReportRenderer.writeHeader(tool: tool, to: &json)
        json.member("before", before.source)
        json.member("after", after.source)
        json.member("verdict", verdict.rawValue)
        json.key("changes")
        json.beginArray()
        for change in changes {
            json.beginObject()
            json.member("id", change.id)
            if change.id == "level" {
                json.key("before")
                if let value = change.before { json.string(format(value, change)) } else { json.null() }
                json.key("after")
                if let value = change.after { json.string(format(value, change)) } else { json.null() }
            } else {
                json.key("before")
                json.number(change.before, decimals: max(change.decimals, 2))
                json.key("after")
                json.number(change.after, decimals: max(change.decimals, 2))
            }
            json.member("verdict", change.verdict.rawValue)
            json.endObject()
        }
        json.endArray()
        json.key("solved")
        json.beginArray()
        for finding in solved { JSONReportRenderer.write(finding, to: &json) }
        json.endArray()
        json.key("new")
        json.beginArray()
        for finding in added { JSONReportRenderer.write(finding, to: &json) }
        json.endArray()
        json.endObject()
        return json.text()
    }
}
