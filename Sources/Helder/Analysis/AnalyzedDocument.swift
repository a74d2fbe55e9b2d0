/// A document taken apart once (blocks → sentences → tokens, with word measures) and shared by every check.
public struct AnalyzedDocument: Sendable {
    /// The document as read.
    public let document: Document
    /// Its blocks, analysed.
    public let blocks: [AnalyzedBlock]

    /// Every sentence of the document with the index of its block, in reading order.
    public var sentences: [(block: Int, sentence: Sentence)] {
        blocks.indices.flatMap { index in blocks[index].sentences.map { (index, $0) } }
    }

    /// The source location of `span`.
    public func location(of span: TextSpan) -> TextLocation {
        let block = blocks[span.block].block
        var text = block.text
        return text.withUTF8 { bytes in
            var line = 0
            var column = 0
            var position = 0
            while position < span.range.lowerBound {
                if bytes[position] == 0x0A {
                    line += 1
                    column = 0
                } else if bytes[position] & 0xC0 != 0x80, !Self.isCombiningMark(bytes, at: position) {
                    column += 1
                }
                position += 1
            }
            var length = 0
            while position < span.range.upperBound {
                if bytes[position] & 0xC0 != 0x80, !Self.isCombiningMark(bytes, at: position) { length += 1 }
                position += 1
            }
            switch block.origin {
            case .text(let startLine, let startColumn):
                return TextLocation(
                    line: startLine + line, column: (line == 0 ? startColumn : 1) + column, length: length)
            case .paragraph(let number):
                return TextLocation(line: number, column: 1 + column, length: length, paragraph: number)
            }
        }
    }

    /// The text of `span`, on one line, shortened to about `limit` characters.
    public func excerpt(of span: TextSpan, limit: Int = 100) -> String {
        var text = blocks[span.block].block.text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(min(span.range.count, limit * 2) + 3)
            var characters = 0
            var position = span.range.lowerBound
            var lastWasSpace = false
            // Runs of white space become one space; past `limit` characters the text is cut and marked.
            while position < span.range.upperBound {
                let byte = bytes[position]
                position += 1
                let isSpace = byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x20
                if isSpace && lastWasSpace { continue }
                lastWasSpace = isSpace
                if byte & 0xC0 != 0x80 {
                    if characters == limit - 1, position < span.range.upperBound {
                        while output.last == 0x20 { output.removeLast() }
                        output.append(contentsOf: [0xE2, 0x80, 0xA6])
                        return String(decoding: output, as: UTF8.self)
                    }
                    characters += 1
                }
                output.append(isSpace ? 0x20 : byte)
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The exact text of `span`.
    public func text(of span: TextSpan) -> String {
        let utf8 = blocks[span.block].block.text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: span.range.lowerBound)
        let end = utf8.index(start, offsetBy: span.range.count)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    private static func isCombiningMark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard bytes[index] == 0xCC || bytes[index] == 0xCD else { return false }
        let (scalar, _) = decodeScalar(bytes, at: index)
        return scalar >= 0x300 && scalar <= 0x36F
    }
}

/// A block with its tokens, their word measures and its sentences.
public struct AnalyzedBlock: Sendable {
    public let block: Block
    public let tokens: [Token]
    /// One measure per token (zero for tokens that are not words).
    public let measures: [WordMeasure]
    public let sentences: [Sentence]
}

/// A run of tokens read as one unit, with its role in the letter and its totals.
public struct Sentence: Sendable, Equatable {
    /// Indices into the block's tokens.
    public var tokens: Range<Int>
    public var role: SentenceRole
    /// The sum of the tokens' measures.
    public var measure: WordMeasure

    /// Words in the sentence.
    public var words: Int { Int(measure.words) }
}

/// What a unit of text is in the letter.
public enum SentenceRole: String, Sendable, Equatable, CaseIterable {
    /// A sentence of running text.
    case prose
    /// A list item.
    case listItem
    /// A heading.
    case heading
    /// The salutation (`Geachte mevrouw De Vries,`).
    case salutation
    /// The closing (`Met vriendelijke groet,`).
    case closing
    /// Address, date, reference, subject and signature lines.
    case letterhead

    /// Whether the unit counts in the readability figures.
    public var isProse: Bool { self == .prose || self == .listItem }
}

/// A stretch of text: a UTF-8 byte range in one block.
public struct TextSpan: Sendable, Equatable {
    public var block: Int
    public var range: Range<Int>

    public init(block: Int, range: Range<Int>) {
        self.block = block
        self.range = range
    }
}
