/// The counts a reader's effort is measured in, for one token.
public struct WordMeasure: Sendable, Equatable {
    /// Words a reader reads in the token: 1 for a word, the full form's words for `d.w.z.`, each word of a law reference.
    public var words: UInt16 = 0
    /// Syllables of those words.
    public var syllables: UInt16 = 0
    /// Letters of those words (without hyphens and apostrophes).
    public var letters: UInt16 = 0
    /// How many of those words are among the most frequent Dutch words.
    public var frequentWords: UInt16 = 0
    /// How many of those words have `ReadabilityConstants.longWordSyllables` syllables or more.
    public var longWords: UInt16 = 0

    public init() {}

    mutating func add(_ other: WordMeasure) {
        words &+= other.words
        syllables &+= other.syllables
        letters &+= other.letters
        frequentWords &+= other.frequentWords
        longWords &+= other.longWords
    }
}

/// Measures words: syllables from the `SyllableCounter`, frequency from the `FrequencyLexicon`.
struct WordMeasurer: Sendable {
    let lexicons: LexiconSet
    let syllables: SyllableCounter
    /// The measure of each abbreviation's full form, by its index in the abbreviation lexicon.
    private let abbreviationMeasures: [WordMeasure]

    init(lexicons: LexiconSet) {
        let counter = SyllableCounter(exceptions: lexicons.syllableExceptions)
        self.lexicons = lexicons
        self.syllables = counter
        var measures: [WordMeasure] = []
        for entry in lexicons.abbreviations.entries {
            var total = WordMeasure()
            for word in entry.expansion.split(separator: " ") {
                var text = String(word)
                text.withUTF8 { bytes in
                    total.add(
                        Self.measureFolded(WordFolding.fold(String(decoding: bytes, as: UTF8.self)), lexicons, counter))
                }
            }
            measures.append(total)
        }
        abbreviationMeasures = measures
    }

    /// Per-document state: a folding buffer and the measures of words already seen.
    ///
    /// Dutch text repeats its words (a letter of 1,000 words has some 400 different ones), so one hash
    /// lookup usually replaces folding, counting syllables and looking up the frequency.
    struct Workspace {
        var buffer = FoldBuffer()
        var seen = ByteKeyTable<KnownWord>(minimumCapacity: 1024)
    }

    /// What the workspace remembers of a word.
    struct KnownWord: Sendable {
        var measure: WordMeasure
        /// Its id in the phrase vocabulary, -1 when no pattern uses it.
        var phraseWord: Int32
        /// Its classes for the grammar checks.
        var classes: WordClasses = []
    }

    /// The measure of `token` and its id in the phrase vocabulary (-1 when no pattern uses it).
    func identify(_ token: Token, in text: UnsafeBufferPointer<UInt8>, workspace: inout Workspace) -> KnownWord {
        let bytes = UnsafeBufferPointer(rebasing: text[token.range])
        switch token.kind {
        case .word:
            return knownWord(bytes, workspace: &workspace)
        case .abbreviation:
            let vocabulary = lexicons.phrases.vocabulary
            let (index, phraseWord) = workspace.buffer.fold(bytes) {
                (lexicons.abbreviations.index(ofFolded: $0), vocabulary.id(ofFolded: $0))
            }
            return KnownWord(measure: index.map { abbreviationMeasures[$0] } ?? WordMeasure(), phraseWord: phraseWord)
        case .lawReference:
            return KnownWord(measure: measureLawReference(bytes, workspace: &workspace), phraseWord: -1)
        default:
            return KnownWord(measure: WordMeasure(), phraseWord: -1)
        }
    }

    /// Each word inside a law reference, with `art.` read as `artikel`.
    private func measureLawReference(_ bytes: UnsafeBufferPointer<UInt8>, workspace: inout Workspace) -> WordMeasure {
        var total = WordMeasure()
        var index = 0
        while index < bytes.count {
            guard CharacterClasses.letterWidth(bytes, at: index) > 0 else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, CharacterClasses.letterWidth(bytes, at: end) > 0 {
                end += CharacterClasses.letterWidth(bytes, at: end)
            }
            if end < bytes.count, bytes[end] == UInt8(ascii: ".") {
                let dotted = UnsafeBufferPointer(rebasing: bytes[index...end])
                if let entry = workspace.buffer.fold(dotted, { lexicons.abbreviations.index(ofFolded: $0) }) {
                    total.add(abbreviationMeasures[entry])
                    index = end + 1
                    continue
                }
            }
            // Single letters (`lid 1 onder a`) are labels, not words.
            if end - index > 1 {
                total.add(knownWord(UnsafeBufferPointer(rebasing: bytes[index..<end]), workspace: &workspace).measure)
            }
            index = end
        }
        return total
    }

    /// One word as written, from the workspace when it was seen before.
    private func knownWord(_ bytes: UnsafeBufferPointer<UInt8>, workspace: inout Workspace) -> KnownWord {
        workspace.buffer.fold(bytes) { folded in
            if let known = workspace.seen.value(for: folded) { return known }
            let known = KnownWord(
                measure: Self.measureFolded(folded, lexicons, syllables),
                phraseWord: lexicons.phrases.vocabulary.id(ofFolded: folded),
                classes: lexicons.recognition.classes(ofFolded: folded))
            workspace.seen.insert(folded, value: known)
            return known
        }
    }

    /// A folded word's measure, from the rules and lexicons.
    static func measureFolded(_ word: String, _ lexicons: LexiconSet, _ syllables: SyllableCounter) -> WordMeasure {
        var word = word
        return word.withUTF8 { measureFolded($0, lexicons, syllables) }
    }

    /// A folded word's measure, from the rules and lexicons.
    static func measureFolded(
        _ folded: UnsafeBufferPointer<UInt8>, _ lexicons: LexiconSet, _ syllables: SyllableCounter
    )
        -> WordMeasure
    {
        var measure = WordMeasure()
        measure.words = 1
        let count = syllables.countFolded(folded)
        measure.syllables = UInt16(clamping: count)
        measure.letters = UInt16(clamping: letterCount(folded))
        if count >= ReadabilityConstants.longWordSyllables { measure.longWords = 1 }
        let rank = lexicons.frequency.rank(ofFolded: folded) ?? compoundRank(folded, lexicons: lexicons)
        if let rank, rank <= ReadabilityConstants.frequentWordRank { measure.frequentWords = 1 }
        return measure
    }

    /// A hyphenated compound not listed as a whole takes the rank of its rarest part (`e-mailadres`).
    private static func compoundRank(_ folded: UnsafeBufferPointer<UInt8>, lexicons: LexiconSet) -> Int? {
        guard folded.contains(UInt8(ascii: "-")) else { return nil }
        var worst = 0
        for part in folded.split(separator: UInt8(ascii: "-")) {
            guard let rank = lexicons.frequency.rank(ofFolded: UnsafeBufferPointer(rebasing: part)) else { return nil }
            worst = max(worst, rank)
        }
        return worst > 0 ? worst : nil
    }

    /// Letters in a folded word: scalars other than hyphens, apostrophes and combining marks.
    static func letterCount(_ folded: UnsafeBufferPointer<UInt8>) -> Int {
        var letters = 0
        for byte in folded where byte & 0xC0 != 0x80 && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "'") {
            letters += 1
        }
        return letters
    }
}
