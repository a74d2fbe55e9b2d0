import CLibXML2
import Foundation

/// The one place that talks to libxml2: a parsed tree is turned into Swift values and freed at once.
enum LibXML2 {
    /// A node of a parsed document, copied out of the C tree.
    struct Node {
        /// What the node is.
        enum Kind: Equatable {
            /// An element with its lower-case name.
            case element(String)
            /// Text (or CDATA) content.
            case text
            /// Comments, processing instructions and the like.
            case other
        }

        var kind: Kind
        /// The text of a text node (empty otherwise).
        var text: String
        /// The line in the source where the node starts.
        var line: Int
        var children: [Node]
    }

    /// Nodes deeper than this are left out of the copy, so hostile nesting cannot exhaust the stack.
    static let maximumDepth = 512

    /// libxml2 must be initialised once before parsing on several threads.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses HTML (`encoding` nil: as declared in the document) and hands the root element to `body`; nil when nothing could be parsed.
    static func withHTMLDocument<Result>(_ data: Data, encoding: String?, _ body: (Node) -> Result) -> Result? {
        _ = initialised
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue)
        let root: Node? = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Node? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            guard let document = htmlReadMemory(base, Int32(raw.count), nil, encoding, options) else { return nil }
            defer { xmlFreeDoc(document) }
            guard let element = xmlDocGetRootElement(document) else { return nil }
            return copy(element, depth: 0)
        }
        return root.map(body)
    }

    /// A Swift copy of `node` and its descendants.
    private static func copy(_ node: xmlNodePtr, depth: Int) -> Node {
        let kind: Node.Kind
        var text = ""
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            kind = .element(node.pointee.name.map { String(cString: $0).lowercased() } ?? "")
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            kind = .text
            text = node.pointee.content.map { String(cString: $0) } ?? ""
        default:
            kind = .other
        }
        var children: [Node] = []
        if depth < maximumDepth, case .element = kind {
            var child = node.pointee.children
            while let current = child {
                children.append(copy(current, depth: depth + 1))
                child = current.pointee.next
            }
        }
        return Node(kind: kind, text: text, line: Int(xmlGetLineNo(node)), children: children)
    }
}
