/// A check: one kind of problem, with its own documentation and examples.
///
/// A check never prints or reads files; it looks at an `AnalyzedDocument` and returns findings.
/// Its `info` carries the Dutch explanation and examples that `helder rules` and `helder explain`
/// print, and that one generic test runs, so documentation and behaviour cannot drift apart.
/// `info` belongs to the value, not the type, so one type can serve many rules: every rule fed by a
/// word list is a row of `WordListRules.table`, one value of `WordListRule`.
public protocol Check: Sendable {
    /// The rule's identity and documentation.
    var info: CheckInfo { get }
    /// The problems in `document`.
    func findings(in document: AnalyzedDocument) -> [Finding]
}

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

/// A kind of entry in one of the lexicons (`jargon.tsv`, soort `latijn`) that feeds a rule.
public struct LexiconKind: Sendable, Hashable, CustomStringConvertible {
    /// The lexicon's file name in `Lexicons/`.
    public var file: String
    /// The value of its `soort` (or `signaal`) column.
    public var kind: String

    public init(_ file: String, _ kind: String) {
        self.file = file
        self.kind = kind
    }

    public var description: String { "\(file): \(kind)" }
}

/// What a check is, why it matters, and examples of text that does and does not trigger it.
public struct CheckInfo: Sendable, Equatable {
    /// Stable id, `category.naam-in-het-nederlands`.
    public var id: String
    public var category: FindingCategory
    public var defaultSeverity: Severity
    public var scope: RuleScope
    /// The lexicon kinds whose entries this rule reports (empty for rules that count or parse).
    public var lexiconKinds: [LexiconKind]
    /// One Dutch sentence: what the rule looks for.
    public var summary: String
    /// Dutch: why it matters to the reader.
    public var rationale: String
    /// Texts that must produce findings of this rule, as written: `«…»` marks the words each finding must
    /// mark (every finding, exactly those words); a text without marks only has to produce one.
    public var markedTriggeringExamples: [String]
    /// Texts that must produce none.
    public var nonTriggeringExamples: [String]

    public init(
        id: String, category: FindingCategory, defaultSeverity: Severity, scope: RuleScope = .words,
        lexiconKinds: [LexiconKind] = [], summary: String, rationale: String, triggeringExamples: [String],
        nonTriggeringExamples: [String]
    ) {
        self.id = id
        self.category = category
        self.defaultSeverity = defaultSeverity
        self.scope = scope
        self.lexiconKinds = lexiconKinds
        self.summary = summary
        self.rationale = rationale
        self.markedTriggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }

    /// The triggering examples as a reader sees them, without the marks.
    public var triggeringExamples: [String] { markedTriggeringExamples.map { MarkedExample($0).text } }
}

/// A rule example with the words a finding must mark between `«` and `»`:
/// `Wij hebben «conform» uw verzoek besloten.`
public struct MarkedExample: Sendable, Equatable {
    /// The text without the marks.
    public var text: String
    /// The marked words, in order, as offsets in characters into `text`.
    public var marks: [Range<Int>]

    public static let open: Character = "«"
    public static let close: Character = "»"

    public init(_ marked: String) {
        var text = ""
        var marks: [Range<Int>] = []
        var start: Int?
        var count = 0
        for character in marked {
            switch character {
            case Self.open: start = count
            case Self.close:
                if let first = start { marks.append(first..<count) }
                start = nil
            default:
                text.append(character)
                count += 1
            }
        }
        self.text = text
        self.marks = marks
    }

    /// The words of each mark.
    public var markedWords: [String] {
        let characters = Array(text)
        return marks.map { String(characters[$0]) }
    }
}

extension Check {
    /// A finding of this rule with its default severity and category.
    ///
    /// The excerpt shows `context` when given (the whole sentence of a long-sentence finding), else the span
    /// itself, widened (like the span it marks) to the brackets or quotation marks it crosses.
    func finding(
        message: String, suggestion: String, at span: TextSpan, context: TextSpan? = nil, severity: Severity? = nil,
        in document: AnalyzedDocument
    ) -> Finding {
        let marked = context == nil ? document.balanced(span) : span
        return Finding(
            rule: info.id, category: info.category, severity: severity ?? info.defaultSeverity,
            message: message, suggestion: suggestion,
            location: document.location(of: marked), excerpt: document.excerpt(of: context ?? marked))
    }
}
