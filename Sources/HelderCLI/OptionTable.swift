/// One option of a subcommand: its names, the value it takes (nil for a flag), its Dutch help and what it
/// does. A subcommand's options are one table that drives parsing, `--help` and shell completion, so the
/// three cannot drift apart.
struct OptionSpec<Options>: Sendable {
    /// The long name first (`--format`), then short ones (`-f`).
    var names: [String]
    /// What the value is called in help (`text|json|…`, `<pad>`); nil for a flag.
    var value: String?
    /// Values a shell can complete (`text`, `json` …); empty when the value is free (a file, a number).
    var choices: [String] = []
    /// Whether the value is a file name (shells complete files).
    var takesFile = false
    /// One or more Dutch lines for `--help`.
    var help: String
    /// Applies the option; `value` is the option's value, or empty for a flag.
    var apply: @Sendable (inout Options, _ value: String) throws(UsageError) -> Void
}

/// A subcommand: how it is used, what it does, and its option table.
struct CommandSpec<Options>: Sendable {
    var name: String
    /// `helder check [opties] <bestand>...`
    var usage: String
    /// One Dutch paragraph: what the command does.
    var summary: String
    var options: [OptionSpec<Options>]

    /// Parses `arguments` into `options`; returns the paths (and `-`) in order. `--` ends the options;
    /// `--name=value` and `--name value` both work, an option may be repeated (the last value wins, or each
    /// adds, as the option decides). Throws `HelpRequested` for `--help`/`-h`.
    func parse(_ arguments: [String], into options: inout Options) throws(CommandLineProblem) -> [String] {
        var paths: [String] = []
        var index = 0
        var onlyPaths = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPaths || argument == "-" || !argument.hasPrefix("-") {
                paths.append(argument)
                continue
            }
            if argument == "--" {
                onlyPaths = true
                continue
            }
            if argument == "--help" || argument == "-h" { throw .help(helpText) }
            var name = argument
            var inline: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            }
            guard let option = spec(named: name) else {
                var message = "onbekende optie '\(argument)' bij 'helder \(self.name)'"
                if let suggestion = suggestion(for: name) { message += "; bedoelt u '\(suggestion)'?" }
                throw .usage(UsageError(message: message))
            }
            var value = ""
            if option.value != nil {
                if let inline {
                    value = inline
                } else {
                    guard index < arguments.count else {
                        throw .usage(UsageError(message: "\(name) verwacht een waarde"))
                    }
                    value = arguments[index]
                    index += 1
                }
            } else if inline != nil {
                throw .usage(UsageError(message: "\(name) heeft geen waarde"))
            }
            do throws(UsageError) {
                try option.apply(&options, value)
            } catch {
                throw .usage(error)
            }
        }
        return paths
    }

    private func spec(named name: String) -> OptionSpec<Options>? {
        options.first { $0.names.contains(name) }
    }

    /// The known option closest to a mistyped one (at most two edits away), for "bedoelt u …?".
    func suggestion(for name: String) -> String? {
        let candidates = options.flatMap(\.names).filter { $0.hasPrefix("--") } + ["--help"]
        let scored = candidates.map { ($0, Self.editDistance(name, $0)) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// The Dutch `--help` of this command, made from the table.
    var helpText: String {
        var lines = ["Gebruik: \(usage)", "", summary, "", "Opties:"]
        for option in options {
            let names = option.names.joined(separator: ", ") + (option.value.map { " \($0)" } ?? "")
            let helpLines = option.help.split(separator: "\n", omittingEmptySubsequences: false)
            if names.count <= 26 {
                lines.append("  " + names.padding(toLength: 28, withPad: " ", startingAt: 0) + helpLines[0])
            } else {
                lines.append("  " + names)
                lines.append(String(repeating: " ", count: 30) + helpLines[0])
            }
            for line in helpLines.dropFirst() { lines.append(String(repeating: " ", count: 30) + line) }
        }
        lines.append("  -h, --help                  deze uitleg")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The names and value kinds of the options, for shell completion.
    var completionOptions: [(names: [String], choices: [String], takesFile: Bool, takesValue: Bool)] {
        options.map { ($0.names, $0.choices, $0.takesFile, $0.value != nil) }
    }

    /// Levenshtein distance between two short strings.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// Why a command line was not turned into options: a usage error, or a request for a command's help.
enum CommandLineProblem: Error {
    case usage(UsageError)
    case help(String)
}
