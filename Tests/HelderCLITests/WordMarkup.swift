import Foundation
import Testing

@testable import HelderDocuments

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What a test needs to know of an annotated Word document: the text each comment marks, the
/// comments' ids and authors, and the tracked changes.
struct WordMarkup {
    /// The text between each comment's `commentRangeStart` and `commentRangeEnd`, by id (deleted text excluded).
    var marked: [String: String] = [:]
    var rangeStarts: [String] = []
    var rangeEnds: [String] = []
    var references: [String] = []
    /// `w:del` and `w:ins` elements: (author, text).
    var deletions: [(author: String, text: String)] = []
    var insertions: [(author: String, text: String)] = []
    /// Every `w:id` of a comment, range or revision.
    var ids: [Int] = []

    /// The `word/document.xml` of `data`, read through the package's own ZIP reader.
    static func part(_ name: String, of data: Data) throws -> String {
        let archive = try ZipArchive(data)
        let contents = try #require(try archive.contents(of: name), "no \(name)")
        return String(decoding: contents, as: UTF8.self)
    }

    fileprivate init() {}

    init(document xml: String) throws {
        let walker = Walker()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = walker
        #expect(parser.parse(), "document.xml is not well-formed: \(String(describing: parser.parserError))")
        self = walker.markup
    }

    private final class Walker: NSObject, XMLParserDelegate {
        var markup = WordMarkup()
        private var open: [String] = []
        private var inText = false
        private var revision: (kind: String, author: String, text: String)?

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let id = attributes["w:id"] ?? ""
            if let number = Int(id), ["w:commentRangeStart", "w:ins", "w:del"].contains(name) {
                markup.ids.append(number)
            }
            switch name {
            case "w:commentRangeStart":
                markup.rangeStarts.append(id)
                open.append(id)
                markup.marked[id] = markup.marked[id] ?? ""
            case "w:commentRangeEnd":
                markup.rangeEnds.append(id)
                open.removeAll { $0 == id }
            case "w:commentReference": markup.references.append(id)
            case "w:ins", "w:del": revision = (name, attributes["w:author"] ?? "", "")
            case "w:t", "w:delText": inText = true
            default: break
            }
        }

        func parser(
            _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
        ) {
            switch name {
            case "w:t", "w:delText": inText = false
            case "w:ins", "w:del":
                if let revision {
                    if revision.kind == "w:ins" {
                        markup.insertions.append((revision.author, revision.text))
                    } else {
                        markup.deletions.append((revision.author, revision.text))
                    }
                }
                revision = nil
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard inText else { return }
            revision?.text += string
            if revision?.kind != "w:del" {
                for id in open { markup.marked[id, default: ""] += string }
            }
        }
    }
}
