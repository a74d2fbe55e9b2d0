/// Everything Helder says about one document: figures, level, scores, densities and findings.
public struct DocumentReport: Sendable {
    /// The path the document was read from, or `-`.
    public var source: String
    public var format: DocumentFormat
    /// Notices about how the file was read (in Dutch).
    public var notices: [String]
    public var metrics: Metrics
    public var level: LevelEstimate
    public var scores: Scores
    public var densities: Densities
    /// Findings in reading order: those shown (every finding, unless `showing(atLeast:)` left some out).
    public var findings: [Finding]
    /// The least severity shown (`--min-severity`); `info` shows everything.
    public var minimumShown: Severity = .info
    /// The findings left out because they are less severe than `minimumShown`, in reading order; they
    /// still count in the scores.
    public var omittedFindings: [Finding] = []
    /// The letter's blocks as read, for reports that show the letter itself.
    public var blocks: [Block]
    /// The sentences that count in the figures, in reading order, for a chart of sentence lengths.
    public var sentences: [SentenceSummary]
    /// What the letter asks the reader to do, in reading order, each with its deadline.
    public var duties: [Duty]
    /// The length of the letter and its attachments, and the reading time.
    public var length: LetterLength
    /// What the letter makes the reader face and how the tone score follows from it.
    public var tone: ToneAssessment
    /// The block of the letter's first paragraph after the salutation, if it has one: where a
    /// reviewer's remarks about the letter as a whole belong.
    public var firstParagraph: Int?

    /// Builds the report; scores and densities exist only for categories that have checks.
    public init(
        document: Document, metrics: Metrics, findings: [Finding], checks: [any Check],
        sentences: [SentenceSummary] = [], anatomy: LetterAnatomy = LetterAnatomy(),
        tone: ToneAssessment = ToneAssessment()
    ) {
        self.tone = tone
        self.source = document.source
        self.blocks = document.blocks
        self.sentences = sentences
        self.duties = anatomy.duties
        self.firstParagraph = anatomy.hasSalutation ? anatomy.firstParagraph : nil
        self.length = LetterLength(
            words: anatomy.letterWords, attachmentWords: anatomy.attachmentWords,
            readingMinutes: anatomy.letterWords > 0 ? anatomy.readingMinutes : 0)
        self.format = document.format
        self.notices = document.notices
        self.metrics = metrics
        self.level = LevelEstimate(metrics: metrics)
        self.findings = findings
        let measured = Set(checks.map(\.info.category))
        func categoryScore(_ category: FindingCategory) -> Int? {
            guard measured.contains(category) else { return nil }
            return Scores.fromFindings(findings.filter { $0.category == category }, words: metrics.words)
        }
        func density(_ category: FindingCategory) -> Double? {
            guard measured.contains(category), metrics.words > 0 else { return nil }
            return Double(findings.filter { $0.category == category }.count) / Double(metrics.words) * 100
        }
        self.scores = Scores(
            readability: measured.contains(.readability) ? Scores.readability(metrics) : nil,
            jargon: categoryScore(.jargon), tone: measured.contains(.coercion) ? tone.score : nil)
        self.densities = Densities(jargonPer100Words: density(.jargon), coercionPer100Words: density(.coercion))
    }

    /// Findings per severity.
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }
}

/// Findings per 100 words, for categories that are measured.
public struct Densities: Sendable, Equatable {
    public var jargonPer100Words: Double?
    public var coercionPer100Words: Double?
}

/// One sentence of the letter: where it is and how many words it has.
public struct SentenceSummary: Sendable, Equatable {
    public var span: TextSpan
    public var words: Int

    public init(span: TextSpan, words: Int) {
        self.span = span
        self.words = words
    }
}

/// How long a letter is: words of running text without and in its attachments, and the reading time.
public struct LetterLength: Sendable, Equatable {
    public var words: Int
    public var attachmentWords: Int
    /// Estimated minutes to read the letter without attachments (0 without text).
    public var readingMinutes: Int
}
