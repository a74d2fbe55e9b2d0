/// CEFR language levels as used for Dutch government letters (target: B1).
public enum LanguageLevel: Int, Sendable, Comparable, CaseIterable {
    case a2 = 2
    case b1 = 3
    case b2 = 4
    case c1 = 5

    /// The code as written in reports and JSON: `A2`, `B1`, `B2`, `C1`.
    public var code: String {
        switch self {
        case .a2: "A2"
        case .b1: "B1"
        case .b2: "B2"
        case .c1: "C1"
        }
    }

    /// The Dutch name shown to readers (`C1 of hoger`).
    public var displayName: String { self == .c1 ? "C1 of hoger" : code }

    /// The level for a code such as `B1` (case-insensitive).
    public init?(code: String) {
        guard let level = Self.allCases.first(where: { $0.code == code.uppercased() }) else { return nil }
        self = level
    }

    public static func < (lhs: LanguageLevel, rhs: LanguageLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// An estimate of the language level a reader needs, with the evidence it rests on.
///
/// Helder has no parser, so it cannot compute LiNT or CLIB. It combines three indicators that Dutch
/// B1 guidance names: sentence length, Flesch-Douma (sentence and word length in syllables) and the
/// share of frequent words. Each indicator points to a level by the thresholds in `rules`; the
/// estimate is the middle one of the three (the median), so one outlier cannot decide alone.
public struct LevelEstimate: Sendable, Equatable {
    /// One indicator, its value and the level it points to.
    public struct Indicator: Sendable, Equatable {
        /// Stable identifier: `averageWordsPerSentence`, `fleschDouma`, `frequentWordShare`.
        public var id: String
        /// Dutch name.
        public var name: String
        public var value: Double
        public var level: LanguageLevel
        /// Dutch: what value reaches B1.
        public var targetForB1: String
    }

    /// The level the letter asks of its reader; nil when there is no prose to judge.
    public var level: LanguageLevel?
    /// The evidence.
    public var indicators: [Indicator]
    /// True when the text is too short for a firm estimate.
    public var uncertain: Bool

    /// The level Dutch government letters aim for.
    public static let target = LanguageLevel.b1

    /// Thresholds per indicator: the boundaries for A2, B1 and B2; anything beyond is C1 or higher.
    public enum Rules {
        /// Words per sentence at most.
        public static let wordsPerSentence: (a2: Double, b1: Double, b2: Double) = (10, 15, 20)
        /// Flesch-Douma at least.
        public static let fleschDouma: (a2: Double, b1: Double, b2: Double) = (80, 65, 50)
        /// Share of frequent words at least.
        public static let frequentWordShare: (a2: Double, b1: Double, b2: Double) = (0.90, 0.84, 0.76)
    }

    /// The estimate for `metrics`.
    public init(metrics: Metrics) {
        guard let wordsPerSentence = metrics.averageWordsPerSentence, let flesch = metrics.fleschDouma,
            let frequent = metrics.frequentWordShare
        else {
            self.level = nil
            self.indicators = []
            self.uncertain = true
            return
        }
        let rules = Rules.self
        indicators = [
            Indicator(
                id: "averageWordsPerSentence", name: "gemiddelde zinslengte", value: wordsPerSentence,
                level: Self.atMost(wordsPerSentence, rules.wordsPerSentence),
                targetForB1: "hooguit \(Int(rules.wordsPerSentence.b1)) woorden per zin"),
            Indicator(
                id: "fleschDouma", name: "Flesch-Douma", value: flesch,
                level: Self.atLeast(flesch, rules.fleschDouma),
                targetForB1: "\(Int(rules.fleschDouma.b1)) of hoger"),
            Indicator(
                id: "frequentWordShare", name: "veelvoorkomende woorden", value: frequent,
                level: Self.atLeast(frequent, rules.frequentWordShare),
                targetForB1: "\(Int(rules.frequentWordShare.b1 * 100)) % of meer"),
        ]
        let sorted = indicators.map(\.level).sorted()
        level = sorted[1]
        uncertain = metrics.words < ReadabilityConstants.minimumWordsForLevel
    }

    /// Whether the estimate reaches the B1 target.
    public var meetsTarget: Bool { level.map { $0 <= Self.target } ?? true }

    private static func atMost(_ value: Double, _ bounds: (a2: Double, b1: Double, b2: Double)) -> LanguageLevel {
        value <= bounds.a2 ? .a2 : value <= bounds.b1 ? .b1 : value <= bounds.b2 ? .b2 : .c1
    }

    private static func atLeast(_ value: Double, _ bounds: (a2: Double, b1: Double, b2: Double)) -> LanguageLevel {
        value >= bounds.a2 ? .a2 : value >= bounds.b1 ? .b1 : value >= bounds.b2 ? .b2 : .c1
    }
}
