/// Splits a block's tokens into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with closing quotes and brackets) when the next token
/// starts a sentence: a capital, a digit, a quote, a placeholder or a new line. Abbreviations and
/// decimals never reach this point as loose dots (the tokenizer keeps them whole), placeholders never
/// end a sentence, and a colon at the end of a line (before a list) closes the unit before it.
public struct SentenceSplitter: Sendable {
    public init() {}

    /// The sentences of one block, as ranges of indices into `tokens`.
    ///
    /// With `byLine`, every line is also its own unit (address blocks, signatures).
    public func split(_ tokens: [Token], text: UnsafeBufferPointer<UInt8>, byLine: Bool = false) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < tokens.count {
            if byLine, index > start, tokens[index].flags.contains(.newlineBefore) {
                sentences.append(start..<index)
                start = index
            }
            if endsSentence(tokens, at: index, text: text) {
                var end = index + 1
                while end < tokens.count, !tokens[end].flags.contains(.spaceBefore),
                    Self.isClosingMark(tokens[end], text: text)
                {
                    end += 1
                }
                if end == tokens.count || startsSentence(tokens, at: end, text: text, after: tokens[index]) {
                    sentences.append(start..<end)
                    start = end
                }
                index = end
                continue
            }
            index += 1
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }

    private func endsSentence(_ tokens: [Token], at index: Int, text: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .punctuation:
            let first = text[Int(token.start)]
            if first == UInt8(ascii: ".") || first == UInt8(ascii: "!") || first == UInt8(ascii: "?") { return true }
            if Self.isEllipsis(token, text: text) { return true }
            if first == UInt8(ascii: ":") {
                return index + 1 < tokens.count && tokens[index + 1].flags.contains(.newlineBefore)
            }
            return false
        case .abbreviation:
            return token.flags.contains(.mayEndSentence)
        default:
            return false
        }
    }

    private func startsSentence(
        _ tokens: [Token], at index: Int, text: UnsafeBufferPointer<UInt8>, after terminator: Token
    )
        -> Bool
    {
        let next = tokens[index]
        if next.flags.contains(.newlineBefore) { return true }
        switch next.kind {
        case .word, .abbreviation, .initials:
            return next.flags.contains(.capitalized)
        case .punctuation:
            // A dash or comma continues the sentence; an opening quote or bracket starts a new one.
            let first = text[Int(next.start)]
            return first != UInt8(ascii: ",") && first != UInt8(ascii: "-") && first != UInt8(ascii: ";")
                && first != UInt8(ascii: ":") && terminator.kind != .abbreviation
        default:
            // Numbers, dates, amounts, placeholders, addresses: a new sentence, unless after an abbreviation (`ca. 5`).
            return terminator.kind != .abbreviation
        }
    }

    static func isEllipsis(_ token: Token, text: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(token.start)
        if token.end - token.start == 3 {
            return (text[start] == 0xE2 && text[start + 1] == 0x80 && text[start + 2] == 0xA6)
                || (text[start] == UInt8(ascii: ".") && text[start + 1] == UInt8(ascii: "."))
        }
        return false
    }

    /// Closing quotes and brackets that belong to the sentence before them.
    static func isClosingMark(_ token: Token, text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .punctuation else { return false }
        let (scalar, _) = decodeScalar(text, at: Int(token.start))
        switch scalar {
        case 0x22, 0x27, 0x29, 0x5D, 0xBB, 0x2019, 0x201D, 0x203A: return true
        default: return false
        }
    }
}
