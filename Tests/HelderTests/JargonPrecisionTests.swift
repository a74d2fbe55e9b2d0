import Testing

@testable import Helder

/// Jargon findings that users can act on: everyday words in ordinary use are no finding, a term explained where
/// it stands is no finding, and a term of the field is advice to explain it once.
@Suite("Jargon precision")
struct JargonPrecisionTests {
    static func jargon(_ text: String) -> [Finding] {
        Analyzer().analyze(paragraphs(text)).findings.filter { $0.category == .jargon }
    }

    @Test(
        "Everyday words in ordinary B1 sentences get no jargon finding",
        arguments: [
            "Wij hebben uw aanvraag ontvangen.",
            "Heeft u een wijziging in uw inkomen? Geef het aan ons door.",
            "Bij deze brief zit een formulier.",
            "Uw woning moet voldoen aan de regels voor brandveiligheid.",
            "U kunt de wijzigingen ook online doorgeven.",
            "Wij hebben het geld op 3 mei ontvangen.",
        ])
    func everydayWords(_ sentence: String) {
        let findings = Self.jargon(sentence)
        #expect(findings.isEmpty, "\(sentence): \(findings.map(\.message))")
    }

    @Test(
        "The same words inside an officialese construction are still found",
        arguments: [
            ("Wij hebben uw brief in goede orde ontvangen.", "in goede orde ontvangen"),
            ("Bij deze bevestigen wij uw afspraak.", "Bij deze bevestigen"),
        ])
    func officialeseConstructions(_ sentence: String, _ words: String) {
        let findings = Self.jargon(sentence)
        #expect(findings.contains { $0.excerpt.hasPrefix(words) }, "\(sentence): \(findings.map(\.excerpt))")
    }

    @Test(
        "A term explained in its own sentence, in brackets or right after it is not flagged",
        arguments: [
            "U vertelt ons wat u van het plan vindt. Dit heet een zienswijze.",
            "De wet noemt dit een zienswijze.",
            "Wij leggen een dwangsom op (een geldbedrag dat u betaalt zolang de overtreding blijft).",
            "U kunt een zienswijze geven. Dat betekent: u vertelt ons wat u van ons plan vindt.",
            "U kunt een zienswijze geven, oftewel: u vertelt ons wat u vindt.",
        ])
    func explained(_ text: String) {
        let findings = Self.jargon(text).filter {
            $0.excerpt.lowercased().contains("zienswijze") || $0.excerpt == "dwangsom"
        }
        #expect(findings.isEmpty, "\(text): \(findings.map(\.message))")
    }

    @Test("An explanation of another term does not count")
    func otherTermsExplanation() {
        // The explanation in the last sentence is about the kostendelersnorm, not about the zienswijze.
        let text =
            "U kunt een zienswijze geven over de kostendelersnorm. Wij rekenen met de norm. "
            + "Dat betekent: u krijgt minder als u uw huis deelt."
        #expect(Self.jargon(text).contains { $0.excerpt == "zienswijze" })
    }

    @Test("A term of the field is advice to explain it once: one finding at its first use")
    func fieldTermOnce() {
        let text =
            "U krijgt kwijtschelding. De kwijtschelding geldt voor een jaar. Vraag de kwijtschelding op tijd aan. "
            + "Zonder kwijtschelding betaalt u alles zelf."
        let findings = Self.jargon(text).filter { $0.excerpt.lowercased() == "kwijtschelding" }
        #expect(findings.count == 1)
        #expect(findings.first?.location.column == 10)
    }

    @Test(
        "Words with two senses get the advice of the sense they have here",
        arguments: [
            ("Beslissen wij te laat, dan krijgt u een dwangsom.", "te laat beslissen"),
            ("Wij leggen u een dwangsom op.", "tot u het herstelt"),
            ("U kunt uw aanvraag altijd intrekken.", "uw aanvraag stoppen"),
            ("Wij kunnen uw vergunning intrekken.", "het besluit terugdraaien"),
        ])
    func senses(_ sentence: String, _ advice: String) {
        let suggestions = Self.jargon(sentence).map(\.suggestion)
        #expect(suggestions.contains { $0.contains(advice) }, "\(sentence): \(suggestions)")
    }
}
