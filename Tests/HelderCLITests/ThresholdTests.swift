import Foundation
import Helder
import HelderDocuments
import HelderTestSupport
import Testing

@testable import HelderCLI
@testable import HelderReports

/// `--min-severity` and `minSeverity`: what is shown, never what is counted; and the comments `annotate`
/// writes by default, at most about 15 per page of letter.
@Suite("Severity threshold and annotate defaults")
struct ThresholdTests {
    static let letter = sample("toekenningsbrief-bijstand.txt")

    @Test("check --min-severity warning: no tips shown, the summary counts them, the scores stay the same")
    func check() throws {
        let all = try #require(jsonDocuments(runHelder(["check", "--format", "json", Self.letter]).out).first)
        let shown = try #require(
            jsonDocuments(runHelder(["check", "--format", "json", "--min-severity", "warning", Self.letter]).out)
                .first)
        let tips = all.findings.filter { $0.severity == "info" }.count
        #expect(tips > 0)
        #expect(all.minSeverity == "info" && all.omittedFindings == 0)
        #expect(shown.minSeverity == "warning" && shown.omittedFindings == tips)
        #expect(shown.findings.count == all.findings.count - tips)
        #expect(shown.findings.allSatisfy { $0.severity != "info" })
        #expect(shown.scores.overall == all.scores.overall && shown.scores.tone == all.scores.tone)
        let text = runHelder(["check", "--min-severity", "waarschuwing", Self.letter]).out
        #expect(!text.contains(": info: "))
        #expect(
            text.contains("  Niet getoond: \(tips) tips (ze tellen mee in de scores; --min-severity info toont ze)."))
    }

    @Test("JSON keeps every occurrence with its group; the text output gives a group one entry with its places")
    func groups() throws {
        let report = try #require(jsonDocuments(runHelder(["check", "--format", "json", Self.letter]).out).first)
        let ids = report.findings.compactMap(\.group)
        #expect(ids.count == report.findings.count)
        #expect(Set(ids) == Set(1...(ids.max() ?? 0)))
        // ‘ingevolge’ stands in the letter more than once: every place is in the JSON, under one group.
        let ingevolge = report.findings.filter { $0.excerpt.lowercased() == "ingevolge" }
        #expect(ingevolge.count > 2)
        #expect(Set(ingevolge.compactMap(\.group)).count == 1)
        let text = runHelder(["check", Self.letter]).out
        let entries = text.split(separator: "\n").filter { $0.contains("‘ingevolge’ is juridische taal.") }
        #expect(entries.count == 1)
        #expect(text.contains("    Staat \(ingevolge.count) keer in deze brief: ook op regel "))
        // The compiler-style line stays as editors and CI read it.
        #expect(entries[0].hasPrefix("Samples/toekenningsbrief-bijstand.txt:\(ingevolge[0].line):"))
        #expect(entries[0].contains(": warning: ‘ingevolge’ is juridische taal. [jargon.juridisch]"))
    }

    @Test("The exit status counts what is shown: hidden tips do not fail a gate")
    func exitStatus() {
        let plain = sample("toekenningsbrief-bijstand-b1.txt")
        #expect(runHelder(["check", "--fail-on", "info", plain]).status == .thresholdBreached)
        #expect(runHelder(["check", "--fail-on", "info", "--min-severity", "warning", plain]).status == .clean)
        // The Dutch names work as in .helder.json.
        #expect(runHelder(["check", "--fail-on", "tip", plain]).status == .thresholdBreached)
        #expect(runHelder(["check", "--fail-on", "nooit", Self.letter]).status == .clean)
    }

    @Test("A bad threshold is refused with what is expected")
    func badValue() {
        let result = runHelder(["check", "--min-severity", "alles", Self.letter])
        #expect(result.status == .usage)
        #expect(
            result.err.contains(
                "--min-severity verwacht info, warning of error (of tip, waarschuwing, fout), niet 'alles'"))
    }

    @Test(".helder.json minSeverity: Dutch or English; the command line wins; a bad value names file and key")
    func configuration() throws {
        let folder = try TemporaryFolder("helder-threshold")
        let letter = folder.url.appendingPathComponent("brief.txt")
        try FileManager.default.copyItem(atPath: Self.letter, toPath: letter.path)
        let settings = folder.url.appendingPathComponent(".helder.json")
        try Data(#"{ "minSeverity": "fout" }"#.utf8).write(to: settings)
        let errors = try #require(jsonDocuments(runHelder(["check", "--format", "json", letter.path]).out).first)
        #expect(errors.minSeverity == "error")
        #expect(errors.findings.allSatisfy { $0.severity == "error" } && !errors.findings.isEmpty)
        let asked = try #require(
            jsonDocuments(runHelder(["check", "--format", "json", "--min-severity", "info", letter.path]).out).first)
        #expect(asked.minSeverity == "info" && asked.omittedFindings == 0)
        try Data(#"{ "minSeverity": "hoog" }"#.utf8).write(to: settings)
        let bad = runHelder(["check", letter.path])
        #expect(bad.status == .inputError)
        #expect(bad.err.contains(settings.path) && bad.err.contains("minSeverity"))
    }

    @Test("compare --min-severity error compares what is shown, with the same scores")
    func compare() throws {
        let result = runHelder([
            "compare", "--format", "json", "--min-severity", "error", Self.letter,
            sample("toekenningsbrief-bijstand-b1.txt"),
        ])
        let comparison = try decodeJSON(ComparisonJSON.self, result.out)
        #expect(!comparison.solved.isEmpty)
        #expect((comparison.solved + comparison.added).allSatisfy { $0.severity == "error" })
        #expect(comparison.verdict == "better")
    }

    @Test(
        "annotate by default: at most 15 comments per page, the rest in the summary; --min-severity info: all",
        arguments: AnnotateTests.docxSamples)
    func annotate(_ name: String) throws {
        let folder = try TemporaryFolder("helder-annotate-default")
        let path = sample(name)
        let report = CheckCommand.analyzer(lexicons: .builtin, configuration: nil).analyze(
            try DocumentLoader().load(path: path))
        let pages = ReviewComments.pages(of: report)
        func comments(_ extra: [String]) throws -> Int {
            let output = folder.url.appendingPathComponent("uit-\(extra.count).docx").path
            #expect(runHelder(["annotate", "-o", output] + extra + [path]).status == .clean)
            let xml = try WordMarkup.part("word/comments.xml", of: try Data(contentsOf: URL(fileURLWithPath: output)))
            return try HTMLNode.parse(xml).elements("w:comment").count
        }
        let byDefault = try comments([])
        #expect(byDefault - 1 <= ReviewComments.commentsPerPage * pages, "\(name): \(byDefault) on \(pages) pages")
        let remarks = report.findings.filter { AllChecks.scope(of: $0.rule) != .letter }
        #expect(try comments(["--min-severity", "info"]) == FindingGroup.groups(of: remarks).count + 1)
    }
}

@Suite("README: the annotate table")
struct AnnotateTableTests {
    /// The README's table of comments per Word sample is the program's: a row per sample, with its words, pages,
    /// comments by default and with `--min-severity info`.
    @Test("Every row of the README's annotate table matches what annotate writes")
    func table() throws {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| `") && $0.contains(".docx` |") }
        #expect(rows.count == AnnotateTests.docxSamples.count)
        let analyzer = CheckCommand.analyzer(lexicons: .builtin, configuration: nil)
        for row in rows {
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let name = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let report = analyzer.analyze(try DocumentLoader().load(path: sample(name)))
            #expect(Int(cells[1]) == report.length.words + report.length.attachmentWords, "\(name)")
            #expect(Int(cells[2]) == ReviewComments.pages(of: report), "\(name)")
            let limited = ReviewComments.comments(
                for: report.showing(atLeast: .warning),
                limit: ReviewComments.commentsPerPage * ReviewComments.pages(of: report))
            #expect(Int(cells[3]) == limited.count - 1, "\(name)")
            #expect(Int(cells[4]) == ReviewComments.comments(for: report).count - 1, "\(name)")
        }
    }
}
