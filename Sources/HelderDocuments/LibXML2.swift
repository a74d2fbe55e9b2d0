import CLibXML2
import Foundation

/// The namespaces whose elements and attributes Helder reads and writes, by URI: the prefix in a
/// file (`w:`, `text:`) is the author's choice and says nothing by itself.
enum XMLNamespace {
    /// WordprocessingML as Word writes it (Transitional Open XML): `w:p`, `w:t`, `w:val` …
    static let wordprocessingML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// WordprocessingML of Strict Open XML: the same elements and attributes under another URI.
    static let strictWordprocessingML = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    /// Markup Compatibility: `mc:AlternateContent` with its `mc:Choice` and `mc:Fallback`.
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    /// The namespace of the `xml:` prefix (`xml:space`), bound in every document without a declaration.
    static let xml = "http://www.w3.org/XML/1998/namespace"
    /// OpenDocument text: `text:p`, `text:h`, `text:list` …
    static let openDocumentText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    /// OpenDocument office: `office:annotation`, `office:automatic-styles` …
    static let openDocumentOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    /// OpenDocument table: `table:table-cell`.
    static let openDocumentTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    /// OpenDocument style: `style:name` on a list style.
    static let openDocumentStyle = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"

    /// The URIs above. A parsed name in one of these namespaces gets the constant itself as its
    /// namespace, so comparing it with the constant finds the same string storage and stops there.
    static let known = [
        wordprocessingML, strictWordprocessingML, markupCompatibility, xml, openDocumentText, openDocumentOffice,
        openDocumentTable, openDocumentStyle,
    ]
}

/// The name of an element or attribute as XML namespaces define it: the namespace URI and the local
/// name, without the prefix. `w:t` (WordprocessingML text) and `m:t` (Office Math) share a local
/// name but are different elements; `w:t` and `<t xmlns="…wordprocessingml…">` are the same one.
struct XMLName: Hashable, Sendable {
    /// The namespace URI; empty for a name in no namespace (HTML, an attribute without prefix).
    var namespace: String
    var local: String

    init(_ namespace: String, _ local: String) {
        self.namespace = namespace
        self.local = local
    }

    /// Hashes the local name only: names that are equal have equal local names, and hashing the
    /// long namespace URI of every attribute stored and looked up would cost more than it spreads.
    func hash(into hasher: inout Hasher) {
        hasher.combine(local)
    }
}

/// Reading with libxml2: a parsed tree is turned into Swift values and freed at once. This file and
/// `EditableXML.swift` (changing a tree in place) are the only ones that touch libxml2's pointers.
enum LibXML2 {
    /// A node of a parsed document, copied out of the C tree.
    struct Node {
        /// What the node is.
        enum Kind: Equatable {
            /// An element with its name: for XML in its namespace and as written; for HTML (which has
            /// no namespaces) lower-cased and in no namespace.
            case element(XMLName)
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
        /// Attributes by name, for XML documents (none are copied from HTML).
        var attributes: [XMLName: String] = [:]
        /// The line in the source where the node starts.
        var line: Int
        var children: [Node]
        /// The node's number in document order as `LibXML2.walk` counts (the root is 0), the number
        /// `EditableXML.nodes` gives the same node of a tree parsed from the same bytes.
        var order = 0

        /// The element's name; nil for text, comments and the like.
        var name: XMLName? {
            guard case .element(let name) = kind else { return nil }
            return name
        }
    }

    /// Nodes deeper than this are left out of the walk, so hostile nesting cannot exhaust the stack.
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
            return copy(element, html: true)
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
            return copy(element, html: false)
        }
        return root.map(body)
    }

    /// Shows `visitor` the node `root` and the nodes below it in document order, numbered from 0:
    /// a node, then (for an element above `maximumDepth`) its children, each with everything below it.
    ///
    /// This is the one numbering of a parsed tree. The reader's copies carry it (`Node.order`, which
    /// the Word reader records in its source map) and the editor indexes its nodes by it
    /// (`EditableXML.nodes`), so that `annotate` finds a reader's text node back in the editor's
    /// tree of the same bytes: both walk with this function, so they cannot count differently.
    static func walk<Visitor: XMLNodeVisitor>(_ root: xmlNodePtr, _ visitor: inout Visitor) {
        var order = 0
        descend(root, depth: 0, order: &order, visitor: &visitor)
    }

    private static func descend<Visitor: XMLNodeVisitor>(
        _ node: xmlNodePtr, depth: Int, order: inout Int, visitor: inout Visitor
    ) {
        visitor.visit(node, order: order, depth: depth)
        order += 1
        guard depth < maximumDepth, node.pointee.type == XML_ELEMENT_NODE else { return }
        var child = node.pointee.children
        while let current = child {
            descend(current, depth: depth + 1, order: &order, visitor: &visitor)
            child = current.pointee.next
        }
    }

    /// A Swift copy of `root` and the nodes `walk` visits below it.
    private static func copy(_ root: xmlNodePtr, html: Bool) -> Node {
        var copier = TreeCopier(html: html)
        walk(root, &copier)
        return copier.finish()
    }

    /// Makes the Swift copy of a tree from the visits of `walk`, so the copies carry its numbers.
    private struct TreeCopier: XMLNodeVisitor {
        /// HTML: lower-cased element names without namespace, and no attributes.
        let html: Bool
        /// The copies along the path from the root to the node last visited, root first: a node is
        /// complete, and goes into its parent's children, once the walk has left it.
        private var open: [Node] = []
        /// The URI of each namespace declaration met so far, made a Swift string once per declaration.
        private var namespaces: [(declaration: xmlNsPtr, uri: String)] = []

        init(html: Bool) { self.html = html }

        mutating func visit(_ node: xmlNodePtr, order: Int, depth: Int) {
            while open.count > depth { close() }
            let kind: Node.Kind
            var text = ""
            var attributes: [XMLName: String] = [:]
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                if html {
                    kind = .element(XMLName("", node.pointee.name.map { String(cString: $0).lowercased() } ?? ""))
                } else {
                    kind = .element(name(node.pointee.name, in: node.pointee.ns))
                    if depth < maximumDepth {
                        var attribute = node.pointee.properties
                        while let current = attribute {
                            if current.pointee.name != nil, let value = current.pointee.children?.pointee.content {
                                attributes[name(current.pointee.name, in: current.pointee.ns)] = String(cString: value)
                            }
                            attribute = current.pointee.next
                        }
                    }
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                kind = .text
                text = node.pointee.content.map { String(cString: $0) } ?? ""
            case XML_COMMENT_NODE:
                kind = .comment
                text = node.pointee.content.map { String(cString: $0) } ?? ""
            default:
                kind = .other
            }
            open.append(
                Node(
                    kind: kind, text: text, attributes: attributes, line: Int(xmlGetLineNo(node)), children: [],
                    order: order))
        }

        /// The root's copy, with everything below it.
        mutating func finish() -> Node {
            while open.count > 1 { close() }
            return open[0]
        }

        /// Puts the innermost open copy, now complete, into its parent's children.
        private mutating func close() {
            let done = open.removeLast()
            open[open.count - 1].children.append(done)
        }

        /// The name of an element or attribute: its local name and its namespace's URI.
        private mutating func name(_ local: UnsafePointer<xmlChar>?, in declaration: xmlNsPtr?) -> XMLName {
            let local = local.map { String(cString: $0) } ?? ""
            guard let declaration else { return XMLName("", local) }
            // A document declares a few dozen namespaces at most, kept in the order first met: the
            // root's own vocabulary, which most names use, comes first.
            if let index = namespaces.firstIndex(where: { $0.declaration == declaration }) {
                return XMLName(namespaces[index].uri, local)
            }
            let parsed = declaration.pointee.href.map { String(cString: $0) } ?? ""
            let uri = XMLNamespace.known.first { $0 == parsed } ?? parsed
            namespaces.append((declaration, uri))
            return XMLName(uri, local)
        }
    }
}

/// What `LibXML2.walk` shows every node of a tree to, in document order.
protocol XMLNodeVisitor {
    /// `node` is number `order` in document order, `depth` levels below the root (which is 0).
    mutating func visit(_ node: xmlNodePtr, order: Int, depth: Int)
}
