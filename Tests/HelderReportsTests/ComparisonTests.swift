import Helder
import Testing

@testable import HelderReports

/// `helder compare` in the library: which findings a rewrite solved and which it brought in.
@Suite("Letter comparison")
struct ComparisonTests {
    static let body = String(repeating: "Wij schrijven u over uw uitkering van deze maand. ", count: 90)

    @Test("A rule about the whole letter (its scope) is the same finding wherever it is shown")
    func letterScopeFindingsMatchAcrossVersions() throws {
        let before = RendererTests.report("Geachte heer Mulder,\n\n\(Self.body)\n\nMet vriendelijke groet,")
        let after = RendererTests.report(
            "Geachte heer Mulder,\n\nU krijgt deze maand meer geld.\n\n\(Self.body)\n\nMet vriendelijke groet,")
        let old = try #require(before.findings.first { $0.rule == "structure.lengte" })
        let new = try #require(after.findings.first { $0.rule == "structure.lengte" })
        // Shown at other words, so only the rule's scope makes the two one finding.
        #expect(old.excerpt != new.excerpt)
        #expect(AllChecks.info(for: "structure.lengte")?.scope == .letter)

        let comparison = LetterComparison(before: before, after: after)
        #expect(!comparison.solved.contains { $0.rule == "structure.lengte" })
        #expect(!comparison.added.contains { $0.rule == "structure.lengte" })
    }

    @Test("A finding about words is matched by its words: rewritten words are solved, new ones added")
    func wordScopeFindingsMatchByWords() {
        let before = RendererTests.report("Wij verzoeken u vriendelijk het formulier terug te sturen.")
        let after = RendererTests.report("Stuur het formulier terug. Dit doet u middels de post.")
        let comparison = LetterComparison(before: before, after: after)
        #expect(comparison.solved.contains { $0.excerpt.lowercased().contains("verzoeken") })
        #expect(comparison.added.contains { $0.excerpt.lowercased().contains("middels") })
        #expect(AllChecks.letterRules.isSuperset(of: ["structure.bezwaar", "structure.hulp"]))
        #expect(!AllChecks.letterRules.contains("structure.termijn"))
    }
}
