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

/// The list below the letter for a busy reader: kinds and severities that open and close without a script,
/// a card per group with every place, and remarks about the whole letter in the panel.
@Suite("HTML report: grouped findings")
struct HTMLGroupedListTests {
    static let letter = """
        Geachte heer Smit,

        Indien u vragen heeft, kunt u bellen. Wij hebben uw brief derhalve gelezen.

        Wij hebben besloten dat u geen bijzondere bijstand krijgt. Uw uitkering wordt per 1 januari stopgezet. Bel ons, indien u wilt.

        Met vriendelijke groet,
        """

    @Test("One card per group with its count and a link to every place; kinds and severities as sections")
    func cards() throws {
        let report = RendererTests.report(Self.letter)
        let root = try HTMLNode.parse(HTMLReportRenderer.page(.document(report), tool: RendererTests.tool))
        let list = try #require(root.all.first { $0.hasClass("lijst") })
        let cards = list.elements("li")
        #expect(cards.count == report.groups.count)
        let indien = try #require(cards.first { $0.text().contains("‘Indien’") })
        #expect(indien.elements("span").contains { $0.hasClass("aantal") && $0.text() == "2×" })
        let links = indien.elements("a")
        let places = report.findings.indices.filter { report.findings[$0].excerpt.lowercased() == "indien" }
        #expect(links.map { $0.attributes["id"] } == places.map { "d\($0 + 1)" })
        #expect(links.map { $0.attributes["href"] } == places.map { "#m\($0 + 1)" })
        // Kinds start closed, errors and warnings inside them open, tips closed.
        let kinds = list.elements("details").filter { $0.hasClass("soort") }
        #expect(kinds.map { $0.attributes["id"] ?? "" }.allSatisfy { $0.hasPrefix("soort-") })
        #expect(kinds.allSatisfy { $0.attributes["open"] == nil })
        let severities = list.elements("details").filter { $0.hasClass("ernst") }
        #expect(severities.filter { $0.hasClass("info") }.allSatisfy { $0.attributes["open"] == nil })
        #expect(severities.filter { !$0.hasClass("info") }.allSatisfy { $0.attributes["open"] == "open" })
        // The check boxes only show with the script, which knows how to use them.
        let filter = try #require(list.elements("fieldset").first)
        #expect(filter.attributes["hidden"] == "hidden")
        #expect(filter.elements("input").compactMap { $0.attributes["data-verberg"] }.contains("info"))
    }

    @Test("Remarks about the whole letter are in the panel, never drawn over words")
    func wholeLetter() throws {
        let report = RendererTests.report(Self.letter)
        let objection = try #require(report.findings.firstIndex { $0.rule == "structure.bezwaar" })
        let root = try HTMLNode.parse(HTMLReportRenderer.page(.document(report), tool: RendererTests.tool))
        #expect(!root.elements("mark").contains { $0.attributes["id"] == "m\(objection + 1)" })
        let remark = try #require(root.all.first { $0.attributes["id"] == "h\(objection + 1)" })
        #expect(remark.text().contains(report.findings[objection].message))
        let panel = try #require(root.all.first { $0.hasClass("paneel") })
        #expect(panel.all.contains { $0.attributes["id"] == "h\(objection + 1)" })
        // Its card in the list links to the panel.
        let link = try #require(root.all.first { $0.attributes["id"] == "d\(objection + 1)" })
        #expect(link.attributes["href"] == "#h\(objection + 1)")
    }

    @Test("A threshold says in the list what it left out")
    func omitted() throws {
        let report = RendererTests.report(Self.letter).showing(atLeast: .warning)
        let root = try HTMLNode.parse(HTMLReportRenderer.page(.document(report), tool: RendererTests.tool))
        let list = try #require(root.all.first { $0.hasClass("lijst") })
        #expect(list.text().contains("Niet getoond: \(report.omittedFindings.count) tips"))
        #expect(!list.all.contains { $0.hasClass("ernst") && $0.hasClass("info") })
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
