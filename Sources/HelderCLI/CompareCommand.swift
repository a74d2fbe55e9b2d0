import Foundation
import Helder
import HelderDocuments
import HelderReports

/// `helder compare BEFORE AFTER`: both versions analysed alike, the comparison rendered, and exit
/// status 1 when the new version is worse, so it can guard a template in CI.
struct CompareCommand {
    let options: CompareOptions
    let console: Console

    func run() -> CommandStatus {
        guard
            let (analyzer, configuration) = Self.analyzer(
                for: options.after, configuration: options.configuration, lexicons: options.lexicons,
                console: console)
        else { return .inputError }
        let minimum = options.minSeverity ?? configuration?.minSeverity ?? .info
        let loader = DocumentLoader()
        var reports: [DocumentReport] = []
        var failed = false
        for path in [options.before, options.after] {
            do throws(DocumentError) {
                reports.append(analyzer.analyze(try loader.load(path: path)).showing(atLeast: minimum))
            } catch {
                console.err("helder: \(path): \(error.message)\n")
                failed = true
            }
        }
        guard !failed else { return .inputError }
        let comparison = LetterComparison(before: reports[0], after: reports[1])
        let tool = ToolInfo(name: "helder", version: HelderCommand.version)
        let rendered =
            switch options.format {
            case .json: comparison.json(tool: tool)
            case .html: HTMLComparisonRenderer.page(comparison, tool: tool)
            default: comparison.text()
            }
        do {
            let output = try ReportOutput(path: options.output, console: console)
            output.write(rendered)
            try output.commit(as: options.output ?? "-")
        } catch {
            console.err("helder: \(error)\n")
            return .inputError
        }
        if let path = options.output { console.err(WrittenNotice.comparison(at: path, format: options.format)) }
        return comparison.verdict == .worse ? .thresholdBreached : .clean
    }

    /// The analyzer for one letter: `--config`, else the nearest `.helder.json` above `path`, plus the
    /// `--lexicon` files; nil (after saying why) when one of them cannot be used.
    static func analyzer(for path: String, configuration: String?, lexicons: [String], console: Console) -> (
        Analyzer, Configuration?
    )? {
        let configurationPath = configuration ?? Configuration.discover(for: path)
        var configuration: Configuration?
        if let configurationPath {
            do {
                configuration = try Configuration.load(configurationPath)
            } catch {
                console.err("helder: \(error)\n")
                return nil
            }
        }
        guard let lexicons = CheckCommand.loadLexicons((configuration?.lexicons ?? []) + lexicons, console: console)
        else { return nil }
        return (CheckCommand.analyzer(lexicons: lexicons, configuration: configuration), configuration)
    }
}
