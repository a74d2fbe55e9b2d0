/// A document taken apart once (blocks → sentences → tokens, with word measures) and shared by every check.
public struct AnalyzedDocument: Sendable {
    /// The document as read.
    public let document: Document
    /// Its blocks, analysed.
    public let blocks: [AnalyzedBlock]
    /// The lexicons it was analysed with, for checks that explain a match.
    public let lexicons: LexiconSet
    /// The parts of the letter: decision, duties, deadlines, bezwaar, help, amounts, attachments.
    public internal(set) var anatomy = LetterAnatomy()
    /// What the letter makes the reader face, sentence by sentence, and the tone score.
    public internal(set) var tone = ToneAssessment()
    /// The organisation's limits for the whole-letter checks.
    public internal(set) var limits = StructureLimits()

    /// Every sentence of the document with the index of its block, in reading order.
    public var sentences: [(block: Int, sentence: Sentence)] {
        blocks.indices.flatMap { index in blocks[index].sentences.map { (index, $0) } }
    }

    /// The source location of `span`.
    public func location(of span: TextSpan) -> TextLocation {
        let analyzed = blocks[span.block]
        // The line inside the block: how many line breaks come before the span.
        var low = 0
        var high = analyzed.lineStarts.count
        while low < high {
            let middle = (low + high) / 2
            if Int(analyzed.lineStarts[middle]) <= span.range.lowerBound { low = middle + 1 } else { high = middle }
        }
        let line = low
        let lineStart = line == 0 ? 0 : Int(analyzed.lineStarts[line - 1])
        var text = analyzed.block.text
        return text.withUTF8 { bytes in
            let column = Self.characters(bytes, lineStart..<span.range.lowerBound)
            let length = Self.characters(bytes, span.range)
            switch analyzed.block.origin {
            case .text(let startLine, let startColumn):
                return TextLocation(
                    line: startLine + line, column: (line == 0 ? startColumn : 1) + column, length: length, span: span)
            case .paragraph(let number):
                let heading = blocks[..<span.block].lastIndex { $0.block.kind == .heading }.map { index in
                    excerpt(of: TextSpan(block: index, range: 0..<blocks[index].block.text.utf8.count), limit: 60)
                }
                return TextLocation(
                    line: number, column: 1 + column, length: length, paragraph: number, heading: heading, span: span)
            }
        }
    }

    /// Characters in a byte range: UTF-8 lead bytes, not counting combining marks (U+0300–U+036F).
    private static func characters(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        for position in range where bytes[position] & 0xC0 != 0x80 {
            if bytes[position] == 0xCC
                || (bytes[position] == 0xCD && position + 1 < bytes.count && bytes[position + 1] < 0xB0)
            {
                continue
            }
            count += 1
        }
        return count
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
                    var next = position
                    while next < span.range.upperBound, bytes[next] & 0xC0 == 0x80 { next += 1 }
                    if characters == limit - 1, next < span.range.upperBound {
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
}
/// A block with its tokens, their word measures and its sentences.
public struct AnalyzedBlock: Sendable {
    public let block: Block
    public let tokens: [Token]
    /// One measure per token (zero for tokens that are not words).
    public let measures: [WordMeasure]
    public let sentences: [Sentence]
    /// UTF-8 offsets just after each line break in the block text, for line and column numbers.
    public let lineStarts: [Int32]
    /// Jargon and coercion phrases found in the block's sentences.
    public let phrases: [SentencePhrase]
    /// The grammar classes of each token's word (empty for other tokens).
    public let wordClasses: [WordClasses]
    /// Per sentence: whether it holds a phrase that introduces a plain explanation (`dat betekent`).
    public let explainingSentences: [Bool]

    /// The UTF-8 range of a phrase match in the block text.
    public func range(of match: PhraseMatch) -> Range<Int> {
        Int(tokens[Int(match.firstToken)].start)..<Int(tokens[Int(match.lastToken)].end)
    }
}

/// A phrase match and the sentence (index in its block) it was found in.
public struct SentencePhrase: Sendable, Equatable {
    public var sentence: Int32
    public var match: PhraseMatch
}

/// A run of tokens read as one unit, with its role in the letter and its totals.
public struct Sentence: Sendable, Equatable {
    /// Indices into the block's tokens.
    public var tokens: Range<Int>
    public var role: SentenceRole
    /// The sum of the tokens' measures.
    public var measure: MeasureTotals

    /// Words in the sentence.
    public var words: Int { measure.words }
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

/// Sums of word measures over a sentence, in full-width integers (a sentence can hold any number of words).
public struct MeasureTotals: Sendable, Equatable {
    public var words = 0
    public var syllables = 0
    public var letters = 0
    public var frequentWords = 0
    public var longWords = 0

    public init() {}

    mutating func add(_ measure: WordMeasure) {
        words += Int(measure.words)
        syllables += Int(measure.syllables)
        letters += Int(measure.letters)
        frequentWords += Int(measure.frequentWords)
        longWords += Int(measure.longWords)
    }
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
