import Helder
import HelderReports

/// `helder rules` and `helder explain`: the same Dutch text and examples the checks carry and the tests run.
enum RulesText {
    static func render(_ infos: [CheckInfo], format: OutputFormat) -> String {
        switch format {
        case .text:
            return infos.map(explain).joined(separator: "\n")
        case .json:
            let rules = JSONValue.array(
                infos.map { info in
                    .object([
                        ("id", .string(info.id)), ("category", .string(info.category.rawValue)),
                        ("defaultSeverity", .string(info.defaultSeverity.rawValue)),
                        ("summary", .string(info.summary)), ("rationale", .string(info.rationale)),
                        ("triggeringExamples", .array(info.triggeringExamples.map(JSONValue.string))),
                        ("nonTriggeringExamples", .array(info.nonTriggeringExamples.map(JSONValue.string))),
                    ])
                })
            return JSONValue.object([("rules", rules)]).serialized() + "\n"
        }
    }

    static func explain(_ info: CheckInfo) -> String {
        var lines = [
            "\(info.id) (\(info.category.displayName), standaard: \(info.defaultSeverity.displayName))",
            "  \(info.summary)",
            "",
            "  Waarom: \(info.rationale)",
            "",
            "  Wordt gemeld:",
        ]
        lines += info.triggeringExamples.map { "    ✗ \($0)" }
        lines.append("  Wordt niet gemeld:")
        lines += info.nonTriggeringExamples.map { "    ✓ \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
