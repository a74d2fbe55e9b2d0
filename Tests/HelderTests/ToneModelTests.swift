import Testing

@testable import Helder

/// The tone model on sentences written for these tests: what a reader would feel as pressure, in plain and
/// official Dutch, and the look-alikes that are not coercive.
@Suite("Tone model")
struct ToneModelTests {
    static func report(_ text: String) -> DocumentReport {
        Analyzer().analyze(paragraphs(text))
    }

    static func rules(_ text: String) -> [String] {
        report(text).findings.filter { $0.category == .coercion }.map(\.rule)
    }

    @Test(
        "Consequences for the reader are threats, in plain and in official words",
        arguments: [
            // Plain B1 wording.
            "Komt u niet naar de afspraak? Dan krijgt u een maand minder bijstand.",
            "Als u de papieren niet stuurt, stoppen wij uw uitkering.",
            "Betaalt u niet op tijd, dan komt de deurwaarder langs.",
            "Doet u dit niet, dan zet de gemeente uw huurtoeslag stop.",
            "Houdt u zich niet aan de regels, dan houden wij een deel van uw uitkering in.",
            "U doet mee aan een traject. Wie niet meewerkt, krijgt geen uitkering meer.",
            "Zonder uw loonstrook krijgt u geen bijstand.",
            "Wij leggen beslag op uw loon.",
            "U betaalt dan ook de kosten van de incasso.",
            "Wij kunnen uw vergunning intrekken.",
            "Wij doen aangifte bij de politie.",
            "Wij houden elke maand 100 euro in op uw uitkering.",
            "U moet binnen twee weken betalen, anders komen er kosten bij.",
            "Zonder deze papieren kunnen wij u geen bijstand geven.",
            // Official wording.
            "Indien u niet tijdig reageert, zal de uitkering worden opgeschort.",
            "Geef elke wijziging aan ons door. Bij niet-nakoming wordt een bestuurlijke boete opgelegd.",
            "Wanneer u de gevraagde stukken niet overlegt, wordt het recht op bijstand ingetrokken.",
        ])
    func threats(_ sentence: String) throws {
        let report = Self.report(sentence)
        let threats = report.findings.filter { $0.rule == "coercion.dreiging" }
        #expect(threats.count == 1, "\(sentence): \(report.findings.map(\.message))")
        let threat = try #require(threats.first)
        #expect(threat.message.hasPrefix("Dreiging: ") || threat.message.hasPrefix("Gevolg voor de lezer: "))
        #expect(try #require(report.tone.level) >= 3, "\(sentence)")
    }

    @Test("A threat names what was found and the condition that ties it to the reader")
    func threatMessage() throws {
        let report = Self.report(
            "De gemeente kan uw uitkering lager maken of stoppen als u zich niet aan de regels houdt.")
        let threat = try #require(report.findings.first { $0.rule == "coercion.dreiging" })
        #expect(threat.message == "Dreiging: stopzetting (‘uitkering lager maken of stoppen’), als ‘als u zich niet’.")
        #expect(threat.excerpt == "uitkering lager maken of stoppen")
        #expect(threat.severity == .error)
        #expect(threat.suggestion.contains("Bied er hulp bij aan"))
    }

    @Test(
        "Distrust, duties and pressure aimed at the reader are found",
        arguments: [
            ("Wij komen onaangekondigd bij u langs voor een huisbezoek.", "coercion.wantrouwen"),
            ("U heeft ten onrechte bijstand ontvangen.", "coercion.wantrouwen"),
            ("Uit niets blijkt dat u heeft gesolliciteerd.", "coercion.wantrouwen"),
            ("Wij letten erop dat iedereen zich aan de regels houdt.", "coercion.wantrouwen"),
            ("U bent verplicht om elke wijziging door te geven.", "coercion.verplichting"),
            ("Wij dragen u op de schuur weg te halen.", "coercion.verplichting"),
            ("Wij eisen dat u de schutting weghaalt.", "coercion.verplichting"),
            ("Dit is de laatste waarschuwing voor u.", "coercion.urgentie"),
            ("U heeft de rekening nog steeds niet betaald.", "coercion.urgentie"),
            ("Stuur ons het formulier onmiddellijk terug.", "coercion.urgentie"),
            ("U heeft verzuimd de stukken te sturen.", "coercion.schuld"),
            ("LET OP: u moet het formulier op tijd sturen.", "coercion.schreeuwen"),
        ])
    func otherPressure(_ sentence: String, _ rule: String) {
        #expect(Self.rules(sentence).contains(rule), "\(sentence): \(Self.rules(sentence))")
    }

    @Test(
        "Look-alikes are not coercive: good news, arrangements, friendly conditionals, someone else's duties",
        arguments: [
            "Wij verlagen de huur van uw standplaats.",
            "U mag het bedrag in delen terugbetalen.",
            "De tram stopt voortaan ook bij het station.",
            "Lukt het niet om te komen? Laat het ons weten.",
            "Anders gezegd: u krijgt meer geld.",
            "Uw werkgever moet de loonstrook elke maand opsturen.",
            "Krijgt u een brief van de deurwaarder? Bel ons, dan helpen wij u.",
            "Heeft u een boete gekregen? Wij helpen u met een betalingsregeling.",
            "Wij kunnen niet anders dan concluderen dat uw aanvraag volledig is.",
            "De regeling dient ruim te worden uitgelegd.",
            "Vul op het formulier code EB003 in.",
            "Wij sturen het antwoord zo snel mogelijk.",
            "Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken.",
            "De gemeente moet binnen acht weken beslissen.",
            "U hoeft niets terug te betalen.",
            "U kunt uw aanvraag altijd intrekken als u dat wilt.",
            "Wij hebben uw schuld kwijtgescholden.",
            "Goed nieuws: wij verlagen de huur van uw woning.",
        ])
    func lookAlikes(_ sentence: String) {
        let report = Self.report(sentence)
        // Impersonal phrasing (`dient te worden`) is a remark of its own, not pressure on the reader.
        let coercive = report.findings.filter {
            $0.category == .coercion && $0.severity != .info && $0.rule != "coercion.onpersoonlijk"
        }
        #expect(coercive.isEmpty, "\(sentence): \(coercive.map(\.message))")
        #expect(report.tone.drivers.consequences == 0, "\(sentence)")
        #expect((report.scores.tone ?? 0) >= 85, "\(sentence): tone \(report.scores.tone ?? -1)")
    }

    @Test("A plain page about sanctions is not as friendly as a birthday card")
    func plainSanctionPage() throws {
        let page = Self.report(
            "De gemeente kan uw uitkering lager maken of stoppen als u zich niet aan de regels houdt. "
                + "U kunt ook een boete krijgen.")
        let card = Self.report("Gefeliciteerd met uw verjaardag! Wij wensen u een mooie dag.")
        #expect(card.scores.tone == 100)
        #expect(card.tone.level == 1)
        #expect(try #require(page.scores.tone) < 50)
        #expect(page.tone.drivers.consequences == 2)
        #expect(page.tone.drivers.conditionalThreats == 1)
    }

    @Test("A sentence counts once, however many patterns overlap in it")
    func sentenceCountsOnce() throws {
        let report = Self.report("Indien u niet reageert, zullen wij uw uitkering stopzetten.")
        #expect(report.tone.sentences.count == 1)
        #expect(report.findings.filter { $0.rule == "coercion.dreiging" }.count == 1)
        let sentence = try #require(report.tone.sentences.first)
        #expect(sentence.value <= 5)
        #expect(report.tone.pressure == sentence.value)
    }

    @Test("Help, a reason and understanding lower the score but never hide the finding")
    func relief() throws {
        let threat = "Als u de papieren niet stuurt, stoppen wij uw uitkering."
        let bare = Self.report(threat)
        let softened = Self.report(
            "Wij begrijpen dat het soms lastig is. " + threat
                + " Lukt het niet? Bel ons op 14 0123, dan zoeken we samen een oplossing.")
        #expect(try #require(softened.scores.tone) > (try #require(bare.scores.tone)))
        #expect(softened.tone.drivers.helpOffered)
        #expect(softened.tone.drivers.understanding)
        let bareThreat = try #require(bare.findings.first { $0.rule == "coercion.dreiging" })
        let softenedThreat = try #require(softened.findings.first { $0.rule == "coercion.dreiging" })
        #expect(bareThreat.severity == .error)
        #expect(softenedThreat.severity == .info)
    }

    @Test("Stacked duties under a threat are one finding; said calmly, they are none")
    func stacking() {
        let duties =
            "U moet veranderingen doorgeven. U moet zich inschrijven bij het UWV. U moet elke week solliciteren. "
            + "U moet naar elk gesprek komen. "
        let stacked = Self.report(duties + "Doet u dit niet, dan verlagen wij uw uitkering.")
        #expect(stacked.findings.filter { $0.rule == "coercion.stapeling" }.count == 1)
        let calm = Self.report(
            duties + "Doet u dit niet, dan verlagen wij uw uitkering. Wij praten altijd eerst met u, want "
                + "wij helpen u liever.")
        #expect(calm.findings.filter { $0.rule == "coercion.stapeling" }.isEmpty)
        #expect(stacked.tone.pressure > calm.tone.pressure)
    }

    @Test("A long letter is not punished for being long, nor made friendly by it")
    func length() throws {
        let threat = "Als u de papieren niet stuurt, stoppen wij uw uitkering. "
        let neutral = "Wij hebben uw brief gekregen en gelezen. Het formulier zit bij deze brief. "
        let short = Self.report(threat + String(repeating: neutral, count: 8))
        let long = Self.report(threat + String(repeating: neutral, count: 32))
        let shortIntensity = try #require(short.tone.intensity)
        let longIntensity = try #require(long.tone.intensity)
        // Four times the words: half the intensity (the square root), not a quarter.
        let ratio = Double(long.metrics.words) / Double(short.metrics.words)
        #expect(abs(shortIntensity / longIntensity - ratio.squareRoot()) < 0.01)
        #expect(try #require(long.scores.tone) < 100)
    }

    @Test("Capitals shout only as ordinary words in running text")
    func shouting() {
        #expect(Self.rules("Dit mag u NOOIT vergeten.").contains("coercion.schreeuwen"))
        #expect(!Self.rules("Stuur het naar Postbus 12, 2661 LB BERGSCHENHOEK.").contains("coercion.schreeuwen"))
        #expect(!Self.rules("Uw dossier heeft nummer EB003 bij het UWV.").contains("coercion.schreeuwen"))
    }

    @Test("The tone score follows from the intensity; levels follow the readers' scale")
    func formula() {
        #expect(ToneModel.score(0) == 100)
        #expect(ToneModel.score(ToneModel.halfScoreIntensity) == 50)
        #expect(ToneModel.level(0) == 1)
        #expect(ToneModel.level(100) == 5)
        #expect((1...5).map(ToneModel.levelDescription).allSatisfy { !$0.isEmpty })
    }
}
