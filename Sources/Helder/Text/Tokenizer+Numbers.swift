/// Numbers, amounts, dates, percentages, phone numbers and postcodes.
extension TokenScan {
    /// Everything that starts with a digit.
    mutating func numeric(at index: Int) -> (TokenKind, Int) {
        if let end = postcodeEnd(at: index) { return (.postcode, end) }
        if let end = numericDateEnd(at: index) { return (.date, end) }
        if let end = phoneEnd(at: index) { return (.phone, end) }
        var end = plainNumberEnd(at: index)
        // Ordinals: 2e, 1ste, 3de.
        for suffix in tokenizer.recognition.parts(.rangtelwoord) where hasLowercaseSuffix(suffix, at: end) {
            return (.number, end + suffix.utf8.count)
        }
        // Amount written as `25,-`.
        let dashEnd = wholeEurosDashEnd(at: end)
        if dashEnd > end { return (.amount, dashEnd) }
        end = dashEnd
        var position = end
        while position < count, bytes[position] == UInt8(ascii: " ") { position += 1 }
        if position < count, bytes[position] == UInt8(ascii: "%") { return (.percentage, position + 1) }
        if position > end, position < count, CharacterClasses.letterWidth(bytes, at: position) > 0 {
            let wordEnd = self.wordEnd(at: position)
            var monthEnd = wordEnd
            if monthEnd < count, bytes[monthEnd] == UInt8(ascii: ".") { monthEnd += 1 }
            let isCurrency = withFolded(position, wordEnd) { tokenizer, folded in
                tokenizer.recognition.parts(.munteenheid).contains { folded.elementsEqual($0.utf8) }
            }
            if isCurrency { return (.amount, wordEnd) }
            for candidate in [monthEnd, wordEnd] {
                let isMonth = withFolded(position, candidate) { tokenizer, folded in
                    tokenizer.recognition.contains(folded: folded, as: .maand)
                }
                if isMonth { return (.date, yearEnd(after: candidate)) }
            }
        }
        return (.number, end)
    }

    /// `€ 1.234,56`, `€1.250`, `€ 25,-` (the euro sign is U+20AC).
    func euroAmountEnd(at index: Int) -> Int? {
        guard index + 2 < count, bytes[index] == 0xE2, bytes[index + 1] == 0x82, bytes[index + 2] == 0xAC else {
            return nil
        }
        var position = index + 3
        while position < count, bytes[position] == UInt8(ascii: " ") { position += 1 }
        if position + 1 < count, bytes[position] == 0xC2, bytes[position + 1] == 0xA0 { position += 2 }
        guard position < count, CharacterClasses.isDigit(bytes[position]) else { return nil }
        return wholeEurosDashEnd(at: plainNumberEnd(at: position))
    }

    /// Digits joined by `.`, `,`, `:` or `/` between digits: `1.234,56`, `09.00`, `2026/12345`.
    func plainNumberEnd(at index: Int) -> Int {
        var end = index
        while end < count {
            if CharacterClasses.isDigit(bytes[end]) {
                end += 1
                continue
            }
            switch bytes[end] {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "/"):
                if end + 1 < count, CharacterClasses.isDigit(bytes[end + 1]) {
                    end += 1
                    continue
                }
            default:
                break
            }
            break
        }
        return end
    }

    /// Past `,-` or `,--` after whole euros, else `end` itself.
    private func wholeEurosDashEnd(at end: Int) -> Int {
        guard end + 1 < count, bytes[end] == UInt8(ascii: ","), bytes[end + 1] == UInt8(ascii: "-") else { return end }
        if end + 2 < count, bytes[end + 2] == UInt8(ascii: "-") { return end + 3 }
        return end + 2
    }

    private func hasLowercaseSuffix(_ suffix: String, at index: Int) -> Bool {
        let length = suffix.utf8.count
        guard index + length <= count else { return false }
        for (offset, byte) in suffix.utf8.enumerated() where bytes[index + offset] != byte { return false }
        let after = index + length
        return after == count || CharacterClasses.letterWidth(bytes, at: after) == 0
    }

    /// Past a four-digit year after a month (`1 januari 2026`), else `end`.
    private func yearEnd(after end: Int) -> Int {
        var position = end
        guard position < count, bytes[position] == UInt8(ascii: " ") else { return end }
        position += 1
        let start = position
        while position < count, CharacterClasses.isDigit(bytes[position]) { position += 1 }
        let followedByDigitOrLetter =
            position < count
            && (bytes[position] == UInt8(ascii: ",") && position + 1 < count
                && CharacterClasses.isDigit(bytes[position + 1]))
        return position - start == 4 && !followedByDigitOrLetter ? position : end
    }

    /// `NL91 ABNA 0417 1643 00` or `NL91ABNA0417164300`: country, check digits, bank code, account digits.
    func ibanEnd(at index: Int) -> Int? {
        guard index + 4 < count, CharacterClasses.isASCIIUpper(bytes[index]),
            CharacterClasses.isASCIIUpper(bytes[index + 1]),
            CharacterClasses.isDigit(bytes[index + 2]), CharacterClasses.isDigit(bytes[index + 3])
        else { return nil }
        var position = index + 4
        var letters = 0
        var digits = 0
        var end = position
        while position < count {
            if bytes[position] == 0x20, position + 1 < count, bytes[position + 1] != 0x20,
                letters + digits > 0 || position == index + 4
            {
                position += 1
                continue
            }
            if digits == 0, CharacterClasses.isASCIIUpper(bytes[position]) {
                letters += 1
            } else if CharacterClasses.isDigit(bytes[position]) {
                digits += 1
            } else {
                break
            }
            position += 1
            end = position
        }
        // Dutch IBANs have a four-letter bank code and ten digits; others 8 to 30 characters after the check digits.
        guard letters <= 4, digits >= 6, letters + digits >= 8, letters + digits <= 30 else { return nil }
        if end < count, CharacterClasses.letterWidth(bytes, at: end) > 0 { return nil }
        return end
    }

    /// `1234 AB` or `1234AB`: four digits (not starting with 0) and two capitals.
    func postcodeEnd(at index: Int) -> Int? {
        guard index + 6 <= count, bytes[index] != UInt8(ascii: "0") else { return nil }
        for offset in 0..<4 where !CharacterClasses.isDigit(bytes[index + offset]) { return nil }
        var position = index + 4
        if bytes[position] == UInt8(ascii: " ") { position += 1 }
        guard position + 2 <= count, CharacterClasses.isASCIIUpper(bytes[position]),
            CharacterClasses.isASCIIUpper(bytes[position + 1])
        else { return nil }
        let end = position + 2
        guard end == count || CharacterClasses.letterWidth(bytes, at: end) == 0 && !CharacterClasses.isDigit(bytes[end])
        else { return nil }
        return end
    }

    /// `01-03-2026`, `1/3/26`, `1.3.2026`, `2026-03-01`.
    func numericDateEnd(at index: Int) -> Int? {
        var groups: [Int] = []
        var separator: UInt8 = 0
        var position = index
        while groups.count < 3 {
            let start = position
            while position < count, CharacterClasses.isDigit(bytes[position]) { position += 1 }
            groups.append(position - start)
            if groups.count == 3 { break }
            guard position + 1 < count, CharacterClasses.isDigit(bytes[position + 1]) else { return nil }
            let byte = bytes[position]
            guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") else {
                return nil
            }
            if separator == 0 { separator = byte } else if separator != byte { return nil }
            position += 1
        }
        if position < count,
            CharacterClasses.isDigit(bytes[position]) || CharacterClasses.letterWidth(bytes, at: position) > 0
        {
            return nil
        }
        let dayFirst = (1...2).contains(groups[0]) && (1...2).contains(groups[1]) && (groups[2] == 4 || groups[2] == 2)
        let isoDate = groups[0] == 4 && groups[1] == 2 && groups[2] == 2 && separator == UInt8(ascii: "-")
        return dayFirst || isoDate ? position : nil
    }

    /// `14 020`, `0800-1234`, `030 123 45 67`, `06-12345678`, `+31 6 12345678`.
    func phoneEnd(at index: Int) -> Int? {
        if CharacterClasses.hasPrefix(bytes, at: index, "14 0") {
            var position = index + 3
            let start = position
            while position < count, CharacterClasses.isDigit(bytes[position]) { position += 1 }
            let digits = position - start
            if (3...4).contains(digits), position == count || !CharacterClasses.isDigit(bytes[position]) {
                return position
            }
            return nil
        }
        let international = bytes[index] == UInt8(ascii: "+")
        guard international || bytes[index] == UInt8(ascii: "0"), index + 1 < count else { return nil }
        var position = international ? index + 1 : index
        // A phone number has at most 12 digits; stop there so long runs of digits stay linear.
        let count = min(self.count, index + 24)
        var digits = 0
        var end = index
        var leading: [UInt8] = []
        while position < count {
            let start = position
            while position < count, CharacterClasses.isDigit(bytes[position]) {
                if leading.count < 4 { leading.append(bytes[position]) }
                position += 1
            }
            guard position > start else { break }
            digits += position - start
            end = position
            guard position + 1 < count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "-"),
                CharacterClasses.isDigit(bytes[position + 1])
            else { break }
            position += 1
        }
        if end < count, CharacterClasses.letterWidth(bytes, at: end) > 0 { return nil }
        if international { return digits >= 10 && digits <= 12 ? end : nil }
        let serviceNumber = tokenizer.recognition.parts(.servicenummer).contains { leading.starts(with: $0.utf8) }
        if serviceNumber { return (8...11).contains(digits) ? end : nil }
        return digits == 10 ? end : nil
    }
}
