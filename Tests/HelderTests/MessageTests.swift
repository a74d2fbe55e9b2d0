import Foundation
import Testing

@testable import Helder

/// How findings read: excerpts cut at word and phrase boundaries, one label per suggestion, no stray
/// spaces before punctuation, examples that fit the sentence, no word said twice in a message.
@Suite("Messages")
struct MessageTests {
    static func findings(_ text: String, rule: String) -> [Finding] {
        Analyzer().analyze(paragraphs(text)).findings.filter { $0.rule == rule }
    }

    @Test("An excerpt is cut after a phrase or a whole word, never inside a word, and marks the cut")
    func excerptCutsAtBoundaries() {
        let sentence =
            "Bij schrijven van 16 februari 2026, kenmerk PW/2026/00731, hebben wij u verzocht ons in het kader van het periodieke heronderzoek stukken te sturen."
        #expect(
            Excerpt.shortened(sentence, limit: 100)
                == "Bij schrijven van 16 februari 2026, kenmerk PW/2026/00731, hebben wij u verzocht ons in het kader…")
        // A comma in the last third of the room is a better place to stop than the last word.
        #expect(
            Excerpt.shortened(
                "het verkrijgen van inkomsten uit arbeid in loondienst of als zelfstandige, alsmede het verrichten van vrijwilligerswerk",
                limit: 100) == "het verkrijgen van inkomsten uit arbeid in loondienst of als zelfstandige…")
        // White space runs become one space; a short text stays whole.
        #expect(Excerpt.shortened("U krijgt\n  bijstand.", limit: 100) == "U krijgt bijstand.")
        // One word longer than the room is cut where the room ends.
        #expect(
            Excerpt.shortened("arbeidsongeschiktheidsverzekeringsmaatschappij", limit: 20) == "arbeidsongeschikthe…")
    }

    @Test("An excerpt does not end inside a bracket it opened, nor start with a closing one")
    func excerptBalancesBrackets() {
        let duty =
            "U bent verplicht het college op verzoek alle inlichtingen en bewijsstukken te verstrekken die van belang zijn voor de vaststelling van uw recht op bijstand (artikel 17, lid 1, Participatiewet)."
        #expect(
            Excerpt.shortened(duty, limit: 160)
                == "U bent verplicht het college op verzoek alle inlichtingen en bewijsstukken te verstrekken die van belang zijn voor de vaststelling van uw recht op bijstand…"
        )
        #expect(Excerpt.shortened(") heeft besloten", limit: 100) == "heeft besloten")
        #expect(Excerpt.shortened("zo’n brief krijgt u (soms", limit: 100) == "zo’n brief krijgt u…")
        #expect(Excerpt.shortened("Stuur ons deze stukken:", limit: 100) == "Stuur ons deze stukken:")
    }

    @Test("A phrase found across a bracket is quoted with the bracket it closes")
    func spanAcrossBracket() throws {
        let findings = Self.findings(
            "Het college van burgemeester en wethouders van de gemeente Lindewaard (hierna: het college) heeft besloten dat u bijstand krijgt.",
            rule: "coercion.onpersoonlijk")
        let finding = try #require(findings.first)
        #expect(finding.excerpt == "(hierna: het college) heeft besloten")
        #expect(finding.message.hasPrefix("‘(hierna: het college) heeft besloten’"))
    }

    @Test("The duties list quotes a long duty up to a whole word, without a half-open bracket")
    func dutyText() throws {
        let analyzed = Analyzer().prepare(
            LetterAnatomyTests.letter([
                LetterAnatomyTests.salutation,
                (
                    .paragraph,
                    "U bent verplicht het college op verzoek alle inlichtingen en bewijsstukken te verstrekken die van belang zijn voor de vaststelling van uw recht op bijstand (artikel 17, lid 1, van de Participatiewet)."
                ),
                LetterAnatomyTests.closing,
            ]))
        #expect(
            analyzed.anatomy.duties.map(\.text) == [
                "U bent verplicht het college op verzoek alle inlichtingen en bewijsstukken te verstrekken die van belang zijn voor de vaststelling van uw recht op bijstand…"
            ])
    }
}
