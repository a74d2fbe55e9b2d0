import Foundation
import Helder

/// Reads OpenDocument (.odt, LibreOffice) letters: the body of `content.xml`, paragraph by paragraph.
///
/// `text:h` is a heading, paragraphs in `text:list-item` are list items and those in
/// `table:table-cell` table cells; `text:tab`, `text:line-break` and `text:s` keep their spacing.
/// Tracked changes (`text:tracked-changes`) and comments (`office:annotation`) are not letter text;
/// `text:placeholder` and database fields become `«naam»` placeholders. A comment holding
/// `helder:negeer [RULE …]` suppresses rules for the paragraphs it covers. The ZIP and XML reading
/// are the same hardened code as for Word.
public struct ODTReader: Sendable {
    public init() {}

    /// The document in `data`, read from `source`.
    public func read(_ data: Data, source: String) throws(DocumentError) -> Document {
        let content: Data
        var styles: Data?
        var xml: Data?
        do throws(ZipError) {
            let archive = try ZipArchive(data)
            styles = try archive.contents(of: "styles.xml")
            xml = try archive.contents(of: "content.xml")
        } catch {
            throw DocumentError(source: source, problem: DOCXReader.problem(for: error))
        }
        guard let xml else { throw DocumentError(source: source, problem: .notOpenDocumentText) }
        content = xml
        // List styles (numbered or bullets per level) from styles.xml; content.xml's own come before its body.
        var listStyles: [String: [Bool]] = [:]
        if let styles {
            let parsed: Void? = LibXML2.withXMLDocument(styles) {
                ODTCollector.collectListStyles($0, into: &listStyles)
            }
            if parsed == nil {
                throw DocumentError(source: source, problem: .invalidXML(part: "styles.xml"))
            }
        }
        let blocks = LibXML2.withXMLDocument(content) { root in
            var collector = ODTCollector()
            collector.listStyles = listStyles
            collector.walk(root, kind: .paragraph)
            collector.closeAnnotations()
            return collector
        }
        guard let collector = blocks else {
            throw DocumentError(source: source, problem: .invalidXML(part: "content.xml"))
        }
        guard !collector.blocks.isEmpty else { throw DocumentError(source: source, problem: .empty) }
        return Document(source: source, format: .odt, blocks: collector.blocks, suppressions: collector.suppressions)
    }
}

/// The OpenDocument namespaces of the elements and attributes read, named short for the patterns below.
private let odfText = XMLNamespace.openDocumentText
private let odfOffice = XMLNamespace.openDocumentOffice
private let odfTable = XMLNamespace.openDocumentTable
private let odfStyle = XMLNamespace.openDocumentStyle

/// Walks `content.xml` and turns paragraphs and headings into blocks.
private struct ODTCollector {
    var blocks: [Block] = []
    /// Rules switched off by `helder:negeer` comments, by paragraph.
    var suppressions: [Suppression] = []
    private var paragraphNumber = 0
    /// `helder:negeer` comments met in the current paragraph: their name (nil for a point comment) and rules.
    private var annotationStarts: [(name: String?, rules: Set<String>)] = []
    /// Names of comment ranges that end in the current paragraph.
    private var annotationEnds: [String] = []
    /// Comment ranges still open, by name: their rules and first paragraph.
    private var openAnnotations: [String: (rules: Set<String>, first: Int)] = [:]
    /// Whether each level of a list style is numbered, by style name.
    var listStyles: [String: [Bool]] = [:]
    /// The lists the walk is inside, innermost last: their style name.
    private var lists: [String?] = []

    /// Reads `text:list-style` definitions below `node`: per level, numbered or not.
    static func collectListStyles(_ node: LibXML2.Node, into styles: inout [String: [Bool]]) {
        guard let name = node.name else { return }
        if name == XMLName(odfText, "list-style"), let style = node.attributes[XMLName(odfStyle, "name")] {
            var levels: [Int: Bool] = [:]
            for level in node.children {
                guard let kind = level.name, kind.namespace == odfText, kind.local.hasPrefix("list-level-style-") else {
                    continue
                }
                levels[Int(level.attributes[XMLName(odfText, "level")] ?? "1") ?? 1] =
                    kind.local == "list-level-style-number"
            }
            styles[style] = (1...max(levels.keys.max() ?? 1, 1)).map { levels[$0] ?? false }
            return
        }
        for child in node.children { collectListStyles(child, into: &styles) }
    }

    /// Whether the innermost list is numbered: its style (or that of a list around it) at its depth.
    private var inNumberedList: Bool {
        guard let style = lists.last(where: { $0 != nil }) ?? nil, let levels = listStyles[style] else { return false }
        return levels[min(lists.count, levels.count) - 1]
    }

    mutating func walk(_ node: LibXML2.Node, kind: BlockKind) {
        guard let name = node.name else { return }
        switch (name.namespace, name.local) {
        case (odfText, "tracked-changes"), (odfOffice, "annotation"), (odfText, "notes-configuration"):
            return
        case (odfOffice, "automatic-styles"):
            Self.collectListStyles(node, into: &listStyles)
        case (odfText, "list"):
            lists.append(node.attributes[XMLName(odfText, "style-name")])
            for child in node.children { walk(child, kind: kind) }
            lists.removeLast()
        case (odfText, "p"):
            add(node, as: kind)
        case (odfText, "h"):
            add(node, as: .heading)
        case (odfText, "list-item"):
            for child in node.children { walk(child, kind: .listItem) }
        case (odfTable, "table-cell"):
            for child in node.children { walk(child, kind: .tableCell) }
        default:
            for child in node.children { walk(child, kind: kind) }
        }
    }

    private mutating func add(_ node: LibXML2.Node, as kind: BlockKind) {
        var text = ""
        annotationStarts = []
        annotationEnds = []
        collect(node, into: &text)
        let content = text.trimmingCharacters(in: .whitespaces)
        let first = paragraphNumber + 1
        if !content.isEmpty { paragraphNumber += 1 }
        for start in annotationStarts {
            if let name = start.name {
                openAnnotations[name] = (start.rules, first)
            } else if first <= paragraphNumber {
                suppressions.append(Suppression(rules: start.rules, lines: first...first, scope: .paragraphs))
            }
        }
        for name in annotationEnds {
            if let open = openAnnotations.removeValue(forKey: name), open.first <= paragraphNumber {
                suppressions.append(
                    Suppression(rules: open.rules, lines: open.first...paragraphNumber, scope: .paragraphs))
            }
        }
        guard !content.isEmpty else { return }
        blocks.append(
            Block(
                kind: kind, text: content, origin: .paragraph(paragraphNumber),
                isNumbered: kind == .listItem && inNumberedList))
    }

    /// A named comment whose end never came covers the paragraph it is anchored in.
    mutating func closeAnnotations() {
        for open in openAnnotations.values.sorted(by: { $0.first < $1.first }) where open.first <= paragraphNumber {
            suppressions.append(Suppression(rules: open.rules, lines: open.first...open.first, scope: .paragraphs))
        }
        openAnnotations = [:]
    }

    /// The text of a comment's own paragraphs (not its author or date).
    private static func annotationText(_ node: LibXML2.Node) -> String {
        node.children.filter { $0.kind == .element(XMLName(odfText, "p")) }.map { paragraph in
            var text = ""
            func gather(_ node: LibXML2.Node) {
                if case .text = node.kind { text += node.text }
                for child in node.children { gather(child) }
            }
            gather(paragraph)
            return text
        }.joined(separator: " ")
    }

    /// The visible text of a paragraph's children.
    private mutating func collect(_ node: LibXML2.Node, into text: inout String) {
        for child in node.children {
            switch child.kind {
            case .text:
                text += child.text
            case .element(let name):
                switch (name.namespace, name.local) {
                case (odfText, "tab"): text += "\t"
                case (odfText, "line-break"): text += "\n"
                case (odfText, "s"):
                    text += String(repeating: " ", count: Int(child.attributes[XMLName(odfText, "c")] ?? "1") ?? 1)
                case (odfOffice, "annotation"):
                    if let rules = Suppression.rules(
                        after: Suppression.commentMarker, in: Self.annotationText(child)[...])
                    {
                        annotationStarts.append((child.attributes[XMLName(odfOffice, "name")], rules))
                    }
                case (odfOffice, "annotation-end"):
                    if let name = child.attributes[XMLName(odfOffice, "name")] { annotationEnds.append(name) }
                case (odfText, "note-citation"), (odfText, "change-start"),
                    (odfText, "change-end"), (odfText, "change"):
                    break
                case (odfText, "note"):
                    // Foot- and endnotes are read where they are anchored, as text of their own would be lost.
                    break
                case (odfText, "placeholder"), (odfText, "database-display"),
                    (odfText, "user-field-get"):
                    let name =
                        child.attributes[XMLName(odfText, "name")]
                        ?? child.attributes[XMLName(odfText, "column-name")]
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
