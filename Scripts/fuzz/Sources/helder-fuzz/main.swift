import Foundation
import Helder
import HelderDocuments
import HelderReports

/// The file type the fuzzer feeds, from HELDER_FUZZ_FORMAT: txt, html, docx or odt.
let format: String = ProcessInfo.processInfo.environment["HELDER_FUZZ_FORMAT"] ?? "txt"
let loader = DocumentLoader()
let analyzer = Analyzer()
let tool = ToolInfo(name: "helder-fuzz", version: "0")

/// One input: read it as a letter of `format`; when it reads, analyse it and render every report.
/// A thrown DocumentError is a correct answer to a bad file; a crash, hang or leak is a finding.
func fuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    guard let document = try? loader.read(data, source: "fuzz.\(format)", fileExtension: format) else { return 0 }
    let report = analyzer.analyze(document)
    let item = ReportItem.document(report)
    _ = TextReportRenderer.render([item])
    _ = JSONReportRenderer.render([item], tool: tool)
    _ = CSVReportRenderer.render([item])
    _ = SARIFReportRenderer.render([item], rules: AllChecks.infos, tool: tool, relativeTo: "/")
    _ = HTMLReportRenderer.page(item, tool: tool)
    _ = LetterComparison(before: report, after: report).text()
    if format == "docx" { annotate(data, report) }
    if format == "txt" || format == "html" { fixTemplate(data, document, report) }
    return 0
}

/// `helder annotate`: comments alone must leave the text exactly as it was; with tracked changes the
/// copy must still be a readable Word document.
func annotate(_ data: Data, _ report: DocumentReport) {
    guard let (document, map) = try? loader.readWord(data, source: "fuzz.docx") else { return }
    let comments = ReviewComments.comments(for: report)
    guard let plain = try? DOCXAnnotator.annotate(data, source: "fuzz.docx", map: map, comments: comments) else {
        return
    }
    guard let reread = try? DOCXReader().read(plain.data, source: "fuzz.docx"), reread.blocks == document.blocks
    else { fatalError("annotated copy does not read back to the same text") }
    let substitutions = ReviewComments.substitutions(for: report)
    guard !substitutions.isEmpty,
        let suggested = try? DOCXAnnotator.annotate(
            data, source: "fuzz.docx", map: map, comments: comments, substitutions: substitutions)
    else { return }
    guard (try? DOCXReader().read(suggested.data, source: "fuzz.docx")) != nil else {
        fatalError("annotated copy with tracked changes is not readable")
    }
}

/// `--fix`: the fixed template must still read, with no more safe substitutions where edits went in.
func fixTemplate(_ data: Data, _ document: Document, _ report: DocumentReport) {
    let edits = TemplateFixer.edits(for: report)
    guard !edits.isEmpty else { return }
    let outcome = TemplateFixer.apply(edits, to: data, format: document.format)
    guard outcome.applied.count + outcome.skipped.count == edits.count else { fatalError("edits lost") }
    guard (try? loader.read(outcome.data, source: "fuzz.\(format)", fileExtension: format)) != nil else {
        fatalError("fixed template no longer reads")
    }
}

/// libFuzzer's driver (linked from libclang_rt.fuzzer_no_main by Scripts/fuzz/run).
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(runDriver(&argc, &argv) { fuzz($0, $1) })
