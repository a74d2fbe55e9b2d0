import Testing

@testable import Helder

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    @Test(
        "Sentence ends and non-ends",
        arguments: [
            ("U krijgt bijstand. Wij betalen elke maand!", ["U krijgt bijstand.", "Wij betalen elke maand!"]),
            ("Heeft u vragen? Bel ons.", ["Heeft u vragen?", "Bel ons."]),
            ("Stuur bijv. uw loonstrook. Dat helpt.", ["Stuur bijv. uw loonstrook.", "Dat helpt."]),
            ("U krijgt € 1.234,56. Dat is netto.", ["U krijgt € 1.234,56.", "Dat is netto."]),
            ("Dit staat in art. 4:8 Awb. Lees het.", ["Dit staat in art. 4:8 Awb.", "Lees het."]),
            ("Mevrouw M.A. de Vries woont hier. Zij werkt.", ["Mevrouw M.A. de Vries woont hier.", "Zij werkt."]),
            ("Zij zei: “Ik begrijp het niet.” Toen belde ze.", ["Zij zei: “Ik begrijp het niet.”", "Toen belde ze."]),
            ("Wacht even… Dan komt het.", ["Wacht even…", "Dan komt het."]),
            ("Stuur huur, gas, enz. Dan is het goed.", ["Stuur huur, gas, enz.", "Dan is het goed."]),
            ("Het kost ca. 5 euro per dag.", ["Het kost ca. 5 euro per dag."]),
            (
                "Wij hebben het ontvangen op {{ datum }}. {{ naam }} belt u.",
                ["Wij hebben het ontvangen op {{ datum }}.", "{{ naam }} belt u."]
            ),
            ("Zie www.lindewaard.nl. Daar staat het.", ["Zie www.lindewaard.nl.", "Daar staat het."]),
            (
                "U moet het volgende doen:\nuw formulier invullen",
                ["U moet het volgende doen:", "uw formulier invullen"]
            ),
            ("De prijs is 3.5 procent.", ["De prijs is 3.5 procent."]),
        ])
    func split(_ input: String, _ expected: [String]) {
        #expect(sentenceSummary(input) == expected)
    }

    @Test("A placeholder never ends a sentence and is never a word")
    func placeholderIsNotAWord() {
        // The dot after the placeholder ends the first sentence; the placeholder itself ends nothing.
        #expect(
            sentenceSummary("Wij zien {{ naam }} morgen. Dank u wel voor uw formulier van [DATUM].") == [
                "Wij zien {{ naam }} morgen.", "Dank u wel voor uw formulier van [DATUM].",
            ])
        #expect(
            sentenceSummary("U krijgt {{ bedrag }} {{ per_maand }} van ons.") == [
                "U krijgt {{ bedrag }} {{ per_maand }} van ons."
            ])
        let analyzed = Analyzer().prepare(paragraphs("Beste {{ naam }}. Dank u wel voor uw formulier van [DATUM]."))
        let words = analyzed.sentences.reduce(0) { $0 + $1.sentence.words }
        #expect(words == 8)
    }

    @Test("Salutation, closing, letterhead and signature are not prose")
    func letterFrame() {
        let letter = """
            Gemeente Lindewaard
            Postbus 1250
            1230 AA Lindewaard

            Datum: 12 december 2025
            Onderwerp: uw uitkering

            Geachte mevrouw De Vries,

            U krijgt bijstand. Wij betalen elke maand.

            Met vriendelijke groet,

            R.J. Kortenhoeve
            Klantmanager

            Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.
            """
        let analyzed = Analyzer().prepare(paragraphs(letter))
        let roles = analyzed.sentences.map(\.sentence.role)
        #expect(
            roles == [
                .letterhead, .letterhead, .letterhead, .letterhead, .letterhead,
                .salutation, .prose, .prose, .closing, .letterhead, .letterhead, .prose, .prose,
            ])
        let metrics = Analyzer.metrics(of: analyzed)
        #expect(metrics.sentences == 4)
        #expect(metrics.excludedUnits == 9)
    }
}
