import Foundation
import Helder

/// Reads OpenDocument (.odt, LibreOffice) letters: the body of `content.xml`, paragraph by paragraph.
///
/// `text:h` is a heading, paragraphs in `text:list-item` are list items and those in
/// `table:table-cell` table cells; `text:tab`, `text:line-break` and `text:s` keep their spacing.
/// Tracked changes (`text:tracked-changes`) and comments (`office:annotation`) are not letter text;
/// `text:placeholder` and database fields become `«naam»` placeholders. The ZIP and XML reading
/// are the same hardened code as for Word.
public struct ODTReader: Sendable {
    public init() {}

    /// The document in `data`, read from `source`.
    public func read(_ data: Data, source: String) throws(DocumentError) -> Document {
        let content: Data
        do {
            let archive = try ZipArchive(data)
            guard let xml = try archive.contents(of: "content.xml") else {
                throw DocumentError(
                    source: source,
                    problem: .unsupportedFormat(
                        "dit ZIP-bestand heeft geen content.xml: het is geen OpenDocument-tekst."))
            }
            content = xml
        } catch let error as ZipError {
            throw DocumentError(source: source, problem: DOCXReader.problem(for: error))
        } catch let error as DocumentError {
            throw error
        } catch {
            throw DocumentError(source: source, problem: .unreadable("\(error)"))
        }
        let blocks = LibXML2.withXMLDocument(content) { root in
            var collector = ODTCollector()
            collector.walk(root, kind: .paragraph)
            return collector.blocks
        }
        guard let blocks else {
            throw DocumentError(source: source, problem: .unreadable("content.xml is geen geldige XML"))
        }
        guard !blocks.isEmpty else { throw DocumentError(source: source, problem: .empty) }
        return Document(source: source, format: .odt, blocks: blocks)
    }
}

/// Walks `content.xml` and turns paragraphs and headings into blocks.
private struct ODTCollector {
    var blocks: [Block] = []
    private var paragraphNumber = 0

    mutating func walk(_ node: LibXML2.Node, kind: BlockKind) {
        guard case .element(let name) = node.kind else { return }
        switch name {
        case "tracked-changes", "annotation", "notes-configuration":
            return
        case "p":
            add(node, as: kind)
        case "h":
            add(node, as: .heading)
        case "list-item":
            for child in node.children { walk(child, kind: .listItem) }
        case "table-cell":
            for child in node.children { walk(child, kind: .tableCell) }
        default:
            for child in node.children { walk(child, kind: kind) }
        }
    }

    private mutating func add(_ node: LibXML2.Node, as kind: BlockKind) {
        var text = ""
        Self.collect(node, into: &text)
        let content = text.trimmingCharacters(in: .whitespaces)
        guard !content.isEmpty else { return }
        paragraphNumber += 1
        blocks.append(Block(kind: kind, text: content, origin: .paragraph(paragraphNumber)))
    }

    /// The visible text of a paragraph's children.
    private static func collect(_ node: LibXML2.Node, into text: inout String) {
        for child in node.children {
            switch child.kind {
            case .text:
                text += child.text
            case .element(let name):
                switch name {
                case "tab": text += "\t"
                case "line-break": text += "\n"
                case "s": text += String(repeating: " ", count: Int(child.attributes["c"] ?? "1") ?? 1)
                case "annotation", "note-citation", "change-start", "change-end", "change": break
                case "note":
                    // Foot- and endnotes are read where they are anchored, as text of their own would be lost.
                    break
                case "placeholder", "database-display", "user-field-get":
                    let name =
                        child.attributes["name"] ?? child.attributes["column-name"]
                        ?? child.children.map(\.text).joined()
                    text += "«\(name.trimmingCharacters(in: CharacterSet(charactersIn: "<>")))»"
                default: collect(child, into: &text)
                }
            case .other, .comment:
                continue
            }
        }
    }
}
