import Foundation
import Helder
import HelderDocuments
import HelderTestSupport
import Testing

@testable import HelderCLI
@testable import HelderReports

@Suite("HTML report")
struct HTMLReportTests {
    /// The text of a mark without the explanation inside it.
    private func markText(_ node: HTMLNode) -> String {
        node.text { $0.hasClass("uitleg") }
    }

    private func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(
        "Every finding of the JSON output is highlighted in place, with its rule and explanation",
        arguments: [
            "toekenningsbrief-bijstand.docx", "terugvorderingsbrief.txt", "herinnering-inlichtingenplicht.html",
        ])
    func everyFindingHighlighted(letter: String) throws {
        let html = runHelder(["check", "--format", "html", "--fail-on", "never", sample(letter)])
        #expect(html.status == .clean)
        let findings = try jsonFindings(
            runHelder(["check", "--format", "json", "--fail-on", "never", sample(letter)]).out)
        #expect(findings.count > 20)
        let root = try HTMLNode.parse(html.out)
        let marks = root.elements("mark")
        let letter = normalized(try #require(root.elements("article").first).text { $0.hasClass("uitleg") })
        var pieces: [String: [HTMLNode]] = [:]
        for mark in marks { pieces[mark.attributes["data-bevinding"] ?? "", default: []].append(mark) }
        var drawn = 0
        for (index, finding) in findings.enumerated() {
            let number = String(index + 1)
            // Every finding is in the list below the letter, in the card of its group.
            #expect(root.all.contains { $0.attributes["id"] == "d\(number)" })
            guard AllChecks.scope(of: finding.rule) != .letter else {
                // A remark about the whole letter is in the panel, and not drawn over some words.
                #expect(!marks.contains { $0.attributes["id"] == "m\(number)" }, "finding \(number)")
                let remark = try #require(root.all.first { $0.attributes["id"] == "h\(number)" })
                #expect(remark.text().contains(finding.message))
                continue
            }
            drawn += 1
            let first = try #require(marks.first { $0.attributes["id"] == "m\(number)" }, "finding \(number)")
            #expect(first.attributes["data-regel"] == finding.rule)
            #expect(first.attributes["tabindex"] == "0")
            #expect(first.attributes["aria-describedby"] == "t\(number)")
            // The explanation follows the mark, so a screen reader does not read it as the marked words.
            #expect(!first.all.contains { $0.attributes["id"] == "t\(number)" })
            let tooltip = try #require(root.all.first { $0.attributes["id"] == "t\(number)" })
            #expect(tooltip.text().contains(finding.message))
            #expect(tooltip.text().contains(finding.suggestion))
            // The marked words are the finding's words (the excerpt may be shortened with "…"). A long
            // sentence is marked from the word where it becomes too long; its excerpt is the sentence's start.
            let marked = normalized(pieces[number, default: []].map(markText).joined())
            var excerpt = normalized(finding.excerpt)
            if excerpt.hasSuffix("…") { excerpt = String(excerpt.dropLast()) }
            if ReportAdvice.isSentenceLength(finding.rule) {
                let start = try #require(letter.range(of: excerpt), "finding \(number)")
                #expect(letter.range(of: marked, range: start.lowerBound..<letter.endIndex) != nil)
                #expect(".!?;:".contains(marked.last ?? " "), "finding \(number): '\(marked)'")
            } else {
                // The excerpt is the marked words, or the sentence around them (a decision in its sentence).
                #expect(
                    marked.hasPrefix(excerpt) || excerpt.contains(marked),
                    "finding \(number): '\(marked)' vs '\(excerpt)'")
            }
        }
        #expect(Set(marks.compactMap { $0.attributes["id"] }).count == drawn)
    }

    @Test("The letter's own text is all there, in reading order, with headings kept")
    func letterText() throws {
        let path = sample("toekenningsbrief-bijstand.txt")
        let page = try HTMLNode.parse(runHelder(["check", "--format", "html", "--fail-on", "never", path]).out)
        let article = try #require(page.elements("article").first)
        let shown = normalized(article.text { $0.hasClass("uitleg") })
        // The text as written, without the list markers that become list items.
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        let original = normalized(
            lines.map { line in
                line.replacing(/^\s*(-|\d+\.)\s+/, with: "")
            }.joined(separator: "\n"))
        #expect(shown == original)
        #expect(article.elements("h3").map { $0.text { $0.hasClass("uitleg") } }.contains("Inlichtingenplicht"))
        #expect(!article.elements("li").isEmpty)
    }

    @Test("The page is self-contained: no scripts, styles, fonts or images from elsewhere")
    func selfContained() throws {
        let output = runHelder([
            "check", "--format", "html", "--fail-on", "never", sample("toekenningsbrief-bijstand.docx"),
        ]).out
        let root = try HTMLNode.parse(output)
        #expect(root.name == "html")
        #expect(root.attributes["lang"] == "nl")
        for node in root.all {
            #expect(!["link", "img", "iframe", "object", "embed", "base"].contains(node.name), "\(node.name)")
            #expect(node.attributes["src"] == nil)
            if let href = node.attributes["href"] { #expect(href.hasPrefix("#"), "\(href)") }
        }
        #expect(root.elements("script").count == 1)
        #expect(root.elements("style").count == 1)
        #expect(!output.contains("@import"))
        #expect(!output.contains("url(http"))
        // The charts are drawn: a ring, the level gauge and a bar per sentence.
        let charts = root.elements("svg")
        #expect(charts.count == 3)
        #expect(
            charts.allSatisfy { chart in
                // A text alternative: its own label, or the caption it points to.
                chart.attributes["role"] == "img"
                    && (!(chart.attributes["aria-label"] ?? "").isEmpty
                        || root.all.contains { $0.attributes["id"] == chart.attributes["aria-labelledby"] })
            })
        let report = try #require(
            try jsonDocuments(
                runHelder(["check", "--format", "json", "--fail-on", "never", sample("toekenningsbrief-bijstand.docx")])
                    .out
            ).first)
        #expect(charts[2].elements("rect").filter { !$0.elements("title").isEmpty }.count == report.metrics.sentences)
        // Headings in order: one h1, then h2s, the letter's own headings as h3.
        let headings = root.all.filter { ["h1", "h2", "h3", "h4"].contains($0.name) }.map(\.name)
        #expect(headings.first == "h1")
        #expect(headings.filter { $0 == "h1" }.count == 1)
        #expect(!headings.contains("h4"))
    }

    @Test("Hostile letter text and file names are shown as text, never run")
    func escaped() throws {
        let folder = try TemporaryFolder("helder-html")
        let path = folder.url.appendingPathComponent("brief <script>&.txt")
        let hostile = """
            Geachte heer,

            Indien u <script>alert('x')</script> wilt, bel ons. "><img src=x onerror=alert(1)> en &amp; en ]]> en <!-- --> en a < b en NIET-TEKENS.

            Met vriendelijke groet,
            """
        // Noncharacters are not allowed in HTML (or XML) and are dropped.
        let nonCharacters = String(String.UnicodeScalarView([0xFFFE, 0xFDD0, 0x1FFFF].compactMap(Unicode.Scalar.init)))
        try Data(hostile.replacingOccurrences(of: "NIET-TEKENS", with: nonCharacters).utf8).write(to: path)
        let output = runHelder(["check", "--format", "html", "--fail-on", "never", path.path]).out
        let root = try HTMLNode.parse(output)
        #expect(root.elements("script").count == 1)
        #expect(root.elements("img").isEmpty)
        #expect(root.all.allSatisfy { $0.attributes["onerror"] == nil })
        let text = root.elements("article").first?.text { $0.hasClass("uitleg") } ?? ""
        // Inline HTML in a text letter is template markup, blanked out like a comment; what is left is text.
        #expect(!text.contains("<script>"))
        #expect(text.contains("alert('x')"))
        #expect(text.contains("\">"))
        #expect(text.contains("a < b"))
        #expect(text.contains("&amp;"))
        #expect(root.elements("title").first?.text().contains("brief <script>&.txt") == true)
        // Skip links lead past the panel and the highlights.
        let skips = root.elements("nav").flatMap { $0.elements("a") }.compactMap { $0.attributes["href"] }
        #expect(skips == ["#brief-kop", "#lijst-kop"])
        // The marks are still where the findings are.
        #expect(root.elements("mark").contains { $0.attributes["data-regel"] == "jargon.ambtelijk" })
    }
}

@Suite("HTML report of a folder")
struct HTMLFolderReportTests {
    @Test("A folder becomes an index worst first with a page per letter; every link works")
    func folder() throws {
        let temporary = try TemporaryFolder("helder-html-map")
        let target = temporary.url.appendingPathComponent("rapport")
        let corrupt = temporary.url.appendingPathComponent("kapot.docx")
        try Data("PK\u{3}\u{4}afgebroken".utf8).write(to: corrupt)
        let result = runHelder([
            "check", "--quiet", "--format", "html", "--fail-on", "never", "--output", target.path,
            sample("toekenningsbrief-bijstand.txt"), sample("toekenningsbrief-bijstand-b1.txt"), corrupt.path,
        ])
        #expect(result.status == .inputError)
        #expect(result.out.isEmpty)
        let files = try FileManager.default.contentsOfDirectory(atPath: target.path).sorted()
        #expect(files.count == 5)
        #expect(files.contains(".helder-rapport"))
        #expect(files.contains("index.html"))
        let index = try HTMLNode.parse(String(contentsOf: target.appendingPathComponent("index.html"), encoding: .utf8))
        let links = index.elements("table").flatMap { $0.elements("a") }
        #expect(links.count == 3)
        // Worst first: the unreadable file, then the original (score 28), then the rewrite.
        #expect(links[0].text().hasSuffix("kapot.docx"))
        #expect(links[1].text().hasSuffix("toekenningsbrief-bijstand.txt"))
        #expect(links[2].text().hasSuffix("toekenningsbrief-bijstand-b1.txt"))
        for link in links {
            let page = try #require(link.attributes["href"])
            let html = try String(contentsOf: target.appendingPathComponent(page), encoding: .utf8)
            let root = try HTMLNode.parse(html)
            #expect(root.elements("a").contains { $0.attributes["href"] == "index.html" })
        }
        #expect(index.elements("svg").count == 2)
        #expect(index.text().contains("Meeste jargon"))
        #expect(index.text().contains("‘ingevolge’"))
        // No temporary folder is left beside the report.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: temporary.url.path).sorted() == [
                "kapot.docx", "rapport",
            ])
        // A second run replaces the earlier report.
        let again = runHelder([
            "check", "--quiet", "--format", "html", "--fail-on", "never", "--output", target.path,
            sample("terugvorderingsbrief.txt"), sample("toekenningsbrief-bijstand-b1.txt"),
        ])
        #expect(again.status == .clean)
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path).count == 4)
    }

    @Test("Several letters need --output; an unrelated folder is never replaced")
    func refusals() throws {
        let letters = [sample("terugvorderingsbrief.txt"), sample("toekenningsbrief-bijstand-b1.txt")]
        let withoutOutput = runHelder(["check", "--format", "html"] + letters)
        #expect(withoutOutput.status == .usage)
        #expect(withoutOutput.err.contains("--output MAP"))
        let temporary = try TemporaryFolder("helder-html-map")
        let mine = temporary.url.appendingPathComponent("mijn-map")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try Data("belangrijk".utf8).write(to: mine.appendingPathComponent("notities.txt"))
        let refused = runHelder(["check", "--format", "html", "--output", mine.path] + letters)
        #expect(refused.status == .inputError)
        #expect(refused.err.contains("geen eerder rapport van helder"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: mine.path) == ["notities.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.url.path) == ["mijn-map"])
        // One letter into an existing folder also gives a folder (with its index).
        let empty = temporary.url.appendingPathComponent("leeg")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let one = runHelder(["check", "--format", "html", "--fail-on", "never", "--output", empty.path, letters[0]])
        #expect(one.status == .clean)
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty.path).count == 3)
        #expect(FileManager.default.fileExists(atPath: empty.appendingPathComponent("index.html").path))
    }

    @Test("An earlier report is replaced only when it holds nothing else; a user's file in it is never lost")
    func manifest() throws {
        let temporary = try TemporaryFolder("helder-html-map")
        let target = temporary.url.appendingPathComponent("rapport")
        let letters = [sample("terugvorderingsbrief.txt"), sample("toekenningsbrief-bijstand-b1.txt")]
        #expect(
            runHelder(["check", "--format", "html", "--fail-on", "never", "--output", target.path] + letters).status
                == .clean)
        let manifest = try String(contentsOf: target.appendingPathComponent(".helder-rapport"), encoding: .utf8)
        #expect(manifest.hasPrefix("helder-rapport 1\n"))
        #expect(manifest.contains("index.html"))
        // Someone keeps notes in the report folder: the next run refuses instead of deleting them.
        try Data("belangrijk".utf8).write(to: target.appendingPathComponent("notities.txt"))
        let refused = runHelder(["check", "--format", "html", "--fail-on", "never", "--output", target.path] + letters)
        #expect(refused.status == .inputError)
        #expect(refused.err.contains("geen eerder rapport van helder (of er staat meer in)"))
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("notities.txt").path))
        // A single page is not a report folder, even though it names helder as its generator.
        let site = temporary.url.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        #expect(
            runHelder([
                "check", "--format", "html", "--fail-on", "never", "--output",
                site.appendingPathComponent("index.html").path, letters[0],
            ]).status == .clean)
        #expect(runHelder(["check", "--format", "html", "--output", site.path] + letters).status == .inputError)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path) == ["index.html"])
    }

    @Test("Page names stay apart where case does not count, stay short, and abandoned temporary folders go")
    func pageNames() throws {
        let temporary = try TemporaryFolder("helder-html-namen")
        let sink = try HTMLFolderSink(
            folder: temporary.url.appendingPathComponent("rapport").path, tool: ToolInfo(name: "helder", version: "0"),
            workingFolder: "/werk")
        defer { sink.discard() }
        #expect(sink.pageName(for: "/werk/brieven/A.txt") == "brieven-A.txt.html")
        #expect(sink.pageName(for: "/werk/brieven/a.txt") == "brieven-a.txt-2.html")
        #expect(sink.pageName(for: "/werk/Index.txt") == "Index.txt.html")
        let long = "/werk/" + String(repeating: "lange-mapnaam/", count: 12) + "brief.txt"
        let other = "/werk/" + String(repeating: "lange-mapnaam/", count: 12) + "ander.txt"
        let first = sink.pageName(for: long)
        let second = sink.pageName(for: other)
        #expect(first.utf8.count <= HTMLFolderSink.maximumNameLength)
        #expect(first != second)
        // A temporary folder of a run that no longer exists is cleaned up by the next run.
        let abandoned = temporary.url.appendingPathComponent(".ander.helder-999999-1")
        try FileManager.default.createDirectory(at: abandoned, withIntermediateDirectories: true)
        let again = try HTMLFolderSink(
            folder: temporary.url.appendingPathComponent("ander").path, tool: ToolInfo(name: "helder", version: "0"),
            workingFolder: "/werk")
        again.discard()
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
    }

    @Test("An unreadable single letter gives a page that says why, and exit status 2")
    func unreadable() throws {
        let result = runHelder(["check", "--format", "html", "bestaat-niet.docx"])
        #expect(result.status == .inputError)
        let root = try HTMLNode.parse(result.out)
        #expect(root.text().contains("Dit bestand kon niet worden gelezen"))
        #expect(root.text().contains("bestaat-niet.docx"))
    }
}
