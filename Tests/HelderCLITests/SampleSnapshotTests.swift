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
        let object = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        #expect(object?["schemaVersion"] as? Int == 1)
        try assertSnapshot(result.out, named: name.replacingOccurrences(of: ".txt", with: ".json"))
    }

    @Test("The B1 rewrite reads clearly better than the original")
    func rewriteIsBetter() throws {
        let result = runHelder([
            "check", "--format", "json", "--fail-on", "never", sample("toekenningsbrief-bijstand.txt"),
            sample("toekenningsbrief-bijstand-b1.txt"),
        ])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        let scores = documents.compactMap { ($0["scores"] as? [String: Any])?["overall"] as? Int }
        let levels = documents.compactMap { $0["level"] as? String }
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
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let document = try #require((root["documents"] as? [[String: Any]])?.first)
        let metrics = try #require(document["metrics"] as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        return (
            try #require(metrics["words"] as? Int), try #require(metrics["sentences"] as? Int),
            findings.map { "\($0["rule"] ?? "") \($0["message"] ?? "")" }.sorted()
        )
    }

    @Test("Plain text and Word agree", arguments: samples)
    func textAndWord(_ name: String) throws {
        let text = try Self.summary(sample(name))
        let word = try Self.summary(sample(name.replacingOccurrences(of: ".txt", with: ".docx")))
        #expect(text.words == word.words)
        #expect(text.sentences == word.sentences)
        #expect(text.findings == word.findings)
    }

    @Test("Plain text and OpenDocument agree", arguments: samples)
    func textAndOpenDocument(_ name: String) throws {
        let text = try Self.summary(sample(name))
        let odt = try Self.summary(sample(name.replacingOccurrences(of: ".txt", with: ".odt")))
        #expect(text.words == odt.words)
        #expect(text.sentences == odt.sentences)
        #expect(text.findings == odt.findings)
    }

    @Test("Plain text and HTML agree", arguments: samples)
    func textAndHTML(_ name: String) throws {
        let text = try Self.summary(sample(name))
        let html = try Self.summary(sample(name.replacingOccurrences(of: ".txt", with: ".html")))
        #expect(text.words == html.words)
        #expect(text.sentences == html.sentences)
        #expect(text.findings == html.findings)
    }
}
