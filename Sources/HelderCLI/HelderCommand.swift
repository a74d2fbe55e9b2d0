import Foundation
import Helder
import HelderDocuments
import HelderReports

/// Exit statuses of `helder`.
enum CommandStatus: Int32 {
    /// Every input was read and no threshold was breached.
    case clean = 0
    /// A finding or score breached a threshold (`--fail-on`, `--min-score`, `--max-level`).
    case thresholdBreached = 1
    /// An input could not be read (the others were still reported), no input stood for a letter (an
    /// empty folder, a pattern that matched nothing), or the output could not be written.
    case inputError = 2
    /// The command line was not understood.
    case usage = 64
}

/// Where the command writes: standard output and standard error, replaceable in tests.
struct Console: Sendable {
    var out: @Sendable (String) -> Void
    var err: @Sendable (String) -> Void

    static let standard = Console(out: { emit($0, to: STDOUT_FILENO) }, err: { emit($0, to: STDERR_FILENO) })

    /// Writes the text's UTF-8 straight from its storage (no extra copy of a large report), retrying short writes.
    private static func emit(_ text: String, to descriptor: Int32) {
        writeAll(text, to: descriptor)
    }
}

/// The `helder` command: parses arguments, runs, and returns the exit status. No analysis happens here.
enum HelderCommand {
    static let version = "0.1.0"

    static func run(_ arguments: [String], console: Console = .standard) -> CommandStatus {
        let invocation: Invocation
        do {
            invocation = try ArgumentParser.parse(arguments)
        } catch {
            console.err("helder: \(error.message)\nGebruik 'helder --help' voor uitleg.\n")
            return .usage
        }
        switch invocation {
        case .help:
            console.out(HelpText.main)
            return .clean
        case .commandHelp(let text):
            console.out(text)
            return .clean
        case .completions(let shell):
            console.out(Completions.script(for: shell))
            return .clean
        case .version:
            console.out(
                "helder \(version) (formules \(ReadabilityConstants.formulaVersion), "
                    + "libxml2 \(NativeLibraries.libxml2Version), zlib \(NativeLibraries.zlibVersion))\n")
            return .clean
        case .rules(let format):
            console.out(RulesText.render(AllChecks.infos, format: format))
            return .clean
        case .explain(let rule):
            let ids = AllChecks.infos.map(\.id)
            switch RuleLookup.resolve(rule, in: ids) {
            case .found(let id):
                console.out(RulesText.explain(AllChecks.info(for: id)!))
                return .clean
            case .ambiguous(let candidates):
                console.err(
                    "helder: '\(rule)' past bij meer regels: \(candidates.joined(separator: ", ")). "
                        + "Kies er één, bijvoorbeeld: helder explain \(candidates[0])\n")
                return .usage
            case .unknown(let suggestion?):
                console.err("helder: onbekende regel '\(rule)'; bedoelt u '\(suggestion)'?\n")
                return .usage
            case .unknown(nil):
                console.err(
                    "helder: onbekende regel '\(rule)'. Bekende regels: \(ids.joined(separator: ", "))\n")
                return .usage
            }
        case .check(let options):
            return CheckCommand(options: options, console: console).run()
        case .compare(let options):
            return CompareCommand(options: options, console: console).run()
        case .annotate(let options):
            return AnnotateCommand(options: options, console: console).run()
        case .serve(let options):
            return ServeCommand(options: options, console: console).run()
        }
    }
}

/// `helder check`: read every input, analyse it, render the report, decide the exit status.
struct CheckCommand {
    let options: CheckOptions
    let console: Console

    func run() -> CommandStatus {
        // Every input with the configuration that governs it: --config, else the nearest .helder.json.
        var configurations: [String: Configuration] = [:]
        var inputs: [(path: String, configuration: String?)] = []
        // Arguments that stand for no letter, and folders that could not be searched: never a silent success.
        var walkProblems: [InputFiles.Problem] = []
        for argument in options.paths {
            let configurationPath = options.configuration ?? Configuration.discover(for: argument)
            if let configurationPath, configurations[configurationPath] == nil {
                do {
                    configurations[configurationPath] = try Configuration.load(configurationPath)
                } catch {
                    console.err("helder: \(error)\n")
                    return .inputError
                }
            }
            let configuration = configurationPath.flatMap { configurations[$0] }
            let expansion = InputFiles.expand(argument, admitting: configuration)
            for path in expansion.letters { inputs.append((path, configurationPath)) }
            walkProblems += expansion.unreadableFolders
            if let message = expansion.nothingFound { walkProblems.append(.init(path: argument, message: message)) }
        }
        // Nothing to check is a failure a CI gate must see, and no report is written.
        guard !inputs.isEmpty else {
            for problem in walkProblems { console.err("helder: \(problem.path): \(problem.message)\n") }
            return .inputError
        }
        // One analyzer per configuration: its rules, severities and lexicons.
        var analyzers: [String: Analyzer] = [:]
        for key in Set(inputs.map { $0.configuration ?? "" }) {
            let configuration = configurations[key]
            guard let lexicons = loadLexicons(adding: configuration?.lexicons ?? []) else { return .inputError }
            analyzers[key] = Self.analyzer(lexicons: lexicons, configuration: configuration)
        }
        if let mode = options.fix {
            let fixed = fixTemplates(inputs.map { ($0.path, analyzers[$0.configuration ?? ""]!) }, mode: mode)
            if mode == .dryRun {
                for problem in walkProblems { console.err("helder: \(problem.path): \(problem.message)\n") }
                return walkProblems.isEmpty ? fixed : .inputError
            }
        }
        let thresholds = inputs.map { input in
            Thresholds(options: options, configuration: input.configuration.flatMap { configurations[$0] })
        }
        // What each letter's report shows (`--min-severity`, else its `.helder.json`, else everything).
        let shown = inputs.map { input in
            options.minSeverity ?? input.configuration.flatMap { configurations[$0]?.minSeverity } ?? .info
        }
        let show: @Sendable (Int, ReportItem) -> ReportItem = { index, item in
            guard case .document(let report) = item, shown[index] > .info else { return item }
            return .document(report.showing(atLeast: shown[index]))
        }
        var known: Baseline?
        if let path = options.baseline {
            do {
                known = try Baseline(file: path)
            } catch {
                console.err("helder: \(error)\n")
                return .inputError
            }
        }
        let sink: any ReportSink
        do {
            guard let made = try makeSink(inputs: inputs.count) else { return .usage }
            sink = made
        } catch {
            console.err("helder: \(error)\n")
            return .inputError
        }
        let progress =
            options.quiet || inputs.count < 2 || isatty(STDERR_FILENO) == 0 ? nil : Progress(total: inputs.count)
        var written = options.writeBaseline.map { _ in Baseline() }
        var failures: [(path: String, message: String)] = []
        var breached = false
        // A sink's slow rendering (an HTML page per letter) runs on the workers, unless a baseline
        // still has to change the findings in input order.
        var prerender: (@Sendable (Int, ReportItem) -> String)?
        if known == nil, let render = sink.prerenderer {
            prerender = { index, item in render(show(index, item)) }
        }
        Self.analyze(
            inputs.map(\.path), with: inputs.map { analyzers[$0.configuration ?? ""]! }, jobs: options.jobs,
            progress: progress, prerender: prerender
        ) { index, item, rendered in
            var item = item
            switch item {
            case .failure(let path, let message):
                failures.append((path, message))
            case .document(let report):
                // The baseline knows every finding; the report and the exit status what is shown.
                written?.add(report)
                if known != nil { item = known!.removeKnown(from: item) }
                item = show(index, item)
                if case .document(let kept) = item, thresholds[index].isBreached(by: kept) { breached = true }
            }
            sink.add(item, rendered: rendered)
        }
        progress?.finish()
        if let path = options.writeBaseline, let written {
            do {
                let file = try ReportOutput(path: path, console: console)
                file.write(written.serialized())
                try file.commit(as: path)
            } catch {
                sink.discard()
                console.err("helder: \(path): kan de baseline niet schrijven (\(error.reason)).\n")
                return .inputError
            }
        }
        do {
            try sink.finish()
        } catch {
            console.err("helder: \(error)\n")
            return .inputError
        }
        // Errors are reported after the work, in input order, so the output never depends on timing.
        for problem in walkProblems { console.err("helder: \(problem.path): \(problem.message)\n") }
        for (path, message) in failures { console.err("helder: \(path): \(message)\n") }
        // Where the written files are comes last, where the eye ends.
        if !options.quiet {
            if let path = options.writeBaseline { console.err(WrittenNotice.baseline(at: path)) }
            if let location = sink.location { console.err(WrittenNotice.report(at: location, format: options.format)) }
        }
        // An unreadable input (or a folder without letters) wins over a breached threshold.
        return !failures.isEmpty || !walkProblems.isEmpty ? .inputError : breached ? .thresholdBreached : .clean
    }

    /// Where the report goes; nil (after saying why) when the command line asks for something impossible.
    private func makeSink(inputs: Int) throws(ReportOutputError) -> (any ReportSink)? {
        let tool = ToolInfo(name: "helder", version: HelderCommand.version)
        let workingFolder = FileManager.default.currentDirectoryPath
        if options.format == .html {
            var isFolder: ObjCBool = false
            let outputIsFolder =
                options.output.map {
                    $0.hasSuffix("/")
                        || (FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && isFolder.boolValue)
                } ?? false
            if inputs > 1 || outputIsFolder {
                guard let folder = options.output else {
                    console.err(
                        "helder: --format html met meer dan één brief maakt een map met een pagina per brief en "
                            + "index.html; geef die map op met --output MAP\n")
                    return nil
                }
                return try HTMLFolderSink(folder: folder, tool: tool, workingFolder: workingFolder)
            }
        }
        let stream: any ReportStream
        switch options.format {
        case .text: stream = TextReportRenderer.Stream()
        case .json: stream = JSONReportRenderer.Stream(tool: tool)
        case .csv: stream = CSVReportRenderer.Stream(separator: options.csvSeparator)
        case .sarif:
            stream = SARIFReportRenderer.Stream(rules: AllChecks.infos, tool: tool, relativeTo: workingFolder)
        case .html: stream = HTMLPageStream(tool: tool)
        }
        return StreamSink(
            stream, output: try ReportOutput(path: options.output, console: console), shownPath: options.output ?? "-")
    }

    /// Reads and analyses every path, `jobs` at a time, and hands each result to `consume` in the order of `paths`.
    /// `prerender`, when given, also runs on the workers and its result goes to `consume` with the item.
    static func analyze(
        _ paths: [String], with analyzers: [Analyzer], jobs: Int, progress: Progress? = nil,
        prerender: (@Sendable (Int, ReportItem) -> String)? = nil,
        consume: @escaping (Int, ReportItem, String?) -> Void
    ) {
        let loader = DocumentLoader()
        // Standard input can be read only once and by one reader.
        let jobs = paths.contains("-") ? 1 : jobs
        OrderedBatch<(ReportItem, String?)>.run(
            count: paths.count, jobs: jobs,
            produce: { index in
                defer { progress?.advance() }
                let path = paths[index]
                let item: ReportItem
                do throws(DocumentError) {
                    item = .document(analyzers[index].analyze(try loader.load(path: path)))
                } catch {
                    item = .failure(path: path, message: error.message)
                }
                return (item, prerender?(index, item))
            }, consume: { index, result in consume(index, result.0, result.1) })
    }

    /// The analyzer a configuration asks for: its rules, severities, placeholders and limits.
    static func analyzer(lexicons: LexiconSet, configuration: Configuration?) -> Analyzer {
        Analyzer(
            lexicons: lexicons, checks: configuration?.checks ?? AllChecks.all,
            severities: configuration?.severities ?? [:], placeholders: configuration?.placeholders,
            limits: configuration?.limits ?? StructureLimits())
    }

    /// The built-in lexicons plus the configuration's and the `--lexicon` files; nil (after saying why) when one cannot be used.
    func loadLexicons(adding extra: [String]) -> LexiconSet? {
        Self.loadLexicons(extra + options.lexicons, console: console)
    }

    /// The built-in lexicons plus the files at `paths`; nil (after saying why) when one cannot be used.
    static func loadLexicons(_ paths: [String], console: Console) -> LexiconSet? {
        var lexicons = LexiconSet.builtin
        for path in paths {
            let data: Data
            do {
                data = try SupportFile.contents(of: path)
            } catch {
                console.err("helder: \(path): kan dit lexicon niet lezen (\(error.reason)).\n")
                return nil
            }
            guard let text = String(data: data, encoding: .utf8) else {
                console.err("helder: \(path): een lexicon moet UTF-8-tekst zijn.\n")
                return nil
            }
            do {
                lexicons = try lexicons.adding(lexiconNamed: path, text: text)
            } catch {
                console.err("helder: \(error)\n")
                return nil
            }
        }
        return lexicons
    }
}

/// When a letter breaches the bar: the command line wins over `.helder.json`, which wins over the defaults.
struct Thresholds {
    var failOn: FailThreshold
    var minScore: Int?
    var maxLevel: LanguageLevel?

    init(options: CheckOptions, configuration: Configuration?) {
        failOn = options.failOn ?? configuration?.failOn ?? .severity(.error)
        minScore = options.minScore ?? configuration?.minScore
        maxLevel = options.maxLevel ?? configuration?.maxLevel
    }

    func isBreached(by report: DocumentReport) -> Bool {
        if report.findings.contains(where: { failOn.isBreached(by: $0.severity) }) { return true }
        if let minScore, let overall = report.scores.overall, overall < minScore { return true }
        if let maxLevel, let level = report.level.level, level > maxLevel { return true }
        return false
    }
}

/// A progress line on standard error for batches on a terminal: letters done, rate and time left.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let start = Date()
    private var done = 0
    private var lastDrawn = Date.distantPast

    init(total: Int) { self.total = total }

    func advance() {
        lock.withLock {
            done += 1
            let now = Date()
            // At most ten redraws a second, and always the last one.
            guard now.timeIntervalSince(lastDrawn) >= 0.1 || done == total else { return }
            lastDrawn = now
            let elapsed = max(now.timeIntervalSince(start), 0.001)
            let rate = Double(done) / elapsed
            let left = rate > 0 ? Int((Double(total - done) / rate).rounded()) : 0
            let line = "\r\(done)/\(total) brieven · \(Int(rate.rounded())) per seconde · nog \(left) s   "
            _ = line.withCString { write(STDERR_FILENO, $0, strlen($0)) }
        }
    }

    /// Clears the progress line.
    func finish() {
        let clear = "\r" + String(repeating: " ", count: 60) + "\r"
        _ = clear.withCString { write(STDERR_FILENO, $0, strlen($0)) }
    }
}
