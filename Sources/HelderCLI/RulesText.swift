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
