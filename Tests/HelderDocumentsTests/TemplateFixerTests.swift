import Foundation
import Helder
import Testing

@testable import HelderDocuments

/// The template fixer as a library: which safe substitutions it makes, where, and what it keeps byte for byte.
/// `helder check --fix` end to end (files, permissions, dry run) is tested in HelderCLITests.
@Suite("Safe substitutions in templates (--fix)")
struct TemplateFixerTests {
    /// `text` fixed as `helder check --fix` would (built-in lexicons, no configuration), with the edits it made
    /// and skipped.
    func fix(_ text: String, format: DocumentFormat = .text) throws -> TemplateFixer.Outcome {
        let data = Data(text.utf8)
        let document = try DocumentLoader().read(data, source: "brief", fileExtension: format == .html ? "html" : "txt")
        let report = Analyzer().analyze(document)
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
