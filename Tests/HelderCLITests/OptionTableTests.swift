import Foundation
import Testing

@testable import HelderCLI

/// The command line is driven by one option table per subcommand: parsing, `--help` and completion agree.
@Suite("Option tables")
struct OptionTableTests {
    @Test(
        "Every subcommand answers --help with its own options and exit status 0",
        arguments: ["check", "compare", "annotate", "rules", "explain"])
    func commandHelp(_ command: String) {
        let result = runHelder([command, "--help"])
        #expect(result.status == .clean, "\(result.err)")
        #expect(result.out.hasPrefix("Gebruik: helder \(command)"))
        let table: [[String]] =
            switch command {
            case "check": CommandTables.check.options.map(\.names)
            case "compare": CommandTables.compare.options.map(\.names)
            case "annotate": CommandTables.annotate.options.map(\.names)
            case "rules": CommandTables.rules.options.map(\.names)
            default: []
            }
        for names in table {
            #expect(result.out.contains(names.joined(separator: ", ")), "\(command) --help misses \(names)")
        }
    }

    @Test("--name=value, --name value, short names, repeated options and -- all parse the same way")
    func forms() throws {
        let parsed = try ArgumentParser.parse([
            "check", "--format=json", "-j", "2", "--lexicon", "a.tsv", "--lexicon=b.tsv", "-q", "--", "--raar.txt", "-",
        ])
        guard case .check(let options) = parsed else {
            Issue.record("not a check: \(parsed)")
            return
        }
        #expect(options.format == .json)
        #expect(options.jobs == 2)
        #expect(options.lexicons == ["a.tsv", "b.tsv"])
        #expect(options.quiet)
        #expect(options.paths == ["--raar.txt", "-"])
        #expect(try ArgumentParser.parse(["compare", "--format=html", "a.txt", "b.txt"]) != .help)
    }

    @Test(
        "A mistyped option or command gets a suggestion; a flag takes no value",
        arguments: [
            (["check", "--formaat", "json", "a.txt"], "bedoelt u '--format'?"),
            (["annotate", "--sugest", "a.docx"], "bedoelt u '--suggest'?"),
            (["chekc", "a.txt"], "bedoelt u 'helder check'?"),
            (["check", "--quiet=ja", "a.txt"], "--quiet heeft geen waarde"),
            (["completions", "powershell"], "verwacht bash, zsh of fish"),
        ])
    func suggestions(_ arguments: [String], _ message: String) {
        let result = runHelder(arguments)
        #expect(result.status == .usage)
        #expect(result.err.contains(message), "\(result.err)")
    }

    @Test("helder completions writes scripts from the tables; bash accepts its script")
    func completions() throws {
        let bash = runHelder(["completions", "bash"])
        #expect(bash.status == .clean)
        for option in CommandTables.check.options.flatMap(\.names) { #expect(bash.out.contains(option)) }
        #expect(bash.out.contains("complete -o filenames -F _helder helder"))
        let fish = runHelder(["completions", "fish"])
        #expect(fish.out.contains("-l format -s f -x -a 'text json csv sarif html'"))
        #expect(runHelder(["completions", "zsh"]).out.hasPrefix("autoload -U +X bashcompinit"))
        // bash itself parses the script (where bash is installed, as on every CI machine of this project).
        guard FileManager.default.isExecutableFile(atPath: "/bin/bash") else { return }
        let folder = try TemporaryFolder("helder-completions")
        let script = folder.url.appendingPathComponent("helder.bash")
        try Data(bash.out.utf8).write(to: script)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [
            "-c",
            "source \(script.path) && COMP_WORDS=(helder check --format '') && COMP_CWORD=3 && _helder && echo \"${COMPREPLY[*]}\"",
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(output.trimmingCharacters(in: .whitespacesAndNewlines) == "text json csv sarif html")
    }
}
