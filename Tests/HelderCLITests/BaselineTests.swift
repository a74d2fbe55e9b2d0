import Foundation
import Testing

@testable import HelderCLI

@Suite("Baseline")
struct BaselineTests {
    let temporary: TemporaryFolder
    var folder: URL { temporary.url }

    init() throws { temporary = try TemporaryFolder("helder-baseline") }

    func rules(_ result: (status: CommandStatus, out: String, err: String)) throws -> [String] {
        try jsonFindings(result.out).map { "\($0.rule) \($0.excerpt)" }
    }

    @Test("Known findings are left out by rule and text, also when the letter moves; new ones are reported")
    func adoption() throws {
        let letter = folder.appendingPathComponent("brief.txt")
        let baseline = folder.appendingPathComponent("baseline.json").path
        try Data("Wij schrijven u derhalve deze brief. Indien u vragen heeft, bel ons.\n".utf8).write(to: letter)
        let first = runHelder(["check", "--format", "json", "--write-baseline", baseline, letter.path])
        #expect(try rules(first).count >= 2)
        let known = runHelder(["check", "--format", "json", "--baseline", baseline, letter.path])
        #expect(known.status == .clean)
        #expect(try rules(known).isEmpty)
        // A new sentence above the known ones: only its finding is new, the old ones moved but stay known.
        try Data(
            "Wij verstrekken u thans een formulier.\n\nWij schrijven u derhalve deze brief. Indien u vragen heeft, bel ons.\n"
                .utf8
        )
        .write(to: letter)
        let changed = try rules(runHelder(["check", "--format", "json", "--baseline", baseline, letter.path]))
        #expect(!changed.isEmpty)
        #expect(changed.allSatisfy { !$0.contains("derhalve") && !$0.hasSuffix(" Indien") })
        #expect(changed.contains { $0.contains("thans") })
    }

    @Test("A broken baseline is a clear error, exit status 2")
    func broken() throws {
        let letter = folder.appendingPathComponent("brief.txt")
        try Data("Indien u vragen heeft, bel ons.\n".utf8).write(to: letter)
        let file = folder.appendingPathComponent("kapot.json")
        try Data(#"{ "findings": [ { "rule": "x" } ] }"#.utf8).write(to: file)
        let result = runHelder(["check", "--baseline", file.path, letter.path])
        #expect(result.status == .inputError)
        #expect(result.err.contains("kapot.json: bevinding 1 mist"))
        let missing = runHelder(["check", "--baseline", folder.appendingPathComponent("geen.json").path, letter.path])
        #expect(missing.status == .inputError)
        #expect(missing.err.contains("kan de baseline niet lezen"))
    }
}
