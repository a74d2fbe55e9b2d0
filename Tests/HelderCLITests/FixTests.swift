import Foundation
import Helder
import Testing

@testable import HelderCLI
@testable import HelderDocuments

@Suite("helder check --fix and --fix-dry-run")
struct FixCommandTests {
    static let templates = [
        "toekenningsbrief-bijstand.txt", "herinnering-inlichtingenplicht.txt", "terugvorderingsbrief.txt",
        "besluit-bijzondere-bijstand.txt", "sjabloon-herinnering.txt", "toekenningsbrief-bijstand.html",
        "terugvorderingsbrief.html", "herinnering-inlichtingenplicht.html", "toekenningsbrief-bijstand-b1.txt",
    ]

    /// A finding reduced to what a fix must not change: its rule and line.
    struct Key: Hashable {
        var rule: String
        var line: Int
    }

    func keys(_ findings: [FindingJSON], _ include: (FindingJSON) -> Bool) -> [Key: Int] {
        var counts: [Key: Int] = [:]
        for finding in findings where include(finding) {
            counts[Key(rule: finding.rule, line: finding.line), default: 0] += 1
        }
        return counts
    }

    @Test(
        "--fix removes exactly the safe-substitution findings and nothing else; a second run changes nothing",
        arguments: templates)
    func fixesSamples(_ name: String) throws {
        let folder = try TemporaryFolder("fix")
        let path = folder.url.appendingPathComponent(name).path
        try FileManager.default.copyItem(atPath: sample(name), toPath: path)
        let before = try jsonFindings(runHelder(["check", "--format", "json", "--fail-on", "never", path]).out)
        let fixed = runHelder(["check", "--fix", "--format", "json", "--fail-on", "never", path])
        #expect(fixed.status == .clean, "\(fixed.err)")
        let after = try jsonFindings(fixed.out)
        let safe = before.filter { $0.replacement != nil }
        #expect(after.allSatisfy { $0.replacement == nil })
        #expect(before.count - after.count >= safe.count)
        // Everything but readability: the same findings on the same lines, less the substituted words.
        // Stacked duties mark the first duty near a threat: a rewrite may move it, so only its presence is compared.
        let isStack = { (finding: FindingJSON) in finding.rule == "coercion.stapeling" }
        #expect(after.contains(where: isStack) == before.contains(where: isStack))
        let notReadability = { (finding: FindingJSON) in finding.category != "readability" && !isStack(finding) }
        var expected = keys(before, notReadability)
        for (key, count) in keys(safe, { _ in true }) { expected[key]! -= count }
        #expect(keys(after, notReadability) == expected.filter { $0.value > 0 })
        // Readability: the same long sentences (shorter by a word or two), and nothing new.
        let isSentence = { (finding: FindingJSON) in finding.rule.contains("lange-zin") }
        let lines = { (findings: [FindingJSON]) in findings.filter(isSentence).map(\.line).sorted() }
        #expect(lines(after) == lines(before))
        let otherReadability = { (finding: FindingJSON) in finding.category == "readability" && !isSentence(finding) }
        #expect(keys(after, otherReadability) == keys(before, otherReadability))
        if safe.isEmpty {
            #expect(
                try Data(contentsOf: URL(fileURLWithPath: path)) == Data(contentsOf: URL(fileURLWithPath: sample(name)))
            )
        } else {
            #expect(fixed.err.contains("\(safe.count) woorden vervangen"))
        }

        let once = try Data(contentsOf: URL(fileURLWithPath: path))
        let again = runHelder(["check", "--fix", "--fail-on", "never", path])
        #expect(again.status == .clean)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == once)
        let dry = runHelder(["check", "--fix-dry-run", path])
        #expect(dry.status == .clean)
        #expect(dry.out.isEmpty)
    }

    @Test("--fix-dry-run prints the diff, changes nothing and exits 1 when there is something to fix")
    func dryRun() throws {
        let folder = try TemporaryFolder("fix-dry")
        let path = folder.url.appendingPathComponent("brief.txt").path
        try FileManager.default.copyItem(atPath: sample("herinnering-inlichtingenplicht.txt"), toPath: path)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let dry = runHelder(["check", "--fix-dry-run", path])
        #expect(dry.status == .thresholdBreached)
        #expect(dry.out.hasPrefix("--- \(path)\n+++ \(path)\n@@ -"))
        #expect(dry.out.contains("\n-") && dry.out.contains("\n+"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)

        // The diff is what --fix writes: patch applies it to the same result.
        let patched = folder.url.appendingPathComponent("patched.txt").path
        try FileManager.default.copyItem(atPath: path, toPath: patched)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/patch")
        process.arguments = ["--quiet", patched]
        let input = Pipe()
        process.standardInput = input
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/patch") {
            try process.run()
            input.fileHandleForWriting.write(Data(dry.out.utf8))
            try input.fileHandleForWriting.close()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            _ = runHelder(["check", "--fix", "--fail-on", "never", path])
            #expect(try Data(contentsOf: URL(fileURLWithPath: patched)) == Data(contentsOf: URL(fileURLWithPath: path)))
        }
    }

    @Test("--fix keeps the file's permissions, leaves Word files alone and refuses standard input")
    func edges() throws {
        let folder = try TemporaryFolder("fix-edges")
        let path = folder.url.appendingPathComponent("brief.txt").path
        try FileManager.default.copyItem(atPath: sample("besluit-bijzondere-bijstand.txt"), toPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        let word = folder.url.appendingPathComponent("brief.docx").path
        try FileManager.default.copyItem(atPath: sample("besluit-bijzondere-bijstand.docx"), toPath: word)
        let wordBefore = try Data(contentsOf: URL(fileURLWithPath: word))
        let run = runHelder(["check", "--fix", "--fail-on", "never", folder.url.path])
        #expect(run.status == .clean)
        #expect(run.err.contains("brief.docx: --fix past alleen tekst-, Markdown- en HTML-sjablonen aan"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: word)) == wordBefore)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("Als u de aankoopnota niet tijdig overlegt"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == [
                "brief.docx", "brief.txt",
            ])

        #expect(runHelder(["check", "--fix", "-"]).status == .usage)
        let both = runHelder(["check", "--fix", "--fix-dry-run", path])
        #expect(both.status == .usage)
        #expect(both.err.contains("kies --fix of --fix-dry-run"))
        let missing = runHelder(["check", "--fix-dry-run", folder.url.appendingPathComponent("weg.txt").path])
        #expect(missing.status == .inputError)
        #expect(missing.err.contains("weg.txt: bestand niet gevonden"))
    }
}
