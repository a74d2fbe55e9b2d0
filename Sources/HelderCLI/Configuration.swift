import Foundation
import Helder

/// An organisation's settings from `.helder.json`: which rules count and how heavily, thresholds,
/// extra lexicons and which files of a folder to check.
///
/// ```json
/// { "rules": { "jargon.woordkeus": "off", "coercion.dreiging": "error" },
///   "minScore": 60, "maxLevel": "B1", "failOn": "error",
///   "lexicons": ["gemeente-termen.tsv"], "placeholders": ["\\[\\[.*?\\]\\]"],
///   "include": ["**/*.docx"], "exclude": ["archief/**"] }
/// ```
/// Every key is checked: an unknown key, rule or value is an error naming the file and the key.
struct Configuration: Equatable {
    /// A rule switched off, or given another severity.
    enum RuleSetting: Equatable {
        case off
        case severity(Severity)
    }

    static let fileName = ".helder.json"
    static let knownKeys: Set<String> = [
        "rules", "minScore", "maxLevel", "failOn", "lexicons", "include", "exclude", "placeholders", "maxDuties",
        "maxWords",
    ]

    var path: String?
    var rules: [String: RuleSetting] = [:]
    var minScore: Int?
    var maxLevel: LanguageLevel?
    /// Limits for the whole-letter checks (`maxDuties`, `maxWords`).
    var limits = StructureLimits()
    var failOn: FailThreshold?
    /// Lexicon files, resolved against the folder of the configuration file.
    var lexicons: [String] = []
    var include: [String] = []
    var exclude: [String] = []
    /// Extra placeholder syntaxes as regular expressions (`\\[\\[.*?\\]\\]`).
    var placeholderPatterns: [String] = []
    /// The same, compiled.
    var placeholders: PlaceholderPatterns?

    static func == (lhs: Configuration, rhs: Configuration) -> Bool {
        lhs.path == rhs.path && lhs.rules == rhs.rules && lhs.minScore == rhs.minScore && lhs.maxLevel == rhs.maxLevel
            && lhs.failOn == rhs.failOn && lhs.lexicons == rhs.lexicons && lhs.include == rhs.include
            && lhs.exclude == rhs.exclude && lhs.placeholderPatterns == rhs.placeholderPatterns
            && lhs.limits == rhs.limits
    }

    /// The settings in `path`; a clear Dutch error naming the file and the key when something is wrong.
    static func load(_ path: String) throws(ConfigurationError) -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(file: path, key: nil, problem: "kan het bestand niet lezen")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data), let root = object as? [String: Any] else {
            throw ConfigurationError(file: path, key: nil, problem: "dit is geen geldig JSON-object")
        }
        var configuration = Configuration(path: path)
        for key in root.keys.sorted() where !knownKeys.contains(key) {
            throw ConfigurationError(
                file: path, key: key,
                problem: "onbekende instelling; bekend zijn: \(knownKeys.sorted().joined(separator: ", "))")
        }
        let folder = (path as NSString).deletingLastPathComponent
        if let rules = root["rules"] {
            guard let table = rules as? [String: Any] else {
                throw ConfigurationError(file: path, key: "rules", problem: "verwacht een object met regel-id's")
            }
            let known = Set(AllChecks.infos.map(\.id))
            for (rule, value) in table {
                guard known.contains(rule) else {
                    throw ConfigurationError(
                        file: path, key: "rules.\(rule)", problem: "onbekende regel (zie 'helder rules')")
                }
                switch value as? String {
                case "off": configuration.rules[rule] = .off
                case let text? where Severity(rawValue: text) != nil:
                    configuration.rules[rule] = .severity(Severity(rawValue: text)!)
                default:
                    throw ConfigurationError(
                        file: path, key: "rules.\(rule)",
                        problem: "verwacht \"off\", \"info\", \"warning\" of \"error\"")
                }
            }
        }
        if let value = root["minScore"] {
            guard let score = value as? Int, (0...100).contains(score) else {
                throw ConfigurationError(
                    file: path, key: "minScore", problem: "verwacht een getal van 0 tot en met 100")
            }
            configuration.minScore = score
        }
        for (key, range) in [("maxDuties", 1...100), ("maxWords", 50...100_000)] {
            guard let value = root[key] else { continue }
            // JSON true and false are numbers to Foundation; only a real whole number counts.
            let isBoolean = (value as? NSNumber).map { String(cString: $0.objCType) == "c" } ?? false
            guard let number = value as? Int, !isBoolean, range.contains(number) else {
                throw ConfigurationError(
                    file: path, key: key,
                    problem: "verwacht een geheel getal van \(range.lowerBound) tot en met \(range.upperBound)")
            }
            if key == "maxDuties" {
                configuration.limits.maxDuties = number
            } else {
                configuration.limits.maxWords = number
            }
        }
        if let value = root["maxLevel"] {
            guard let text = value as? String, let level = LanguageLevel(code: text) else {
                throw ConfigurationError(
                    file: path, key: "maxLevel", problem: "verwacht \"A2\", \"B1\", \"B2\" of \"C1\"")
            }
            configuration.maxLevel = level
        }
        if let value = root["failOn"] {
            guard let text = value as? String, text == "never" || Severity(rawValue: text) != nil else {
                throw ConfigurationError(
                    file: path, key: "failOn", problem: "verwacht \"error\", \"warning\", \"info\" of \"never\"")
            }
            configuration.failOn = text == "never" ? .never : .severity(Severity(rawValue: text)!)
        }
        configuration.lexicons = try strings(root, "lexicons", path).map {
            ($0 as NSString).isAbsolutePath ? $0 : (folder as NSString).appendingPathComponent($0)
        }
        configuration.include = try strings(root, "include", path)
        configuration.placeholderPatterns = try strings(root, "placeholders", path)
        if !configuration.placeholderPatterns.isEmpty {
            do {
                configuration.placeholders = try PlaceholderPatterns(configuration.placeholderPatterns)
            } catch {
                throw ConfigurationError(
                    file: path, key: "placeholders", problem: "'\(error.pattern)' is geen geldige reguliere expressie")
            }
        }
        configuration.exclude = try strings(root, "exclude", path)
        return configuration
    }

    private static func strings(_ root: [String: Any], _ key: String, _ path: String) throws(ConfigurationError)
        -> [String]
    {
        guard let value = root[key] else { return [] }
        guard let list = value as? [String] else {
            throw ConfigurationError(file: path, key: key, problem: "verwacht een lijst met teksten")
        }
        return list
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
        AllChecks.all.filter { rules[type(of: $0).info.id] != .off }
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
