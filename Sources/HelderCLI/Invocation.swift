import Foundation
import Helder

/// What the user asked for, parsed from the command line.
enum Invocation: Equatable {
    case check(CheckOptions)
    case compare(CompareOptions)
    case annotate(AnnotateOptions)
    case serve(ServeOptions)
    case rules(format: OutputFormat)
    case explain(rule: String)
    case help
    /// `helder COMMAND --help`: the command's own help text.
    case commandHelp(String)
    /// `helder completions bash|zsh|fish`: a completion script.
    case completions(Shell)
    case version
}

/// Shells `helder completions` writes a script for.
enum Shell: String, Equatable, CaseIterable {
    case bash
    case zsh
    case fish
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
    /// `--min-severity`: show only findings this severe or worse; nil: from `.helder.json`, else all.
    var minSeverity: Severity?
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
    /// nil: from `.helder.json`, else all findings.
    var minSeverity: Severity?
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
    /// nil: from `.helder.json`, else warnings and errors (a Word letter full of tips is not read).
    var minSeverity: Severity?
}

/// Options of `helder serve`.
struct ServeOptions: Equatable {
    /// The numeric address (IPv4 or IPv6) to listen on; only this machine by default.
    var host = "127.0.0.1"
    var port: UInt16 = 8080
    /// The largest upload, in megabytes.
    var maxUploadMegabytes = 10
    /// Seconds a connection may stay idle, and a request's body may take to arrive.
    var timeout = 30
    var configuration: String?
    var lexicons: [String] = []
    /// Letters analysed at the same time.
    var jobs = ProcessInfo.processInfo.activeProcessorCount
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

/// Parses arguments (without the program name) into an `Invocation`, with the option tables of
/// `CommandTables`.
enum ArgumentParser {
    static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        guard let command = arguments.first else { return .help }
        let rest = Array(arguments.dropFirst())
        do throws(CommandLineProblem) {
            switch command {
            case "-h", "--help", "help": return .help
            case "--version", "-V", "version": return .version
            case "check": return .check(try parseCheck(rest))
            case "compare": return .compare(try parseCompare(rest))
            case "annotate": return .annotate(try parseAnnotate(rest))
            case "serve":
                var options = ServeOptions()
                let extra = try CommandTables.serve.parse(rest, into: &options)
                guard extra.isEmpty else {
                    throw CommandLineProblem.usage(
                        UsageError(message: "'helder serve' neemt geen bestanden; onbekend: '\(extra[0])'"))
                }
                return .serve(options)
            case "rules":
                var format = OutputFormat.text
                let extra = try CommandTables.rules.parse(rest, into: &format)
                guard extra.isEmpty else {
                    throw CommandLineProblem.usage(
                        UsageError(message: "onbekende optie '\(extra[0])' bij 'helder rules'"))
                }
                return .rules(format: format)
            case "explain":
                if rest == ["--help"] || rest == ["-h"] {
                    return .commandHelp(
                        "Gebruik: helder explain <regel>\n\nUitleg van één regel, bijvoorbeeld readability.lange-zin. "
                            + "Een deel van de naam is genoeg\nals maar één regel erbij past: helder explain vaktaal, "
                            + "helder explain lengte.\n"
                    )
                }
                guard rest.count == 1, !rest[0].hasPrefix("-") else {
                    throw CommandLineProblem.usage(
                        UsageError(
                            message:
                                "'helder explain' verwacht één regel-id, bijvoorbeeld: helder explain readability.lange-zin"
                        ))
                }
                return .explain(rule: rest[0])
            case "completions":
                guard rest.count == 1, let shell = Shell(rawValue: rest[0]) else {
                    throw CommandLineProblem.usage(
                        UsageError(
                            message:
                                "'helder completions' verwacht bash, zsh of fish, bijvoorbeeld: helder completions bash"
                        ))
                }
                return .completions(shell)
            default:
                if command.hasPrefix("-") {
                    throw CommandLineProblem.usage(UsageError(message: "onbekende optie '\(command)'"))
                }
                let commands = ["check", "compare", "annotate", "serve", "rules", "explain", "completions"]
                if let close = commands.first(where: { CommandSpec<CheckOptions>.editDistance(command, $0) <= 2 }) {
                    throw CommandLineProblem.usage(
                        UsageError(message: "onbekende opdracht '\(command)'; bedoelt u 'helder \(close)'?"))
                }
                throw CommandLineProblem.usage(
                    UsageError(message: "onbekende opdracht '\(command)'; bedoelt u 'helder check \(command)'?"))
            }
        } catch {
            switch error {
            case .usage(let usage): throw usage
            case .help(let text): return .commandHelp(text)
            }
        }
    }

    private static func parseCompare(_ arguments: [String]) throws(CommandLineProblem) -> CompareOptions {
        var options = CompareOptions()
        let paths = try CommandTables.compare.parse(arguments, into: &options)
        guard paths.count == 2 else {
            throw .usage(
                UsageError(
                    message: "'helder compare' verwacht twee brieven: de oude en de nieuwe versie, bijvoorbeeld "
                        + "helder compare brief.docx brief-nieuw.docx"))
        }
        guard !paths.contains("-") else {
            throw .usage(UsageError(message: "'helder compare' leest twee bestanden, geen standaardinvoer"))
        }
        options.before = paths[0]
        options.after = paths[1]
        if let output = options.output, paths.contains(where: { samePath($0, output) }) {
            throw .usage(UsageError(message: "--output \(output) is ook een van de brieven; kies een ander bestand"))
        }
        return options
    }

    private static func parseAnnotate(_ arguments: [String]) throws(CommandLineProblem) -> AnnotateOptions {
        var options = AnnotateOptions()
        let paths = try CommandTables.annotate.parse(arguments, into: &options)
        guard paths.count == 1 else {
            throw .usage(
                UsageError(
                    message: "'helder annotate' verwacht één Word-brief, bijvoorbeeld "
                        + "helder annotate brief.docx --output brief-helder.docx"))
        }
        options.input = paths[0]
        guard URL(fileURLWithPath: options.input).pathExtension.lowercased() == "docx" else {
            throw .usage(
                UsageError(message: "'helder annotate' werkt met Word-bestanden (.docx); \(options.input) is dat niet"))
        }
        if let output = options.output, samePath(output, options.input) {
            throw .usage(
                UsageError(
                    message:
                        "--output \(output) is de brief zelf; helder verandert het origineel nooit, kies een andere naam"
                ))
        }
        return options
    }

    private static func parseCheck(_ arguments: [String]) throws(CommandLineProblem) -> CheckOptions {
        var options = CheckOptions()
        options.paths = try CommandTables.check.parse(arguments, into: &options)
        guard !options.paths.isEmpty else {
            throw .usage(UsageError(message: "geef minstens één brief op, of - om standaardinvoer te lezen"))
        }
        if options.fix != nil, options.paths.contains("-") {
            throw .usage(UsageError(message: "--fix past bestanden aan; standaardinvoer (-) kan dat niet"))
        }
        if options.paths.filter({ $0 == "-" }).count > 1 {
            throw .usage(UsageError(message: "standaardinvoer (-) kan maar één keer worden gelezen"))
        }
        if let output = options.output, options.paths.contains(where: { samePath($0, output) }) {
            throw .usage(
                UsageError(
                    message: "--output \(output) is ook een brief die u laat controleren; kies een ander bestand"))
        }
        return options
    }

    /// Whether two paths name the same file (after resolving `.`, `..` and symbolic links).
    private static func samePath(_ lhs: String, _ rhs: String) -> Bool {
        guard lhs != "-" else { return false }
        func resolved(_ path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        }
        return resolved(lhs) == resolved(rhs)
    }
}
