/// Template placeholders: whatever a letter system fills in is one token that is never a word.
extension TokenScan {
    /// Longest placeholder looked for, in bytes; longer brackets are ordinary text.
    static let maximumPlaceholderLength = 240
    /// Longest `[…]`, `«…»`, `<<…>>` or `%…%` placeholder, which must stay on one line.
    static let maximumFieldLength = 80

    /// The end of a placeholder starting at `index`, if one does.
    func placeholderEnd(at index: Int) -> Int? {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "{"):
            guard index + 1 < count else { return nil }
            switch bytes[index + 1] {
            case UInt8(ascii: "{"): return nestedClosing(from: index + 2)
            case UInt8(ascii: "%"): return closing("%}", from: index + 2, limit: Self.maximumPlaceholderLength)
            case UInt8(ascii: "#"): return closing("#}", from: index + 2, limit: Self.maximumPlaceholderLength)
            default:
                // `{0}`, `{naam}` (.NET, Java MessageFormat, Python `format`).
                guard let end = closing("}", from: index + 1, limit: Self.maximumFieldLength, singleLine: true)
                else { return nil }
                return isFieldName(index + 1, end - 1, allowSpaces: false) || isNumber(index + 1, end - 1) ? end : nil
            }
        case UInt8(ascii: "$"):
            guard index + 1 < count, bytes[index + 1] == UInt8(ascii: "{") else { return nil }
            return closing("}", from: index + 2, limit: Self.maximumFieldLength, singleLine: true)
        case UInt8(ascii: "<"):
            guard index + 1 < count, bytes[index + 1] == UInt8(ascii: "<") else { return nil }
            return closing(">>", from: index + 2, limit: Self.maximumFieldLength, singleLine: true)
        case 0xC2:
            // « … »
            guard index + 1 < count, bytes[index + 1] == 0xAB else { return nil }
            return closing("»", from: index + 2, limit: Self.maximumFieldLength, singleLine: true)
        case UInt8(ascii: "["):
            guard let end = closing("]", from: index + 1, limit: Self.maximumFieldLength, singleLine: true) else {
                return nil
            }
            return isFieldName(index + 1, end - 1, allowSpaces: true) ? end : nil
        case UInt8(ascii: "%") where index + 1 < count && bytes[index + 1] == UInt8(ascii: "{"):
            // `%{naam}` (Ruby, Rails i18n).
            guard let end = closing("}", from: index + 2, limit: Self.maximumFieldLength, singleLine: true) else {
                return nil
            }
            return isFieldName(index + 2, end - 1, allowSpaces: false) ? end : nil
        case UInt8(ascii: "%") where index + 1 < count && bytes[index + 1] == UInt8(ascii: "("):
            // `%(naam)s` (Python): the name, then one conversion letter.
            guard let end = closing(")", from: index + 2, limit: Self.maximumFieldLength, singleLine: true),
                end < count, CharacterClasses.isASCIILetter(bytes[end]),
                isFieldName(index + 2, end - 1, allowSpaces: false)
            else { return nil }
            return end + 1
        case UInt8(ascii: "%"):
            guard index + 1 < count,
                CharacterClasses.isASCIILetter(bytes[index + 1]) || bytes[index + 1] == UInt8(ascii: "_")
            else { return nil }
            guard let end = closing("%", from: index + 1, limit: Self.maximumFieldLength, singleLine: true) else {
                return nil
            }
            return isFieldName(index + 1, end - 1, allowSpaces: false) ? end : nil
        default:
            return nil
        }
    }

    /// The end of `{{ … }}` counting nested `{{`/`}}` pairs (`{{ a {{ b }} c }}` is one placeholder).
    private func nestedClosing(from start: Int) -> Int? {
        var depth = 1
        var position = start
        let stop = min(count, start + Self.maximumPlaceholderLength)
        while position + 1 < stop {
            if bytes[position] == UInt8(ascii: "{"), bytes[position + 1] == UInt8(ascii: "{") {
                depth += 1
                position += 2
            } else if bytes[position] == UInt8(ascii: "}"), bytes[position + 1] == UInt8(ascii: "}") {
                depth -= 1
                position += 2
                if depth == 0 { return position }
            } else {
                position += 1
            }
        }
        return nil
    }

    /// The index just past `terminator`, searching from `start` within `limit` bytes.
    private func closing(_ terminator: StaticString, from start: Int, limit: Int, singleLine: Bool = false) -> Int? {
        let length = terminator.utf8CodeUnitCount
        let pointer = terminator.utf8Start
        var position = start
        let stop = min(count, start + limit)
        while position + length <= stop {
            let byte = bytes[position]
            if singleLine, byte == 0x0A || byte == 0x0D { return nil }
            var matches = true
            for offset in 0..<length where bytes[position + offset] != pointer[offset] {
                matches = false
                break
            }
            if matches { return position + length }
            position += 1
        }
        return nil
    }

    /// Whether `bytes[start..<end]` is digits only (`{0}`).
    private func isNumber(_ start: Int, _ end: Int) -> Bool {
        start < end && bytes[start..<end].allSatisfy(CharacterClasses.isDigit)
    }

    /// Whether `bytes[start..<end]` looks like a field name: letters, digits, `_`, `.`, `-` (and spaces), with a letter.
    private func isFieldName(_ start: Int, _ end: Int, allowSpaces: Bool) -> Bool {
        guard start < end else { return false }
        var sawLetter = false
        var position = start
        while position < end {
            let letter = CharacterClasses.letterWidth(bytes, at: position)
            if letter > 0 {
                sawLetter = true
                position += letter
                continue
            }
            switch bytes[position] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"):
                position += 1
            case UInt8(ascii: " ") where allowSpaces:
                position += 1
            default:
                return false
            }
        }
        return sawLetter
    }
}
