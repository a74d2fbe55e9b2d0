/// A problem found in a letter, with where it is and how to do better (in Dutch).
public struct Finding: Sendable, Equatable {
    /// The rule that found it, e.g. `readability.lange-zin`.
    public var rule: String
    public var category: FindingCategory
    public var severity: Severity
    /// What is wrong, in Dutch.
    public var message: String
    /// How to do better, in Dutch.
    public var suggestion: String
    /// Where it is.
    public var location: TextLocation
    /// The text concerned, shortened for display.
    public var excerpt: String
    /// A plain alternative that can replace the marked words as they stand (the lexicon marks it
    /// `veilig`), for tracked changes in Word and `--fix`; nil when a person has to rewrite.
    public var replacement: String?

    public init(
        rule: String, category: FindingCategory, severity: Severity, message: String, suggestion: String,
        location: TextLocation, excerpt: String, replacement: String? = nil
    ) {
        self.rule = rule
        self.category = category
        self.severity = severity
        self.message = message
        self.suggestion = suggestion
        self.location = location
        self.excerpt = excerpt
        self.replacement = replacement
    }
}

/// The families of findings, each with its own score.
public enum FindingCategory: String, Sendable, Equatable, CaseIterable {
    case readability
    case jargon
    case coercion
    case structure
    case document

    /// Dutch name for reports.
    public var displayName: String {
        switch self {
        case .readability: "leesbaarheid"
        case .jargon: "jargon"
        case .coercion: "dwingende toon"
        case .structure: "opbouw"
        case .document: "document"
        }
    }
}

/// How serious a finding is.
public enum Severity: String, Sendable, Equatable, CaseIterable, Comparable {
    case info
    case warning
    case error

    /// A severity by its English name (`info`, as the lexicons and JSON write it) or its Dutch one (`tip`,
    /// `waarschuwing`, `fout`, as reports show it).
    public init?(name: String) {
        guard let severity = Severity(rawValue: name) ?? Severity.allCases.first(where: { $0.displayName == name })
        else { return nil }
        self = severity
    }

    /// Dutch name for reports.
    public var displayName: String {
        switch self {
        case .info: "tip"
        case .warning: "waarschuwing"
        case .error: "fout"
        }
    }

    /// Weight in category scores.
    public var scoreWeight: Double {
        switch self {
        case .info: 0.25
        case .warning: 1
        case .error: 2
        }
    }

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A place in the source file: line and column (1-based, in characters) and the length of the marked text.
public struct TextLocation: Sendable, Equatable {
    public var line: Int
    public var column: Int
    /// Length of the marked text in characters.
    public var length: Int
    /// The paragraph number, for word processor files.
    public var paragraph: Int?
    /// The heading the place falls under, for word processor files (what a Word user looks for).
    public var heading: String?
    /// The exact place in the document's blocks (block index and UTF-8 range), for reports that
    /// show the letter itself; nil for a finding about the letter as a whole.
    public var span: TextSpan?

    public init(
        line: Int, column: Int, length: Int, paragraph: Int? = nil, heading: String? = nil, span: TextSpan? = nil
    ) {
        self.line = line
        self.column = column
        self.length = length
        self.paragraph = paragraph
        self.heading = heading
        self.span = span
    }
}
