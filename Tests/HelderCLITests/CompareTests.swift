import Foundation
import HelderTestSupport
import Testing

@testable import HelderCLI

@Suite("helder compare")
struct CompareTests {
    let original = sample("toekenningsbrief-bijstand.txt")
    let rewrite = sample("toekenningsbrief-bijstand-b1.txt")

    @Test("A rewrite shows the improvement and the solved findings; exit status 0")
    func improvement() throws {
        let result = runHelder(["compare", original, rewrite])
        #expect(result.status == .clean)
        #expect(result.out.contains("Oordeel: de nieuwe versie is beter."))
        #expect(result.out.contains("Score                           21 → 99  beter"))
        #expect(result.out.contains("Toon (score)                    32 → 56  beter"))
        #expect(result.out.contains("Plichten                        5 → 4  beter"))
        let json = runHelder(["compare", "--format", "json", original, rewrite])
        let comparison = try decodeJSON(ComparisonJSON.self, json.out)
        #expect(comparison.verdict == "better")
        let solved = comparison.solved
        let added = comparison.added
        let before = try jsonFindings(runHelder(["check", "--format", "json", "--fail-on", "never", original]).out)
        // Everything of the original is solved; the rewrite names its consequences calmly, with help around
        // them, so they are only tips.
        #expect(solved.count == before.count)
        #expect(added.count == 3)
        #expect(added.allSatisfy { $0.rule == "coercion.dreiging" && $0.severity == "info" })
        let overall = try #require(comparison.changes.first { $0.id == "overall" })
        #expect(overall.before == .number(21))
        #expect(overall.after == .number(99))
        #expect(overall.verdict == "better")
        let level = try #require(comparison.changes.first { $0.id == "level" })
        #expect(level.before == .text("C1 of hoger"))
        #expect(level.after == .text("A2"))
    }

    @Test("The other way round is worse: the new findings are listed and the exit status is 1")
    func worse() throws {
        let result = runHelder(["compare", "--format", "json", rewrite, original])
        #expect(result.status == .thresholdBreached)
        let comparison = try decodeJSON(ComparisonJSON.self, result.out)
        #expect(comparison.verdict == "worse")
        #expect(comparison.added.count > 200)
        // Only the rewrite's three tips are gone the other way round.
        #expect(comparison.solved.count == 3)
        #expect(comparison.solved.allSatisfy { $0.severity == "info" })
    }

    @Test("A small edit: only the changed words are solved or new, matched by rule and text")
    func smallEdit() throws {
        let folder = try TemporaryFolder("helder-compare")
        let old = folder.url.appendingPathComponent("oud.txt")
        let new = folder.url.appendingPathComponent("nieuw.txt")
        let letter =
            "Geachte heer,\n\nIndien u vragen heeft, kunt u ons bellen. Wij helpen u graag.\n\nMet vriendelijke groet,\n"
        try Data(letter.utf8).write(to: old)
        try Data(letter.replacingOccurrences(of: "Indien", with: "Als").utf8).write(to: new)
        let result = runHelder(["compare", "--format", "json", old.path, new.path])
        #expect(result.status == .clean)
        let comparison = try decodeJSON(ComparisonJSON.self, result.out)
        #expect(comparison.solved.map(\.excerpt) == ["Indien"])
        #expect(comparison.added.isEmpty)
        // The same letter twice is the same.
        let same = runHelder(["compare", "--format", "json", old.path, old.path + ""])
        #expect(same.out.contains("\"verdict\": \"same\""))
    }

    @Test("Side by side in HTML: both letters highlighted, ids kept apart, well-formed")
    func html() throws {
        let result = runHelder(["compare", "--format", "html", original, rewrite])
        #expect(result.status == .clean)
        let root = try HTMLNode.parse(result.out)
        #expect(root.elements("article").count == 2)
        let ids = root.all.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count)
        #expect(root.all.contains { $0.attributes["id"] == "vm1" })
        // The rewrite's tips are marked too, under ids of their own.
        #expect(root.all.contains { $0.attributes["id"] == "nm1" })
        #expect(root.text().contains("De nieuwe versie is beter"))
        #expect(root.elements("script").count == 1)
    }

    @Test(
        "Bad command lines and unreadable files",
        arguments: [
            (["compare"], CommandStatus.usage, "verwacht twee brieven"),
            (["compare", "a.txt"], .usage, "verwacht twee brieven"),
            (["compare", "a.txt", "b.txt", "c.txt"], .usage, "verwacht twee brieven"),
            (["compare", "--format", "csv", "a.txt", "b.txt"], .usage, "kent --format text, json of html"),
            (["compare", "-", "b.txt"], .usage, "geen standaardinvoer"),
            (["compare", "bestaat-niet.txt", "ook-niet.txt"], .inputError, "bestaat-niet.txt: bestand niet gevonden"),
        ])
    func bad(arguments: [String], status: CommandStatus, message: String) {
        let result = runHelder(arguments)
        #expect(result.status == status)
        #expect(result.err.contains(message), "\(result.err)")
    }
}
