/// The findings of one rule on the same words in one letter (`ontvangen` six times): shown once, with the
/// count and every place, so a reader is told a thing once. Findings about a sentence or the letter as a
/// whole are groups of one. Machine-readable reports keep every finding and name its group.
public struct FindingGroup: Sendable, Equatable {
    /// 1-based, in the order of each group's first finding.
    public var id: Int
    public var rule: String
    /// The findings, by index into the report's findings, in reading order; the first is where the group is shown.
    public var findings: [Int]

    public var count: Int { findings.count }
    public var first: Int { findings[0] }

    /// What makes findings one group: their rule and, for a rule about words, the words (in lower case);
    /// a finding about a sentence or the letter is a group of its own (`ordinal` keeps it apart).
    public struct Key: Hashable, Sendable {
        var rule: String
        var words: String
        var ordinal: Int
    }

    /// The key of `finding`, the `ordinal`-th finding of its report.
    public static func key(for finding: Finding, ordinal: Int) -> Key {
        guard AllChecks.scope(of: finding.rule) == .words else {
            return Key(rule: finding.rule, words: "", ordinal: ordinal)
        }
        return Key(rule: finding.rule, words: finding.excerpt.lowercased(), ordinal: -1)
    }

    /// The groups of `findings`, in the order of their first finding.
    public static func groups(of findings: [Finding]) -> [FindingGroup] {
        var byKey: [Key: Int] = [:]
        var groups: [FindingGroup] = []
        for (index, finding) in findings.enumerated() {
            let key = key(for: finding, ordinal: index)
            if let group = byKey[key] {
                groups[group].findings.append(index)
            } else {
                byKey[key] = groups.count
                groups.append(FindingGroup(id: groups.count + 1, rule: finding.rule, findings: [index]))
            }
        }
        return groups
    }

    /// For every finding, the id of its group.
    public static func ids(of groups: [FindingGroup], findings: Int) -> [Int] {
        var ids = Array(repeating: 0, count: findings)
        for group in groups {
            for index in group.findings { ids[index] = group.id }
        }
        return ids
    }
}

extension DocumentReport {
    /// The report's findings in groups (see `FindingGroup`).
    public var groups: [FindingGroup] { FindingGroup.groups(of: findings) }

    /// The report as shown with findings of at least `minimum` severity: the others move to
    /// `omittedFindings`, so summaries can count and name them. Scores, figures and the duties stay as
    /// they are: they always count every finding.
    public func showing(atLeast minimum: Severity) -> DocumentReport {
        var shown = self
        shown.minimumShown = max(minimum, minimumShown)
        shown.findings = findings.filter { $0.severity >= shown.minimumShown }
        shown.omittedFindings += findings.filter { $0.severity < shown.minimumShown }
        return shown
    }
}
