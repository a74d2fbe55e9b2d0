import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Shared by the test targets (not part of any product): an HTML report parsed as XML (the reports are written so that they are both), into a small tree
/// that tests can search. Parsing fails when the page is not well-formed.
public final class HTMLNode {
    public let name: String
    public let attributes: [String: String]
    public private(set) var children: [HTMLNode] = []
    /// Text directly inside this element, in order, interleaved with children by `textParts`.
    fileprivate(set) var parts: [Part] = []

    enum Part {
        case text(String)
        case element(HTMLNode)
    }

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element below this one (depth first, document order), this one included.
    public var all: [HTMLNode] { [self] + children.flatMap(\.all) }

    /// The elements with this name.
    public func elements(_ name: String) -> [HTMLNode] { all.filter { $0.name == name } }

    /// The text content, skipping elements for which `skip` is true.
    public func text(skipping skip: (HTMLNode) -> Bool = { _ in false }) -> String {
        parts.map { part in
            switch part {
            case .text(let text): text
            case .element(let node): skip(node) ? "" : node.text(skipping: skip)
            }
        }.joined()
    }

    public func hasClass(_ name: String) -> Bool {
        (attributes["class"] ?? "").split(separator: " ").contains { $0 == name }
    }

    fileprivate func append(_ child: HTMLNode) {
        children.append(child)
        parts.append(.element(child))
    }

    fileprivate func append(text: String) {
        if case .text(let previous) = parts.last {
            parts[parts.count - 1] = .text(previous + text)
        } else {
            parts.append(.text(text))
        }
    }

    /// Parses `html`; throws with the parser's line and message when it is not well-formed.
    public static func parse(_ html: String) throws -> HTMLNode {
        let builder = Builder()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw ParseError(
                line: parser.lineNumber, message: parser.parserError.map { "\($0)" } ?? "onbekende fout")
        }
        return root
    }

    public struct ParseError: Error, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: HTMLNode?
        var stack: [HTMLNode] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let node = HTMLNode(name: name, attributes: attributes)
            if let parent = stack.last { parent.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(
            _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
        ) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.append(text: string) }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            stack.last?.append(text: String(decoding: block, as: UTF8.self))
        }
    }
}
