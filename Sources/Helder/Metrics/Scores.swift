/// Scores from 0 to 100, higher is clearer, per category and overall.
///
/// A category without any registered check is `nil` ("niet gemeten"), never a made-up 100.
public struct Scores: Sendable, Equatable {
    /// Sentence length, word length, long sentences and frequent words.
    public var readability: Int?
    /// Officialese and legal jargon.
    public var jargon: Int?
    /// Coercive and threatening tone, from the tone model (`ToneAssessment`).
    public var tone: Int?
    /// The language score: the mean of readability and jargon, how hard the words and sentences are.
    ///
    /// Tone stands beside it, not in it: readers judge how officialese and how coercive a letter is on two
    /// separate scales, and a mean of both agrees with neither (see README, "Wat de scores betekenen").
    public var overall: Int?

    public init(readability: Int?, jargon: Int?, tone: Int?) {
        self.readability = readability
        self.jargon = jargon
        self.tone = tone
        let measured = [readability, jargon].compactMap { $0 }
        overall = measured.isEmpty ? nil : Int((Double(measured.reduce(0, +)) / Double(measured.count)).rounded())
    }

    /// The parts of the readability score; each maps one figure linearly onto 0–100.
    public enum ReadabilityParts {
        /// Flesch-Douma itself, clamped to 0–100.
        public static func fleschDouma(_ value: Double) -> Double { clamp(value) }
        /// 100 at 10 words per sentence or fewer, 0 at 30 or more.
        public static func sentenceLength(_ wordsPerSentence: Double) -> Double { clamp((30 - wordsPerSentence) * 5) }
        /// 100 without long sentences, 0 when half of the sentences or more are long.
        public static func longSentences(_ share: Double) -> Double { clamp(100 - share * 200) }
        /// 100 at 95 % frequent words or more, 0 at 65 % or less.
        public static func frequentWords(_ share: Double) -> Double { clamp((share - 0.65) / 0.30 * 100) }
    }

    /// The readability score for `metrics`: the mean of the four parts; nil without prose.
    public static func readability(_ metrics: Metrics) -> Int? {
        guard let flesch = metrics.fleschDouma, let length = metrics.averageWordsPerSentence,
            let long = metrics.longSentenceShare, let frequent = metrics.frequentWordShare
        else { return nil }
        let parts = [
            ReadabilityParts.fleschDouma(flesch), ReadabilityParts.sentenceLength(length),
            ReadabilityParts.longSentences(long), ReadabilityParts.frequentWords(frequent),
        ]
        return Int((parts.reduce(0, +) / Double(parts.count)).rounded())
    }

    /// A category score from its findings: each finding weighs by severity per 100 words.
    ///
    /// 100 without findings; 50 at 2.5 weighted points per 100 words; nil without prose to measure against.
    public static func fromFindings(_ findings: [Finding], words: Int) -> Int? {
        fromPoints(findings.reduce(0.0) { $0 + $1.severity.scoreWeight }, words: words)
    }

    /// The same score from the findings' summed severity weights.
    public static func fromPoints(_ points: Double, words: Int) -> Int? {
        guard words > 0 else { return nil }
        let perHundred = points / Double(words) * 100
        return Int((100 / (1 + perHundred / 2.5)).rounded())
    }

    private static func clamp(_ value: Double) -> Double { min(100, max(0, value)) }
}
