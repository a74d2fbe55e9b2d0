import Foundation
import Helder
import HelderDocuments
import HelderTestSupport
import Testing

@testable import HelderReports

/// The HTML report's parts as a library: how overlapping marks are drawn and what the report advises to fix
/// first. The whole page, end to end from a file, is tested in HelderCLITests.
@Suite("HTML report parts")
struct HTMLPartsTests {
    /// A sample letter of the package, read as `helder` reads it.
    static func sampleReport(_ name: String) throws -> DocumentReport {
        let path = packageRoot.appendingPathComponent("Samples/\(name)").path
        return Analyzer().analyze(try DocumentLoader().load(path: path))
    }

    @Test("Overlapping findings nest, or are split into pieces, and the text stays exactly the same")
    func overlapping() throws {
        func finding(_ rule: String) -> Finding {
            Finding(
                rule: rule, category: .jargon, severity: .warning, message: "m", suggestion: "s",
                location: TextLocation(line: 1, column: 1, length: 1), excerpt: "e")
        }
        let text = "Indien u <dit> wilt, bel ons.\nDank!"
        let marks = [
            HTMLHighlighter.Mark(number: 1, finding: finding("a"), range: 0..<19),  // "Indien u <dit> wilt"
            HTMLHighlighter.Mark(number: 2, finding: finding("b"), range: 0..<6),  // "Indien", inside 1
            // "wilt, bel" crosses the end of 1.
            HTMLHighlighter.Mark(number: 3, finding: finding("c"), range: 15..<24),
            HTMLHighlighter.Mark(number: 4, finding: finding("d"), range: 40..<50),  // beyond the text: dropped
        ]
        let html = HTMLHighlighter.render(text, marks: marks)
        let root = try HTMLNode.parse("<p>\(html)</p>")
        #expect(root.text { $0.hasClass("uitleg") } == text)
        let pieces = root.elements("mark")
        #expect(pieces.filter { $0.attributes["id"] != nil }.map { $0.attributes["id"]! } == ["m1", "m2", "m3"])
        // Finding 3 starts inside 1 and ends after it: one piece inside, one continuation after.
        let three = pieces.filter { $0.attributes["data-bevinding"] == "3" }
        #expect(three.count == 2)
        #expect(three.map { $0.text { $0.hasClass("uitleg") } }.joined() == "wilt, bel")
        #expect(three[1].hasClass("vervolg"))
        #expect(root.elements("br").count == 1)
    }

    @Test("What to fix first: the biggest gain first; a plain letter has nothing to fix")
    func firstFixes() throws {
        let original = try Self.sampleReport("toekenningsbrief-bijstand.txt")
        let fixes = ReportAdvice.fixes(for: original)
        #expect(fixes.count > 10)
        #expect(fixes.map(\.totalGain) == fixes.map(\.totalGain).sorted(by: >))
        #expect(fixes[0].totalGain >= 5)
        // Tone findings gain tone points: removing a threat makes the letter friendlier.
        #expect(fixes.contains { $0.toneGain > 0 && original.findings[$0.findings[0]].rule == "coercion.dreiging" })
        // All long sentences are one fix.
        let sentenceFix = try #require(
            fixes.first { ReportAdvice.isSentenceLength(original.findings[$0.findings[0]].rule) })
        #expect(sentenceFix.findings.count == original.metrics.longSentences)
        // Every finding is in exactly one fix.
        #expect(fixes.flatMap(\.findings).sorted() == Array(original.findings.indices))
        let plain = try Self.sampleReport("toekenningsbrief-bijstand-b1.txt")
        // The B1 letter has only tips left: its three consequences, said calmly with help around them.
        let plainFixes = ReportAdvice.fixes(for: plain)
        #expect(plainFixes.flatMap(\.findings).allSatisfy { plain.findings[$0].severity == .info })
        #expect(plainFixes.allSatisfy { $0.gain == 0 })
    }

    @Test("The page of a typed report: every finding marked in place with its rule; letter text only as text")
    func page() throws {
        let text = """
            Geachte heer,

            Indien u <script>alert('x')</script> wilt, bel ons. U dient onverwijld te betalen & te reageren.

            Met vriendelijke groet,
            """
        let report = RendererTests.report(text, source: "brief <b>&.txt")
        #expect(report.findings.count >= 3)
        let page = HTMLReportRenderer.page(.document(report), tool: RendererTests.tool)
        let root = try HTMLNode.parse(page)
        #expect(root.attributes["lang"] == "nl")
        #expect(root.elements("title").first?.text().contains("brief <b>&.txt") == true)
        #expect(root.elements("b").isEmpty)
        // The one script is the report's own; the letter's is text.
        #expect(root.elements("script").count == 1)
        let article = try #require(root.elements("article").first)
        #expect(article.text { $0.hasClass("uitleg") }.contains("<script>alert('x')</script>"))
        let marks = root.elements("mark").filter { $0.attributes["id"] != nil }
        #expect(marks.map { $0.attributes["data-regel"] } == report.findings.map(\.rule))
        #expect(marks.contains { $0.attributes["data-regel"] == "jargon.ambtelijk" && $0.text() == "Indien" })
    }
}

/// SARIF for code-scanning tools, against a typed report.
@Suite("SARIF renderer")
struct SARIFRendererTests {
    struct Log: Decodable {
        struct Run: Decodable {
            struct Tool: Decodable {
                struct Driver: Decodable {
                    struct Rule: Decodable {
                        struct Configuration: Decodable { var level: String }
                        var id: String
                        var defaultConfiguration: Configuration
                    }
                    var name: String
                    var rules: [Rule]
                }
                var driver: Driver
            }
            struct Text: Decodable { var text: String }
            struct Result: Decodable {
                struct Location: Decodable {
                    struct Physical: Decodable {
                        struct Artifact: Decodable { var uri: String }
                        struct Region: Decodable {
                            var startLine: Int
                            var startColumn: Int
                            var endColumn: Int
                            var snippet: Text
                        }
                        var artifactLocation: Artifact
                        var region: Region
                    }
                    var physicalLocation: Physical
                }
                var ruleId: String
                var ruleIndex: Int
                var level: String
                var message: Text
                var locations: [Location]
            }
            struct Invocation: Decodable {
                struct Notification: Decodable {
                    var level: String
                    var message: Text
                }
                var executionSuccessful: Bool
                var toolExecutionNotifications: [Notification]
            }
            var tool: Tool
            var results: [Result]
            var invocations: [Invocation]
        }
        var version: String
        var runs: [Run]
    }

    @Test("One result per finding with its rule, level and place; unreadable files are notifications")
    func results() throws {
        let report = RendererTests.report(
            "Geachte heer,\n\nIndien u vragen heeft, bel ons. U dient onverwijld te betalen.\n\nMet vriendelijke groet,",
            source: "/werk/brieven/mijn brief.txt")
        let text = SARIFReportRenderer.render(
            [.document(report), .failure(path: "/werk/kapot.docx", message: "kan dit bestand niet lezen.")],
            rules: AllChecks.infos, tool: RendererTests.tool, relativeTo: "/werk")
        let log = try JSONDecoder().decode(Log.self, from: Data(text.utf8))
        #expect(log.version == "2.1.0")
        let run = try #require(log.runs.first)
        #expect(run.tool.driver.name == "helder")
        #expect(run.tool.driver.rules.map(\.id) == AllChecks.infos.map(\.id))
        #expect(run.tool.driver.rules.first { $0.id == "readability.lang-woord" }?.defaultConfiguration.level == "note")
        #expect(run.results.count == report.findings.count && !report.findings.isEmpty)
        let levels: [Severity: String] = [.error: "error", .warning: "warning", .info: "note"]
        for (result, finding) in zip(run.results, report.findings) {
            #expect(result.ruleId == finding.rule)
            #expect(run.tool.driver.rules[result.ruleIndex].id == finding.rule)
            #expect(result.level == levels[finding.severity])
            #expect(result.message.text == "\(finding.message) \(finding.suggestion)")
            let place = try #require(result.locations.first?.physicalLocation)
            #expect(place.artifactLocation.uri == "brieven/mijn%20brief.txt")
            #expect(place.region.startLine == finding.location.line)
            #expect(place.region.startColumn == finding.location.column)
            #expect(place.region.endColumn == finding.location.column + finding.location.length)
            #expect(place.region.snippet.text == finding.excerpt)
        }
        let invocation = try #require(run.invocations.first)
        #expect(!invocation.executionSuccessful)
        #expect(
            invocation.toolExecutionNotifications.map(\.message.text) == [
                "/werk/kapot.docx: kan dit bestand niet lezen."
            ])
    }
}
