/// A check: one kind of problem, with its own documentation and examples.
///
/// A check never prints or reads files; it looks at an `AnalyzedDocument` and returns findings.
/// Its `info` carries the Dutch explanation and examples that `helder rules` and `helder explain`
/// print, and that one generic test runs, so documentation and behaviour cannot drift apart.
public protocol Check: Sendable {
    /// The rule's identity and documentation.
    static var info: CheckInfo { get }
    /// The problems in `document`.
    func findings(in document: AnalyzedDocument) -> [Finding]
}

/// What a check is, why it matters, and examples of text that does and does not trigger it.
/// What a rule's finding is about, and so what it marks.
public enum RuleScope: String, Sendable, Equatable, CaseIterable {
    /// A word or a phrase: the finding marks those words.
    case words
    /// A whole sentence (its length, for example): the finding marks the sentence.
    case sentence
    /// The letter as a whole (its length, a missing objection clause): the finding is shown at one place but
    /// belongs to no words, so two versions of a letter share it wherever it is shown.
    case letter
}

public struct CheckInfo: Sendable, Equatable {
    /// Stable id, `category.naam-in-het-nederlands`.
    public var id: String
    public var category: FindingCategory
    public var defaultSeverity: Severity
    public var scope: RuleScope
    /// One Dutch sentence: what the rule looks for.
    public var summary: String
    /// Dutch: why it matters to the reader.
    public var rationale: String
    /// Texts that must produce at least one finding of this rule.
    public var triggeringExamples: [String]
    /// Texts that must produce none.
    public var nonTriggeringExamples: [String]

    public init(
        id: String, category: FindingCategory, defaultSeverity: Severity, scope: RuleScope = .words, summary: String,
        rationale: String, triggeringExamples: [String], nonTriggeringExamples: [String]
    ) {
        self.id = id
        self.category = category
        self.defaultSeverity = defaultSeverity
        self.scope = scope
        self.summary = summary
        self.rationale = rationale
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}

extension Check {
    /// A finding of this rule with its default severity and category.
    ///
    /// The excerpt shows `context` when given (the whole sentence of a long-sentence finding), else the span itself.
    func finding(
        message: String, suggestion: String, at span: TextSpan, context: TextSpan? = nil, severity: Severity? = nil,
        in document: AnalyzedDocument
    ) -> Finding {
        Finding(
            rule: Self.info.id, category: Self.info.category, severity: severity ?? Self.info.defaultSeverity,
            message: message, suggestion: suggestion,
            location: document.location(of: span), excerpt: document.excerpt(of: context ?? span))
    }
}
