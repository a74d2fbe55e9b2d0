import Foundation
import Helder

/// Reads plain text and Markdown letters into blocks.
///
/// Blank lines separate paragraphs; lines that start with a list marker (`-`, `*`, `•`, `1.`, `a)`)
/// are list items; a Markdown `#` line is a heading, and so is a short single line without a final
/// period standing between blank lines (`Wat moet u doen?`). Line breaks inside a paragraph are kept.
public struct PlainTextReader: Sendable {
    /// Longest single line, in words, that is taken for a heading.
    static let maximumHeadingWords = 10

    public init() {}

    /// The document in `data`, read from `source`.
    public func read(_ data: Data, source: String, format: DocumentFormat = .text) throws(DocumentError) -> Document {
        let (text, notice) = try TextDecoding.decode(data, source: source)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw DocumentError(source: source, problem: .empty)
        }
        return Document(source: source, format: format, blocks: blocks(of: text), notices: notice.map { [$0] } ?? [])
    }

    /// The blocks of `text` (line breaks already `\n`).
    public func blocks(of text: String) -> [Block] {
        var builder = BlockBuilder()
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            builder.add(line: line, number: lineNumber)
        }
        builder.finish(beforeBlank: true)
        return builder.blocks
    }
}

/// Collects lines into blocks.
private struct BlockBuilder {
    var blocks: [Block] = []
    private var lines: [Substring] = []
    private var kind: BlockKind = .paragraph
    private var origin = Origin.text(line: 1, column: 1)
    /// Whether the block being built followed a blank line (or the start): a condition for headings.
    private var afterBlank = true
    private var previousWasBlank = true

    mutating func add(line: Substring, number: Int) {
        let content = line.drop { $0 == " " || $0 == "\t" }
        if content.allSatisfy(\.isWhitespace) {
            finish(beforeBlank: true)
            previousWasBlank = true
            return
        }
        let indent = line.count - content.count
        if let heading = Self.markdownHeading(content) {
            finish()
            start(.heading, text: heading.text, line: number, column: indent + heading.offset + 1)
            finish()
        } else if let marker = Self.listMarkerLength(content) {
            finish()
            start(.listItem, text: content.dropFirst(marker), line: number, column: indent + marker + 1)
        } else if lines.isEmpty {
            start(.paragraph, text: content, line: number, column: indent + 1)
        } else {
            // Continuation: list items take indented lines; paragraphs take every line.
            if kind == .listItem, indent == 0 {
                finish()
                start(.paragraph, text: content, line: number, column: 1)
            } else {
                lines.append(content)
            }
        }
        previousWasBlank = false
    }

    private mutating func start(_ kind: BlockKind, text: Substring, line: Int, column: Int) {
        self.kind = kind
        self.lines = [text]
        self.origin = .text(line: line, column: column)
        self.afterBlank = previousWasBlank
    }

    /// Closes the block being built; `beforeBlank` tells whether a blank line follows it.
    mutating func finish(beforeBlank: Bool = false) {
        guard !lines.isEmpty else { return }
        var kind = self.kind
        // A lone short line between blank lines is a heading; a lone list item only when a blank line follows too.
        let isolated = afterBlank && (kind == .paragraph || beforeBlank)
        if lines.count == 1, isolated, kind != .heading, Self.looksLikeHeading(lines[0]) {
            kind = .heading
        }
        blocks.append(Block(kind: kind, text: lines.joined(separator: "\n"), origin: origin))
        lines = []
    }

    /// `# Kop` → the heading text and its offset in the line.
    private static func markdownHeading(_ content: Substring) -> (text: Substring, offset: Int)? {
        let hashes = content.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return nil }
        let rest = content.dropFirst(hashes.count)
        guard rest.first == " " else { return nil }
        let text = rest.drop { $0 == " " }
        return (text, content.count - text.count)
    }

    /// The length of a list marker and the spaces after it: `- `, `• `, `1. `, `a) `.
    private static func listMarkerLength(_ content: Substring) -> Int? {
        guard let first = content.first else { return nil }
        var length: Int
        if "-*•–·▪●◦■□✓".contains(first) {
            length = 1
        } else {
            let digits = content.prefix { $0.isASCII && $0.isNumber }
            if (1...2).contains(digits.count) {
                length = digits.count
            } else if let letter = content.first, letter.isASCII, letter.isLowercase, content.dropFirst().first == ")" {
                length = 1
            } else {
                return nil
            }
            let closer = content.dropFirst(length).first
            guard closer == "." || closer == ")" else { return nil }
            length += 1
        }
        let after = content.dropFirst(length)
        let spaces = after.prefix { $0 == " " || $0 == "\t" }
        guard !spaces.isEmpty, spaces.count < after.count else { return nil }
        return length + spaces.count
    }

    /// A short line that starts with a capital and does not end like a sentence or an address line.
    private static func looksLikeHeading(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.first, first.isUppercase || first.isNumber, let last = trimmed.last else { return false }
        if ".,;:!".contains(last) { return false }
        let words = trimmed.split(separator: " ")
        return words.count <= PlainTextReader.maximumHeadingWords && words.count >= 1
    }
}
