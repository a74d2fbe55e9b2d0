/// Byte-level character classes for the tokenizer, over well-formed UTF-8.
///
/// ASCII is decided inline; other scalars fall back to Unicode properties, which is rare in Dutch text
/// (diacritics, typographic quotes, non-breaking spaces).
enum CharacterClasses {
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    @inline(__always)
    static func isASCIIUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// The width in bytes of the space at `index`, 0 when it is not white space. Sets `newline` for line breaks.
    @inline(__always)
    static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, newline: inout Bool) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x20, 0x09, 0x0C: return 1
        case 0x0A, 0x0B, 0x0D:
            newline = true
            return 1
        case 0..<0x80: return 0
        default:
            let (scalar, width) = decodeScalar(bytes, at: index)
            switch scalar {
            case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return width
            case 0x2028, 0x2029, 0x85:
                newline = true
                return width
            default: return 0
            }
        }
    }

    /// The width in bytes of the letter at `index` (combining marks count as letters), 0 when it is not one.
    @inline(__always)
    static func letterWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return isASCIILetter(byte) ? 1 : 0 }
        let (scalar, width) = decodeScalar(bytes, at: index)
        return isLetter(scalar) ? width : 0
    }

    /// Whether a non-ASCII scalar is a letter or a combining mark.
    static func isLetter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xD7, 0xF7: return false
        case 0xC0...0x24F, 0x300...0x36F: return true
        case 0..<0xC0: return scalar == 0xAA || scalar == 0xB5 || scalar == 0xBA
        default:
            guard let unicode = Unicode.Scalar(scalar) else { return false }
            let properties = unicode.properties
            return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
        }
    }

    /// Whether the scalar at `index` is an upper-case letter.
    static func isUpper(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return isASCIIUpper(byte) }
        let (scalar, _) = decodeScalar(bytes, at: index)
        return Unicode.Scalar(scalar)?.properties.isUppercase ?? false
    }

    /// The width of an apostrophe (`'` or `’`) at `index`, 0 otherwise.
    @inline(__always)
    static func apostropheWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        if bytes[index] == 0x27 { return 1 }
        if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
            return 3
        }
        return 0
    }

    /// The width of an apostrophe that may open a clitic (`'s`, `’s`, and `‘s` as Word's AutoCorrect writes it).
    @inline(__always)
    static func cliticApostropheWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x98 {
            return 3
        }
        return apostropheWidth(bytes, at: index)
    }

    /// Whether the scalar at `index` is a combining mark (U+0300–U+036F), which cannot start a word.
    @inline(__always)
    static func isCombiningMark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard bytes[index] == 0xCC || bytes[index] == 0xCD else { return false }
        let (scalar, _) = decodeScalar(bytes, at: index)
        return scalar >= 0x300 && scalar <= 0x36F
    }

    /// The width of a hyphen inside a word (`-` or U+2010), 0 otherwise.
    @inline(__always)
    static func hyphenWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        if bytes[index] == 0x2D { return 1 }
        if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x90 {
            return 3
        }
        return 0
    }

    /// Whether `bytes[index...]` starts with the ASCII `prefix`, ignoring case.
    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        let pointer = prefix.utf8Start
        for offset in 0..<length where bytes[index + offset] | 0x20 != pointer[offset] | 0x20 {
            return false
        }
        return true
    }
}
