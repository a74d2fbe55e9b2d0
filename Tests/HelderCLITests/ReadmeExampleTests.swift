import Foundation
import Helder
import HelderDocuments
import Testing

@testable import HelderCLI

/// The README's example output and the figures it quotes are the program's: when the analysis changes, this
/// fails until the README says what Helder says (regenerate the block with the command above it).
@Suite("README examples")
struct ReadmeExampleTests {
    static func readme() throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    }

    @Test("The example text output is what `helder check` prints for that letter")
    func textOutput() throws {
        let section = try #require(try Self.readme().components(separatedBy: "\n## Wat u te zien krijgt\n").last)
        let block = try #require(section.components(separatedBy: "```\n").dropFirst().first)
        let lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast()
        let cut = try #require(lines.firstIndex(of: "…"))
        let path = try #require(lines.first?.split(separator: ":").first.map(String.init))
        let output = runHelder(["check", packageRoot.appendingPathComponent(path).path]).out
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast()
        #expect(Array(output.prefix(cut)) == Array(lines[..<cut]))
        let tail = Array(lines[(cut + 1)...])
        #expect(Array(output.suffix(tail.count)) == tail)
    }

    @Test("The figures quoted for the toekenningsbrief and its B1 rewrite are the program's")
    func quotedFigures() throws {
        let readme = try Self.readme()
        let analyzer = CheckCommand.analyzer(lexicons: .builtin, configuration: nil)
        let original = analyzer.analyze(try DocumentLoader().load(path: sample("toekenningsbrief-bijstand.txt")))
        let plain = analyzer.analyze(try DocumentLoader().load(path: sample("toekenningsbrief-bijstand-b1.txt")))
        let level = try #require(plain.level.level?.displayName)
        let tips = plain.findings.count
        #expect(plain.findings.allSatisfy { $0.severity == .info })
        #expect(
            readme.contains(
                "De B1-herschrijving van de toekenningsbrief haalt \(level) met een taalscore van "
                    + "\(plain.scores.overall ?? -1) en alleen \(Self.dutch(tips)) tips"))
        #expect(readme.contains("de toon is \(plain.scores.tone ?? -1) ("))
        let originalLevel = try #require(original.level.level?.displayName)
        #expect(
            readme.contains(
                "Het origineel scoort\n\(original.scores.overall ?? -1) voor de taal en \(original.scores.tone ?? -1) "
                    + "voor de toon, vraagt \(originalLevel) en heeft \(original.findings.count) bevindingen")
                || readme.contains(
                    "Het origineel scoort \(original.scores.overall ?? -1) voor de taal en \(original.scores.tone ?? -1) "
                        + "voor de toon, vraagt \(originalLevel) en heeft \(original.findings.count) bevindingen")
        )
    }

    @Test("The 'no false alarm' figures are the program's")
    func falseAlarm() throws {
        let readme = try Self.readme().replacingOccurrences(of: "\n  ", with: " ")
        let analyzer = CheckCommand.analyzer(lexicons: .builtin, configuration: nil)
        let original = analyzer.analyze(try DocumentLoader().load(path: sample("toekenningsbrief-bijstand.txt")))
        let plain = analyzer.analyze(try DocumentLoader().load(path: sample("toekenningsbrief-bijstand-b1.txt")))
        #expect(
            readme.contains(
                "heeft alleen \(Self.dutch(plain.findings.count)) tips (taalscore \(plain.scores.overall ?? -1), "
                    + "toon \(plain.scores.tone ?? -1):"))
        #expect(
            readme.contains(
                "het origineel heeft \(original.findings.count) bevindingen (taalscore \(original.scores.overall ?? -1), "
                    + "toon \(original.scores.tone ?? -1))"))
    }

    /// Whether `expected` (lines, with a line `…` for lines left out, and a line ending in `…` for the start of a
    /// line) is in `actual`: each run of lines between two gaps appears there as consecutive lines, in order.
    static func appears(_ expected: [String], in actual: [String]) -> Bool {
        func matches(_ line: String, _ wanted: String) -> Bool {
            wanted.hasSuffix("…") && !line.hasSuffix("…") ? line.hasPrefix(wanted.dropLast()) : line == wanted
        }
        var position = 0
        let segments = expected.split(omittingEmptySubsequences: true) {
            $0.trimmingCharacters(in: .whitespaces) == "…"
        }
        for segment in segments {
            let lines = Array(segment)
            var found: Int?
            var start = position
            while found == nil, start + lines.count <= actual.count {
                if lines.indices.allSatisfy({ matches(actual[start + $0], lines[$0]) }) { found = start }
                start += 1
            }
            guard let found else { return false }
            position = found + lines.count
        }
        return true
    }

    /// The fenced blocks of the README, in order.
    static func blocks(_ readme: String) -> [[String]] {
        readme.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 1 }.map { _, block in
            block.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().dropLast().map(String.init)
        }
    }

    @Test("The example of helder compare, and the duties of the toekenningsbrief, are what helder prints")
    func otherExamples() throws {
        let blocks = Self.blocks(try Self.readme())
        let commandIndex = try #require(
            blocks.firstIndex { $0.first?.hasPrefix("swift run helder compare ") == true && $0.count == 1 })
        let arguments = blocks[commandIndex][0].dropFirst("swift run helder ".count).split(separator: " ").map {
            String($0).hasPrefix("Samples/") ? packageRoot.appendingPathComponent(String($0)).path : String($0)
        }
        let compared = runHelder(arguments).out.split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        let expected = blocks[commandIndex + 1]
        #expect(Self.appears(expected, in: compared), "README compare example: \(compared.prefix(30))")
        let duties = try #require(blocks.first { $0.first?.hasPrefix("  Lengte: ") == true })
        let checked = runHelder(["check", sample("toekenningsbrief-bijstand.txt")]).out
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Self.appears(duties, in: checked), "README duties example")
    }

    /// Small numbers as the README writes them (`drie tips`).
    static func dutch(_ number: Int) -> String {
        let words = ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"]
        return words.indices.contains(number) ? words[number] : String(number)
    }
}
