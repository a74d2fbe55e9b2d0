import Foundation
import Helder

/// An organisation's settings from `.helder.json`: which rules count and how heavily, thresholds,
/// extra lexicons and which files of a folder to check.
///
/// ```json
/// { "rules": { "jargon.woordkeus": "uit", "coercion.dreiging": "error" },
///   "minScore": 60, "maxLevel": "B1", "failOn": "error", "minSeverity": "warning",
///   "lexicons": ["gemeente-termen.tsv"], "placeholders": ["\\[\\[.*?\\]\\]"],
///   "include": ["**/*.docx"], "exclude": ["archief/**"] }
/// ```
/// Every key is checked: an unknown key, rule or value is an error naming the file and the key. Values
/// may be English or Dutch: `off` or `uit`, `error` or `fout`, `never` or `nooit`.
struct Configuration: Equatable {
    /// A rule switched off, or given another severity.
    enum RuleSetting: Equatable {
        case off
        case severity(Severity)
    }

    static let fileName = ".helder.json"

    var path: String?
    var rules: [String: RuleSetting] = [:]
    var minScore: Int?
    var maxLevel: LanguageLevel?
    /// Limits for the whole-letter checks (`maxDuties`, `maxWords`).
    var limits = StructureLimits()
    var failOn: FailThreshold?
    /// The least severity shown (`minSeverity`); the command line's `--min-severity` wins.
    var minSeverity: Severity?
    /// Lexicon files, resolved against the folder of the configuration file.
    var lexicons: [String] = []
    var include: [String] = []
    var exclude: [String] = []
    /// Extra placeholder syntaxes as regular expressions (`\\[\\[.*?\\]\\]`), compiled.
    var compiledPlaceholders: CompiledPlaceholders?

    /// The extra placeholder syntaxes, for the tokenizer.
    var placeholders: PlaceholderPatterns? { compiledPlaceholders?.compiled }
    /// The same, as written.
    var placeholderPatterns: [String] { compiledPlaceholders?.patterns ?? [] }

    /// The settings in `path`; a clear Dutch error naming the file and the key when something is wrong.
    static func load(_ path: String) throws(ConfigurationError) -> Configuration {
        let data: Data
        do {
            data = try SupportFile.contents(of: path)
        } catch {
            throw ConfigurationError(file: path, key: nil, problem: "kan het bestand niet lezen (\(error.reason))")
        }
        let file: SettingsFile
        do {
            file = try JSONDecoder().decode(SettingsFile.self, from: data)
        } catch let problem as SettingsFile.Problem {
            throw ConfigurationError(file: path, key: problem.key, problem: problem.text)
        } catch {
            throw ConfigurationError(file: path, key: nil, problem: "dit is geen geldig JSON-object")
        }
        var configuration = Configuration(path: path)
        let known = Set(AllChecks.infos.map(\.id))
        for (rule, value) in file.rules ?? [:] {
            guard known.contains(rule) else {
                // A rule id must be whole here, but a part of one or a typing error gets a suggestion.
                let close: String? =
                    switch RuleLookup.resolve(rule, in: AllChecks.infos.map(\.id)) {
                    case .found(let id), .unknown(let id?): id
                    default: nil
                    }
                throw ConfigurationError(
                    file: path, key: "rules.\(rule)",
                    problem: "onbekende regel" + (close.map { "; bedoelt u '\($0)'?" } ?? " (zie 'helder rules')"))
            }
            if ["off", "uit"].contains(value.lowercased()) {
                configuration.rules[rule] = .off
            } else if let severity = severity(named: value) {
                configuration.rules[rule] = .severity(severity)
            } else {
                throw ConfigurationError(file: path, key: "rules.\(rule)", problem: SettingsFile.ruleProblem)
            }
        }
        if let score = file.minScore {
            guard (0...100).contains(score) else {
                throw ConfigurationError(file: path, key: "minScore", problem: SettingsFile.problems["minScore"]!)
            }
            configuration.minScore = score
        }
        for (key, value, range) in [("maxDuties", file.maxDuties, 1...100), ("maxWords", file.maxWords, 50...100_000)] {
            guard let value else { continue }
            guard range.contains(value) else {
                throw ConfigurationError(file: path, key: key, problem: SettingsFile.problems[key]!)
            }
            if key == "maxDuties" {
                configuration.limits.maxDuties = value
            } else {
                configuration.limits.maxWords = value
            }
        }
        if let text = file.maxLevel {
            guard let level = LanguageLevel(code: text) else {
                throw ConfigurationError(file: path, key: "maxLevel", problem: SettingsFile.problems["maxLevel"]!)
            }
            configuration.maxLevel = level
        }
        if let text = file.failOn {
            if ["never", "nooit"].contains(text.lowercased()) {
                configuration.failOn = .never
            } else if let severity = severity(named: text) {
                configuration.failOn = .severity(severity)
            } else {
                throw ConfigurationError(file: path, key: "failOn", problem: SettingsFile.problems["failOn"]!)
            }
        }
        if let text = file.minSeverity {
            guard let severity = severity(named: text) else {
                throw ConfigurationError(
                    file: path, key: "minSeverity", problem: SettingsFile.problems["minSeverity"]!)
            }
            configuration.minSeverity = severity
        }
        let folder = (path as NSString).deletingLastPathComponent
        configuration.lexicons = (file.lexicons ?? []).map {
            ($0 as NSString).isAbsolutePath ? $0 : (folder as NSString).appendingPathComponent($0)
        }
        configuration.include = file.include ?? []
        configuration.exclude = file.exclude ?? []
        if let patterns = file.placeholders, !patterns.isEmpty {
            do {
                configuration.compiledPlaceholders = CompiledPlaceholders(
                    patterns: patterns, compiled: try PlaceholderPatterns(patterns))
            } catch {
                throw ConfigurationError(
                    file: path, key: "placeholders", problem: "'\(error.pattern)' is geen geldige reguliere expressie")
            }
        }
        return configuration
    }

    /// A severity by its English name (as the lexicons and `--fail-on` write it) or its Dutch one (as
    /// the reports show it: `tip`, `waarschuwing`, `fout`); case does not count.
    static func severity(named name: String) -> Severity? {
        Severity(name: name.lowercased())
    }

    /// The nearest `.helder.json` in the folder of `input` or a folder above it.
    static func discover(for input: String) -> String? {
        let start = input == "-" ? FileManager.default.currentDirectoryPath : input
        var folder = URL(fileURLWithPath: start).standardizedFileURL
        var isDirectory: ObjCBool = false
        if !(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue) {
            folder.deleteLastPathComponent()
        }
        while true {
            let candidate = folder.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// The checks that stay on.
    var checks: [any Check] {
        AllChecks.all.filter { rules[$0.info.id] != .off }
    }

    /// The severities set for rules.
    var severities: [String: Severity] {
        rules.compactMapValues { if case .severity(let severity) = $0 { severity } else { nil } }
    }

    /// Whether `path` (relative to the folder walked) passes `include` and `exclude`.
    func admits(_ relativePath: String) -> Bool {
        if !include.isEmpty, !include.contains(where: { Glob.matches($0, relativePath) }) { return false }
        return !exclude.contains { Glob.matches($0, relativePath) }
    }
}

/// Compiled placeholder patterns, equal when they were compiled from the same patterns.
struct CompiledPlaceholders: Equatable {
    var patterns: [String]
    var compiled: PlaceholderPatterns

    static func == (lhs: CompiledPlaceholders, rhs: CompiledPlaceholders) -> Bool { lhs.patterns == rhs.patterns }
}

/// `.helder.json` as written, decoded with `Codable`: every key typed, an unknown key or a value of the wrong
/// type is a `Problem` that names the key in Dutch. `Configuration.load` checks the ranges and names.
private struct SettingsFile: Decodable {
    var rules: [String: String]?
    var minScore: Int?
    var maxLevel: String?
    var failOn: String?
    var minSeverity: String?
    var maxDuties: Int?
    var maxWords: Int?
    var lexicons: [String]?
    var include: [String]?
    var exclude: [String]?
    var placeholders: [String]?

    /// A key with a value that cannot be used, and what was expected.
    struct Problem: Error {
        var key: String
        var text: String
    }

    /// What a rule's setting expects, in Dutch, with the English and the Dutch names.
    static let ruleProblem =
        "verwacht \"off\" of \"uit\", of een ernst: \"info\" of \"tip\", \"warning\" of \"waarschuwing\", "
        + "\"error\" of \"fout\""

    /// What each key expects, in Dutch.
    static let problems: [String: String] = [
        "rules": "verwacht een object met regel-id's",
        "minScore": "verwacht een getal van 0 tot en met 100",
        "maxLevel": "verwacht \"A2\", \"B1\", \"B2\" of \"C1\"",
        "failOn":
            "verwacht \"error\" of \"fout\", \"warning\" of \"waarschuwing\", \"info\" of \"tip\", "
            + "\"never\" of \"nooit\"",
        "minSeverity": "verwacht \"info\", \"warning\" of \"error\" (of \"tip\", \"waarschuwing\", \"fout\")",
        "maxDuties": "verwacht een geheel getal van 1 tot en met 100",
        "maxWords": "verwacht een geheel getal van 50 tot en met 100000",
        "lexicons": "verwacht een lijst met teksten",
        "include": "verwacht een lijst met teksten",
        "exclude": "verwacht een lijst met teksten",
        "placeholders": "verwacht een lijst met teksten",
    ]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        for key in container.allKeys.map(\.stringValue).sorted() where Self.problems[key] == nil {
            throw Problem(
                key: key,
                text: "onbekende instelling; bekend zijn: \(Self.problems.keys.sorted().joined(separator: ", "))")
        }
        func value<T: Decodable>(_ key: String, _ type: T.Type) throws -> T? {
            do {
                return try container.decodeIfPresent(type, forKey: Key(stringValue: key))
            } catch {
                // A rule with a value that is not a text names the rule itself.
                if key == "rules", case .typeMismatch(_, let context)? = error as? DecodingError,
                    context.codingPath.count > 1
                {
                    throw Problem(key: "rules.\(context.codingPath[1].stringValue)", text: Self.ruleProblem)
                }
                throw Problem(key: key, text: Self.problems[key]!)
            }
        }
        rules = try value("rules", [String: String].self)
        minScore = try value("minScore", Int.self)
        maxLevel = try value("maxLevel", String.self)
        failOn = try value("failOn", String.self)
        minSeverity = try value("minSeverity", String.self)
        maxDuties = try value("maxDuties", Int.self)
        maxWords = try value("maxWords", Int.self)
        lexicons = try value("lexicons", [String].self)
        include = try value("include", [String].self)
        exclude = try value("exclude", [String].self)
        placeholders = try value("placeholders", [String].self)
    }
}

/// A setting that cannot be used: the file, the key and what is wrong (in Dutch).
struct ConfigurationError: Error, Equatable, CustomStringConvertible {
    var file: String
    var key: String?
    var problem: String

    var description: String {
        "\(file)" + (key.map { ": instelling '\($0)'" } ?? "") + ": \(problem)"
    }
}

/// Path patterns: `*` is any run of characters within one folder name, `**` any number of folders, `?` one character.
enum Glob {
    static func matches(_ pattern: String, _ path: String) -> Bool {
        match(Array(pattern), 0, Array(path), 0)
    }

    private static func match(_ pattern: [Character], _ p: Int, _ path: [Character], _ s: Int) -> Bool {
        if p == pattern.count { return s == path.count }
        if pattern[p] == "*" {
            let double = p + 1 < pattern.count && pattern[p + 1] == "*"
            let next = double ? p + 2 : p + 1
            // `**/` also matches no folder at all.
            if double, next < pattern.count, pattern[next] == "/" {
                if match(pattern, next + 1, path, s) { return true }
            }
            var position = s
            while true {
                if match(pattern, next, path, position) { return true }
                guard position < path.count, double || path[position] != "/" else { return false }
                position += 1
            }
        }
        guard s < path.count, pattern[p] == "?" || pattern[p] == path[s] else { return false }
        return match(pattern, p + 1, path, s + 1)
    }
}
