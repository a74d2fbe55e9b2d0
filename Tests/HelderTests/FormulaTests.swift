import Testing

@testable import Helder

@Suite("Readability formulas")
struct FormulaTests {
    /// 100 words, 5 sentences, 150 syllables: ASL 20, ASW 1.5.
    /// Flesch-Douma = 206.835 − 0.93 × 20 − 77 × 1.5 = 206.835 − 18.6 − 115.5 = 72.735.
    /// Brouwer = 195 − 2 × 20 − 67 × 1.5 = 195 − 40 − 100.5 = 54.5.
    /// Swapping Douma's coefficients would give 206.835 − 77 × 20 − 0.93 × 1.5, far below zero.
    @Test("Hand-computed Flesch-Douma and Brouwer")
    func handComputed() throws {
        var metrics = Metrics()
        metrics.words = 100
        metrics.sentences = 5
        metrics.syllables = 150
        let flesch = try #require(metrics.fleschDouma)
        let brouwer = try #require(metrics.brouwer)
        #expect(abs(flesch - 72.735) < 1e-9)
        #expect(abs(brouwer - 54.5) < 1e-9)
    }

    @Test("No figures without words or sentences")
    func empty() {
        let metrics = Metrics()
        #expect(metrics.fleschDouma == nil)
        #expect(metrics.brouwer == nil)
        #expect(metrics.averageWordsPerSentence == nil)
        #expect(LevelEstimate(metrics: metrics).level == nil)
    }

    @Test(
        "Douma's bands",
        arguments: [(25.0, "zeer moeilijk"), (30.0, "moeilijk"), (65.0, "normaal"), (95.0, "zeer gemakkelijk")])
    func bands(_ score: Double, _ label: String) {
        #expect(Metrics.fleschDoumaBand(score) == label)
    }

    @Test("The level is the median of the three indicators")
    func levelMedian() {
        var metrics = Metrics()
        metrics.words = 300
        metrics.sentences = 30  // 10 words per sentence → A2
        metrics.syllables = 600  // 2.0 syllables per word → Flesch-Douma 206.835 − 9.3 − 154 = 43.5 → C1
        metrics.frequentWords = 255  // 85 % → B1
        let estimate = LevelEstimate(metrics: metrics)
        #expect(estimate.indicators.map(\.level) == [.a2, .c1, .b1])
        #expect(estimate.level == .b1)
        #expect(estimate.meetsTarget)
        #expect(!estimate.uncertain)
    }

    @Test("Scores: readability from four parts, categories without checks are not measured")
    func scores() {
        var metrics = Metrics()
        metrics.words = 100
        metrics.sentences = 10
        metrics.syllables = 150
        metrics.frequentWords = 90
        // Flesch-Douma 206.835 − 9.3 − 115.5 = 82.035; length 100; long 100; frequent (0.90 − 0.65) / 0.30 = 83.33…
        #expect(Scores.readability(metrics) == 91)
        // The overall score is the language score: readability and jargon; tone stands beside it.
        #expect(Scores(readability: 80, jargon: 60, tone: 10).overall == 70)
        #expect(Scores(readability: 80, jargon: nil, tone: 60).overall == 80)
        #expect(Scores(readability: nil, jargon: nil, tone: 60).overall == nil)
        #expect(Scores(readability: nil, jargon: nil, tone: nil).overall == nil)
    }
}
