/// Every constant the readability figures rest on, in one table with its source.
///
/// The JSON output carries `formulaVersion`; raise it whenever a value here changes, so a score
/// that moves between versions says why.
public enum ReadabilityConstants {
    /// Version of the formulas and thresholds below.
    public static let formulaVersion = "helder-2026.2"

    /// Flesch reading ease adapted to Dutch by W.H. Douma (1960):
    /// 206.835 − 0.93 × (words per sentence) − 77 × (syllables per word).
    /// Other implementations sometimes swap 0.93 and 77; a hand-computed test guards them.
    public static let fleschDouma = LinearReadabilityFormula(
        intercept: 206.835, perWordsPerSentence: 0.93, perSyllablesPerWord: 77)

    /// Leesindex of J.H. Brouwer (1963): 195 − 2 × (words per sentence) − 67 × (syllables per word).
    public static let brouwer = LinearReadabilityFormula(
        intercept: 195, perWordsPerSentence: 2, perSyllablesPerWord: 67)

    /// A sentence with more words than this is long (B1 guidance: 15 to 20 words at most).
    public static let longSentenceWords = 20
    /// A sentence with more words than this is very long.
    public static let veryLongSentenceWords = 30
    /// A word with at least this many syllables counts as a long word in the metrics.
    public static let longWordSyllables = 4
    /// A word with at least this many syllables is flagged when it is not a frequent word.
    public static let flaggedWordSyllables = 6
    /// A word with at least this many syllables is always flagged.
    public static let alwaysFlaggedWordSyllables = 8
    /// Words up to this frequency rank count as frequent ("among the 5,000 most used").
    public static let frequentWordRank = 5000
    /// Below this many words the level estimate is marked as uncertain.
    public static let minimumWordsForLevel = 100

    /// Douma's bands for Flesch-Douma scores, lowest first: (lower bound, Dutch label).
    public static let fleschDoumaBands: [(Double, String)] = [
        (-Double.infinity, "zeer moeilijk"), (30, "moeilijk"), (45, "tamelijk moeilijk"), (60, "normaal"),
        (70, "tamelijk gemakkelijk"), (80, "gemakkelijk"), (90, "zeer gemakkelijk"),
    ]
}

/// A readability formula of the form `intercept − a × words/sentence − b × syllables/word`.
public struct LinearReadabilityFormula: Sendable, Equatable {
    public var intercept: Double
    public var perWordsPerSentence: Double
    public var perSyllablesPerWord: Double

    /// The score for the given counts; nil without words or sentences.
    public func score(words: Int, sentences: Int, syllables: Int) -> Double? {
        guard words > 0, sentences > 0 else { return nil }
        let wordsPerSentence = Double(words) / Double(sentences)
        let syllablesPerWord = Double(syllables) / Double(words)
        return intercept - perWordsPerSentence * wordsPerSentence - perSyllablesPerWord * syllablesPerWord
    }
}
