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
    /// For each block, the index of the last heading before it (-1: none), so that a location names its section
    /// without a walk back through the document (thousands of paragraphs without a heading made that quadratic).
    private let precedingHeading: [Int32]

    init(document: Document, blocks: [AnalyzedBlock], lexicons: LexiconSet) {
        self.document = document
        self.blocks = blocks
        self.lexicons = lexicons
        var preceding: [Int32] = []
        preceding.reserveCapacity(blocks.count)
        var last: Int32 = -1
        for (index, analyzed) in blocks.enumerated() {
            preceding.append(last)
            if analyzed.block.kind == .heading { last = Int32(index) }
        }
        precedingHeading = preceding
    }

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
                let before = Int(precedingHeading[span.block])
                let heading =
                    before < 0
                    ? nil
                    : excerpt(of: TextSpan(block: before, range: 0..<blocks[before].block.text.utf8.count), limit: 60)
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

    /// The text of `span` for a message or report: on one line, at most `limit` characters, cut at a phrase or
    /// word boundary (`Excerpt.shortened`). A span that starts or ends inside brackets or quotation marks
    /// (`het college) heeft besloten`) is widened to the nearby mark that balances it, in the same sentence.
    public func excerpt(of span: TextSpan, limit: Int = 100) -> String {
        let text = blocks[span.block].block.text
        let range = balanced(span).range
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        // Only the start of a long span can be shown: decode a generous prefix (a character is rarely more than
        // four bytes), on a scalar boundary, and say whether more than white space follows it.
        let budget = (limit + 8) * 8
        guard range.count > budget else {
            return Excerpt.shortened(String(decoding: utf8[start..<end], as: UTF8.self), limit: limit)
        }
        var cut = utf8.index(start, offsetBy: budget)
        while cut > start, utf8[cut] & 0xC0 == 0x80 { cut = utf8.index(before: cut) }
        let more = utf8[cut..<end].contains { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D }
        return Excerpt.shortened(String(decoding: utf8[start..<cut], as: UTF8.self), limit: limit, more: more)
    }

    /// `span` widened to the nearby brackets or quotation marks it opens or closes but does not contain
    /// (`het college) heeft besloten` → `(hierna: het college) heeft besloten`), in the same sentence.
    public func balanced(_ span: TextSpan) -> TextSpan {
        var text = blocks[span.block].block.text
        let range = text.withUTF8 { Self.balanced(span.range, in: $0) }
        return TextSpan(block: span.block, range: range)
    }

    /// How far a span may be widened to balance a bracket or quotation mark, in bytes.
    static let balancingReach = 80

    /// `range` widened so that it does not start after an opening bracket or quotation mark that it closes, nor
    /// end after one that it leaves open, when the balancing mark stands within `balancingReach` bytes and no
    /// sentence end (`.` `?` `!` followed by a space) lies between.
    static func balanced(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        // Most spans hold no bracket or quotation mark at all (the typographic ones start with 0xE2).
        let marks = bytes[range.clamped(to: 0..<bytes.count)]
        guard marks.contains(where: { $0 == 0x28 || $0 == 0x29 || $0 == 0x5B || $0 == 0x5D || $0 == 0xE2 }) else {
            return range
        }
        var lower = range.lowerBound
        var upper = range.upperBound
        for pair in BracketPair.all {
            var depth = 0
            var position = range.lowerBound
            while position < range.upperBound {
                if pair.opens(at: position, in: bytes) {
                    depth += 1
                    position += pair.opener.count
                } else if pair.closes(at: position, in: bytes) {
                    if depth == 0, let opener = pair.search(from: range.lowerBound - 1, step: -1, in: bytes) {
                        lower = min(lower, opener)
                    }
                    depth = max(0, depth - 1)
                    position += pair.closer.count
                } else {
                    position += 1
                }
            }
            if depth > 0, let closer = pair.search(from: range.upperBound, step: 1, in: bytes) {
                upper = max(upper, closer + pair.closer.count)
            }
        }
        return lower..<upper
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

/// A bracket or pair of quotation marks, as UTF-8, for widening an excerpt until it is balanced.
struct BracketPair {
    var opener: [UInt8]
    var closer: [UInt8]

    /// ( ) [ ] “ ” ‘ ’ (a lone ’ is an apostrophe: looking for its ‘ finds nothing).
    static let all = [
        BracketPair(opener: [0x28], closer: [0x29]), BracketPair(opener: [0x5B], closer: [0x5D]),
        BracketPair(opener: [0xE2, 0x80, 0x9C], closer: [0xE2, 0x80, 0x9D]),
        BracketPair(opener: [0xE2, 0x80, 0x98], closer: [0xE2, 0x80, 0x99]),
    ]

    func opens(at position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        Self.has(opener, at: position, in: bytes)
    }

    func closes(at position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        Self.has(closer, at: position, in: bytes)
    }

    private static func has(_ mark: [UInt8], at position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        position >= 0 && position + mark.count <= bytes.count
            && mark.indices.allSatisfy { bytes[position + $0] == mark[$0] }
    }

    /// The position of the mark that balances an unmatched one, looking from `start` backwards (`step` −1,
    /// for an opener) or forwards (`step` 1, for a closer), skipping nested pairs, within
    /// `AnalyzedDocument.balancingReach` bytes and not past a sentence end.
    func search(from start: Int, step: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var depth = 0
        var position = start
        var travelled = 0
        while position >= 0, position < bytes.count, travelled < AnalyzedDocument.balancingReach {
            let byte = bytes[position]
            if (byte == 0x2E || byte == 0x3F || byte == 0x21) && position + 1 < bytes.count
                && (bytes[position + 1] == 0x20 || bytes[position + 1] == 0x0A)
            {
                return nil
            }
            let (wanted, nested) = step < 0 ? (opener, closer) : (closer, opener)
            if Self.has(wanted, at: position, in: bytes) {
                if depth == 0 { return position }
                depth -= 1
            } else if Self.has(nested, at: position, in: bytes) {
                depth += 1
            }
            position += step
            travelled += 1
        }
        return nil
    }
}
