import Helder
import HelderReports

/// `helder rules` and `helder explain`: the same Dutch text and examples the checks carry and the tests run.
enum RulesText {
    static func render(_ infos: [CheckInfo], format: OutputFormat) -> String {
        switch format {
        case .text:
            return infos.map(explain).joined(separator: "\n")
        case .json, .csv, .sarif, .html:
            // The parser refuses csv, sarif and html for rules; JSON is the machine-readable form.
            return JSONReportRenderer.rules(infos)
        }
    }

    static func explain(_ info: CheckInfo) -> String {
        var lines = [
            "\(info.id) (\(info.category.displayName), standaard: \(info.defaultSeverity.displayName))",
            "  \(info.summary)",
            "",
            "  Waarom: \(info.rationale)",
            "",
        ]
        if !info.lexiconKinds.isEmpty {
            // Where an organisation adds its own words for this rule (`--lexicon`, same file name and kind).
            var files: [String] = []
            var kinds: [String: [String]] = [:]
            for kind in info.lexiconKinds {
                if kinds[kind.file] == nil { files.append(kind.file) }
                kinds[kind.file, default: []].append(kind.kind)
            }
            let named = files.map { "\($0) (\(kinds[$0]!.joined(separator: ", ")))" }
            lines += ["  Woordenlijsten: \(named.joined(separator: "; "))", ""]
        }
        lines.append("  Wordt gemeld:")
        lines += info.triggeringExamples.map { "    ✗ \($0)" }
        lines.append("  Wordt niet gemeld:")
        lines += info.nonTriggeringExamples.map { "    ✓ \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// What `helder explain` makes of the rule it is given: a whole id, the part after the dot
/// (`vaktaal` → `jargon.vaktaal`), or a part of one id only (`lengte` → `structure.lengte`). Case does
/// not count. A whole last part wins over a part of a longer one (`lange-zin` is
/// `readability.lange-zin`, not also `readability.zeer-lange-zin`).
enum RuleLookup: Equatable {
    case found(String)
    /// Several rules fit; the user must choose.
    case ambiguous([String])
    /// No rule fits; a close one when there is one (a typing error).
    case unknown(suggestion: String?)

    static func resolve(_ query: String, in ids: [String]) -> RuleLookup {
        let wanted = query.lowercased()
        guard !wanted.isEmpty else { return .unknown(suggestion: nil) }
        if let id = ids.first(where: { $0.lowercased() == wanted }) { return .found(id) }
        func lastPart(_ id: String) -> String { String(id.lowercased().split(separator: ".").last ?? "") }
        let byLastPart = ids.filter { lastPart($0) == wanted }
        if byLastPart.count == 1 { return .found(byLastPart[0]) }
        if byLastPart.count > 1 { return .ambiguous(byLastPart) }
        let containing = ids.filter { $0.lowercased().contains(wanted) }
        if containing.count == 1 { return .found(containing[0]) }
        if containing.count > 1 { return .ambiguous(containing) }
        // A typing error in the whole id or in its last part.
        let close = ids.map { id in
            (
                id,
                min(
                    CommandSpec<CheckOptions>.editDistance(wanted, id.lowercased()),
                    CommandSpec<CheckOptions>.editDistance(wanted, lastPart(id)))
            )
        }.filter { $0.1 <= 2 }
        return .unknown(suggestion: close.min { $0.1 < $1.1 }?.0)
    }
}
