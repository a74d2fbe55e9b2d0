import CLibXML2
import Foundation

/// Reading with libxml2: a parsed tree is turned into Swift values and freed at once. This file and
/// `EditableXML.swift` (changing a tree in place) are the only ones that touch libxml2's pointers.
enum LibXML2 {
    /// A node of a parsed document, copied out of the C tree.
    struct Node {
        /// What the node is.
        enum Kind: Equatable {
            /// An element with its lower-case name.
            case element(String)
            /// Text (or CDATA) content.
            case text
            /// A comment; its text is in `text`.
            case comment
            /// Comments, processing instructions and the like.
            case other
        }

        var kind: Kind
        /// The text of a text node (empty otherwise).
        var text: String
        /// Attributes by local name (without namespace prefix), for XML documents.
        var attributes: [String: String] = [:]
        /// The line in the source where the node starts.
        var line: Int
        var children: [Node]
        /// The node's number in document order (the root is 0), counting every node `copy` visits;
        /// `EditableXML` numbers the nodes of a tree parsed from the same bytes the same way.
        var order = 0
    }

    /// Nodes deeper than this are left out of the copy, so hostile nesting cannot exhaust the stack.
    static let maximumDepth = 512

    /// libxml2 must be initialised once before parsing on several threads.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Initialises libxml2 once; every parse calls this first.
    static func initialise() { _ = initialised }

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
            var counter = 0
            return copy(element, depth: 0, counter: &counter)
        }
        return root.map(body)
    }

    /// How XML is parsed, for reading and for editing alike (so both see the same nodes): no network
    /// access, no DTD loading or entity substitution, no messages on standard error.
    static let xmlOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// Parses XML without network access, DTD loading or entity substitution, and hands the root element to `body`.
    static func withXMLDocument<Result>(_ data: Data, _ body: (Node) -> Result) -> Result? {
        _ = initialised
        let root: Node? = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Node? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self), raw.count < Int(Int32.max) else {
                return nil
            }
            guard let document = xmlReadMemory(base, Int32(raw.count), nil, nil, xmlOptions) else { return nil }
            defer { xmlFreeDoc(document) }
            guard let element = xmlDocGetRootElement(document) else { return nil }
            var counter = 0
            return copy(element, depth: 0, withAttributes: true, counter: &counter)
        }
        return root.map(body)
    }

    /// A Swift copy of `node` and its descendants.
    private static func copy(_ node: xmlNodePtr, depth: Int, withAttributes: Bool = false, counter: inout Int) -> Node {
        let order = counter
        counter += 1
        let kind: Node.Kind
        var text = ""
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            kind = .element(node.pointee.name.map { String(cString: $0).lowercased() } ?? "")
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            kind = .text
            text = node.pointee.content.map { String(cString: $0) } ?? ""
        case XML_COMMENT_NODE:
            kind = .comment
            text = node.pointee.content.map { String(cString: $0) } ?? ""
        default:
            kind = .other
        }
        var children: [Node] = []
        var attributes: [String: String] = [:]
        if depth < maximumDepth, case .element = kind {
            var child = node.pointee.children
            while let current = child {
                children.append(copy(current, depth: depth + 1, withAttributes: withAttributes, counter: &counter))
                child = current.pointee.next
            }
            if withAttributes {
                var attribute = node.pointee.properties
                while let current = attribute {
                    if let name = current.pointee.name, let value = current.pointee.children?.pointee.content {
                        attributes[String(cString: name)] = String(cString: value)
                    }
                    attribute = current.pointee.next
                }
            }
        }
        return Node(
            kind: kind, text: text, attributes: attributes, line: Int(xmlGetLineNo(node)), children: children,
            order: order)
    }
}
