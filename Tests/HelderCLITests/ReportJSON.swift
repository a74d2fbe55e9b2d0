import Foundation

// The JSON that helder writes, as the tests read it. Each type mirrors its renderer: a member the renderer always
// writes is required (a report without it fails to decode), one it may leave out or write as `null` is optional.
// Only the members some test reads are declared; decoding ignores the rest.

/// The report of `helder check --format json` (`JSONReportRenderer`, described in the README under "JSON").
struct ReportJSON: Decodable {
    /// The version of the JSON shape.
    var schemaVersion: Int
    /// One entry per file, in the order of the run: a checked document or a file that could not be read.
    var documents: [DocumentEntryJSON]
}

/// One member of a report's `documents`: a checked document, or a file that could not be read (`path` and `error`).
enum DocumentEntryJSON: Decodable {
    case checked(DocumentJSON)
    case failed(path: String, error: String)

    private enum CodingKeys: String, CodingKey {
        case path
        case error
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let error = try container.decodeIfPresent(String.self, forKey: .error) {
            self = .failed(path: try container.decode(String.self, forKey: .path), error: error)
        } else {
            self = .checked(try DocumentJSON(from: decoder))
        }
    }

    /// The file's path as the report shows it.
    var path: String {
        switch self {
        case .checked(let document): document.path
        case .failed(let path, _): path
        }
    }

    /// Why the file could not be read; `nil` for a checked document.
    var error: String? {
        switch self {
        case .checked: nil
        case .failed(_, let error): error
        }
    }

    /// The checked document; `nil` for a file that could not be read.
    var document: DocumentJSON? {
        switch self {
        case .checked(let document): document
        case .failed: nil
        }
    }
}

/// A checked document in a JSON report.
struct DocumentJSON: Decodable {
    /// The file's path (relative to the package root in `runHelder`'s output).
    var path: String
    /// The estimated language level (`A2`, `B1`, `B2` or `C1`); `null` when it could not be estimated.
    var level: String?
    var metrics: MetricsJSON
    var scores: ScoresJSON
    var densities: DensitiesJSON
    var length: LengthJSON
    /// What the letter asks the reader to do, in reading order.
    var duties: [DutyJSON]
    /// The least severity shown (`--min-severity`), and how many findings that left out.
    var minSeverity: String
    var omittedFindings: Int
    var findings: [FindingJSON]
}

/// The counts behind the readability figures (`metrics`).
struct MetricsJSON: Decodable {
    var words: Int
    var sentences: Int
}

/// The 0–100 scores (`scores`); each is present, `null` when nothing was measured.
struct ScoresJSON: Decodable {
    var readability: Int?
    var tone: Int?
    var overall: Int?

    private enum CodingKeys: String, CodingKey {
        case readability
        case tone
        case overall
    }

    /// Decodes each score with `decode(Int?.self, …)`, so a missing member fails and only `null` is `nil`.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        readability = try container.decode(Int?.self, forKey: .readability)
        tone = try container.decode(Int?.self, forKey: .tone)
        overall = try container.decode(Int?.self, forKey: .overall)
    }
}

/// Findings of two categories per 100 words (`densities`); `null` without words to count.
struct DensitiesJSON: Decodable {
    var jargonPer100Words: Double?
    var coercionPer100Words: Double?
}

/// The letter's length and reading time (`length`).
struct LengthJSON: Decodable {
    /// Words of the letter itself, up to the closing.
    var words: Int
    /// Words in attachments after the closing.
    var attachmentWords: Int
    var readingMinutes: Int
}

/// One thing the letter asks the reader to do (a member of `duties`).
struct DutyJSON: Decodable {
    var text: String
    /// The deadline that goes with it; `null` when the letter names none.
    var deadline: DeadlineJSON?
}

/// The deadline of a duty.
struct DeadlineJSON: Decodable {
    /// The words that set the deadline (`onverwijld`, `binnen vijf werkdagen` …).
    var text: String
    /// The date as `yyyy-mm-dd`; `null` when the deadline names or implies none.
    var date: String?
    /// Whether the deadline gives the reader no date to work to.
    var vague: Bool
}

/// One finding, in a report's `findings` or a comparison's `solved` and `new`.
struct FindingJSON: Decodable {
    var rule: String
    var category: String
    /// `error`, `warning` or `info`.
    var severity: String
    var message: String
    var suggestion: String
    var line: Int
    /// Counted in characters from 1, as the text output shows it.
    var column: Int
    var excerpt: String
    /// The words that may replace the excerpt as they stand; only present when the substitution is safe.
    var replacement: String?
    /// The finding's group (the same rule on the same words in one letter); absent in a comparison.
    var group: Int?
}

/// The result of `helder compare --format json` (`LetterComparison.json`).
struct ComparisonJSON: Decodable {
    /// `better`, `worse` or `same`.
    var verdict: String
    /// How each figure moved.
    var changes: [ChangeJSON]
    /// Findings of the first version that the second no longer has.
    var solved: [FindingJSON]
    /// Findings of the second version that the first did not have (`new` in the JSON).
    var added: [FindingJSON]

    private enum CodingKeys: String, CodingKey {
        case verdict
        case changes
        case solved
        case added = "new"
    }
}

/// One figure before and after, in a comparison's `changes`.
struct ChangeJSON: Decodable {
    /// The figure's id (`overall`, `level`, `averageWordsPerSentence` …).
    var id: String
    var before: ChangeValueJSON?
    var after: ChangeValueJSON?
    /// `better`, `worse` or `same`.
    var verdict: String
}

/// A figure's value in a comparison: a number, or text for the language level.
enum ChangeValueJSON: Decodable, Equatable {
    case number(Double)
    case text(String)

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }
}

/// A SARIF 2.1.0 log of `helder check --format sarif` (`SARIFReportRenderer`).
struct SARIFJSON: Decodable {
    var version: String
    var runs: [SARIFRunJSON]
}

/// A SARIF run: the tool with its rules, the results and the invocation.
struct SARIFRunJSON: Decodable {
    var tool: SARIFToolJSON
    var results: [SARIFResultJSON]
    var invocations: [SARIFInvocationJSON]
}

/// A run's `tool`.
struct SARIFToolJSON: Decodable {
    var driver: SARIFDriverJSON
}

/// The tool's `driver`: its name and every rule it knows.
struct SARIFDriverJSON: Decodable {
    var name: String
    var rules: [SARIFRuleJSON]
}

/// A rule in the driver.
struct SARIFRuleJSON: Decodable {
    var id: String
}

/// One finding as a SARIF result.
struct SARIFResultJSON: Decodable {
    var ruleId: String
    /// The rule's index in the driver's rules; only present for a listed rule.
    var ruleIndex: Int?
    /// `error`, `warning` or `note`.
    var level: String
    var message: SARIFTextJSON
    var locations: [SARIFLocationJSON]
}

/// A SARIF object with a `text` member: a message or a snippet.
struct SARIFTextJSON: Decodable {
    var text: String
}

/// Where a result is: in the file, and for Word and OpenDocument also the paragraph.
struct SARIFLocationJSON: Decodable {
    var physicalLocation: SARIFPhysicalLocationJSON
    /// The paragraph (`alinea 12, onder ‘…’`); only present when the finding has one.
    var logicalLocations: [SARIFLogicalLocationJSON]?
}

/// A result's file and region.
struct SARIFPhysicalLocationJSON: Decodable {
    var artifactLocation: SARIFArtifactLocationJSON
    var region: SARIFRegionJSON
}

/// The file of a result.
struct SARIFArtifactLocationJSON: Decodable {
    /// A URI reference relative to the working folder.
    var uri: String
}

/// The place in the file: line and column from 1, and the quoted words.
struct SARIFRegionJSON: Decodable {
    var startLine: Int
    var startColumn: Int
    var snippet: SARIFTextJSON
}

/// A named logical location.
struct SARIFLogicalLocationJSON: Decodable {
    var name: String
}

/// The run's invocation: whether every file was read, and a notification per file that was not.
struct SARIFInvocationJSON: Decodable {
    var executionSuccessful: Bool
    var toolExecutionNotifications: [SARIFNotificationJSON]
}

/// A tool execution notification.
struct SARIFNotificationJSON: Decodable {
    var message: SARIFTextJSON
}

/// Decodes helder's JSON output as `type`.
func decodeJSON<Value: Decodable>(_ type: Value.Type, _ output: String) throws -> Value {
    try JSONDecoder().decode(type, from: Data(output.utf8))
}
