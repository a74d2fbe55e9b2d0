import Foundation
import Helder
import Testing

@testable import HelderCLI
@testable import HelderDocuments

@Suite("Safe substitutions in templates (--fix)")
struct TemplateFixerTests {
    /// `text` fixed as `helder check --fix` would, with the edits it made and skipped.
    func fix(_ text: String, format: DocumentFormat = .text) throws -> TemplateFixer.Outcome {
        let data = Data(text.utf8)
        let document = try DocumentLoader().read(data, source: "brief", fileExtension: format == .html ? "html" : "txt")
        let report = Annotated.analyzer.analyze(document)
        return TemplateFixer.apply(TemplateFixer.edits(for: report), to: data, format: format)
    }

    func text(_ outcome: TemplateFixer.Outcome) -> String { String(decoding: outcome.data, as: UTF8.self) }

    @Test("Capitals carry over, placeholders and the rest of the line stay as they were")
    func capitals() throws {
        let outcome = try fix(
            """
            Geachte {{ aanhef }} {{naam}},

            Indien u vragen heeft, bel ons. Wij hebben uw brief REEDS ontvangen; wij betalen thans [bedrag].
            """)
        #expect(
            text(outcome)
                == """
                Geachte {{ aanhef }} {{naam}},

                Als u vragen heeft, bel ons. Wij hebben uw brief AL ontvangen; wij betalen nu [bedrag].
                """)
        #expect(outcome.applied.map(\.replacement) == ["Als", "AL", "nu"])
        #expect(outcome.skipped.isEmpty)
    }

    @Test("CRLF line endings, a byte order mark and non-ASCII letters are kept byte for byte")
    func bytes() throws {
        let original = "\u{FEFF}Geachte mevrouw Ösztürk,\r\n\r\nDe kosten zijn reëel. Indien u wilt, kunt u bellen.\r\n"
        let outcome = try fix(original)
        #expect(
            text(outcome)
                == "\u{FEFF}Geachte mevrouw Ösztürk,\r\n\r\nDe kosten zijn reëel. Als u wilt, kunt u bellen.\r\n")
    }

    @Test("In HTML only text changes: tags, attributes, comments and scripts keep their words")
    func html() throws {
        let page = """
            <html><head><title>Indien</title><script>var indien = 1;</script></head>
            <body><!-- indien nodig aanpassen --><p title="Indien u wilt">Indien u wilt, bel <a href="/reeds">ons</a>.</p>
            <p>Wij hebben uw brief reeds ontvangen.</p></body></html>
            """
        let outcome = try fix(page, format: .html)
        let fixed = text(outcome)
        #expect(fixed.contains("<p title=\"Indien u wilt\">Als u wilt, bel <a href=\"/reeds\">ons</a>.</p>"))
        #expect(fixed.contains("<!-- indien nodig aanpassen -->"))
        #expect(fixed.contains("var indien = 1;"))
        #expect(fixed.contains("Wij hebben uw brief al ontvangen."))
    }

    @Test("An edit is made only where its words surely are")
    func placement() {
        let data = Data("Wij sturen {{ reeds }} en reeds\nindien indien\n".utf8)
        let edits = [
            // Wrong column, but the only whole-word occurrence outside the placeholder is clear.
            TemplateFixer.Edit(line: 1, column: 2, original: "reeds", replacement: "al"),
            // Twice on the line and not at the column: left alone.
            TemplateFixer.Edit(line: 2, column: 3, original: "indien", replacement: "als"),
            // A line that does not exist, and words that are not there.
            TemplateFixer.Edit(line: 9, column: 1, original: "reeds", replacement: "al"),
            TemplateFixer.Edit(line: 1, column: 1, original: "thans", replacement: "nu"),
        ]
        let outcome = TemplateFixer.apply(edits, to: data, format: .text)
        #expect(String(decoding: outcome.data, as: UTF8.self) == "Wij sturen {{ reeds }} en al\nindien indien\n")
        #expect(outcome.applied.count == 1)
        #expect(outcome.skipped.map(\.original) == ["indien", "reeds", "thans"])
    }

    @Test("The diff is a unified diff with three lines of context that patch can apply")
    func diff() {
        let old = Data((1...10).map { "regel \($0)" }.joined(separator: "\n").utf8)
        let new = Data((1...10).map { $0 == 5 ? "REGEL 5" : "regel \($0)" }.joined(separator: "\n").utf8)
        #expect(
            TemplateFixer.unifiedDiff(old: old, new: new, path: "brief.txt")
                == """
                --- brief.txt
                +++ brief.txt
                @@ -2,7 +2,7 @@
                 regel 2
                 regel 3
                 regel 4
                -regel 5
                +REGEL 5
                 regel 6
                 regel 7
                 regel 8

                """)
        #expect(TemplateFixer.unifiedDiff(old: old, new: old, path: "brief.txt").isEmpty)
    }
}

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
