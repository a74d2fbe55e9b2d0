import Foundation
import Helder

/// What the user asked for, parsed from the command line.
enum Invocation: Equatable {
    case check(CheckOptions)
    case compare(CompareOptions)
    case annotate(AnnotateOptions)
    case rules(format: OutputFormat)
    case explain(rule: String)
    case help
    case version
}

/// Output formats.
enum OutputFormat: String, Equatable, CaseIterable {
    case text
    case json
    case csv
    case sarif
    case html
}

/// Options of `helder check`.
struct CheckOptions: Equatable {
    var paths: [String] = []
    var format: OutputFormat = .text
    var output: String?
    var minScore: Int?
    var maxLevel: LanguageLevel?
    /// nil: from `.helder.json`, else `error`.
    var failOn: FailThreshold?
    /// `--config FILE`; nil: the nearest `.helder.json` above each input.
    var configuration: String?
    /// An organisation's own lexicon files, added to the built-in ones.
    var lexicons: [String] = []
    /// The CSV field separator (`;` for Dutch Excel).
    var csvSeparator: Character = ","
    /// Report only findings that are not in this baseline file.
    var baseline: String?
    /// Write all findings of this run to this baseline file.
    var writeBaseline: String?
    /// No progress bar, even on a terminal.
    var quiet = false
    /// How many letters are analysed at the same time.
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// `--fix` (apply the safe substitutions to the templates) or `--fix-dry-run` (show them as a diff).
    var fix: FixMode?
}

/// What `helder check --fix` does with the safe substitutions.
enum FixMode: Equatable {
    /// Change the files in place, then report on the changed files.
    case apply
    /// Print a unified diff of what would change; change nothing.
    case dryRun
}

/// Options of `helder compare`.
struct CompareOptions: Equatable {
    var before = ""
    var after = ""
    var format: OutputFormat = .text
    var output: String?
    var configuration: String?
    var lexicons: [String] = []
}

/// Options of `helder annotate`.
struct AnnotateOptions: Equatable {
    var input = ""
    /// nil: `NAME-helder.docx` beside the input.
    var output: String?
    /// Also propose the safe plain alternatives as tracked changes.
    var suggest = false
    var configuration: String?
    var lexicons: [String] = []
}

/// When `helder check` exits with status 1.
enum FailThreshold: Equatable {
    case severity(Severity)
    case never

    /// Whether `severity` breaches the threshold.
    func isBreached(by severity: Severity) -> Bool {
        switch self {
        case .severity(let threshold): severity >= threshold
        case .never: false
        }
    }
}

/// A command line that cannot be understood; the message is shown with exit status 64.
struct UsageError: Error, Equatable {
    var message: String
}

/// Parses arguments (without the program name) into an `Invocation`.
enum ArgumentParser {
    static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        guard let command = arguments.first else { return .help }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "-h", "--help", "help": return .help
        case "--version", "-V", "version": return .version
        case "check": return .check(try parseCheck(rest))
        case "compare": return .compare(try parseCompare(rest))
        case "annotate": return .annotate(try parseAnnotate(rest))
        case "rules":
            var format = OutputFormat.text
            var index = 0
            while index < rest.count {
                let (name, inlineValue) = splitOption(rest[index])
                guard name == "--format" else {
                    throw UsageError(message: "onbekende optie '\(rest[index])' bij 'helder rules'")
                }
                format = try formatValue(try value(for: name, inline: inlineValue, arguments: rest, index: &index))
                guard format == .text || format == .json else {
                    throw UsageError(message: "'helder rules' kent alleen --format text of json")
                }
                index += 1
            }
            return .rules(format: format)
        case "explain":
            guard rest.count == 1, !rest[0].hasPrefix("-") else {
                throw UsageError(
                    message:
                        "'helder explain' verwacht één regel-id, bijvoorbeeld: helder explain readability.lange-zin")
            }
            return .explain(rule: rest[0])
        default:
            if command.hasPrefix("-") { throw UsageError(message: "onbekende optie '\(command)'") }
            throw UsageError(message: "onbekende opdracht '\(command)'; bedoelt u 'helder check \(command)'?")
        }
    }

    private static func parseCompare(_ arguments: [String]) throws(UsageError) -> CompareOptions {
        var options = CompareOptions()
        let paths = try walk(arguments, command: "compare") { name, inlineValue, index throws(UsageError) in
            switch name {
            case "--format", "-f":
                options.format = try formatValue(
                    try value(for: name, inline: inlineValue, arguments: arguments, index: &index))
                guard [.text, .json, .html].contains(options.format) else {
                    throw UsageError(message: "'helder compare' kent --format text, json of html")
                }
            case "--output", "-o":
                let path = try value(for: name, inline: inlineValue, arguments: arguments, index: &index)
                guard !path.isEmpty else { throw UsageError(message: "--output verwacht een bestandsnaam") }
                options.output = path == "-" ? nil : path
            case "--config", "--lexicon":
                try lexiconOption(
                    name, inline: inlineValue, arguments: arguments, index: &index,
                    configuration: &options.configuration, lexicons: &options.lexicons)
            default:
                return false
            }
            return true
        }
        guard paths.count == 2 else {
            throw UsageError(
                message: "'helder compare' verwacht twee brieven: de oude en de nieuwe versie, bijvoorbeeld "
                    + "helder compare brief.docx brief-nieuw.docx")
        }
        guard !paths.contains("-") else {
            throw UsageError(message: "'helder compare' leest twee bestanden, geen standaardinvoer")
        }
        options.before = paths[0]
        options.after = paths[1]
        if let output = options.output, paths.contains(where: { samePath($0, output) }) {
            throw UsageError(message: "--output \(output) is ook een van de brieven; kies een ander bestand")
        }
        return options
    }

    private static func parseAnnotate(_ arguments: [String]) throws(UsageError) -> AnnotateOptions {
        var options = AnnotateOptions()
        let paths = try walk(arguments, command: "annotate") { name, inlineValue, index throws(UsageError) in
            switch name {
            case "--output", "-o":
                let path = try value(for: name, inline: inlineValue, arguments: arguments, index: &index)
                guard !path.isEmpty, path != "-" else {
                    throw UsageError(message: "--output verwacht de naam van het nieuwe Word-bestand")
                }
                options.output = path
            case "--suggest":
                options.suggest = true
            case "--config", "--lexicon":
                try lexiconOption(
                    name, inline: inlineValue, arguments: arguments, index: &index,
                    configuration: &options.configuration, lexicons: &options.lexicons)
            default:
                return false
            }
            return true
        }
        guard paths.count == 1 else {
            throw UsageError(
                message: "'helder annotate' verwacht één Word-brief, bijvoorbeeld "
                    + "helder annotate brief.docx --output brief-helder.docx")
        }
        options.input = paths[0]
        guard URL(fileURLWithPath: options.input).pathExtension.lowercased() == "docx" else {
            throw UsageError(
                message: "'helder annotate' werkt met Word-bestanden (.docx); \(options.input) is dat niet")
        }
        if let output = options.output, samePath(output, options.input) {
            throw UsageError(
                message:
                    "--output \(output) is de brief zelf; helder verandert het origineel nooit, kies een andere naam")
        }
        return options
    }

    private static func parseCheck(_ arguments: [String]) throws(UsageError) -> CheckOptions {
        var options = CheckOptions()
        var index = 0
        var onlyPaths = false
        while index < arguments.count {
            let argument = arguments[index]
            if onlyPaths || argument == "-" || !argument.hasPrefix("-") {
                options.paths.append(argument)
                index += 1
                continue
            }
            if argument == "--" {
                onlyPaths = true
                index += 1
                continue
            }
            let (name, inlineValue) = splitOption(argument)
            switch name {
            case "--format", "-f":
                options.format = try formatValue(
                    try value(for: name, inline: inlineValue, arguments: arguments, index: &index))
            case "--csv-separator":
                let text = try value(for: name, inline: inlineValue, arguments: arguments, index: &index)
                guard text.count == 1, let separator = text.first, ",;\t|".contains(separator) else {
                    throw UsageError(message: "--csv-separator verwacht één teken: , of ; (of een tab), niet '\(text)'")
                }
                options.csvSeparator = separator
            case "--quiet", "-q":
                options.quiet = true
                index += 1
                continue
            case "--fix", "--fix-dry-run":
                let mode: FixMode = name == "--fix" ? .apply : .dryRun
                guard options.fix == nil || options.fix == mode, inlineValue == nil else {
                    throw UsageError(message: "kies --fix of --fix-dry-run, niet allebei")
                }
                options.fix = mode
                index += 1
                continue
            case "--baseline":
                options.baseline = try value(for: name, inline: inlineValue, arguments: arguments, index: &index)
            case "--write-baseline":
                options.writeBaseline = try value(for: name, inline: inlineValue, arguments: arguments, index: &index)
            case "--config", "--lexicon":
                try lexiconOption(
                    name, inline: inlineValue, arguments: arguments, index: &index,
                    configuration: &options.configuration, lexicons: &options.lexicons)
            case "--jobs", "-j":
                let text = try value(for: name, inline: inlineValue, arguments: arguments, index: &index)
                guard let jobs = Int(text), (1...256).contains(jobs) else {
                    throw UsageError(message: "--jobs verwacht een getal van 1 tot en met 256, niet '\(text)'")
                }
                options.jobs = jobs
            case "--output", "-o":
                let path = try value(for: name, inline: inlineValue, arguments: arguments, index: &index)
                guard !path.isEmpty else { throw UsageError(message: "--output verwacht een bestandsnaam") }
                // `-` means standard output, as for the inputs.
                options.output = path == "-" ? nil : path
            case "--min-score":
                let text = try value(for: name, inline: inlineValue, arguments: arguments, index: &index)
                guard let score = Int(text), (0...100).contains(score) else {
                    throw UsageError(message: "--min-score verwacht een getal van 0 tot en met 100, niet '\(text)'")
                }
                options.minScore = score
            case "--max-level":
                let text = try value(for: name, inline: inlineValue, arguments: arguments, index: &index)
                guard let level = LanguageLevel(code: text) else {
                    throw UsageError(message: "--max-level verwacht A2, B1, B2 of C1, niet '\(text)'")
                }
                options.maxLevel = level
            case "--fail-on":
                let text = try value(for: name, inline: inlineValue, arguments: arguments, index: &index)
                if text == "never" {
                    options.failOn = .never
                } else if let severity = Severity(rawValue: text) {
                    options.failOn = .severity(severity)
                } else {
                    throw UsageError(message: "--fail-on verwacht error, warning, info of never, niet '\(text)'")
                }
            default:
                throw UsageError(message: "onbekende optie '\(argument)' bij 'helder check'")
            }
            index += 1
        }
        guard !options.paths.isEmpty else {
            throw UsageError(message: "geef minstens één brief op, of - om standaardinvoer te lezen")
        }
        if options.fix != nil, options.paths.contains("-") {
            throw UsageError(message: "--fix past bestanden aan; standaardinvoer (-) kan dat niet")
        }
        if options.paths.filter({ $0 == "-" }).count > 1 {
            throw UsageError(message: "standaardinvoer (-) kan maar één keer worden gelezen")
        }
        if let output = options.output, options.paths.contains(where: { samePath($0, output) }) {
            throw UsageError(
                message: "--output \(output) is ook een brief die u laat controleren; kies een ander bestand")
        }
        return options
    }

    /// Walks the arguments of `helder COMMAND`: paths (and `-`) are returned in order; each option,
    /// with `--name=value` split, goes to `option`, which reads a value through `index` and answers
    /// whether it knows the option.
    private static func walk(
        _ arguments: [String], command: String,
        option: (_ name: String, _ inline: String?, _ index: inout Int) throws(UsageError) -> Bool
    ) throws(UsageError) -> [String] {
        var paths: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if !argument.hasPrefix("-") || argument == "-" {
                paths.append(argument)
            } else {
                let (name, inlineValue) = splitOption(argument)
                guard try option(name, inlineValue, &index) else {
                    throw UsageError(message: "onbekende optie '\(argument)' bij 'helder \(command)'")
                }
            }
            index += 1
        }
        return paths
    }

    /// `--config FILE` and `--lexicon FILE`, which check, compare and annotate share.
    private static func lexiconOption(
        _ name: String, inline: String?, arguments: [String], index: inout Int, configuration: inout String?,
        lexicons: inout [String]
    ) throws(UsageError) {
        let path = try value(for: name, inline: inline, arguments: arguments, index: &index)
        guard !path.isEmpty else { throw UsageError(message: "\(name) verwacht een bestandsnaam") }
        if name == "--config" {
            configuration = path
        } else {
            lexicons.append(path)
        }
    }

    /// Whether two paths name the same file (after resolving `.`, `..` and symbolic links).
    private static func samePath(_ lhs: String, _ rhs: String) -> Bool {
        guard lhs != "-" else { return false }
        func resolved(_ path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        }
        return resolved(lhs) == resolved(rhs)
    }

    /// `--format=json` → (`--format`, `json`); `--format` → (`--format`, nil).
    private static func splitOption(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    private static func value(for name: String, inline: String?, arguments: [String], index: inout Int)
        throws(UsageError)
        -> String
    {
        if let inline { return inline }
        guard index + 1 < arguments.count else { throw UsageError(message: "\(name) verwacht een waarde") }
        index += 1
        return arguments[index]
    }

    private static func formatValue(_ text: String) throws(UsageError) -> OutputFormat {
        guard let format = OutputFormat(rawValue: text) else {
            let known = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw UsageError(message: "onbekend formaat '\(text)'; kies uit: \(known)")
        }
        return format
    }
}
