import Foundation
import Helder
import Testing

@testable import HelderCLI
@testable import HelderReports

@Suite("SARIF output for code-scanning tools")
struct SARIFTests {
    /// Parses SARIF text into its single run.
    private func run(_ text: String) throws -> SARIFRunJSON {
        let log = try decodeJSON(SARIFJSON.self, text)
        #expect(log.version == "2.1.0")
        #expect(log.runs.count == 1)
        return try #require(log.runs.first)
    }

    @Test("Every rule is listed once; each result names a listed rule, its level, file, line and column")
    func resultsPointAtTheLetter() throws {
        let path = sample("toekenningsbrief-bijstand.txt")
        let result = runHelder(["check", "--format", "sarif", "--fail-on", "never", path])
        #expect(result.status == .clean)
        let run = try run(result.out)
        let driver = run.tool.driver
        #expect(driver.name == "helder")
        let ids = driver.rules.map(\.id)
        #expect(ids == AllChecks.infos.map(\.id))
        #expect(Set(ids).count == ids.count)
        let results = run.results
        let reportFindings = try jsonFindings(
            runHelder(["check", "--format", "json", "--fail-on", "never", path]).out)
        #expect(results.count == reportFindings.count)
        #expect(results.count > 50)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        for item in results {
            let ruleId = item.ruleId
            let index = try #require(item.ruleIndex)
            #expect(ids[index] == ruleId)
            #expect(["error", "warning", "note"].contains(item.level))
            #expect(!item.message.text.isEmpty)
            let location = try #require(item.locations.first).physicalLocation
            #expect(location.artifactLocation.uri.hasSuffix("Samples/toekenningsbrief-bijstand.txt"))
            let line = location.region.startLine
            let column = location.region.startColumn
            let snippet = location.region.snippet.text
            // Plain text: the region's line holds the quoted words where the column says.
            if !snippet.hasSuffix("…"), !snippet.contains("\n"), line <= lines.count {
                let text = Array(lines[line - 1])
                let start = column - 1
                if start + snippet.count <= text.count {
                    #expect(
                        String(text[start..<start + snippet.count]).lowercased() == snippet.lowercased(),
                        "\(ruleId) \(line):\(column)")
                }
            }
        }
        let invocation = try #require(run.invocations.first)
        #expect(invocation.executionSuccessful)
    }

    @Test("Word paragraphs become logical locations; unreadable files become notifications, not lost")
    func documentsAndFailures() throws {
        let result = runHelder([
            "check", "--format", "sarif", "--fail-on", "never", sample("herinnering-inlichtingenplicht.docx"),
            "bestaat-niet.txt",
        ])
        #expect(result.status == .inputError)
        let run = try run(result.out)
        let results = run.results
        #expect(!results.isEmpty)
        let logical = results.compactMap { $0.locations.first?.logicalLocations?.first?.name }
        #expect(logical.count == results.count)
        #expect(logical.allSatisfy { $0.hasPrefix("alinea ") })
        let invocation = try #require(run.invocations.first)
        #expect(!invocation.executionSuccessful)
        let notes = invocation.toolExecutionNotifications
        #expect(notes.count == 1)
        let text = try #require(notes.first?.message.text)
        #expect(text.hasPrefix("bestaat-niet.txt: bestand niet gevonden"))
        #expect(runHelder(["rules", "--format", "sarif"]).status == .usage)
    }

    @Test("URIs are relative to the working folder and percent-encoded")
    func uris() {
        #expect(SARIFReportRenderer.uri("/werk/brieven/a b.txt", relativeTo: "/werk") == "brieven/a%20b.txt")
        #expect(SARIFReportRenderer.uri("/werk/brieven/a.txt", relativeTo: "/werk/") == "brieven/a.txt")
        #expect(SARIFReportRenderer.uri("/elders/ë#1.txt", relativeTo: "/werk") == "/elders/%C3%AB%231.txt")
        #expect(SARIFReportRenderer.uri("/werkmap/a.txt", relativeTo: "/werk") == "/werkmap/a.txt")
    }

    /// The schema of the SARIF that helder writes (see the file for how it was made).
    private func schema() throws -> JSONSchemaValidator {
        let url = packageRoot.appendingPathComponent("Tests/HelderCLITests/Schemas/sarif-2.1.0-helder.schema.json")
        return try JSONSchemaValidator(schema: Data(contentsOf: url))
    }

    @Test("The SARIF of every sample, an odd file name and an unreadable file validates against the schema")
    func validatesAgainstSchema() throws {
        let folder = try TemporaryFolder("helder-sarif")
        let odd = folder.url.appendingPathComponent("brief met spatie & ë #1.txt")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: sample("terugvorderingsbrief.txt")), to: odd)
        let corrupt = folder.url.appendingPathComponent("kapot.docx")
        try Data("PK\u{3}\u{4}afgebroken".utf8).write(to: corrupt)
        let result = runHelder([
            "check", "--quiet", "--format", "sarif", "--fail-on", "never",
            packageRoot.appendingPathComponent("Samples").path,
            odd.path, corrupt.path,
        ])
        #expect(result.status == .inputError)
        let document = try JSONSerialization.jsonObject(with: Data(result.out.utf8))
        let violations = try schema().violations(of: document)
        #expect(violations.isEmpty, "\(violations.prefix(5))")
        let run = try run(result.out)
        #expect(run.results.count > 1000)
        // Every rule that produced a result is in the rules list.
        let listed = Set(run.tool.driver.rules.map(\.id))
        let used = Set(run.results.map(\.ruleId))
        #expect(!used.isEmpty)
        #expect(used.isSubset(of: listed))
    }

    @Test(
        "The schema check rejects SARIF that breaks the specification",
        arguments: [
            ("version", "", "missing required member \"version\""),
            ("level", "/runs/0/results/0/level", "is not one of"),
            ("startLine", "/runs/0/results/0/locations/0/physicalLocation/region/startLine", "beyond the minimum"),
            ("unknown", "/runs/0/results/0", "unknown member \"severity\""),
            ("uri", "/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri", "not a valid uri-reference"),
            ("ruleIndex", "/runs/0/results/0/ruleIndex", "expected integer"),
            ("message", "/runs/0/results/0/message", "matches none of anyOf"),
        ])
    func schemaRejects(breakage: String, path: String, problem: String) throws {
        let output = runHelder(["check", "--format", "sarif", "--fail-on", "never", sample("terugvorderingsbrief.txt")])
            .out
        var root = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(try schema().violations(of: root).isEmpty)
        var runs = try #require(root["runs"] as? [[String: Any]])
        var results = try #require(runs[0]["results"] as? [[String: Any]])
        var result = results[0]
        switch breakage {
        case "version": root["version"] = nil
        case "level": result["level"] = "fout"
        case "startLine", "uri":
            var locations = try #require(result["locations"] as? [[String: Any]])
            var physical = try #require(locations[0]["physicalLocation"] as? [String: Any])
            if breakage == "uri" {
                physical["artifactLocation"] = ["uri": "Samples/terugvorderings brief.txt"]
            } else {
                var region = try #require(physical["region"] as? [String: Any])
                region["startLine"] = 0
                physical["region"] = region
            }
            locations[0]["physicalLocation"] = physical
            result["locations"] = locations
        case "unknown": result["severity"] = "error"
        case "ruleIndex": result["ruleIndex"] = "3"
        default: result["message"] = ["markdown": "*alleen markdown*"]
        }
        results[0] = result
        runs[0]["results"] = results
        root["runs"] = runs
        let violations = try schema().violations(of: root)
        #expect(violations.count == 1, "\(violations)")
        #expect(violations.first?.path == path)
        #expect(violations.first?.problem.contains(problem) == true, "\(violations)")
    }
}
