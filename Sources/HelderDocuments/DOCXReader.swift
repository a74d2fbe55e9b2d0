import Foundation
import Helder

/// Reads Word (.docx) letters: headers, the body of `word/document.xml`, foot- and endnotes and footers,
/// paragraph by paragraph.
///
/// Headings come from the paragraph style (`Heading1`, `Kop1`, `Title`, `Titel`), list items from
/// numbering, table cells from their table. Tabs and line breaks stay; deleted text of tracked
/// changes is skipped and inserted text counts. Merge fields (`MERGEFIELD`, `fldSimple`) and content
/// controls that still show their placeholder become `«naam»`, which the tokenizer keeps as a
/// placeholder. Every block's origin is its paragraph number (non-empty paragraphs, in order). A comment
/// `helder:negeer [RULE …]` (in `word/comments.xml`) suppresses rules for the paragraphs it covers.
/// Elements are WordprocessingML's by namespace (Transitional or Strict), not by local name: the
/// text of an Office Math formula (`m:t`) or a DrawingML shape (`a:t`) is not letter text.
public struct DOCXReader: Sendable {
    public init() {}

    /// The document in `data`, read from `source`.
    public func read(_ data: Data, source: String) throws(DocumentError) -> Document {
        try readMapped(data, source: source).document
    }

    /// The document in `data` and, for every block, the XML text nodes its text came from, so that
    /// findings can be put back into the file (`DOCXAnnotator`).
    public func readMapped(_ data: Data, source: String) throws(DocumentError) -> (
        document: Document, map: DOCXSourceMap
    ) {
        let archive: ZipArchive
        do {
            archive = try ZipArchive(data)
        } catch {
            throw DocumentError(source: source, problem: Self.problem(for: error))
        }
        // The letter as a reader sees it: headers (the letterhead) first, then the body, then notes and footers.
        let headers = archive.entries.map(\.name).filter { $0.hasPrefix("word/header") && $0.hasSuffix(".xml") }
            .sorted()
        let after =
            ["word/footnotes.xml", "word/endnotes.xml"]
            + archive.entries.map(\.name).filter { $0.hasPrefix("word/footer") && $0.hasSuffix(".xml") }.sorted()
        guard archive.entry(named: "word/document.xml") != nil else {
            throw DocumentError(
                source: source,
                problem: .notWordDocument)
        }
        var collector = ParagraphCollector()
        collector.numbering = try Self.numbering(in: archive, source: source)
        for part in headers + ["word/document.xml"] + after {
            let xml: Data
            do {
                guard let contents = try archive.contents(of: part) else { continue }
                xml = contents
            } catch {
                throw DocumentError(source: source, problem: Self.problem(for: error))
            }
            collector.part = part
            let parsed: Void? = LibXML2.withXMLDocument(xml) { root in collector.walk(root, context: .body) }
            if parsed == nil {
                throw DocumentError(source: source, problem: .invalidXML(part: part))
            }
        }
        guard !collector.blocks.isEmpty else { throw DocumentError(source: source, problem: .empty) }
        let suppressions = try Self.suppressions(in: archive, ranges: collector.commentRanges, source: source)
        return (
            Document(source: source, format: .docx, blocks: collector.blocks, suppressions: suppressions),
            DOCXSourceMap(blocks: collector.sources)
        )
    }

    /// Which list levels of `word/numbering.xml` are numbered (`decimal`, `lowerLetter` …) rather than
    /// bulleted, by `numId` and then `ilvl`.
    static func numbering(in archive: ZipArchive, source: String) throws(DocumentError) -> [String: [String: Bool]] {
        let xml: Data
        do {
            guard let contents = try archive.contents(of: "word/numbering.xml") else { return [:] }
            xml = contents
        } catch {
            throw DocumentError(source: source, problem: Self.problem(for: error))
        }
        var abstract: [String: [String: Bool]] = [:]
        var numbers: [String: String] = [:]
        let parsed: Void? = LibXML2.withXMLDocument(xml) { root in
            for node in root.children {
                if node.wordElement == "abstractNum", let id = node.wordAttribute("abstractNumId") {
                    for level in node.children where level.wordElement == "lvl" {
                        let format = level.wordChild("numFmt")?.wordAttribute("val")
                        abstract[id, default: [:]][level.wordAttribute("ilvl") ?? "0"] =
                            format.map { $0 != "bullet" && $0 != "none" } ?? false
                    }
                } else if node.wordElement == "num", let id = node.wordAttribute("numId"),
                    let base = node.wordChild("abstractNumId")?.wordAttribute("val")
                {
                    numbers[id] = base
                }
            }
        }
        if parsed == nil {
            throw DocumentError(source: source, problem: .invalidXML(part: "word/numbering.xml"))
        }
        return numbers.compactMapValues { abstract[$0] }
    }

    /// Comments whose text holds `helder:negeer [RULE …]` switch those rules (or all) off for the
    /// paragraphs they are attached to.
    static func suppressions(
        in archive: ZipArchive, ranges: [String: ClosedRange<Int>], source: String
    ) throws(DocumentError) -> [Suppression] {
        guard !ranges.isEmpty else { return [] }
        let xml: Data
        do {
            guard let contents = try archive.contents(of: "word/comments.xml") else { return [] }
            xml = contents
        } catch {
            throw DocumentError(source: source, problem: Self.problem(for: error))
        }
        var texts: [(id: String, text: String)] = []
        func visit(_ node: LibXML2.Node, comment: Int?) {
            guard let name = node.name else { return }
            if name.wordLocal == "comment", let id = node.wordAttribute("id") {
                texts.append((id, ""))
                for child in node.children { visit(child, comment: texts.count - 1) }
            } else if name.wordLocal == "t", let comment {
                texts[comment].text += node.children.map(\.text).joined()
            } else if name.wordLocal == "p", let comment {
                texts[comment].text += " "
                for child in node.children { visit(child, comment: comment) }
            } else {
                for child in node.children { visit(child, comment: comment) }
            }
        }
        let parsed: Void? = LibXML2.withXMLDocument(xml) { root in visit(root, comment: nil) }
        if parsed == nil {
            throw DocumentError(source: source, problem: .invalidXML(part: "word/comments.xml"))
        }
        return texts.compactMap { comment in
            guard let range = ranges[comment.id],
                let rules = Suppression.rules(after: Suppression.commentMarker, in: comment.text[...])
            else { return nil }
            return Suppression(rules: rules, lines: range, scope: .paragraphs)
        }
    }

    /// Space, tab, line feed and carriage return: what XML calls white space, and what Word drops at
    /// the edges of a text element without xml:space="preserve".
    static func isEdgeSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// What is wrong with a package that cannot be read (an encrypted part is an encrypted document).
    static func problem(for error: ZipError) -> DocumentError.Problem {
        error == .encrypted ? .encrypted : .damagedPackage(error)
    }
}

/// Walks `word/document.xml` and turns paragraphs into blocks.
private struct ParagraphCollector {
    enum Context { case body, table }

    var blocks: [Block] = []
    /// Where each block's text came from, parallel to `blocks`.
    var sources: [DOCXSourceMap.BlockSource] = []
    /// The package part being walked, e.g. `word/document.xml`.
    var part = ""
    /// Whether a list level is numbered, by `numId` and `ilvl` (from `word/numbering.xml`).
    var numbering: [String: [String: Bool]] = [:]
    /// The paragraphs each comment is attached to, by comment id.
    var commentRanges: [String: ClosedRange<Int>] = [:]
    private var paragraphNumber = 0
    /// Comments whose range has started, with the first paragraph they cover.
    private var openComments: [String: Int] = [:]

    mutating func walk(_ node: LibXML2.Node, context: Context) {
        guard let name = node.name else { return }
        switch name.wordLocal {
        case "p":
            paragraph(node, context: context)
        case "commentRangeStart":
            if let id = node.wordAttribute("id") { startComment(id) }
        case "commentRangeEnd":
            if let id = node.wordAttribute("id") { endComment(id) }
        case "tc":
            for child in node.children { walk(child, context: .table) }
        default:
            // `mc:Fallback` repeats its `mc:Choice` for older readers.
            if name == .markupFallback { return }
            for child in node.children { walk(child, context: context) }
        }
    }

    private mutating func paragraph(_ node: LibXML2.Node, context: Context) {
        var text = ParagraphText()
        text.collect(node)
        let content = text.value.trimmingCharacters(in: .whitespaces)
        let leading = text.value.unicodeScalars.prefix { CharacterSet.whitespaces.contains($0) }
            .reduce(0) { $0 + UTF8.width($1) }
        // Text boxes inside the paragraph are paragraphs of their own.
        for nested in text.nestedParagraphs { paragraph(nested, context: context) }
        for id in text.commentStarts { startComment(id) }
        if !content.isEmpty { paragraphNumber += 1 }
        for id in text.commentEnds { endComment(id) }
        guard !content.isEmpty else { return }
        let kind: BlockKind
        if let style = text.style?.lowercased(),
            style.hasPrefix("heading") || style.hasPrefix("kop") || style.hasPrefix("title") || style.hasPrefix("titel")
        {
            kind = .heading
        } else if text.isListItem {
            kind = .listItem
        } else {
            kind = context == .table ? .tableCell : .paragraph
        }
        let isNumbered = kind == .listItem && numbering[text.numberingID ?? ""]?[text.numberingLevel ?? "0"] == true
        blocks.append(Block(kind: kind, text: content, origin: .paragraph(paragraphNumber), isNumbered: isNumbered))
        let length = content.utf8.count
        let pieces = text.pieces.compactMap { piece -> DOCXSourceMap.Piece? in
            let start = max(piece.start - leading, 0)
            let end = min(piece.start + piece.length - leading, length)
            guard end > start else { return nil }
            return DOCXSourceMap.Piece(
                node: piece.node, start: start, length: end - start,
                offset: piece.offset + start - (piece.start - leading))
        }
        sources.append(DOCXSourceMap.BlockSource(part: part, paragraph: node.order, pieces: pieces))
    }

    /// A comment range starts before the next numbered paragraph.
    private mutating func startComment(_ id: String) {
        if openComments[id] == nil { openComments[id] = paragraphNumber + 1 }
    }

    /// A comment range (or a comment without range) ends in the last numbered paragraph.
    private mutating func endComment(_ id: String) {
        let first = min(openComments.removeValue(forKey: id) ?? paragraphNumber, paragraphNumber)
        guard paragraphNumber > 0, commentRanges[id] == nil else { return }
        commentRanges[id] = max(1, first)...paragraphNumber
    }
}

/// The visible text of one paragraph, with its style, numbering and fields.
private struct ParagraphText {
    var value = ""
    /// The text nodes that `value` was made of, with their UTF-8 place in it.
    var pieces: [DOCXSourceMap.Piece] = []
    var style: String?
    var isListItem = false
    /// The paragraph's numbering (`w:numPr`): which list and which level.
    var numberingID: String?
    var numberingLevel: String?
    var nestedParagraphs: [LibXML2.Node] = []
    /// Ids of comments whose range starts or ends (or which are anchored) in this paragraph.
    var commentStarts: [String] = []
    var commentEnds: [String] = []
    /// Inside a complex field: collecting its instruction, or skipping its shown result.
    private var fieldInstruction: String?
    private var skippingFieldResult = false

    mutating func collect(_ node: LibXML2.Node) {
        for child in node.children { visit(child) }
    }

    /// Word's elements by local name; elements of other vocabularies are looked into for Word's
    /// (a text box in a drawing), but their own text is not the letter's: Office Math (`m:t`) and
    /// DrawingML (`a:t`) text are not `w:t`.
    private mutating func visit(_ node: LibXML2.Node) {
        guard let name = node.name else { return }
        switch name.wordLocal {
        case "pStyle":
            style = node.wordAttribute("val")
        case "numPr":
            isListItem = true
            numberingID = node.wordChild("numId")?.wordAttribute("val")
            numberingLevel = node.wordChild("ilvl")?.wordAttribute("val")
        case "t":
            guard !skippingFieldResult else { return }
            // Without xml:space="preserve", Word drops the spaces at the edges of a text element.
            let preserve = node.attributes[.xmlSpace] == "preserve"
            let texts = node.children.filter { $0.kind == .text }
            for (index, child) in texts.enumerated() {
                let bytes = Array(child.text.utf8)
                var lower = 0
                var upper = bytes.count
                if !preserve {
                    if index == 0 { while lower < upper, DOCXReader.isEdgeSpace(bytes[lower]) { lower += 1 } }
                    if index == texts.count - 1 {
                        while upper > lower, DOCXReader.isEdgeSpace(bytes[upper - 1]) { upper -= 1 }
                    }
                }
                pieces.append(
                    DOCXSourceMap.Piece(
                        node: child.order, start: value.utf8.count, length: upper - lower, offset: lower))
                value += String(decoding: bytes[lower..<upper], as: UTF8.self)
            }
        case "tab":
            if !skippingFieldResult { value += "\t" }
        case "br", "cr":
            if !skippingFieldResult { value += "\n" }
        case "del", "delText", "rPr", "moveFrom":
            // Deleted and moved-away text of tracked changes is not part of the letter; run properties
            // hold no text.
            return
        case "noBreakHyphen":
            if !skippingFieldResult { value += "\u{2011}" }
        case "instrText":
            fieldInstruction = (fieldInstruction ?? "") + node.children.map(\.text).joined()
        case "fldChar":
            switch node.wordAttribute("fldCharType") {
            case "begin": fieldInstruction = ""
            case "separate":
                if let instruction = fieldInstruction, let field = Self.mergeField(instruction) {
                    value += "«\(field)»"
                    skippingFieldResult = true
                }
            case "end":
                fieldInstruction = nil
                skippingFieldResult = false
            default: break
            }
        case "fldSimple":
            if let field = node.wordAttribute("instr").flatMap(Self.mergeField) {
                value += "«\(field)»"
            } else {
                collect(node)
            }
        case "sdt":
            contentControl(node)
        case "commentRangeStart":
            if let id = node.wordAttribute("id") { commentStarts.append(id) }
        case "commentRangeEnd", "commentReference":
            if let id = node.wordAttribute("id") { commentEnds.append(id) }
        case "txbxContent":
            nestedParagraphs += node.children.filter { $0.wordElement == "p" }
        default:
            // `mc:Fallback` repeats its `mc:Choice` (a text box) for older readers.
            if name == .markupFallback { return }
            collect(node)
        }
    }

    /// A content control that still shows its placeholder text becomes a placeholder; a filled one is text.
    private mutating func contentControl(_ node: LibXML2.Node) {
        let properties = node.wordChild("sdtPr")
        let showsPlaceholder = properties?.wordChild("showingPlcHdr") != nil
        if showsPlaceholder {
            let tag =
                properties?.children.first { $0.wordElement == "tag" || $0.wordElement == "alias" }?
                .wordAttribute("val") ?? "invulveld"
            value += "«\(tag)»"
        } else if let content = node.wordChild("sdtContent") {
            collect(content)
        }
    }

    /// The field name of `MERGEFIELD naam \* MERGEFORMAT`, nil for other fields (page numbers, dates).
    static func mergeField(_ instruction: String) -> String? {
        let words = instruction.split(separator: " ")
        guard let index = words.firstIndex(where: { $0.uppercased() == "MERGEFIELD" }), index + 1 < words.count else {
            return nil
        }
        return words[index + 1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    }
}

/// Where the text of each block of a Word document came from: the `w:t` text nodes of one package
/// part, by their number in document order (`LibXML2.walk`, which the reader's `LibXML2.Node.order`
/// and the editor's `EditableXML.nodes` share).
public struct DOCXSourceMap: Sendable, Equatable {
    /// A stretch of a block's text that is (part of) one XML text node.
    public struct Piece: Sendable, Equatable {
        /// The text node's number in document order within its part.
        public var node: Int
        /// Where the stretch starts in the block's text, in UTF-8 bytes.
        public var start: Int
        /// Its length in UTF-8 bytes.
        public var length: Int
        /// Where the stretch starts inside the text node (non-zero only where trimming cut the node).
        public var offset: Int

        public init(node: Int, start: Int, length: Int, offset: Int = 0) {
            self.node = node
            self.start = start
            self.length = length
            self.offset = offset
        }

        /// The block's UTF-8 range this piece covers.
        public var range: Range<Int> { start..<(start + length) }
    }

    /// The source of one block.
    public struct BlockSource: Sendable, Equatable {
        /// The package part, e.g. `word/document.xml` or `word/header1.xml`.
        public var part: String
        /// The `w:p` element's number in document order (`LibXML2.walk`).
        public var paragraph: Int
        /// The text nodes in the order their text appears in the block; placeholders for merge fields,
        /// tabs and line breaks have none.
        public var pieces: [Piece]
    }

    /// One source per block of the document, in the same order.
    public var blocks: [BlockSource]
}

extension XMLName {
    /// `mc:Fallback`, which repeats its `mc:Choice` for readers that do not know the choice's markup.
    static let markupFallback = XMLName(XMLNamespace.markupCompatibility, "Fallback")
    /// `xml:space`, which keeps the spaces at the edges of a `w:t`.
    static let xmlSpace = XMLName(XMLNamespace.xml, "space")

    /// The local name of a WordprocessingML name, Transitional or Strict (`t` for `w:t`); nil for a
    /// name in any other namespace, such as Office Math's `m:t` or DrawingML's `a:t`.
    var wordLocal: String? {
        namespace == XMLNamespace.wordprocessingML || namespace == XMLNamespace.strictWordprocessingML
            ? local : nil
    }
}

extension LibXML2.Node {
    /// The local name of a WordprocessingML element (`p` for `w:p`); nil for other nodes.
    var wordElement: String? { name?.wordLocal }

    /// The first child that is the WordprocessingML element `local`.
    func wordChild(_ local: String) -> LibXML2.Node? {
        children.first { $0.wordElement == local }
    }

    /// The value of the WordprocessingML attribute `local` (`w:val`) of this WordprocessingML element.
    ///
    /// Word qualifies the attributes of its elements with the element's own namespace, so the
    /// attribute is looked up there: a Strict document's `w:val` is found like a Transitional one's,
    /// and an attribute of another vocabulary with the same local name is not taken for it.
    func wordAttribute(_ local: String) -> String? {
        guard let name else { return nil }
        return attributes[XMLName(name.namespace, local)]
    }
}
