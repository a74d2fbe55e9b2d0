import Foundation

/// Splits Dutch text into tokens, working on the text's UTF-8 bytes without allocating per character.
///
/// It keeps together what a reader takes in as one unit: abbreviations with their dots, amounts,
/// dates, phone numbers, postcodes, law references, web and e-mail addresses, and template placeholders.
public struct Tokenizer: Sendable {
    let abbreviations: AbbreviationLexicon
    let recognition: RecognitionLexicon
    /// An organisation's own placeholder syntax (`[[naam]]`), as regular expressions.
    let extraPlaceholders: PlaceholderPatterns?

    /// A tokenizer that recognises the abbreviations, months and law names of `lexicons`, and
    /// `extraPlaceholders` as placeholders besides the built-in template syntaxes.
    public init(lexicons: LexiconSet, extraPlaceholders: PlaceholderPatterns? = nil) {
        self.abbreviations = lexicons.abbreviations
        self.recognition = lexicons.recognition
        self.extraPlaceholders = extraPlaceholders
    }

    /// The tokens of `text`, in order.
    public func tokenize(_ text: String) -> [Token] {
        let extra = extraPlaceholders?.ranges(in: text) ?? []
        var text = text
        return text.withUTF8 { bytes in
            var scan = TokenScan(bytes: bytes, tokenizer: self, placeholders: extra)
            return scan.run()
        }
    }

    /// The tokens of well-formed UTF-8 text, in order.
    public func tokenize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var scan = TokenScan(bytes: bytes, tokenizer: self)
        return scan.run()
    }
}

/// Extra placeholder syntaxes, compiled once; matching is thread-safe.
public final class PlaceholderPatterns: @unchecked Sendable {
    private let expressions: [NSRegularExpression]

    /// Compiles `patterns`; throws the first pattern that is not a valid regular expression.
    public init(_ patterns: [String]) throws(PlaceholderPatternError) {
        var expressions: [NSRegularExpression] = []
        for pattern in patterns {
            guard let expression = try? NSRegularExpression(pattern: pattern) else {
                throw PlaceholderPatternError(pattern: pattern)
            }
            expressions.append(expression)
        }
        self.expressions = expressions
    }

    /// The UTF-8 byte ranges of all matches in `text`, sorted, without overlaps.
    func ranges(in text: String) -> [Range<Int>] {
        var found: [Range<Int>] = []
        let whole = NSRange(text.startIndex..., in: text)
        for expression in expressions {
            for match in expression.matches(in: text, range: whole) where match.range.length > 0 {
                guard let range = Range(match.range, in: text) else { continue }
                let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
                found.append(start..<(start + text.utf8.distance(from: range.lowerBound, to: range.upperBound)))
            }
        }
        found.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for range in found where merged.last.map({ range.lowerBound >= $0.upperBound }) ?? true { merged.append(range) }
        return merged
    }
}

/// A placeholder pattern that is not a valid regular expression.
public struct PlaceholderPatternError: Error, Sendable, Equatable {
    public var pattern: String
}

/// The state of one tokenizer run over one text.
struct TokenScan {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokenizer: Tokenizer
    var tokens: [Token] = []
    /// Reused buffer for folding candidate words before a lexicon lookup.
    var scratch = FoldBuffer()

    /// Byte ranges that an organisation's placeholder patterns matched, sorted; `nextPlaceholder` indexes them.
    let placeholders: [Range<Int>]
    var nextPlaceholder = 0

    init(bytes: UnsafeBufferPointer<UInt8>, tokenizer: Tokenizer, placeholders: [Range<Int>] = []) {
        self.bytes = bytes
        self.tokenizer = tokenizer
        self.placeholders = placeholders
        tokens.reserveCapacity(bytes.count / 5)
    }

    var count: Int { bytes.count }

    mutating func run() -> [Token] {
        var index = 0
        var flags: TokenFlags = [.newlineBefore]
        while index < count {
            var newline = false
            let space = CharacterClasses.spaceWidth(bytes, at: index, newline: &newline)
            if space > 0 {
                flags.insert(newline ? [.newlineBefore, .spaceBefore] : .spaceBefore)
                index += space
                continue
            }
            while nextPlaceholder < placeholders.count, placeholders[nextPlaceholder].lowerBound < index {
                nextPlaceholder += 1
            }
            let (kind, end, extra) =
                nextPlaceholder < placeholders.count && placeholders[nextPlaceholder].lowerBound == index
                ? (.placeholder, placeholders[nextPlaceholder].upperBound, TokenFlags()) : scanToken(at: index)
            var tokenFlags = flags.union(extra)
            if kind == .word || kind == .abbreviation || kind == .initials {
                tokenFlags.formUnion(caseFlags(index, end))
            }
            tokens.append(Token(kind: kind, flags: tokenFlags, start: index, end: end))
            flags = []
            index = end
        }
        return tokens
    }

    /// Recognises the token starting at `index`: its kind, end and any flags it brings.
    mutating func scanToken(at index: Int) -> (TokenKind, Int, TokenFlags) {
        if let end = placeholderEnd(at: index) { return (.placeholder, end, []) }
        let byte = bytes[index]
        if byte < 0x80, CharacterClasses.isDigit(byte) || CharacterClasses.isASCIILetter(byte) {
            if byte | 0x20 == UInt8(ascii: "h") || byte | 0x20 == UInt8(ascii: "w"), let end = urlEnd(at: index) {
                return (.url, end, [])
            }
            if CharacterClasses.isDigit(byte), mayBeEmail(at: index), let end = emailEnd(at: index) {
                return (.email, end, [])
            }
        }
        if CharacterClasses.isDigit(byte) {
            let (kind, end) = numeric(at: index)
            return (kind, end, [])
        }
        if byte == UInt8(ascii: "+"), let end = phoneEnd(at: index) { return (.phone, end, []) }
        if let end = euroAmountEnd(at: index) { return (.amount, end, []) }
        if CharacterClasses.letterWidth(bytes, at: index) > 0, !CharacterClasses.isCombiningMark(bytes, at: index) {
            return letterToken(at: index)
        }
        if let end = cliticEnd(at: index) { return (.word, end, []) }
        if byte == UInt8(ascii: "."), index + 2 < count, bytes[index + 1] == byte, bytes[index + 2] == byte {
            return (.punctuation, index + 3, [])
        }
        let (scalar, width) = decodeScalar(bytes, at: index)
        return (Self.isPunctuation(scalar) ? .punctuation : .symbol, index + width, [])
    }

    /// Whether the alphanumeric run at `index` ends in a character an e-mail address can continue with.
    private func mayBeEmail(at index: Int) -> Bool {
        var position = index
        while position < count, bytes[position] < 0x80,
            CharacterClasses.isASCIILetter(bytes[position]) || CharacterClasses.isDigit(bytes[position])
        {
            position += 1
        }
        guard position < count else { return false }
        switch bytes[position] {
        case UInt8(ascii: "@"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "+"),
            UInt8(ascii: "%"):
            return true
        default:
            return false
        }
    }

    /// A token that starts with a letter: a law reference, abbreviation, initials, web address or word.
    mutating func letterToken(at index: Int) -> (TokenKind, Int, TokenFlags) {
        if let end = ibanEnd(at: index) { return (.iban, end, []) }
        // Fast path: most words end in a space or in punctuation other than `.`, `/` and `@`, and then
        // cannot be an abbreviation, initials, a web or e-mail address or the start of a law reference.
        let end = wordEnd(at: index)
        let next = end < count ? bytes[end] : 0
        switch next {
        case UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "@"), UInt8(ascii: "_"), UInt8(ascii: "+"),
            UInt8(ascii: "%"):
            break
        case 0x20, 0xC2:
            // A digit after the space (or after a two-byte non-breaking space): `artikel 4`.
            let digitFollows =
                (end + 1 < count && CharacterClasses.isDigit(bytes[end + 1]))
                || (end + 2 < count && CharacterClasses.isDigit(bytes[end + 2]))
            if !digitFollows { return (.word, end, []) }
        default:
            return (.word, end, [])
        }
        // A reference code such as `PW/2025/04817` is one token, not a word.
        if next == UInt8(ascii: "/"), end + 1 < count, CharacterClasses.isDigit(bytes[end + 1]) {
            return (.number, plainNumberEnd(at: end + 1), [])
        }
        if bytes[index] < 0x80, next != 0x20, next != 0xC2, let emailEnd = emailEnd(at: index) {
            return (.email, emailEnd, [])
        }
        if let end = lawReferenceEnd(at: index) { return (.lawReference, end, []) }
        if let (end, mayEnd) = abbreviationEnd(at: index) {
            return (.abbreviation, end, mayEnd ? .mayEndSentence : [])
        }
        if let end = initialsEnd(at: index) { return (.initials, end, []) }
        if let end = bareDomainEnd(at: index) { return (.url, end, []) }
        return (.word, end, [])
    }

    /// The end of the word starting at `index`: letters and digits, joined by inner hyphens and apostrophes.
    func wordEnd(at index: Int) -> Int {
        var position = index
        while position < count {
            let letter = CharacterClasses.letterWidth(bytes, at: position)
            if letter > 0 {
                position += letter
                continue
            }
            if CharacterClasses.isDigit(bytes[position]), position > index {
                position += 1
                continue
            }
            let joiner = max(
                CharacterClasses.hyphenWidth(bytes, at: position), CharacterClasses.apostropheWidth(bytes, at: position)
            )
            if joiner > 0, position > index, position + joiner < count,
                CharacterClasses.letterWidth(bytes, at: position + joiner) > 0
            {
                position += joiner
                continue
            }
            break
        }
        return position
    }

    /// `'s`, `'t` and `'n` before a word (`'s avonds`), or a name such as `'s-Hertogenbosch`.
    func cliticEnd(at index: Int) -> Int? {
        let apostrophe = CharacterClasses.cliticApostropheWidth(bytes, at: index)
        guard apostrophe > 0, index + apostrophe < count else { return nil }
        let letter = bytes[index + apostrophe] | 0x20
        guard letter == UInt8(ascii: "s") || letter == UInt8(ascii: "t") || letter == UInt8(ascii: "n") else {
            return nil
        }
        let after = index + apostrophe + 1
        if after == count || CharacterClasses.letterWidth(bytes, at: after) == 0 {
            if after < count, CharacterClasses.hyphenWidth(bytes, at: after) > 0 {
                return wordEnd(at: index + apostrophe)
            }
            return after
        }
        return nil
    }

    /// Capitalisation flags for a word-like token; a word that starts in lower case is done at once.
    func caseFlags(_ start: Int, _ end: Int) -> TokenFlags {
        var position = start
        // Skip a leading apostrophe (`'s-Hertogenbosch`).
        let apostrophe = CharacterClasses.apostropheWidth(bytes, at: position)
        position += apostrophe
        guard position < end, CharacterClasses.isUpper(bytes, at: position) else { return [] }
        var letters = 0
        while position < end {
            let width = CharacterClasses.letterWidth(bytes, at: position)
            if width > 0 {
                letters += 1
                if !CharacterClasses.isUpper(bytes, at: position) {
                    // Combining marks are neither upper nor lower case.
                    let (scalar, _) = decodeScalar(bytes, at: position)
                    if !(scalar >= 0x300 && scalar <= 0x36F) { return .capitalized }
                }
                position += width
            } else {
                position += decodeScalar(bytes, at: position).1
            }
        }
        return letters >= 2 ? [.capitalized, .allCaps] : .capitalized
    }

    /// Folds `bytes[start..<end]` into `scratch` and hands it to `body`.
    /// The body gets the tokenizer (for its lexicons) as an argument, so it does not capture `self`.
    mutating func withFolded<R>(_ start: Int, _ end: Int, _ body: (Tokenizer, UnsafeBufferPointer<UInt8>) -> R) -> R {
        let tokenizer = self.tokenizer
        return scratch.fold(UnsafeBufferPointer(rebasing: bytes[start..<end])) { body(tokenizer, $0) }
    }

    /// Whether a non-letter, non-digit scalar is punctuation rather than a symbol.
    static func isPunctuation(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x21, 0x22, 0x27, 0x28, 0x29, 0x2C, 0x2D, 0x2E, 0x2F, 0x3A, 0x3B, 0x3F, 0x5B, 0x5D, 0x7B, 0x7D,
            0xAB, 0xBB, 0xBF, 0xA1, 0x2010...0x2027, 0x2039, 0x203A, 0x2022, 0x25CF, 0x25AA, 0x2043:
            return true
        default:
            return false
        }
    }
}
