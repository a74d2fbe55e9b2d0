import Foundation
import Testing

@testable import HelderCLI

/// Every letter in Samples/ against its golden text and JSON output in Snapshots/.
@Suite("Sample snapshots")
struct SampleSnapshotTests {
    static let samples: [String] = {
        let folder = packageRoot.appendingPathComponent("Samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }()

    @Test("There are samples to check")
    func samplesExist() {
        #expect(Self.samples.count >= 4)
    }

    @Test("Text output matches its snapshot", arguments: samples)
    func text(_ name: String) throws {
        let result = runHelder(["check", "--fail-on", "never", sample(name)])
        #expect(result.status == .clean)
        #expect(result.err.isEmpty)
        try assertSnapshot(result.out, named: name.replacingOccurrences(of: ".txt", with: ".text"))
    }

    @Test("JSON output matches its snapshot", arguments: samples)
    func json(_ name: String) throws {
        let result = runHelder(["check", "--format", "json", "--fail-on", "never", sample(name)])
        #expect(result.status == .clean)
        #expect(try jsonReport(result.out).schemaVersion == 1)
        try assertSnapshot(result.out, named: name.replacingOccurrences(of: ".txt", with: ".json"))
    }

    @Test("The B1 rewrite reads clearly better than the original")
    func rewriteIsBetter() throws {
        let result = runHelder([
            "check", "--format", "json", "--fail-on", "never", sample("toekenningsbrief-bijstand.txt"),
            sample("toekenningsbrief-bijstand-b1.txt"),
        ])
        let documents = try jsonDocuments(result.out)
        let scores = documents.compactMap(\.scores.overall)
        let levels = documents.compactMap(\.level)
        #expect(scores.count == 2 && scores[1] > scores[0] + 30)
        #expect(levels.count == 2)
        #expect(levels[0] >= "B2")
        #expect(levels[1] <= "B1")
    }
}

/// The same letter as plain text and as HTML gives the same figures and findings.
@Suite("Same letter, other format")
struct FormatConsistencyTests {
    static let samples = SampleSnapshotTests.samples

    static func summary(_ path: String) throws -> (words: Int, sentences: Int, findings: [String]) {
        let result = runHelder(["check", "--format", "json", "--fail-on", "never", path])
        let document = try #require(try jsonDocuments(result.out).first)
        return (
            document.metrics.words, document.metrics.sentences,
            document.findings.map { "\($0.rule) \($0.message)" }.sorted()
        )
    }

    /// Every sample in every other format it is kept in.
    static let pairs: [(String, String)] = samples.flatMap { name in
        ["html", "docx", "odt"].map { (name, name.replacingOccurrences(of: ".txt", with: ".\($0)")) }
    }

    @Test("Plain text, HTML, Word and OpenDocument agree", arguments: pairs)
    func sameLetter(_ text: String, _ other: String) throws {
        let plain = try Self.summary(sample(text))
        let converted = try Self.summary(sample(other))
        #expect(plain.words == converted.words, "\(other)")
        #expect(plain.sentences == converted.sentences, "\(other)")
        #expect(plain.findings == converted.findings, "\(other)")
    }
}
