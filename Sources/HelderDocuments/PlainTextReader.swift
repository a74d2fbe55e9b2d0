import Foundation
import Helder

/// Reads plain text and Markdown letters into blocks.
///
/// Blank lines separate paragraphs; lines that start with a list marker (`-`, `*`, `•`, `1.`, `a)`)
/// are list items; a Markdown `#` line is a heading, and so is a short single line without a final
/// period standing between blank lines (`Wat moet u doen?`). Line breaks inside a paragraph are kept.
/// Works on the UTF-8 bytes, since whole template libraries pass through here.
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
        // Front matter, template comments and inline HTML tags are no letter text; they are blanked out
        // character by character, so every line and column stays where it is in the file.
        return Document(
            source: source, format: format, blocks: blocks(of: TemplateMarkup.masked(text)),
            notices: notice.map { [$0] } ?? [], suppressions: suppressions(in: text))
    }

    /// `helder-disable-next-line RULE…` (often in a template comment `{# … #}`) switches rules off for the next line.
    ///
    /// Searches the UTF-8 bytes and decodes only the lines that hold the marker: templates rarely have one,
    /// and a Foundation substring search over every letter of a batch was a sixth of the analysis time.
    func suppressions(in text: String) -> [Suppression] {
        let marker = Array("helder-disable-next-line".utf8)
        var text = text
        return text.withUTF8 { bytes in
            marker.withUnsafeBufferPointer { marker in
                var found: [Suppression] = []
                var line = 1
                var counted = 0
                var from = 0
                while let hit = ByteSearch.firstIndex(of: marker, in: bytes, from: from) {
                    var lineStart = hit
                    while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
                    var lineEnd = hit
                    while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                    for index in counted..<lineStart where bytes[index] == 0x0A { line += 1 }
                    counted = lineStart
                    let lineText = String(
                        decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self)
                    if let rules = Suppression.rules(after: "helder-disable-next-line", in: lineText[...]) {
                        found.append(Suppression(rules: rules, lines: (line + 1)...(line + 1)))
                    }
                    from = lineEnd
                }
                return found
            }
        }
    }

    /// The blocks of `text` (line breaks already `\n`).
    public func blocks(of text: String) -> [Block] {
        var text = text
        return text.withUTF8 { bytes in
            var builder = BlockBuilder(bytes: bytes)
            var lineNumber = 0
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                builder.add(line: start..<end, number: lineNumber)
                start = end + 1
            }
            builder.finish(beforeBlank: true)
            return builder.blocks
        }
    }
}

/// Collects lines (byte ranges of the text) into blocks.
private struct BlockBuilder {
    let bytes: UnsafeBufferPointer<UInt8>
    var blocks: [Block] = []
    private var lines: [Range<Int>] = []
    private var kind: BlockKind = .paragraph
    /// Whether the list item being built starts with a number or letter.
    private var isNumbered = false
    private var origin = Origin.text(line: 1, column: 1)
    /// Whether the block being built followed a blank line (or the start): a condition for headings.
    private var afterBlank = true
    private var previousWasBlank = true

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func add(line: Range<Int>, number: Int) {
        var contentStart = line.lowerBound
        while contentStart < line.upperBound, bytes[contentStart] == 0x20 || bytes[contentStart] == 0x09 {
            contentStart += 1
        }
        let content = contentStart..<line.upperBound
        if isBlank(content) {
            finish(beforeBlank: true)
            previousWasBlank = true
            return
        }
        let indent = characters(line.lowerBound..<contentStart)
        if let heading = markdownHeading(content) {
            finish()
            start(
                .heading, text: heading, line: number,
                column: indent + characters(contentStart..<heading.lowerBound) + 1)
            finish()
        } else if let markerEnd = listMarkerEnd(content) {
            finish()
            start(
                .listItem, text: markerEnd..<content.upperBound, line: number,
                column: indent + characters(contentStart..<markerEnd) + 1)
            // `1.`, `12)` and `a)` number the list; `-`, `*` and `•` do not.
            let first = bytes[contentStart]
            isNumbered = (first >= 0x30 && first <= 0x39) || (first >= 0x61 && first <= 0x7A)
        } else if lines.isEmpty {
            start(.paragraph, text: content, line: number, column: indent + 1)
        } else if kind == .listItem, indent == 0 {
            // A list item takes indented continuation lines only.
            finish()
            start(.paragraph, text: content, line: number, column: 1)
        } else {
            // The indentation stays in the text, so columns on this line match the file.
            lines.append(line.lowerBound..<content.upperBound)
        }
        previousWasBlank = false
    }

    private mutating func start(_ kind: BlockKind, text: Range<Int>, line: Int, column: Int) {
        self.kind = kind
        self.lines = [text]
        self.origin = .text(line: line, column: column)
        self.afterBlank = previousWasBlank
    }

    /// Closes the block being built; `beforeBlank` tells whether a blank line (or the end) follows it.
    mutating func finish(beforeBlank: Bool = false) {
        guard !lines.isEmpty else { return }
        var kind = self.kind
        // A lone short line between blank lines is a heading; a lone list item only when a blank line follows too.
        let isolated = afterBlank && (kind == .paragraph || beforeBlank)
        if lines.count == 1, isolated, kind != .heading, looksLikeHeading(lines[0]) {
            kind = .heading
        }
        var text: [UInt8] = []
        for (index, line) in lines.enumerated() {
            if index > 0 { text.append(0x0A) }
            var end = line.upperBound
            while end > line.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[line.lowerBound..<end]))
        }
        blocks.append(
            Block(
                kind: kind, text: String(decoding: text, as: UTF8.self), origin: origin,
                isNumbered: kind == .listItem && isNumbered))
        lines = []
        isNumbered = false
    }

    private func isBlank(_ range: Range<Int>) -> Bool {
        range.allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x09 || bytes[$0] == 0x0D }
    }

    /// Characters (not bytes) in a range, for columns.
    private func characters(_ range: Range<Int>) -> Int {
        range.reduce(0) { $0 + (bytes[$1] & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// `# Kop` → the range of the heading text.
    private func markdownHeading(_ content: Range<Int>) -> Range<Int>? {
        var position = content.lowerBound
        while position < content.upperBound, bytes[position] == UInt8(ascii: "#") { position += 1 }
        let hashes = position - content.lowerBound
        guard (1...6).contains(hashes), position < content.upperBound, bytes[position] == 0x20 else { return nil }
        while position < content.upperBound, bytes[position] == 0x20 { position += 1 }
        return position..<content.upperBound
    }

    /// Where the text after a list marker starts: `- `, `• `, `1. `, `a) `.
    private func listMarkerEnd(_ content: Range<Int>) -> Int? {
        var position = content.lowerBound
        let (scalar, width) = UTF8Decoding.scalar(in: bytes, at: position)
        switch scalar {
        case 0x2D, 0x2A, 0x2022, 0x2013, 0xB7, 0x25AA, 0x25CF, 0x25E6, 0x25A0, 0x25A1, 0x2713:
            position += width
        case 0x30...0x39:
            while position < content.upperBound, position - content.lowerBound < 2, bytes[position] >= 0x30,
                bytes[position] <= 0x39
            {
                position += 1
            }
            guard position < content.upperBound,
                bytes[position] == UInt8(ascii: ".") || bytes[position] == UInt8(ascii: ")")
            else { return nil }
            position += 1
        case 0x61...0x7A:
            guard position + 1 < content.upperBound, bytes[position + 1] == UInt8(ascii: ")") else { return nil }
            position += 2
        default:
            return nil
        }
        let spacesStart = position
        while position < content.upperBound, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
        guard position > spacesStart, position < content.upperBound else { return nil }
        return position
    }

    /// A short line that starts with a capital or digit and does not end like a sentence or an address line.
    private func looksLikeHeading(_ line: Range<Int>) -> Bool {
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D {
            end -= 1
        }
        guard end > line.lowerBound else { return false }
        switch bytes[end - 1] {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"): return false
        default: break
        }
        let (first, _) = UTF8Decoding.scalar(in: bytes, at: line.lowerBound)
        guard let scalar = Unicode.Scalar(first), scalar.properties.isUppercase || (first >= 0x30 && first <= 0x39)
        else {
            return false
        }
        var words = 0
        var inWord = false
        for index in line.lowerBound..<end {
            let space = bytes[index] == 0x20 || bytes[index] == 0x09
            if !space, !inWord { words += 1 }
            inWord = !space
        }
        return words <= PlainTextReader.maximumHeadingWords
    }
}
