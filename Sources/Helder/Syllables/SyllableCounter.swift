/// Counts the spoken syllables of a Dutch word by its vowel groups.
///
/// A Dutch syllable has one vowel nucleus. Letters `a e i o u y` (with accents) form vowel runs,
/// `ij` counts as one vowel, and each run is split into nuclei by the digraphs and trigraphs of
/// Dutch spelling (`aa`, `ie`, `ui`, `ooi`, `eeu` …); letters that form no digraph stand in hiatus
/// (`i-de-aal`, `si-tu-a-tie`), and a trema always starts a new nucleus (`ge-ïn-for-meerd`).
/// Words the rules get wrong (mostly loanwords such as `website`) are listed in
/// `Lexicons/lettergrepen.tsv`; a compound ending in such a word (`gemeentewebsite`) uses it too.
public struct SyllableCounter: Sendable {
    private let exceptions: SyllableExceptions

    /// A counter that consults `exceptions` before its rules.
    public init(exceptions: SyllableExceptions) {
        self.exceptions = exceptions
    }

    /// The number of syllables in `word` as written (any case, NFC or NFD); at least 1.
    public func count(_ word: String) -> Int {
        var word = WordFolding.fold(word)
        return word.withUTF8 { countFolded($0) }
    }

    /// The number of syllables in a word already folded by `WordFolding` (lowercase, NFC); at least 1.
    ///
    /// Hyphens and apostrophes separate parts that are counted on their own (`re-integratie`, `auto's`).
    func countFolded(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        if let known = exceptions.syllables(forFolded: word) { return known }
        var total = 0
        var partStart = 0
        var index = 0
        var sawSeparator = false
        while index <= word.count {
            let atEnd = index == word.count
            if atEnd || word[index] == UInt8(ascii: "-") || word[index] == UInt8(ascii: "'") {
                if partStart < index {
                    let part = UnsafeBufferPointer(rebasing: word[partStart..<index])
                    total += sawSeparator || !atEnd || partStart > 0 ? countPart(part) : countRules(part)
                }
                sawSeparator = !atEnd || sawSeparator
                partStart = index + 1
            }
            index += 1
        }
        return max(1, total)
    }

    /// One hyphen-free part: the exceptions lexicon (whole part, then a listed word at its end), else the rules.
    private func countPart(_ part: UnsafeBufferPointer<UInt8>) -> Int {
        if let known = exceptions.syllables(forFolded: part) { return known }
        return countRules(part)
    }

    private func countRules(_ part: UnsafeBufferPointer<UInt8>) -> Int {
        if let compound = exceptions.compoundEnding(in: part) {
            let head = UnsafeBufferPointer(rebasing: part[0..<compound.headLength])
            return Self.countByRules(head) + compound.syllables
        }
        return Self.countByRules(part)
    }

    /// The vowel-group rules alone, on folded UTF-8 without separators. May return 0 (no vowel).
    static func countByRules(_ part: UnsafeBufferPointer<UInt8>) -> Int {
        withUnsafeTemporaryAllocation(of: Letter.self, capacity: part.count) { letters in
            var length = 0
            var index = 0
            while index < part.count {
                let (scalar, width) = decodeScalar(part, at: index)
                index += width
                if scalar >= 0x300 && scalar <= 0x36F {
                    // A combining mark left over after folding: a diaeresis makes the previous vowel a trema.
                    if scalar == 0x308, length > 0, letters[length - 1].vowel != 0 {
                        letters[length - 1].trema = true
                    }
                    continue
                }
                if scalar == 0x133 {
                    // The ligature ĳ is i + j (vrĳe = vrij-e), and takes two bytes, so two letters fit.
                    letters[length] = Letter(UInt32(UInt8(ascii: "i")))
                    letters[length + 1] = Letter(UInt32(UInt8(ascii: "j")))
                    length += 2
                    continue
                }
                letters[length] = Letter(scalar)
                length += 1
            }
            return countNuclei(UnsafeMutableBufferPointer(rebasing: letters[0..<length]))
        }
    }

    private static func countNuclei(_ letters: UnsafeMutableBufferPointer<Letter>) -> Int {
        let count = letters.count
        // `ij` is one vowel; `y` before a vowel at the start is a consonant (yoga); `u` after `q` is silent.
        for index in 0..<count {
            let letter = letters[index]
            if letter.base == UInt8(ascii: "j"), index > 0, letters[index - 1].base == UInt8(ascii: "i"),
                !letters[index - 1].trema
            {
                letters[index].vowel = 1
            }
            if letter.base == UInt8(ascii: "y"), index == 0, count > 1, letters[1].vowel != 0 {
                letters[index].vowel = 0
            }
            if letter.base == UInt8(ascii: "u"), index > 0, letters[index - 1].base == UInt8(ascii: "q") {
                letters[index].vowel = 0
            }
            if isGlide(letters, at: index) { letters[index].vowel = 0 }
        }
        var nuclei = 0
        var index = 0
        while index < count {
            guard letters[index].vowel != 0 else {
                index += 1
                continue
            }
            var end = index
            while end < count, letters[end].vowel != 0 { end += 1 }
            nuclei += nucleiInRun(letters, from: index, to: end)
            index = end
        }
        return nuclei
    }

    /// Whether the `i` at `index` is spoken as a glide (/sj/, /tsj/) rather than a vowel of its own:
    /// `so-ciaal`, `fi-nan-cieel`, `pa-tiënt`, `sta-tion`, `pen-sioen`. Spoken Dutch has one syllable there,
    /// although hyphenation splits it (`so-ci-aal`).
    private static func isGlide(_ letters: UnsafeMutableBufferPointer<Letter>, at index: Int) -> Bool {
        guard letters[index].base == UInt8(ascii: "i"), !letters[index].trema, index > 0, index + 1 < letters.count
        else { return false }
        let before = letters[index - 1].base
        let next = letters[index + 1]
        guard next.vowel != 0 else { return false }
        let afterNext = index + 2 < letters.count ? letters[index + 2] : nil
        switch before {
        case UInt8(ascii: "c"), UInt8(ascii: "t"):
            // Not before a plain `e` (`ie` is a vowel of its own: po-li-tie), but before `ee`, `ë`, `eu`, a, o, u.
            if next.base == UInt8(ascii: "e"), !next.trema {
                return afterNext?.base == UInt8(ascii: "e") || afterNext?.base == UInt8(ascii: "u")
            }
            return next.base == UInt8(ascii: "a") || next.base == UInt8(ascii: "o") || next.base == UInt8(ascii: "u")
                || next.base == UInt8(ascii: "e")
        case UInt8(ascii: "s"):
            // pen-sioen, vi-sioen, but not a-si-aat.
            return next.base == UInt8(ascii: "o") && index >= 2
        default:
            return false
        }
    }

    /// Splits the vowel run `letters[start..<end]` into nuclei, longest spelling unit first.
    private static func nucleiInRun(_ letters: UnsafeMutableBufferPointer<Letter>, from start: Int, to end: Int) -> Int
    {
        var nuclei = 0
        var index = start
        while index < end {
            nuclei += 1
            let remaining = end - index
            if remaining >= 3, !letters[index + 1].trema, !letters[index + 2].trema,
                isTrigraph(letters, at: index, runEnd: end)
            {
                index += 3
            } else if remaining >= 2, !letters[index + 1].trema,
                isDigraph(letters[index].base, letters[index + 1].base, letters, at: index)
            {
                index += 2
            } else {
                index += 1
            }
        }
        return nuclei
    }

    private static func isTrigraph(_ letters: UnsafeMutableBufferPointer<Letter>, at index: Int, runEnd: Int) -> Bool {
        let a = letters[index].base
        let b = letters[index + 1].base
        let c = letters[index + 2].base
        switch (a, b, c) {
        case (0x61, 0x61, 0x69), (0x6F, 0x6F, 0x69), (0x6F, 0x65, 0x69), (0x65, 0x65, 0x75):
            return true  // aai, ooi, oei, eeu
        case (0x69, 0x65, 0x75):
            // ieu is one sound before w or at the end (nieuw, milieu), but i-eu in serieus.
            let next = index + 3
            return next == letters.count || letters[next].base == UInt8(ascii: "w")
        case (0x65, 0x61, 0x75):
            // eau (bureau, niveau), except after the prefixes ge- and be- (ge-au-to-ma-ti-seerd).
            let prefixed = index == 1 && (letters[0].base == UInt8(ascii: "g") || letters[0].base == UInt8(ascii: "b"))
            return !prefixed
        default:
            return false
        }
    }

    private static func isDigraph(_ a: UInt8, _ b: UInt8, _ letters: UnsafeMutableBufferPointer<Letter>, at index: Int)
        -> Bool
    {
        switch (a, b) {
        case (0x61, 0x61), (0x65, 0x65), (0x6F, 0x6F), (0x75, 0x75),  // aa ee oo uu
            (0x69, 0x65), (0x6F, 0x65), (0x75, 0x69), (0x65, 0x69),  // ie oe ui ei
            (0x69, 0x6A), (0x6F, 0x75), (0x61, 0x75),  // ij ou au
            (0x61, 0x69), (0x6F, 0x69), (0x61, 0x79), (0x65, 0x79), (0x6F, 0x79), (0x75, 0x79):  // ai oi ay ey oy uy
            return true
        case (0x65, 0x75):
            // eu, except the Latin ending -eum (mu-se-um, ju-bi-le-um).
            let next = index + 2
            let latinEnding = next == letters.count - 1 && letters[next].base == UInt8(ascii: "m")
            return !latinEnding
        default:
            return false
        }
    }

    /// One letter reduced to what the rules need: its base letter, whether it is a vowel, and a trema.
    struct Letter {
        var base: UInt8
        var vowel: UInt8
        var trema: Bool

        init(_ scalar: UInt32) {
            let (base, trema) = Self.baseLetter(scalar)
            self.base = base
            self.trema = trema
            switch base {
            case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: vowel = 1  // a e i o u y
            default: vowel = 0
            }
        }

        /// The unaccented ASCII letter for `scalar`, and whether it carries a diaeresis.
        static func baseLetter(_ scalar: UInt32) -> (UInt8, Bool) {
            if scalar < 0x80 { return (UInt8(scalar), false) }
            switch scalar {
            case 0xE0, 0xE1, 0xE2, 0xE3, 0xE5: return (0x61, false)
            case 0xE4: return (0x61, true)
            case 0xE8, 0xE9, 0xEA: return (0x65, false)
            case 0xEB: return (0x65, true)
            case 0xEC, 0xED, 0xEE: return (0x69, false)
            case 0xEF: return (0x69, true)
            case 0xF2, 0xF3, 0xF4, 0xF5: return (0x6F, false)
            case 0xF6: return (0x6F, true)
            case 0xF9, 0xFA, 0xFB: return (0x75, false)
            case 0xFC: return (0x75, true)
            case 0xFD: return (0x79, false)
            case 0xFF: return (0x79, true)
            default: return (0x78, false)  // any other letter: a consonant
            }
        }
    }
}
