import Foundation
import Helder
import HelderDocuments
import HelderReports
import HelderWord

/// `helder annotate BRIEF.docx`: a copy of the letter with Helder's advice as Word comments (and,
/// with `--suggest`, the safe plain alternatives as tracked changes). The original is never changed.
struct AnnotateCommand {
    let options: AnnotateOptions
    let console: Console

    func run() -> CommandStatus {
        guard
            let (analyzer, configuration) = CompareCommand.analyzer(
                for: options.input, configuration: options.configuration,
                lexicons: options.lexicons, console: console)
        else { return .inputError }
        // A Word letter is read by a person: by default tips go into the summary, and so do the findings past
        // 15 comments per page. A severity asked for (option or .helder.json) gets every finding of it.
        let asked = options.minSeverity ?? configuration?.minSeverity
        let minimum = asked ?? .warning
        let input = options.input
        let output = options.output ?? Self.defaultOutput(for: input)
        let result: DOCXAnnotator.Result
        do throws(DocumentError) {
            let data = try DocumentLoader().contents(ofFile: input)
            result = try WordReview.annotate(
                data, source: input, analyzer: analyzer, minimum: minimum,
                limitPerPage: asked == nil ? ReviewComments.commentsPerPage : nil, suggest: options.suggest
            ).result
        } catch {
            console.err("helder: \(input): \(error.message)\n")
            return .inputError
        }
        do {
            let file = try ReportOutput(path: output, console: console)
            file.write(result.data)
            try file.commit(as: output)
        } catch {
            console.err("helder: \(error)\n")
            return .inputError
        }
        // What was written and where, on standard error like every other notice about a written file.
        let remarks = result.comments - 1
        var summary =
            remarks == 0
            ? "  geen opmerkingen, alleen een samenvatting"
            : "  \(remarks) \(remarks == 1 ? "opmerking" : "opmerkingen") en een samenvatting"
        if options.suggest {
            summary +=
                "; \(result.substitutions) \(result.substitutions == 1 ? "wijziging" : "wijzigingen") "
                + "om te accepteren of te weigeren"
            if !result.skipped.isEmpty {
                summary +=
                    " (\(result.skipped.count) niet als wijziging voorgesteld: ze staan in een veld, "
                    + "een eerdere wijziging of over de rand van een opmerking heen)"
            }
        }
        console.err(WrittenNotice.annotated(at: output) + summary + ".\n")
        return .clean
    }

    /// `map/brief.docx` → `map/brief-helder.docx`.
    static func defaultOutput(for input: String) -> String {
        let url = URL(fileURLWithPath: input)
        let name = url.deletingPathExtension().lastPathComponent + "-helder.docx"
        let folder = (input as NSString).deletingLastPathComponent
        return folder.isEmpty ? name : folder + "/" + name
    }
}
