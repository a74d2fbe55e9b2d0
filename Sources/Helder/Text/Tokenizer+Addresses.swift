/// Web addresses, e-mail addresses, law references, abbreviations and initials.
extension TokenScan {
    /// Characters that end a URL when they stand at its end (`zie www.lindewaard.nl.`).
    private static func isTrailingURLPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
            UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            return true
        default:
            return false
        }
    }

    /// `http://…`, `https://…` or `www.…` up to white space, without trailing punctuation.
    func urlEnd(at index: Int) -> Int? {
        guard
            CharacterClasses.hasPrefix(bytes, at: index, "http://")
                || CharacterClasses.hasPrefix(bytes, at: index, "https://")
                || CharacterClasses.hasPrefix(bytes, at: index, "www.")
        else { return nil }
        return trimmedAddressEnd(from: index)
    }

    private func trimmedAddressEnd(from index: Int) -> Int {
        var end = index
        while end < count, bytes[end] > 0x20, bytes[end] != 0xE2, bytes[end] != 0xC2 { end += 1 }
        while end > index + 1, Self.isTrailingURLPunctuation(bytes[end - 1]) { end -= 1 }
        return end
    }

    /// `naam@domein.nl`.
    func emailEnd(at index: Int) -> Int? {
        // The local part of an address is at most 64 bytes; looking further would make long runs quadratic.
        var position = index
        let limit = min(count, index + 64)
        while position < limit, Self.isEmailLocal(bytes[position]) { position += 1 }
        guard position > index, position < count, bytes[position] == UInt8(ascii: "@") else { return nil }
        let domainStart = position + 1
        let end = domainEnd(from: domainStart)
        guard end > domainStart else { return nil }
        return end
    }

    private static func isEmailLocal(_ byte: UInt8) -> Bool {
        CharacterClasses.isASCIILetter(byte) || CharacterClasses.isDigit(byte)
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "%")
    }

    /// The end of a domain name with at least two labels starting at `start`, or `start` when there is none.
    private func domainEnd(from start: Int) -> Int {
        // A domain name is at most 253 bytes.
        let count = min(self.count, start + 253)
        var position = start
        var labels = 0
        var lastGood = start
        while position < count {
            let labelStart = position
            while position < count,
                CharacterClasses.isASCIILetter(bytes[position]) || CharacterClasses.isDigit(bytes[position])
                    || bytes[position] == UInt8(ascii: "-")
            {
                position += 1
            }
            guard position > labelStart else { break }
            labels += 1
            if labels >= 2 { lastGood = position }
            guard position + 1 < count, bytes[position] == UInt8(ascii: "."),
                CharacterClasses.isASCIILetter(bytes[position + 1]) || CharacterClasses.isDigit(bytes[position + 1])
            else { break }
            position += 1
        }
        return lastGood
    }

    /// A web address without `http` or `www`: `lindewaard.nl/bijstand`, when its last label is a known top-level domain.
    mutating func bareDomainEnd(at index: Int) -> Int? {
        let end = domainEnd(from: index)
        guard end > index else { return nil }
        var lastDot = end - 1
        while lastDot > index, bytes[lastDot] != UInt8(ascii: ".") { lastDot -= 1 }
        guard lastDot > index else { return nil }
        let isDomain = withFolded(lastDot + 1, end) { tokenizer, folded in
            tokenizer.recognition.contains(folded: folded, as: .topdomein)
        }
        guard isDomain else { return nil }
        if end < count, bytes[end] == UInt8(ascii: "/") { return trimmedAddressEnd(from: index) }
        return end
    }

    /// `artikel 17, lid 2, van de Participatiewet`, `art. 4:8 Awb`, `artikel 58 lid 1 onder a`.
    mutating func lawReferenceEnd(at index: Int) -> Int? {
        // Cheap rejection: the word must start like one of the listed starters (`artikel`, `art.`).
        guard tokenizer.recognition.mayStartLawReference(bytes[index]) else { return nil }
        let starterEnd = wordOrDottedEnd(at: index)
        let isStarter = withFolded(index, starterEnd) { tokenizer, folded in
            tokenizer.recognition.contains(folded: folded, as: .wetsartikel)
        }
        guard isStarter, let numberEnd = articleNumberEnd(afterSpaceFrom: starterEnd) else { return nil }
        var end = numberEnd
        // Parts: `, lid 2`, ` onder a`, `, sub b`.
        while true {
            var position = end
            if position < count, bytes[position] == UInt8(ascii: ",") { position += 1 }
            guard let wordStart = skipInlineSpace(from: position),
                CharacterClasses.letterWidth(bytes, at: wordStart) > 0
            else { break }
            let wordEnd = self.wordEnd(at: wordStart)
            let isPart = withFolded(wordStart, wordEnd) { tokenizer, folded in
                tokenizer.recognition.contains(folded: folded, as: .wetsdeel)
            }
            guard isPart, let partEnd = partLabelEnd(afterSpaceFrom: wordEnd) else { break }
            end = partEnd
        }
        // The law: `Awb`, `Participatiewet`, or `van de Participatiewet`.
        var position = end
        if position < count, bytes[position] == UInt8(ascii: ",") { position += 1 }
        guard var wordStart = skipInlineSpace(from: position), CharacterClasses.letterWidth(bytes, at: wordStart) > 0
        else {
            return end
        }
        for connector in tokenizer.recognition.parts(.wetsverbinding) where hasWords(connector, at: wordStart) {
            guard let next = skipInlineSpace(from: wordStart + connector.utf8.count) else { return end }
            wordStart = next
            break
        }
        let lawEnd = self.wordEnd(at: wordStart)
        guard lawEnd > wordStart else { return end }
        let isLaw = withFolded(wordStart, lawEnd) { tokenizer, folded in
            tokenizer.recognition.contains(folded: folded, as: .wet)
                || tokenizer.recognition.parts(.wetsuffix).contains { suffix in
                    folded.count > suffix.utf8.count && folded.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
                }
        }
        return isLaw ? lawEnd : end
    }

    /// Whether the lower-case ASCII words `phrase` stand at `index`, followed by a space.
    private func hasWords(_ phrase: String, at index: Int) -> Bool {
        let utf8 = Array(phrase.utf8)
        guard index + utf8.count < count else { return false }
        for (offset, byte) in utf8.enumerated() where bytes[index + offset] | 0x20 != byte {
            return false
        }
        return bytes[index + utf8.count] == UInt8(ascii: " ")
    }

    /// A word, including a final dot when the word plus dot is a listed abbreviation (`art.`).
    private mutating func wordOrDottedEnd(at index: Int) -> Int {
        let end = wordEnd(at: index)
        if end < count, bytes[end] == UInt8(ascii: ".") {
            let dotted = withFolded(index, end + 1) { tokenizer, folded in
                tokenizer.abbreviations.index(ofFolded: folded) != nil
            }
            if dotted { return end + 1 }
        }
        return end
    }

    /// The first non-space position after at most one run of spaces on the same line, if there is a space.
    private func skipInlineSpace(from position: Int) -> Int? {
        var position = position
        var skipped = false
        while position < count, bytes[position] == UInt8(ascii: " ") || bytes[position] == 0x09 {
            position += 1
            skipped = true
        }
        if !skipped, position + 1 < count, bytes[position] == 0xC2, bytes[position + 1] == 0xA0 {
            position += 2
            skipped = true
        }
        return skipped && position < count ? position : nil
    }

    /// After a space: an article number such as `17`, `17a`, `4:8`, `7.2.1`.
    private func articleNumberEnd(afterSpaceFrom position: Int) -> Int? {
        guard let start = skipInlineSpace(from: position), CharacterClasses.isDigit(bytes[start]) else { return nil }
        var end = start
        while end < count {
            if CharacterClasses.isDigit(bytes[end]) {
                end += 1
            } else if bytes[end] == UInt8(ascii: ":") || bytes[end] == UInt8(ascii: "."),
                end + 1 < count, CharacterClasses.isDigit(bytes[end + 1])
            {
                end += 1
            } else {
                break
            }
        }
        // A letter suffix: 18a, 17b (but not a following word).
        if end < count, bytes[end] >= UInt8(ascii: "a"), bytes[end] <= UInt8(ascii: "z"),
            end + 1 == count || CharacterClasses.letterWidth(bytes, at: end + 1) == 0
        {
            end += 1
        }
        return end
    }

    /// After a space: a part label such as `2`, `a` or `3b`.
    private func partLabelEnd(afterSpaceFrom position: Int) -> Int? {
        if let numberEnd = articleNumberEnd(afterSpaceFrom: position) { return numberEnd }
        guard let start = skipInlineSpace(from: position) else { return nil }
        let byte = bytes[start]
        guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z"),
            start + 1 == count || CharacterClasses.letterWidth(bytes, at: start + 1) == 0
        else { return nil }
        return start + 1
    }

    /// A listed abbreviation starting at `index` (`bijv.`, `d.w.z.`, `t/m`): its end and whether it may end a sentence.
    mutating func abbreviationEnd(at index: Int) -> (Int, Bool)? {
        let limit = min(count, index + tokenizer.abbreviations.longest)
        var runEnd = index
        while runEnd < limit {
            let letter = CharacterClasses.letterWidth(bytes, at: runEnd)
            if letter > 0 {
                runEnd += letter
            } else if bytes[runEnd] == UInt8(ascii: ".") || bytes[runEnd] == UInt8(ascii: "/") {
                runEnd += 1
            } else {
                break
            }
        }
        var end = runEnd
        while end > index {
            let last = bytes[end - 1]
            let boundary = end == count || CharacterClasses.letterWidth(bytes, at: end) == 0
            if last == UInt8(ascii: ".") || (boundary && last != UInt8(ascii: "/")) {
                if let entry = withFolded(
                    index, end, { tokenizer, folded in tokenizer.abbreviations.index(ofFolded: folded) })
                {
                    // A word that merely ends a sentence (`…nr.`) is fine too: the lexicon lists what it means.
                    if last == UInt8(ascii: ".") || boundary {
                        return (end, tokenizer.abbreviations.entries[entry].mayEndSentence)
                    }
                }
            }
            // Step back by whole scalars, never into the middle of one.
            end -= 1
            while end > index, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        }
        return nil
    }

    /// Initials of a name: `M.A.` or `J.` (capital letters, each followed by a dot).
    func initialsEnd(at index: Int) -> Int? {
        var position = index
        while position + 1 < count, CharacterClasses.isASCIIUpper(bytes[position]) || bytes[position] >= 0xC0,
            CharacterClasses.isUpper(bytes, at: position)
        {
            let width = CharacterClasses.letterWidth(bytes, at: position)
            guard width > 0, position + width < count, bytes[position + width] == UInt8(ascii: ".") else { break }
            position += width + 1
            if position < count, CharacterClasses.letterWidth(bytes, at: position) > 0,
                !CharacterClasses.isUpper(bytes, at: position)
            {
                return nil
            }
        }
        return position > index ? position : nil
    }
}
