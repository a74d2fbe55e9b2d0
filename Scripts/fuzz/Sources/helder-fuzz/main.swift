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
    return 0
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
