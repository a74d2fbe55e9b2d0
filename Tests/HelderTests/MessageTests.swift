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

    /// What reads as a slip in a Dutch message: a space before punctuation (`… ?`, `omdat … .`), empty quotes,
    /// two spaces, an unbalanced quotation, or two labels on one suggestion (`Beter: Vriendelijker: …`).
    static func slips(in text: String) -> [String] {
        var slips: [String] = []
        for pattern in [
            " .", " ?", " ,", " :", " ;", " !", "‘’", "  ", "..", ": Bijvoorbeeld", "Vriendelijker:", "Beter:",
        ]
        where text.contains(pattern) {
            slips.append("‘\(pattern)’ in: \(text)")
        }
        var open = 0
        for character in text {
            if character == "‘" { open += 1 }
            if character == "’", open > 0 { open -= 1 }
        }
        if open != 0 { slips.append("unclosed ‘ in: \(text)") }
        return slips
    }

    @Test("Lexicon texts a reader sees have no stray space before punctuation, no empty or unclosed quotes")
    func lexiconTextsReadWell() throws {
        let lexicons = try LexiconSet.loadBuiltin()
        var slips: [String] = []
        for entry in lexicons.coercion.entries {
            slips += Self.slips(in: entry.alternative) + Self.slips(in: entry.explanation)
            // A phrasing to use is quoted; advice around it is not: an alternative starts with either.
            if let first = entry.alternative.first, first != "‘", !first.isUppercase {
                slips.append("starts with neither ‘ nor a capital: \(entry.alternative)")
            }
        }
        for entry in lexicons.jargon.entries {
            slips += Self.slips(in: entry.explanation ?? "") + entry.alternatives.flatMap(Self.slips(in:))
        }
        #expect(slips.isEmpty, "\(slips.joined(separator: "\n"))")
    }

    @Test("Every finding on the samples reads without slips in its message, suggestion and excerpt")
    func sampleFindingsReadWell() throws {
        let samples = packageRoot.appendingPathComponent("Samples")
        let names = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".txt") }
        #expect(names.count >= 7)
        var slips: [String] = []
        for name in names.sorted() {
            let text = try String(contentsOf: samples.appendingPathComponent(name), encoding: .utf8)
            let report = Analyzer().analyze(paragraphs(text, source: name))
            for finding in report.findings {
                slips += [finding.message, finding.suggestion, finding.excerpt].flatMap(Self.slips(in:)).map {
                    "\(name) \(finding.rule): \($0)"
                }
            }
            slips += report.duties.flatMap { Self.slips(in: $0.text) }
        }
        #expect(slips.isEmpty, "\(slips.joined(separator: "\n"))")
    }

    @Test("A suggestion has one label: the check's advice, then its example, with no second label on top")
    func oneLabel() throws {
        let text = "Het college heeft besloten dat u geen bijstand krijgt."
        let finding = try #require(Self.findings(text, rule: "coercion.onpersoonlijk").first)
        #expect(
            finding.message
                == "‘Het college heeft besloten’ is onpersoonlijk. De gemeente spreekt over zichzelf in de derde persoon. Dat voelt afstandelijk en bureaucratisch."
        )
        #expect(
            finding.suggestion == "Schrijf persoonlijk, met ‘wij’ en ‘u’. Bijvoorbeeld: ‘Wij hebben besloten dat …’")
        // Advice from the lexicon that is not a phrasing follows the rule's advice without "Bijvoorbeeld".
        let college = try #require(
            Self.findings("Ingevolge de wet herziet het college uw bijstand.", rule: "coercion.onpersoonlijk").first)
        #expect(
            college.suggestion == "Schrijf persoonlijk, met ‘wij’ en ‘u’. Schrijf ‘wij’ in plaats van ‘het college’.")
    }

    @Test("Templates in advice have no space before punctuation: ‘Wilt u …?’, ‘omdat …’")
    func templates() throws {
        let duty = try #require(
            Self.findings("U dient uw loonstroken te sturen.", rule: "coercion.verplichting").first)
        #expect(duty.suggestion == "Vraag het en zeg waarom. Bijvoorbeeld: ‘Wilt u …?’ Of: ‘U moet …, want …’")
        // Without a phrasing of dwang.tsv the rule's own template follows its advice.
        let order = try #require(
            Self.findings("Wij dragen u op de papieren te sturen.", rule: "coercion.verplichting")
                .first)
        #expect(order.suggestion == "Vraag het en zeg waarom. Bijvoorbeeld: ‘Wilt u …? Dat is nodig, omdat …’")
    }

    @Test("A message does not say its label twice: the name of what was found is left out when it repeats it")
    func noRepeatedWord() throws {
        let blame = try #require(
            Self.findings("U blijft in gebreke met het inleveren van de papieren.", rule: "coercion.schuld").first)
        #expect(
            blame.message
                == "Verwijt: ‘in gebreke’. Juridisch verwijt (\"u schiet tekort\") dat weinig lezers begrijpen.")
        let warning = try #require(
            Self.findings("LET OP: stuur de papieren vóór 1 maart 2026.", rule: "coercion.urgentie").first)
        #expect(warning.message == "Druk: ‘LET OP’.")
        let order = try #require(
            Self.findings("U dient de papieren op te sturen.", rule: "coercion.verplichting").first)
        #expect(order.message.hasPrefix("Bevel: ‘U dient de papieren op te’."))
        // A name that says more than the quoted words stays.
        let visit = try #require(
            Self.findings("Wij controleren of u nog recht heeft op bijstand.", rule: "coercion.wantrouwen").first)
        #expect(visit.message == "Wantrouwen: controle van de lezer (‘controleren of u’).")
        // The tone sentences name a kind once: `verwijt`, not `verwijt: een verwijt`.
        let report = Analyzer().analyze(paragraphs("U blijft in gebreke met het inleveren van de papieren."))
        #expect(report.tone.sentences.map(\.signalNames) == [["verwijt"]])
    }

    /// The passive-voice finding on `sentence`: its message and suggestion.
    static func passive(_ sentence: String) throws -> (message: String, suggestion: String) {
        let finding = try #require(findings(sentence, rule: "readability.lijdende-vorm").first, "\(sentence)")
        return (finding.message, finding.suggestion)
    }

    @Test("The passive advice turns the sentence's own verb around with ‘wij’, only where that is reliable")
    func passiveExampleFromSentence() throws {
        let ask = "Schrijf wie het doet. Doet de gemeente het? Schrijf dan"
        #expect(
            try Self.passive("Uw uitkering wordt per 1 januari stopgezet.").suggestion
                == "\(ask) ‘wij zetten … per 1 januari stop’.")
        #expect(
            try Self.passive("Het bedrag kan van u worden teruggevorderd.").suggestion
                == "\(ask) ‘wij kunnen … terugvorderen’.")
        #expect(
            try Self.passive("Wij weten dat het bedrag werd teruggevorderd.").suggestion
                == "\(ask) ‘wij … hebben teruggevorderd’.")
        #expect(
            try Self.passive("Voordat een besluit wordt genomen, bellen wij u.").suggestion == "\(ask) ‘wij … nemen’.")
        #expect(
            try Self.passive("Afschriften worden NIET in behandeling genomen.").suggestion
                == "\(ask) ‘wij nemen … NIET in behandeling’.")
        // The participle found is a verb, not the word in between that ends like one.
        #expect(
            try Self.passive("Het bedrag wordt binnen 10 werkdagen overgemaakt.").message
                == "Lijdende vorm: ‘wordt binnen 10 werkdagen overgemaakt’. Er staat niet wie dit doet.")
        // Open who acts (often the reader), a verb the lexicon does not know: advice without a made-up example.
        let general = "Schrijf wie het doet, vooraan in de zin: ‘wij …’, ‘u …’ of wie het anders doet."
        #expect(try Self.passive("Het formulier moet worden ingevuld.").suggestion == general)
        #expect(try Self.passive("Het geld wordt maandelijks gereserveerd.").suggestion == general)
        // Who acts is named: the message does not say it is missing.
        let named = try Self.passive("De bijstand wordt door het college toegekend.")
        #expect(named.message == "Lijdende vorm: ‘wordt door het college toegekend’.")
        #expect(named.suggestion == "Begin de zin met wie het doet: dat is korter en duidelijker.")
    }

    @Test("Structure advice quotes the letter's own short decision and uses templates, not invented facts")
    func structureExamples() throws {
        let letter = """
            Geachte heer Smit,

            U vroeg ons om geld voor een wasmachine. Wij hebben uw aanvraag bekeken.

            Wij hebben besloten uw aanvraag toe te kennen. U krijgt € 437,50.

            Met vriendelijke groet,
            """
        let main = try #require(Self.findings(letter, rule: "structure.hoofdboodschap").first)
        #expect(
            main.suggestion
                == "Zet het besluit in de eerste alinea: ‘Wij hebben besloten uw aanvraag toe te kennen.’ Leg daarna uit waarom."
        )
        let amount = try #require(Self.findings(letter, rule: "structure.bedrag").first)
        #expect(
            amount.suggestion
                == "Zeg waarvoor het is en hoe het is opgebouwd, bijvoorbeeld: ‘Het bedrag van € 437,50 is voor [waarvoor]. Zo hebben wij het berekend: [berekening].’"
        )
    }
}
