import Foundation
import Helder
import HelderTestSupport
import Testing

@testable import HelderDocuments

@Suite("Numbered and bulleted lists")
struct NumberedListTests {
    func numbered(_ blocks: [Block]) -> [Bool] {
        blocks.filter { $0.kind == .listItem }.map(\.isNumbered)
    }

    @Test("Plain text: `1.`, `2)` and `a)` number a list; `-`, `*` and `•` do not")
    func plainText() {
        let blocks = PlainTextReader().blocks(
            of: """
                Wat moet u doen?

                1. Geef veranderingen door.
                2) Zoek werk.
                a) Kom naar het gesprek.

                - Uw loonstroken.
                * Uw bankafschriften.
                • Uw huurcontract.
                """)
        #expect(numbered(blocks) == [true, true, true, false, false, false])
        #expect(blocks.filter { $0.kind != .listItem }.allSatisfy { !$0.isNumbered })
    }

    @Test("HTML: items of <ol> are numbered, of <ul> not, nested lists by their own element")
    func html() throws {
        let page = """
            <html><body><ol><li>Geef veranderingen door.<ul><li>Verhuizing</li></ul></li><li>Zoek werk.</li></ol>
            <ul><li>Loonstroken</li></ul></body></html>
            """
        let document = try HTMLReader().read(Data(page.utf8), source: "brief.html")
        #expect(
            document.blocks.map { "\($0.kind.rawValue) \($0.isNumbered)" } == [
                "listItem true", "listItem false", "listItem true", "listItem false",
            ])
        let byText = Dictionary(
            uniqueKeysWithValues: document.blocks.filter { $0.kind == .listItem }.map { ($0.text, $0.isNumbered) })
        #expect(byText["Geef veranderingen door."] == true)
        #expect(byText["Zoek werk."] == true)
        #expect(byText["Verhuizing"] == false)
        #expect(byText["Loonstroken"] == false)
    }

    @Test("Word: the level's number format in numbering.xml decides; a bullet format or no numbering is not numbered")
    func word() throws {
        let numbering = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl>\
            <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>\
            <w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>\
            <w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="8"><w:abstractNumId w:val="4"/></w:num>\
            </w:numbering>
            """
        func item(_ text: String, numID: Int, level: Int) -> String {
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numID)\"/></w:numPr></w:pPr>"
                + "<w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let body =
            item("Geef veranderingen door.", numID: 7, level: 0) + item("Verhuizing", numID: 7, level: 1)
            + item("Loonstroken", numID: 8, level: 0) + item("Onbekende lijst", numID: 99, level: 0)
        let data = try makeDOCX(body: body, parts: ["word/numbering.xml": numbering])
        let document = try DOCXReader().read(data, source: "brief.docx")
        #expect(numbered(document.blocks) == [true, false, false, false])

        var broken = ZipWriter()
        let archive = try ZipArchive(data)
        for entry in archive.entries where entry.name != "word/numbering.xml" { try broken.copy(entry, from: archive) }
        try broken.add("word/numbering.xml", data: Data("<w:numbering".utf8))
        #expect(throws: DocumentError.self) { try DOCXReader().read(broken.finish(), source: "brief.docx") }
    }

    @Test("OpenDocument: the list style decides per level, from content.xml or styles.xml; no style means bullets")
    func openDocument() throws {
        let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
        let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
        // A list style's name is `style:name`, in OpenDocument's style namespace.
        let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
        let content = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="\(office)" xmlns:text="\(text)">
            <office:automatic-styles><text:list-style style:name="L1" xmlns:style="\(style)">\
            <text:list-level-style-number text:level="1"/><text:list-level-style-bullet text:level="2"/>\
            </text:list-style></office:automatic-styles>
            <office:body><office:text>
            <text:list text:style-name="L1"><text:list-item><text:p>Geef veranderingen door.</text:p>\
            <text:list><text:list-item><text:p>Verhuizing</text:p></text:list-item></text:list></text:list-item></text:list>
            <text:list text:style-name="Nummering"><text:list-item><text:p>Zoek werk.</text:p></text:list-item></text:list>
            <text:list><text:list-item><text:p>Loonstroken</text:p></text:list-item></text:list>
            </office:text></office:body></office:document-content>
            """
        let styles = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-styles xmlns:office="\(office)" xmlns:text="\(text)" xmlns:style="\(style)"><office:styles>\
            <text:list-style style:name="Nummering"><text:list-level-style-number text:level="1"/></text:list-style>\
            </office:styles></office:document-styles>
            """
        var writer = ZipWriter()
        try writer.add("mimetype", data: Data("application/vnd.oasis.opendocument.text".utf8), compress: false)
        try writer.add("content.xml", data: Data(content.utf8))
        try writer.add("styles.xml", data: Data(styles.utf8))
        let document = try ODTReader().read(writer.finish(), source: "brief.odt")
        #expect(document.blocks.map(\.text) == ["Geef veranderingen door.", "Verhuizing", "Zoek werk.", "Loonstroken"])
        #expect(numbered(document.blocks) == [true, false, true, false])
    }

    @Test("The HTML report shows a numbered list as <ol> and a bulleted one as <ul>")
    func report() throws {
        // The same letter as text, HTML, Word and OpenDocument: the same numbered list.
        for format in ["txt", "html", "docx", "odt"] {
            let run = runHelder(["check", "--format", "html", sample("toekenningsbrief-bijstand-b1.\(format)")])
            let root = try HTMLNode.parse(run.out)
            let article = try #require(root.all.first { $0.hasClass("tekst") })
            let ordered = article.elements("ol")
            #expect(ordered.count == 1, "\(format)")
            #expect(ordered.first?.elements("li").count == 4, "\(format)")
            #expect(ordered.first?.elements("li").first?.text().hasPrefix("Geef veranderingen") == true, "\(format)")
            #expect(article.elements("ul").isEmpty, "\(format)")
        }
        let bullets = runHelder(["check", "--format", "html", sample("terugvorderingsbrief.txt")])
        let letter = try #require(try HTMLNode.parse(bullets.out).all.first { $0.hasClass("tekst") })
        #expect(letter.elements("ul").first?.elements("li").count == 4)
        #expect(letter.elements("ol").isEmpty)
    }
}
