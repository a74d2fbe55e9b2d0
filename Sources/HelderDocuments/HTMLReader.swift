import Foundation
import Helder

/// Reads HTML letters and e-mail templates into blocks, through libxml2's HTML parser.
///
/// Only what a reader sees becomes text: `head`, `script`, `style`, `noscript` and `template` are
/// skipped, comments too. Block elements (`p`, `div`, `li`, `td`, `h1`–`h6` …) are block boundaries,
/// `br` is a line break, and white space collapses as in a browser. Entities are decoded by the
/// parser; no network and no external entities are ever loaded. Template syntax in the text
/// (`{{ naam }}`, `{% if %}`, `${…}`) stays text, so the tokenizer keeps it as a placeholder.
public struct HTMLReader: Sendable {
    /// Elements whose content is never shown.
    static let hiddenElements: Set<String> = [
        "head", "script", "style", "noscript", "template", "title", "object", "iframe",
    ]
    /// Elements that start and end a block.
    static let blockElements: Set<String> = [
        "p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article",
        "header", "footer", "address", "pre", "dt", "dd", "caption", "figcaption", "main", "aside", "nav", "ul", "ol",
        "table", "tr", "tbody", "thead", "tfoot", "body", "html", "form", "fieldset", "hr", "center",
    ]
    /// Deeper nesting than this is not followed (hostile files), so the walk cannot exhaust the stack.
    static let maximumDepth = 256

    public init() {}

    /// The document in `data`, read from `source`.
    public func read(_ data: Data, source: String) throws(DocumentError) -> Document {
        guard !data.isEmpty else { throw DocumentError(source: source, problem: .empty) }
        guard data.count < Int(Int32.max) else {
            throw DocumentError(
                source: source, problem: .tooLarge(maximumMegabytes: DocumentLoader.maximumFileSize >> 20))
        }
        let encoding = Self.declaredCharset(data) == nil ? "UTF-8" : nil
        let collector = LibXML2.withHTMLDocument(data, encoding: encoding) { root in
            var collector = BlockCollector(source: data)
            collector.walk(root, depth: 0)
            collector.flush()
            collector.closeSuppressions()
            return collector
        }
        guard let collector else {
            throw DocumentError(source: source, problem: .invalidHTML)
        }
        guard !collector.blocks.isEmpty else { throw DocumentError(source: source, problem: .empty) }
        return Document(source: source, format: .html, blocks: collector.blocks, suppressions: collector.suppressions)
    }

    /// The charset a `<meta>` element declares in the first kilobytes, if any (libxml2 then honours it).
    static func declaredCharset(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(4096), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        let name = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }
}

/// Walks the parsed tree and gathers the visible text into blocks.
private struct BlockCollector {
    var blocks: [Block] = []
    /// `<!-- helder-disable RULE -->` … `<!-- helder-enable RULE -->` ranges, by source line.
    var suppressions: [Suppression] = []
    private var openSuppressions: [(rules: Set<String>, line: Int)] = []
    private var text = ""
    private var kind: BlockKind = .paragraph
    /// The lists the walk is inside, innermost last: true for `<ol>`.
    private var lists: [Bool] = []
    /// The kinds of the block elements the walk is inside, innermost last (nil: a plain `div`, `p` …).
    private var enclosingKinds: [BlockKind?] = []
    private var line = 1
    private var pendingSpace = false
    /// The line of the innermost element being read: libxml2 gives elements their start line, which is
    /// where a reader looks (a text node carries the line where it ends).
    private var elementLine = 1
    private let sourceLines: [Substring]

    init(source: Data) {
        sourceLines = String(decoding: source, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    }

    mutating func walk(_ node: LibXML2.Node, depth: Int) {
        guard depth < HTMLReader.maximumDepth else { return }
        switch node.kind {
        case .text:
            append(node.text, line: elementLine)
        case .element(let element):
            // HTML has no namespaces: elements go by their lower-case local name.
            let name = element.local
            if HTMLReader.hiddenElements.contains(name) { return }
            if name == "br" {
                text += "\n"
                pendingSpace = false
                return
            }
            let isBlock = HTMLReader.blockElements.contains(name)
            let blockKind = Self.kind(of: name)
            if isBlock {
                // Text before a nested block (`<li>Geef … door.<ul>…`) belongs to the enclosing block.
                if !text.isEmpty, let enclosing = enclosingKinds.last(where: { $0 != nil }) ?? nil { kind = enclosing }
                flush()
                enclosingKinds.append(blockKind)
            }
            let outerLine = elementLine
            if node.line > 0 { elementLine = node.line }
            let isList = name == "ol" || name == "ul"
            if isList { lists.append(name == "ol") }
            for child in node.children { walk(child, depth: depth + 1) }
            if isList { lists.removeLast() }
            if isBlock { enclosingKinds.removeLast() }
            elementLine = outerLine
            if isBlock {
                if !text.isEmpty, let blockKind { kind = blockKind }
                flush()
            } else if let blockKind, !text.isEmpty {
                kind = blockKind
            }
        case .comment:
            comment(node.text, line: node.line)
        case .other:
            return
        }
    }

    /// Opens or closes a suppression range.
    private mutating func comment(_ text: String, line: Int) {
        let body = Substring(text)
        if let rules = Suppression.rules(after: "helder-enable", in: body) {
            let closing = openSuppressions.filter {
                rules.isEmpty || $0.rules == rules || rules.isSuperset(of: $0.rules)
            }
            for open in closing {
                suppressions.append(Suppression(rules: open.rules, lines: open.line...max(open.line, line)))
            }
            openSuppressions.removeAll { open in closing.contains { $0.line == open.line && $0.rules == open.rules } }
        } else if let rules = Suppression.rules(after: "helder-disable-next-line", in: body) {
            suppressions.append(Suppression(rules: rules, lines: (line + 1)...(line + 1)))
        } else if let rules = Suppression.rules(after: "helder-disable", in: body) {
            openSuppressions.append((rules, line))
        }
    }

    /// Ranges never closed run to the end of the file.
    mutating func closeSuppressions() {
        for open in openSuppressions { suppressions.append(Suppression(rules: open.rules, lines: open.line...Int.max)) }
        openSuppressions = []
    }

    private static func kind(of element: String) -> BlockKind? {
        switch element {
        case "h1", "h2", "h3", "h4", "h5", "h6": .heading
        case "li", "dt", "dd": .listItem
        case "td", "th": .tableCell
        default: nil
        }
    }

    /// Adds text as a browser shows it: runs of white space become one space.
    private mutating func append(_ raw: String, line: Int) {
        for character in raw {
            if character.isWhitespace && character != "\u{00A0}" {
                pendingSpace = true
                continue
            }
            if text.isEmpty {
                self.line = max(line, 1)
            } else if pendingSpace, text.last != "\n" {
                text.append(" ")
            }
            pendingSpace = false
            text.append(character)
        }
    }

    /// Closes the current block, with the line it started on and the column of its first characters there.
    mutating func flush() {
        defer {
            text = ""
            kind = .paragraph
            pendingSpace = false
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        // On a line with several blocks (`<li>…</li><li>…</li>`), look after the previous one.
        var after = 0
        if case .text(let previousLine, let previousColumn) = blocks.last?.origin, previousLine == line {
            after = previousColumn
        }
        blocks.append(
            Block(
                kind: kind, text: trimmed,
                origin: .text(line: line, column: column(of: trimmed, onLine: line, after: after)),
                isNumbered: kind == .listItem && lists.last == true))
    }

    /// Where the block's first word stands on its source line, after column `after`
    /// (1 when it cannot be found, e.g. when it starts with an entity).
    private func column(of text: String, onLine line: Int, after: Int) -> Int {
        guard line >= 1, line <= sourceLines.count else { return 1 }
        let source = sourceLines[line - 1]
        let firstWord = Array(text.prefix { !$0.isWhitespace }.prefix(12))
        guard !firstWord.isEmpty else { return 1 }
        // The first occurrence in text, not inside a tag (`<p title="Indien u wilt">Indien u wilt`).
        let characters = Array(source)
        var inTag = false
        var quote: Character?
        for (index, character) in characters.enumerated() {
            if inTag {
                if let open = quote {
                    if character == open { quote = nil }
                } else if character == "\"" || character == "'" {
                    quote = character
                } else if character == ">" {
                    inTag = false
                }
                continue
            }
            if character == "<" {
                inTag = true
                continue
            }
            if index >= after, characters[index...].starts(with: firstWord) { return index + 1 }
        }
        return 1
    }
}
