/// The counts of a letter's prose and the figures computed from them.
///
/// Counts come first; every figure is a formula over these counts, so a reader of the JSON can
/// recompute each one. Only prose counts: body sentences and list items. Headings, the salutation,
/// the closing, address and signature lines are counted apart in `excludedUnits`.
public struct Metrics: Sendable, Equatable {
    /// Words read in prose sentences (abbreviations count as their full form's words).
    public var words = 0
    /// Prose sentences and list items with at least one word.
    public var sentences = 0
    /// Syllables of those words.
    public var syllables = 0
    /// Letters of those words.
    public var letters = 0
    /// Sentences longer than `ReadabilityConstants.longSentenceWords`.
    public var longSentences = 0
    /// Words in the longest sentence.
    public var longestSentenceWords = 0
    /// Words of `ReadabilityConstants.longWordSyllables` syllables or more.
    public var longWords = 0
    /// Words among the `ReadabilityConstants.frequentWordRank` most frequent Dutch words.
    public var frequentWords = 0
    /// Template placeholders, which are never counted as words.
    public var placeholders = 0
    /// Headings, salutation, closing, address and signature lines: text that is not counted as prose.
    public var excludedUnits = 0

    public init() {}

    /// Words per sentence.
    public var averageWordsPerSentence: Double? { sentences > 0 ? Double(words) / Double(sentences) : nil }
    /// Syllables per word.
    public var averageSyllablesPerWord: Double? { words > 0 ? Double(syllables) / Double(words) : nil }
    /// Letters per word.
    public var averageLettersPerWord: Double? { words > 0 ? Double(letters) / Double(words) : nil }
    /// Share (0–1) of words among the most frequent Dutch words.
    public var frequentWordShare: Double? { words > 0 ? Double(frequentWords) / Double(words) : nil }
    /// Share (0–1) of sentences that are long.
    public var longSentenceShare: Double? { sentences > 0 ? Double(longSentences) / Double(sentences) : nil }
    /// Flesch-Douma reading ease over these counts.
    public var fleschDouma: Double? {
        ReadabilityConstants.fleschDouma.score(words: words, sentences: sentences, syllables: syllables)
    }
    /// Brouwer's leesindex over these counts.
    public var brouwer: Double? {
        ReadabilityConstants.brouwer.score(words: words, sentences: sentences, syllables: syllables)
    }

    /// Douma's Dutch label for a Flesch-Douma score (`normaal`, `moeilijk` …).
    public static func fleschDoumaBand(_ score: Double) -> String {
        ReadabilityConstants.fleschDoumaBands.last { score >= $0.0 }?.1 ?? "zeer moeilijk"
    }
}
