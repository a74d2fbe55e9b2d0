import Foundation
import Helder
import HelderReports

/// Known findings a team accepts for now, so CI reports only new ones (`--baseline`, `--write-baseline`).
///
/// A finding is known by its file, rule and text (the excerpt), not by its line: editing a letter
/// above a known finding does not make it new. The same finding twice in a letter needs two entries.
struct Baseline {
    /// A finding's identity in the baseline.
    struct Key: Hashable {
        var path: String
        var rule: String
        var excerpt: String
    }

    private(set) var counts: [Key: Int] = [:]

    /// An empty baseline, filled with `add(_:)`.
    init() {}

    /// Records every finding of a report as known.
    mutating func add(_ report: DocumentReport) {
        for finding in report.findings {
            counts[Key(path: report.source, rule: finding.rule, excerpt: finding.excerpt), default: 0] += 1
        }
    }

    /// Reads a baseline written by `--write-baseline`.
    init(file path: String) throws(BaselineError) {
        let data: Data
        do {
            data = try SupportFile.contents(of: path)
        } catch {
            throw BaselineError(file: path, problem: "kan de baseline niet lezen (\(error.reason))")
        }
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
            let findings = root["findings"] as? [[String: Any]]
        else {
            throw BaselineError(
                file: path, problem: "dit is geen baseline van helder (verwacht een JSON-object met \"findings\")")
        }
        for (index, entry) in findings.enumerated() {
            guard let file = entry["path"] as? String, let rule = entry["rule"] as? String,
                let excerpt = entry["excerpt"] as? String
            else {
                throw BaselineError(
                    file: path, problem: "bevinding \(index + 1) mist \"path\", \"rule\" of \"excerpt\"")
            }
            counts[Key(path: file, rule: rule, excerpt: excerpt), default: 0] += 1
        }
    }

    /// The item with every finding that the baseline knows removed; each entry absorbs one finding,
    /// so the same finding twice in a letter needs two entries.
    mutating func removeKnown(from item: ReportItem) -> ReportItem {
        guard case .document(var report) = item else { return item }
        report.findings = report.findings.filter { finding in
            let key = Key(path: report.source, rule: finding.rule, excerpt: finding.excerpt)
            guard let count = counts[key], count > 0 else { return true }
            counts[key] = count - 1
            return false
        }
        return .document(report)
    }

    /// The baseline as JSON, sorted so it diffs well in version control.
    func serialized() -> String {
        let entries = counts.flatMap { key, count in Array(repeating: key, count: count) }
            .sorted { ($0.path, $0.rule, $0.excerpt) < ($1.path, $1.rule, $1.excerpt) }
        let findings = entries.map { key -> [String: String] in
            ["path": key.path, "rule": key.rule, "excerpt": key.excerpt]
        }
        let root: [String: Any] = ["schemaVersion": 1, "tool": "helder", "findings": findings]
        let data =
            (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// A baseline file that cannot be used.
struct BaselineError: Error, CustomStringConvertible {
    var file: String
    var problem: String

    var description: String { "\(file): \(problem)" }
}
