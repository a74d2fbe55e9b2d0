/// Text shortened for display in a message or a report: on one line, cut at a phrase or word boundary
/// (never inside a word), the cut marked with `…`, and never ending inside a bracket or quotation it opened.
public enum Excerpt {

    /// `text` with runs of white space as one space, at most `limit` characters long: when it is longer it is
    /// cut after the last phrase boundary (`,` `;` `:` or a closing bracket) in the last third of the room, else
    /// after the last whole word, and `…` marks the cut. An opening bracket or quotation mark that the cut
    /// leaves unclosed goes with the words after it, and a closing one with nothing before it is dropped.
    /// `more` says that `text` is only the start of the text to shorten, and more than white space follows.
    public static func shortened(_ text: String, limit: Int, more followed: Bool = false) -> String {
        if !followed, isPlain(text, limit: limit) { return text }
        // Only the start of a long text can be shown: read a few characters past the limit (the cut looks one
        // character beyond its room), then only whether anything but white space follows.
        let window = limit + 8
        var characters: [Character] = []
        characters.reserveCapacity(min(text.utf8.count, window + 1))
        var more = followed
        // Reading scalars is much cheaper than finding grapheme clusters; where every scalar is a character
        // of its own (letters with precomposed accents, general punctuation), both give the same characters.
        func add(_ character: Character, whitespace: Bool) -> Bool {
            if characters.count > window {
                if !whitespace {
                    more = true
                    return false
                }
                return true
            }
            if whitespace {
                if let last = characters.last, last != " " { characters.append(" ") }
            } else {
                characters.append(character)
            }
            return true
        }
        var simple = true
        for scalar in text.unicodeScalars {
            guard isOwnCharacter(scalar) else {
                simple = false
                break
            }
            if !add(Character(scalar), whitespace: isWhitespace(scalar)) { break }
        }
        if !simple {
            characters.removeAll(keepingCapacity: true)
            more = followed
            for character in text where !add(character, whitespace: isWhitespace(character.unicodeScalars.first!)) {
                break
            }
        }
        while characters.last == " " { characters.removeLast() }
        dropLeadingClosers(&characters)
        let room = more || characters.count > limit ? max(1, limit - 1) : characters.count
        var kept = Array(characters[..<cutPosition(in: characters, room: room)])
        let cut = more || kept.count < characters.count
        if cut { trimEnd(&kept) }
        // An opening bracket or quotation mark left open: cut before it, unless that leaves too little.
        while let opener = lastUnclosedOpener(in: kept) {
            if opener >= room / 3 {
                kept.removeSubrange(opener...)
            } else {
                kept.remove(at: opener)
            }
            trimEnd(&kept)
        }
        if kept.isEmpty { kept = Array(characters[..<room]) }
        return more || kept.count < characters.count ? String(kept) + "…" : String(kept)
    }

    /// Unicode's White_Space property (what `Character.isWhitespace` asks of a character's first scalar),
    /// without the property lookup.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Whether a scalar always forms a character on its own: below the combining marks (U+0300), general
    /// punctuation without the zero-width and separator characters, and the euro sign.
    static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x20AC: true
        default: false
        }
    }

    /// Whether `text` needs no work: at most `limit` bytes (so at most as many characters), single spaces
    /// between words and no other white space, no bracket or quotation mark, and only ASCII or two-byte
    /// letters (`é`; the lead byte 0xC2, which starts a no-break space, and longer sequences, which hold the
    /// typographic quotation marks, take the careful way). Most excerpts are one word or a short phrase.
    static func isPlain(_ text: String, limit: Int) -> Bool {
        let utf8 = text.utf8
        guard utf8.count <= limit, let first = utf8.first, let last = utf8.last, first != 0x20, last != 0x20 else {
            return false
        }
        var previous: UInt8 = 0
        for byte in utf8 {
            switch byte {
            case 0x20: if previous == 0x20 { return false }
            case 0..<0x20, 0x28, 0x29, 0x5B, 0x5D, 0x7F, 0xC2, 0xE0...0xFF: return false
            default: break
            }
            previous = byte
        }
        return true
    }

    /// Where to cut `characters` so that at most `room` remain: after a phrase boundary in the last third
    /// of the room, else at the last space in the second half, else (one long word) at `room`.
    private static func cutPosition(in characters: [Character], room: Int) -> Int {
        guard room < characters.count else { return characters.count }
        // A cut at `position` keeps characters[..<position]; it falls on a word boundary when the character
        // there is a space.
        var lastSpace: Int?
        var lastPhrase: Int?
        for position in 1...room where characters[position] == " " {
            lastSpace = position
            if isPhraseEnd(characters[position - 1]) || characters[position + 1] == "(" {
                lastPhrase = position
            }
        }
        if let lastPhrase, lastPhrase >= room * 2 / 3 { return lastPhrase }
        if let lastSpace, lastSpace >= room / 2 { return lastSpace }
        return room
    }

    /// Removes trailing spaces and the punctuation that cannot end a cut text (`,` `;` `:` dashes, an
    /// opening bracket or quotation mark).
    private static func trimEnd(_ characters: inout [Character]) {
        while let last = characters.last, cannotEnd(last) { characters.removeLast() }
    }

    /// The one Unicode scalar of a character, or nil for a cluster of several (a letter with a combining
    /// accent is never one of the marks below). Comparing scalars is much cheaper than comparing characters.
    private static func scalar(_ character: Character) -> UInt32? {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else {
            return nil
        }
        return first.value
    }

    /// `,` `;` `:` or a closing bracket or quotation mark: a phrase ends there.
    private static func isPhraseEnd(_ character: Character) -> Bool {
        switch scalar(character) {
        case 0x2C, 0x3B, 0x3A, 0x29, 0x5D, 0x201D: true
        default: false
        }
    }

    /// A space, `,` `;` `:`, a dash, or an opening bracket or quotation mark: a cut text cannot end on it.
    private static func cannotEnd(_ character: Character) -> Bool {
        switch scalar(character) {
        case 0x20, 0x2C, 0x3B, 0x3A, 0x2D, 0x2013, 0x2014, 0x28, 0x2018, 0x201C, 0x5B: true
        default: false
        }
    }

    /// Drops closing brackets with nothing before them (the start of a span that began inside brackets).
    private static func dropLeadingClosers(_ characters: inout [Character]) {
        while let first = characters.first, first == ")" || first == "]" || first == "”" {
            characters.removeFirst()
            while characters.first == " " { characters.removeFirst() }
        }
    }

    /// The index of the last opening bracket or quotation mark that is not closed after it: the pairs `( )`,
    /// `[ ]`, `“ ”` and `‘ ’`. A lone `’` is also an apostrophe (`zo’n`), so it closes only after a `‘`.
    static func lastUnclosedOpener(in characters: [Character]) -> Int? {
        var open: [(index: Int, scalar: UInt32)] = []
        for (index, character) in characters.enumerated() {
            guard let value = scalar(character) else { continue }
            switch value {
            case 0x28, 0x5B, 0x201C, 0x2018:  // ( [ “ ‘
                open.append((index, value))
            case 0x29, 0x5D, 0x201D, 0x2019:  // ) ] ” ’
                let opener: UInt32 =
                    switch value {
                    case 0x29: 0x28
                    case 0x5D: 0x5B
                    case 0x201D: 0x201C
                    default: 0x2018
                    }
                if let last = open.last, last.scalar == opener { open.removeLast() }
            default: break
            }
        }
        return open.last?.index
    }
}
