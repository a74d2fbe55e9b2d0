import Foundation
import Testing

@testable import HelderCLI

/// The package root, found from this file.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
/// Where golden outputs live.
let snapshotFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

/// Collects what the command writes, from any thread.
final class CapturedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""

    var out: String { lock.withLock { outText } }
    var err: String { lock.withLock { errText } }

    var console: Console {
        Console(
            out: { text in self.lock.withLock { self.outText += text } },
            err: { text in self.lock.withLock { self.errText += text } })
    }
}

/// Runs `helder` in-process; absolute paths under the package root are shown relative to it.
func runHelder(_ arguments: [String]) -> (status: CommandStatus, out: String, err: String) {
    let captured = CapturedOutput()
    let status = HelderCommand.run(arguments, console: captured.console)
    let root = packageRoot.path + "/"
    return (
        status, captured.out.replacingOccurrences(of: root, with: ""),
        captured.err.replacingOccurrences(of: root, with: "")
    )
}

/// The absolute path of a sample letter.
func sample(_ name: String) -> String {
    packageRoot.appendingPathComponent("Samples/\(name)").path
}

/// Compares `actual` with the golden file `name`; with `HELDER_RECORD=1` it rewrites the file and fails on purpose.
func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = snapshotFolder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["HELDER_RECORD"] == "1" {
        try Data(actual.utf8).write(to: url, options: .atomic)
        Issue.record("recorded \(name); run again without HELDER_RECORD=1", sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no snapshot \(name); record it with HELDER_RECORD=1 swift test", sourceLocation: sourceLocation)
        return
    }
    if actual != expected {
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
        let detail =
            firstDifference.map {
                "line \($0.offset + 1):\n  expected: \($0.element.1)\n  actual:   \($0.element.0)"
            } ?? "expected \(expectedLines.count) lines, got \(actualLines.count)"
        Issue.record("\(name) differs from its snapshot; \(detail)", sourceLocation: sourceLocation)
    }
}

/// The JSON report of `helder check --format json`; throws when the output is not one.
func jsonReport(_ output: String) throws -> ReportJSON {
    try decodeJSON(ReportJSON.self, output)
}

/// The checked documents of a JSON report, in order; files that could not be read are left out.
func jsonDocuments(_ output: String) throws -> [DocumentJSON] {
    try jsonReport(output).documents.compactMap(\.document)
}

/// The findings of every document in a JSON report, in order.
func jsonFindings(_ output: String) throws -> [FindingJSON] {
    try jsonDocuments(output).flatMap(\.findings)
}

/// A fresh folder under the system's temporary folder for one test suite, removed with the suite.
final class TemporaryFolder {
    let url: URL

    init(_ prefix: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
