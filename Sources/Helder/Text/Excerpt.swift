/// Text shortened for display in a message or a report: on one line, cut at a phrase or word boundary
/// (never inside a word), the cut marked with `…`, and never ending inside a bracket or quotation it opened.
public enum Excerpt {
    /// The pairs of brackets and quotation marks an excerpt keeps balanced. A lone `’` is also an
    /// apostrophe (`zo’n`), so it counts as closing only after a `‘`.
    static let pairs: [(open: Character, close: Character)] = [("(", ")"), ("[", "]"), ("“", "”"), ("‘", "’")]

    /// `text` with runs of white space as one space, at most `limit` characters long: when it is longer it is
    /// cut after the last phrase boundary (`,` `;` `:` or a closing bracket) in the last third of the room, else
    /// after the last whole word, and `…` marks the cut. An opening bracket or quotation mark that the cut
    /// leaves unclosed goes with the words after it, and a closing one with nothing before it is dropped.
    public static func shortened(_ text: String, limit: Int) -> String {
        var characters: [Character] = []
        characters.reserveCapacity(text.count)
        for character in text {
            if character.isWhitespace {
                if let last = characters.last, last != " " { characters.append(" ") }
            } else {
                characters.append(character)
            }
        }
        while characters.last == " " { characters.removeLast() }
        dropLeadingClosers(&characters)
        let room = characters.count > limit ? max(1, limit - 1) : characters.count
        var kept = Array(characters[..<cutPosition(in: characters, room: room)])
        if kept.count < characters.count { trimEnd(&kept) }
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
        return kept.count < characters.count ? String(kept) + "…" : String(kept)
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
            if ",;:)]”".contains(characters[position - 1]) || characters[position + 1] == "(" {
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
        while let last = characters.last, " ,;:-–—(‘“[".contains(last) { characters.removeLast() }
    }

    /// Drops closing brackets with nothing before them (the start of a span that began inside brackets).
    private static func dropLeadingClosers(_ characters: inout [Character]) {
        while let first = characters.first, first == ")" || first == "]" || first == "”" {
            characters.removeFirst()
            while characters.first == " " { characters.removeFirst() }
        }
    }

    /// The index of the last opening bracket or quotation mark that is not closed after it.
    static func lastUnclosedOpener(in characters: [Character]) -> Int? {
        var open: [Int] = []
        for (index, character) in characters.enumerated() {
            if pairs.contains(where: { $0.open == character }) {
                open.append(index)
            } else if let pair = pairs.first(where: { $0.close == character }),
                let last = open.last, characters[last] == pair.open
            {
                open.removeLast()
            }
        }
        return open.last
    }
}
