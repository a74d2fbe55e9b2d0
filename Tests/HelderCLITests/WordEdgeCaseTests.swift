import Foundation
import Helder
import HelderReports
import Testing

@testable import HelderCLI
@testable import HelderDocuments

/// Word files with the constructions real letters contain and a reviewer built to break `annotate`:
/// fields, content controls, smart tags, text boxes in `mc:AlternateContent`, moved text, symbols,
/// text without `xml:space="preserve"`, tracked formatting changes, footnotes, headers, high ids,
/// a default namespace. Kept in Tests/HelderCLITests/Fixtures/word-edge-cases/.
@Suite("Annotating unusual Word files")
struct WordEdgeCaseTests {
    static let folder = packageRoot.appendingPathComponent("Tests/HelderCLITests/Fixtures/word-edge-cases")
    static let cases = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".docx") && $0 != "strict.docx" }.sorted()

    @Test(
        "Comments leave the text and the findings exactly as they were; every id is unique and paired", arguments: cases
    )
    func invariants(_ name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        for suggest in [false, true] {
            let annotated = try Annotated(data, source: name, suggest: suggest)
            let markup = annotated.markup
            #expect(markup.rangeStarts.sorted() == markup.rangeEnds.sorted(), "\(name)")
            #expect(markup.rangeStarts.sorted() == markup.references.sorted(), "\(name)")
            #expect(Set(markup.ids).count == markup.ids.count, "\(name): an id is used twice")
            let xml = try WordMarkup.part("word/document.xml", of: annotated.result.data)
            // Every attribute Helder writes has the w: prefix (a default namespace does not apply to attributes).
            #expect(!xml.contains("<commentRangeStart id="), "\(name)")
            #expect(xml.components(separatedBy: "w:rPrChange w:id=").count <= 2, "\(name): a copied revision id")
            let reread = try annotated.reread()
            if suggest {
                #expect(reread.blocks.count == annotated.original.blocks.count, "\(name)")
            } else {
                #expect(reread.blocks == annotated.original.blocks, "\(name)")
                #expect(Annotated.analyzer.analyze(reread).findings == annotated.report.findings, "\(name)")
            }
        }
    }

    @Test("No tracked change inside a field's result, which Word rewrites when the field updates")
    func fields() throws {
        for name in ["complexfield-date.docx", "complexfield-hyperlink.docx", "nested-field.docx"] {
            let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
            let annotated = try Annotated(data, source: name, suggest: true)
            let xml = try WordMarkup.part("word/document.xml", of: annotated.result.data)
            // Between each field's separate and end there is no Helder deletion.
            var depth = 0
            for piece in xml.components(separatedBy: "<w:") {
                if piece.hasPrefix("fldChar w:fldCharType=\"begin\"") { depth += 1 }
                if piece.hasPrefix("fldChar w:fldCharType=\"end\"") { depth -= 1 }
                if piece.hasPrefix("del ") { #expect(depth == 0, "\(name): a change inside a field") }
            }
            #expect(!annotated.result.skipped.isEmpty, "\(name)")
        }
    }

    @Test(
        "Text Word does not show is not read: moved-away text, the fallback copy of a text box, edge spaces without xml:space"
    )
    func hiddenText() throws {
        func text(_ name: String) throws -> String {
            let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
            return try DOCXReader().read(data, source: name).blocks.map(\.text).joined(separator: "\n")
        }
        #expect(try text("nospace.docx").contains("Wij hebbenreedsbetaald"))
        #expect(try text("textbox-altcontent.docx").components(separatedBy: "reeds").count == 2)
        #expect(try text("nobreakhyphen.docx").contains("\u{2011}"))
    }

    @Test("A Strict Open XML document is refused with a clear message")
    func strict() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("strict.docx"))
        #expect(throws: DocumentError.self) { try Annotated(data, source: "strict.docx") }
        let run = runHelder(["annotate", Self.folder.appendingPathComponent("strict.docx").path, "--output", "/tmp/x"])
        #expect(run.status == .inputError)
        #expect(run.err.contains("Strict Open XML"))
    }
}
