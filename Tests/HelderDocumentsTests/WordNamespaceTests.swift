import Foundation
import Helder
import Testing

@testable import HelderDocuments

/// WordprocessingML's namespace URIs, written out here rather than taken from the code under test.
let transitionalWord = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
let strictWord = "http://purl.oclc.org/ooxml/wordprocessingml/main"

/// A Word package holding only what the reader needs: `word/document.xml` with `body` in `w:body`,
/// under the WordprocessingML namespace `word` (Transitional unless a test asks for Strict).
func wordPackage(body: String, word: String = transitionalWord) throws -> Data {
    var writer = ZipWriter()
    try writer.add(
        "word/document.xml",
        data: Data(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(word)" \
            xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" \
            xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
            xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
            xmlns:x="urn:example:other"><w:body>\(body)</w:body></w:document>
            """.utf8))
    return writer.finish()
}

/// Word's elements are told apart from other vocabularies' by namespace, not by local name alone:
/// `m:t` (Office Math) and `a:t` (DrawingML) are not `w:t`.
@Suite("Word namespaces")
struct WordNamespaceTests {
    /// A paragraph with an Office Math formula between its runs.
    static let math = """
        <w:p><w:r><w:t xml:space="preserve">Uw uitkering is </w:t></w:r>\
        <m:oMath><m:r><m:t>12×100</m:t></m:r></m:oMath>\
        <w:r><w:t xml:space="preserve"> euro per jaar.</w:t></w:r></w:p>
        """
    /// A paragraph with a DrawingML shape whose text is `a:t` in `a:p`.
    static let drawing = """
        <w:p><w:r><w:t>Zie de afbeelding.</w:t></w:r><w:r><w:drawing><wp:inline><a:graphic><a:graphicData>\
        <a:p><a:r><a:t>Tekst in de vorm</a:t></a:r></a:p>\
        </a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
        """

    @Test("Office Math text (m:t) is not read as Word text (w:t), and its source map has only w:t nodes")
    func officeMath() throws {
        let (document, map) = try DOCXReader().readMapped(try wordPackage(body: Self.math), source: "wiskunde.docx")
        #expect(document.blocks.map(\.text) == ["Uw uitkering is  euro per jaar."])
        // Two pieces, one per w:t; none for the formula.
        #expect(map.blocks.map { $0.pieces.map(\.range) } == [[0..<16, 16..<31]])
    }

    @Test("DrawingML text (a:t in a:p) is not a Word paragraph's text")
    func drawingML() throws {
        let document = try DOCXReader().read(try wordPackage(body: Self.drawing), source: "vorm.docx")
        #expect(document.blocks.map(\.text) == ["Zie de afbeelding."])
    }

    @Test("A paragraph holding only a formula or a shape's text is no block")
    func nothingButOtherVocabularies() throws {
        let body = """
            <w:p><m:oMath><m:r><m:t>a+b</m:t></m:r></m:oMath></w:p>\
            <w:p><w:r><w:drawing><a:p><a:r><a:t>Vorm</a:t></a:r></a:p></w:drawing></w:r></w:p>\
            <w:p><w:r><w:t>Met vriendelijke groet,</w:t></w:r></w:p>
            """
        let document = try DOCXReader().read(try wordPackage(body: body), source: "alleen-wiskunde.docx")
        #expect(document.blocks.map(\.text) == ["Met vriendelijke groet,"])
        #expect(document.blocks.map(\.origin) == [.paragraph(1)])
    }

    @Test("Word's attributes are read in Word's namespace: another vocabulary's val is not w:val")
    func attributes() throws {
        let body = """
            <w:p><w:pPr><w:pStyle w:val="Standaard" x:val="Heading1"/></w:pPr>\
            <w:r><w:t>Gewone tekst</w:t></w:r></w:p>\
            <w:p><w:pPr><w:pStyle w:val="Kop1"/></w:pPr><w:r><w:t>Een kop</w:t></w:r></w:p>
            """
        let document = try DOCXReader().read(try wordPackage(body: body), source: "stijl.docx")
        #expect(document.blocks.map(\.kind) == [.paragraph, .heading])
    }

    @Test("Strict Open XML is WordprocessingML too: its paragraphs, styles and fields are read")
    func strict() throws {
        let body = """
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Uw aanvraag</w:t></w:r></w:p>\
            <w:p><w:r><w:t xml:space="preserve">Beste </w:t></w:r>\
            <w:fldSimple w:instr=" MERGEFIELD aanhef "><w:r><w:t>«aanhef»</w:t></w:r></w:fldSimple>\
            <m:oMath><m:r><m:t>x</m:t></m:r></m:oMath></w:p>
            """
        let data = try wordPackage(body: body, word: strictWord)
        let document = try DOCXReader().read(data, source: "strict.docx")
        #expect(document.blocks.map(\.text) == ["Uw aanvraag", "Beste «aanhef»"])
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph])
    }

    @Test("HTML has no namespaces: elements still go by their lower-case name")
    func html() throws {
        let data = Data("<HTML><BODY><H1>Uw brief</H1><P>Tekst<BR>en meer.</P></BODY></HTML>".utf8)
        let document = try HTMLReader().read(data, source: "brief.html")
        #expect(document.blocks.map(\.text) == ["Uw brief", "Tekst\nen meer."])
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph])
    }
}
