import Foundation
import Helder

/// SARIF 2.1.0 for code-scanning tools (GitHub code scanning, SARIF viewers): every rule in the driver, one result per
/// finding with a physical location (and, for Word and OpenDocument, the paragraph as a logical
/// location), and unreadable files as tool execution notifications.
public enum SARIFReportRenderer {
    /// The SARIF text of a run, ending with a newline. `relativeTo` turns absolute paths into URIs
    /// relative to the working folder, as code-scanning tools expect.
    public static func render(
        _ items: [ReportItem], rules: [CheckInfo], tool: ToolInfo, relativeTo workingFolder: String
    ) -> String {
        var stream = Stream(rules: rules, tool: tool, relativeTo: workingFolder)
        return stream.render(items)
    }

    /// The SARIF log written one document at a time: the results as they come, the invocation
    /// (with the unreadable files) after them.
    public struct Stream: ReportStream {
        let rules: [CheckInfo]
        let tool: ToolInfo
        let workingFolder: String
        private let ruleIndex: [String: Int]
        private var json = JSONWriter(capacity: 64 * 1024)
        private var failures: [(path: String, message: String)] = []

        public init(rules: [CheckInfo], tool: ToolInfo, relativeTo workingFolder: String) {
            self.rules = rules
            self.tool = tool
            self.workingFolder = workingFolder
            ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        }

        public mutating func head() -> String {
            json.beginObject()
            json.member("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
            json.member("version", "2.1.0")
            json.key("runs")
            json.beginArray()
            json.beginObject()
            writeTool(rules, tool, to: &json)
            json.key("results")
            json.beginArray()
            return json.take()
        }

        public mutating func part(for item: ReportItem) -> String {
            switch item {
            case .failure(let path, let message):
                failures.append((path, message))
            case .document(let report):
                let location = uri(report.source, relativeTo: workingFolder)
                let groups = FindingGroup.ids(of: report.groups, findings: report.findings.count)
                for (index, finding) in report.findings.enumerated() {
                    writeResult(finding, group: groups[index], uri: location, ruleIndex: ruleIndex, to: &json)
                }
            }
            return json.take()
        }

        public mutating func tail() -> String {
            json.endArray()
            json.key("invocations")
            json.beginArray()
            writeInvocation(failures, to: &json)
            json.endArray()
            json.endObject()
            json.endArray()
            json.endObject()
            return json.text()
        }
    }

    /// SARIF's level for a severity.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A path as a URI reference: relative to the working folder when inside it, with `/` separators.
    static func uri(_ path: String, relativeTo folder: String) -> String {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
        // Path characters stay; spaces, `%`, `#`, `?` and non-ASCII letters are percent-encoded.
        return relative.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? relative
    }

    private static func writeTool(_ rules: [CheckInfo], _ tool: ToolInfo, to json: inout JSONWriter) {
        json.key("tool")
        json.beginObject()
        json.key("driver")
        json.beginObject()
        json.member("name", tool.name)
        json.member("version", tool.version)
        json.member("informationUri", "https://eupl.eu/1.2/nl/")
        json.key("rules")
        json.beginArray()
        for rule in rules {
            json.beginObject()
            json.member("id", rule.id)
            json.key("shortDescription")
            text(rule.summary, to: &json)
            json.key("fullDescription")
            text(rule.rationale, to: &json)
            json.key("help")
            text("\(rule.summary) \(rule.rationale) Zie ook: helder explain \(rule.id)", to: &json)
            json.key("defaultConfiguration")
            json.beginObject()
            json.member("level", level(rule.defaultSeverity))
            json.endObject()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.endObject()
    }

    private static func writeInvocation(_ failures: [(path: String, message: String)], to json: inout JSONWriter) {
        json.beginObject()
        json.key("executionSuccessful")
        json.bool(failures.isEmpty)
        json.key("toolExecutionNotifications")
        json.beginArray()
        for (path, message) in failures {
            json.beginObject()
            json.member("level", "error")
            json.key("message")
            text("\(path): \(message)", to: &json)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    private static func writeResult(
        _ finding: Finding, group: Int, uri: String, ruleIndex: [String: Int], to json: inout JSONWriter
    ) {
        json.beginObject()
        json.member("ruleId", finding.rule)
        if let index = ruleIndex[finding.rule] { json.member("ruleIndex", index) }
        json.member("level", level(finding.severity))
        json.key("message")
        text("\(finding.message) \(finding.suggestion)", to: &json)
        json.key("locations")
        json.beginArray()
        json.beginObject()
        json.key("physicalLocation")
        json.beginObject()
        json.key("artifactLocation")
        json.beginObject()
        json.member("uri", uri)
        json.endObject()
        json.key("region")
        json.beginObject()
        json.member("startLine", max(1, finding.location.line))
        json.member("startColumn", max(1, finding.location.column))
        json.member("endColumn", max(1, finding.location.column) + max(1, finding.location.length))
        json.key("snippet")
        text(finding.excerpt, to: &json)
        json.endObject()
        json.endObject()
        if let paragraph = finding.location.paragraph {
            json.key("logicalLocations")
            json.beginArray()
            json.beginObject()
            let heading = finding.location.heading.map { ", onder ‘\($0)’" } ?? ""
            json.member("name", "alinea \(paragraph)\(heading)")
            json.member("kind", "element")
            json.endObject()
            json.endArray()
        }
        json.endObject()
        json.endArray()
        // The same rule on the same words in one letter: one group (see FindingGroup).
        json.key("properties")
        json.beginObject()
        json.member("group", group)
        json.endObject()
        json.endObject()
    }

    private static func text(_ value: String, to json: inout JSONWriter) {
        json.beginObject()
        json.member("text", value)
        json.endObject()
    }
}
