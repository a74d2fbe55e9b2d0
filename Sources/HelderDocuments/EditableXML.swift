import CLibXML2
import Foundation

/// A parsed XML part that can be changed and written back: the libxml2 tree itself, not a copy.
///
/// Used to put comments and tracked changes into a Word document. Nodes are numbered by
/// `LibXML2.walk`, the walk that numbers the reader's copies (`LibXML2.Node.order`), and parsed with
/// the same options; that is how a block's text is found back. Everything not touched is written
/// back as it was read (element order, attributes, namespaces).
final class EditableXML {
    /// A node of the tree. Valid as long as the `EditableXML` that made it. Opaque outside this
    /// file, so that libxml2's pointers stay here: callers ask the tree about a node.
    struct NodeRef: Hashable {
        fileprivate let pointer: xmlNodePtr
    }

    private let document: xmlDocPtr
    /// Every node in document order, indexed by its number from `LibXML2.walk`; nodes added later are not in it.
    let nodes: [NodeRef]

    /// Parses `data`; nil when it is not well-formed XML.
    init?(_ data: Data) {
        LibXML2.initialise()
        let parsed: xmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self), raw.count < Int(Int32.max) else {
                return nil
            }
            return xmlReadMemory(base, Int32(raw.count), nil, nil, LibXML2.xmlOptions)
        }
        guard let parsed, let root = xmlDocGetRootElement(parsed) else {
            if let parsed { xmlFreeDoc(parsed) }
            return nil
        }
        document = parsed
        var numbering = Numbering()
        LibXML2.walk(root, &numbering)
        self.nodes = numbering.nodes
    }

    /// Collects the nodes as `LibXML2.walk` numbers them: it visits them in the order of their
    /// numbers, so a node's number is its index.
    private struct Numbering: XMLNodeVisitor {
        var nodes: [NodeRef] = []

        mutating func visit(_ node: xmlNodePtr, order: Int, depth: Int) {
            assert(order == nodes.count)
            nodes.append(NodeRef(pointer: node))
        }
    }

    deinit { xmlFreeDoc(document) }

    /// The root element.
    var root: NodeRef { NodeRef(pointer: xmlDocGetRootElement(document)!) }

    /// The serialised document, UTF-8, with the XML declaration it had (standalone included).
    func serialized() -> Data {
        var buffer: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(document, &buffer, &size, "UTF-8")
        guard let buffer else { return Data() }
        defer { helder_xml_free(buffer) }
        return Data(bytes: buffer, count: Int(size))
    }

    // MARK: Reading

    /// The local name of an element (`r` for `w:r`); nil for other nodes.
    func name(_ node: NodeRef) -> String? {
        guard node.pointer.pointee.type == XML_ELEMENT_NODE, let name = node.pointer.pointee.name else { return nil }
        return String(cString: name)
    }

    /// Whether `node` is an element with local name `name` in the namespace `namespace`.
    func isElement(_ node: NodeRef, _ name: String, in namespace: String) -> Bool {
        guard self.name(node) == name, let href = node.pointer.pointee.ns?.pointee.href else { return false }
        return String(cString: href) == namespace
    }

    /// The text of a text node; empty for others.
    func text(_ node: NodeRef) -> String {
        let node = node.pointer
        guard node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE,
            let content = node.pointee.content
        else { return "" }
        return String(cString: content)
    }

    func parent(_ node: NodeRef) -> NodeRef? { node.pointer.pointee.parent.map(NodeRef.init) }

    /// The element children of `node`, in order.
    func elementChildren(_ node: NodeRef) -> [NodeRef] {
        var result: [NodeRef] = []
        var child = node.pointer.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(NodeRef(pointer: current)) }
            child = current.pointee.next
        }
        return result
    }

    /// All children of `node`, in order.
    func children(_ node: NodeRef) -> [NodeRef] {
        var result: [NodeRef] = []
        var child = node.pointer.pointee.children
        while let current = child {
            result.append(NodeRef(pointer: current))
            child = current.pointee.next
        }
        return result
    }

    func nextSibling(_ node: NodeRef) -> NodeRef? { node.pointer.pointee.next.map(NodeRef.init) }

    func previousSibling(_ node: NodeRef) -> NodeRef? { node.pointer.pointee.prev.map(NodeRef.init) }

    /// The namespace URI of `node`'s own name; empty when it has none.
    func namespaceURI(_ node: NodeRef) -> String {
        guard let href = node.pointer.pointee.ns?.pointee.href else { return "" }
        return String(cString: href)
    }

    /// The value of attribute `name` in `namespace` (nil namespace: an attribute without prefix).
    func attribute(_ node: NodeRef, _ name: String, in namespace: String?) -> String? {
        let value: UnsafeMutablePointer<xmlChar>? = xmlString(name) { name in
            guard let namespace else { return xmlGetNoNsProp(node.pointer, name) }
            return xmlString(namespace) { xmlGetNsProp(node.pointer, name, $0) }
        }
        guard let value else { return nil }
        defer { helder_xml_free(value) }
        return String(cString: value)
    }

    /// Every element in document order whose local name is `name` (for finding ids and relationships).
    func elements(named name: String) -> [NodeRef] {
        var found: [NodeRef] = []
        func visit(_ node: NodeRef) {
            if self.name(node) == name { found.append(node) }
            var child = node.pointer.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { visit(NodeRef(pointer: current)) }
                child = current.pointee.next
            }
        }
        visit(root)
        return found
    }

    // MARK: Changing

    /// The namespace bound to `href` in scope at `node` (or on the root element), declared on the root
    /// when missing. `prefixed` asks for a declaration with a prefix, as attributes need one (a default
    /// namespace does not apply to attributes); when `prefix` is taken, a numbered one is used.
    private func namespace(_ href: String, prefix: String, at node: NodeRef, prefixed: Bool = false) -> xmlNsPtr {
        // A new node has no ancestors yet: look on the root too, where Word declares its namespaces.
        xmlString(href) { href in
            for start in [node, root] {
                if let found = xmlSearchNsByHref(document, start.pointer, href),
                    !prefixed || found.pointee.prefix != nil
                {
                    return found
                }
            }
            if prefixed, let declared = prefixedDeclaration(of: href, on: root) { return declared }
            for candidate in [prefix] + (1...99).map({ "\(prefix)\($0)" }) {
                if let made = xmlString(candidate, { xmlNewNs(root.pointer, href, $0) }) { return made }
            }
            preconditionFailure("no free namespace prefix")
        }
    }

    /// A declaration of `href` with a prefix among the root's declarations.
    private func prefixedDeclaration(of href: UnsafePointer<xmlChar>, on node: NodeRef) -> xmlNsPtr? {
        var declaration = node.pointer.pointee.nsDef
        while let current = declaration {
            if current.pointee.prefix != nil, xmlStrEqual(current.pointee.href, href) != 0 { return current }
            declaration = current.pointee.next
        }
        return nil
    }

    /// A new element `prefix:name` (the namespace is looked up in scope at `context`), not yet in the tree.
    func makeElement(_ name: String, namespace href: String, prefix: String, context: NodeRef) -> NodeRef {
        let namespace = namespace(href, prefix: prefix, at: context)
        return NodeRef(pointer: xmlString(name) { xmlNewDocNode(document, namespace, $0, nil) })
    }

    /// A new text node (the text is stored as is; it is escaped when written).
    func makeText(_ text: String) -> NodeRef {
        NodeRef(pointer: xmlString(text) { xmlNewDocText(document, $0) })
    }

    /// Sets attribute `name` in `href`'s namespace (nil: no namespace).
    func setAttribute(_ node: NodeRef, _ name: String, _ value: String, namespace href: String?, prefix: String = "w") {
        let namespace = href.map { self.namespace($0, prefix: prefix, at: node, prefixed: true) }
        xmlString(name) { name in
            xmlString(value) { value in
                _ =
                    namespace.map { xmlSetNsProp(node.pointer, $0, name, value) }
                    ?? xmlSetProp(node.pointer, name, value)
            }
        }
    }

    /// Replaces the text of a text node.
    func setText(_ node: NodeRef, _ text: String) {
        // For text nodes libxml2 stores the content as given (no entity parsing).
        xmlString(text) { xmlNodeSetContent(node.pointer, $0) }
    }

    /// Renames an element, keeping its namespace (`w:t` → `w:delText`).
    func rename(_ node: NodeRef, to name: String) {
        xmlString(name) { xmlNodeSetName(node.pointer, $0) }
    }

    /// Appends `child` (a new node, or one moved from elsewhere) to `parent`'s children.
    func append(_ child: NodeRef, to parent: NodeRef) {
        xmlUnlinkNode(child.pointer)
        xmlAddChild(parent.pointer, child.pointer)
    }

    /// Puts `node` (new or moved) right before `sibling`.
    func insert(_ node: NodeRef, before sibling: NodeRef) {
        xmlUnlinkNode(node.pointer)
        xmlAddPrevSibling(sibling.pointer, node.pointer)
    }

    /// Puts `node` (new or moved) right after `sibling`.
    func insert(_ node: NodeRef, after sibling: NodeRef) {
        xmlUnlinkNode(node.pointer)
        xmlAddNextSibling(sibling.pointer, node.pointer)
    }

    /// Takes `node` out of the tree and frees it.
    func remove(_ node: NodeRef) {
        xmlUnlinkNode(node.pointer)
        xmlFreeNode(node.pointer)
    }

    /// A deep copy of `node`, not yet in the tree, using the root's namespace declarations.
    ///
    /// libxml2 gives a detached copy declarations of its own (`<w:rPr xmlns:w="…">`); those the
    /// root already has are dropped, so the copy reads like the rest of the document.
    func copy(_ node: NodeRef) -> NodeRef {
        let copy = xmlDocCopyNode(node.pointer, document, 1)!
        var kept: xmlNsPtr?
        var declaration = copy.pointee.nsDef
        copy.pointee.nsDef = nil
        while let current = declaration {
            declaration = current.pointee.next
            current.pointee.next = nil
            if let href = current.pointee.href, let shared = xmlSearchNsByHref(document, root.pointer, href) {
                repoint(copy, from: current, to: shared)
                xmlFreeNs(current)
            } else {
                current.pointee.next = kept
                kept = current
            }
        }
        copy.pointee.nsDef = kept
        return NodeRef(pointer: copy)
    }

    /// Makes every element and attribute under `node` that uses `old` use `new` instead.
    private func repoint(_ node: xmlNodePtr, from old: xmlNsPtr, to new: xmlNsPtr) {
        if node.pointee.ns == old { node.pointee.ns = new }
        var attribute = node.pointee.properties
        while let current = attribute {
            if current.pointee.ns == old { current.pointee.ns = new }
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { repoint(current, from: old, to: new) }
            child = current.pointee.next
        }
    }

    /// `text` as the NUL-terminated `xmlChar` string libxml2 takes, for the duration of `body`.
    private func xmlString<Result>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        text.withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1, body)
        }
    }
}
