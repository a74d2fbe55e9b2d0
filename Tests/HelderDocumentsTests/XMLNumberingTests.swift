import Foundation
import Helder
import Testing

@testable import HelderDocuments

/// `annotate` finds the reader's text back in the editor's tree by node number: the reader records
/// `LibXML2.Node.order` in its source map, the editor looks the number up in `EditableXML.nodes`.
/// Both number with `LibXML2.walk`; these tests hold them to it on real letters and unusual files.
@Suite("One node numbering for reading and editing")
struct XMLNumberingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The sample letters and the unusual Word files of the annotate tests.
    static let wordFiles: [URL] = ["Samples", "Tests/HelderCLITests/Fixtures/word-edge-cases"].flatMap { folder in
        let directory = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".docx") }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// Every XML part of a Word package, by name.
    static func xmlParts(of data: Data) throws -> [(name: String, xml: Data)] {
        let archive = try ZipArchive(data)
        return try archive.entries.map(\.name).filter { $0.hasSuffix(".xml") || $0.hasSuffix(".rels") }.sorted()
            .compactMap { name in try archive.contents(of: name).map { (name, $0) } }
    }

    /// Whether every node the reader copies out of `xml` is, by its number, the same node in the
    /// editor's tree (same kind, name, namespace and text), and the two count the same nodes.
    static func expectSameNumbering(_ xml: Data, _ label: String) throws {
        let editor = try #require(EditableXML(xml), "\(label) does not parse for editing")
        var visited = 0
        let copied: Void? = LibXML2.withXMLDocument(xml) { root in
            func check(_ node: LibXML2.Node) {
                // Numbers run 0, 1, 2 … in document order (a node before its children).
                #expect(node.order == visited, "\(label)")
                visited += 1
                guard editor.nodes.indices.contains(node.order) else {
                    Issue.record("\(label): node \(node.order) is not in the editor's numbering")
                    return
                }
                let twin = editor.nodes[node.order]
                switch node.kind {
                case .element(let name):
                    #expect(editor.name(twin) == name.local, "\(label): node \(node.order)")
                    #expect(editor.namespaceURI(twin) == name.namespace, "\(label): node \(node.order)")
                case .text:
                    #expect(editor.name(twin) == nil && editor.text(twin) == node.text, "\(label): node \(node.order)")
                case .comment, .other:
                    #expect(editor.name(twin) == nil, "\(label): node \(node.order)")
                }
                for child in node.children { check(child) }
            }
            check(root)
        }
        #expect(copied != nil, "\(label) does not parse for reading")
        #expect(visited == editor.nodes.count, "\(label)")
    }

    @Test("Reader and editor give every node of every part the same number", arguments: wordFiles)
    func sameNumbers(_ file: URL) throws {
        for part in try Self.xmlParts(of: try Data(contentsOf: file)) {
            try Self.expectSameNumbering(part.xml, "\(file.lastPathComponent) \(part.name)")
        }
    }

    @Test("Same numbers with Office Math and DrawingML text, comments and processing instructions in the way")
    func sameNumbersAroundOtherMarkup() throws {
        let body =
            "<!-- een opmerking --><?helder test?>" + WordNamespaceTests.math + WordNamespaceTests.drawing
            + "<w:p><w:r><w:t><![CDATA[Tekst in CDATA]]></w:t></w:r></w:p>"
        let data = try wordPackage(body: body)
        for part in try Self.xmlParts(of: data) { try Self.expectSameNumbering(part.xml, part.name) }
    }

    @Test(
        "Each block's source map points, in the editor's tree, at its w:p and at w:t text holding the block's text",
        arguments: wordFiles)
    func sourceMapInEditor(_ file: URL) throws {
        let data = try Data(contentsOf: file)
        guard let (document, map) = try? DOCXReader().readMapped(data, source: file.lastPathComponent) else {
            return  // Files the reader refuses (none so far) have nothing to map.
        }
        let parts = Dictionary(uniqueKeysWithValues: try Self.xmlParts(of: data).map { ($0.name, $0.xml) })
        let word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        var editors: [String: EditableXML] = [:]
        #expect(document.blocks.count == map.blocks.count)
        for (block, source) in zip(document.blocks, map.blocks) {
            let label = "\(file.lastPathComponent) \(source.part) “\(block.text.prefix(30))”"
            let editor = try #require(editors[source.part] ?? parts[source.part].flatMap(EditableXML.init))
            editors[source.part] = editor
            try #require(editor.nodes.indices.contains(source.paragraph), "\(label)")
            let paragraph = editor.nodes[source.paragraph]
            // Strict documents name their paragraphs in Strict's namespace; the name is the same.
            #expect(editor.name(paragraph) == "p", "\(label)")
            #expect([word, strictWord].contains(editor.namespaceURI(paragraph)), "\(label)")
            let text = Array(block.text.utf8)
            for piece in source.pieces {
                try #require(editor.nodes.indices.contains(piece.node), "\(label)")
                let node = editor.nodes[piece.node]
                let element = try #require(editor.parent(node))
                #expect(editor.name(element) == "t" && editor.namespaceURI(element) == editor.namespaceURI(paragraph))
                let bytes = Array(editor.text(node).utf8)
                #expect(piece.offset + piece.length <= bytes.count, "\(label)")
                guard piece.offset + piece.length <= bytes.count else { continue }
                #expect(
                    bytes[piece.offset..<(piece.offset + piece.length)].elementsEqual(text[piece.range]), "\(label)")
                // The text lies inside the block's own paragraph.
                var ancestor = editor.parent(element)
                while let current = ancestor, current != paragraph { ancestor = editor.parent(current) }
                #expect(ancestor == paragraph, "\(label)")
            }
        }
    }
}
