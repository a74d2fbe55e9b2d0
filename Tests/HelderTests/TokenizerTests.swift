import Testing

@testable import Helder

/// Tokens of `text` as `kind:text` strings, without plain punctuation unless `punctuation` is set.
func tokenSummary(_ text: String, punctuation: Bool = false) -> [String] {
    let tokenizer = Tokenizer(lexicons: .builtin)
    let utf8 = Array(text.utf8)
    return tokenizer.tokenize(text)
        .filter { punctuation || $0.kind != .punctuation }
        .map { "\($0.kind.rawValue):\(String(decoding: utf8[$0.range], as: UTF8.self))" }
}

@Suite("Tokenizer")
struct TokenizerTests {
    @Test(
        "Dutch words, diacritics, apostrophes and compounds",
        arguments: [
            ("De cliënt is geïnformeerd.", ["word:De", "word:cliënt", "word:is", "word:geïnformeerd"]),
            ("auto's en zo'n", ["word:auto's", "word:en", "word:zo'n"]),
            ("auto’s", ["word:auto’s"]),
            ("'s avonds", ["word:'s", "word:avonds"]),
            ("re-integratie per e-mail", ["word:re-integratie", "word:per", "word:e-mail"]),
            ("beëindigd", ["word:beëindigd"]),
            ("bee\u{0308}indigd", ["word:bee\u{0308}indigd"]),
            ("B1-niveau", ["word:B1-niveau"]),
            ("'s-Hertogenbosch", ["word:'s-Hertogenbosch"]),
            ("‘s avonds", ["word:‘s", "word:avonds"]),
            ("bijv.\u{0301} nu", ["abbreviation:bijv.", "symbol:\u{0301}", "word:nu"]),
        ])
    func words(_ input: String, _ expected: [String]) {
        #expect(tokenSummary(input) == expected)
    }

    @Test(
        "Numbers, amounts, dates and percentages",
        arguments: [
            (
                "U krijgt € 1.234,56 per maand",
                ["word:U", "word:krijgt", "amount:€ 1.234,56", "word:per", "word:maand"]
            ),
            ("€1.401,20", ["amount:€1.401,20"]),
            ("1.250 euro spaargeld", ["amount:1.250 euro", "word:spaargeld"]),
            ("€ 25,-", ["amount:€ 25,-"]),
            (
                "op 1 januari 2026 om 09.00 uur",
                ["word:op", "date:1 januari 2026", "word:om", "number:09.00", "word:uur"]
            ),
            ("vóór 01-03-2026", ["word:vóór", "date:01-03-2026"]),
            ("15 jan. 2026", ["date:15 jan. 2026"]),
            ("10% of 12,5 %", ["percentage:10%", "word:of", "percentage:12,5 %"]),
            ("de 25e van de maand", ["word:de", "number:25e", "word:van", "word:de", "word:maand"]),
            ("kenmerk PW/2025/04817", ["word:kenmerk", "number:PW/2025/04817"]),
        ])
    func numbers(_ input: String, _ expected: [String]) {
        #expect(tokenSummary(input) == expected)
    }

    @Test(
        "Law references",
        arguments: [
            (
                "op grond van artikel 17, lid 2, van de Participatiewet.",
                ["word:op", "word:grond", "word:van", "lawReference:artikel 17, lid 2, van de Participatiewet"]
            ),
            ("conform art. 4:8 Awb wordt", ["word:conform", "lawReference:art. 4:8 Awb", "word:wordt"]),
            ("artikel 58 lid 1 onder a Participatiewet", ["lawReference:artikel 58 lid 1 onder a Participatiewet"]),
            ("artikel 18a van de PW", ["lawReference:artikel 18a van de PW"]),
            ("het artikel in de krant", ["word:het", "word:artikel", "word:in", "word:de", "word:krant"]),
            ("Lees artikel 4", ["word:Lees", "lawReference:artikel 4"]),
        ])
    func lawReferences(_ input: String, _ expected: [String]) {
        #expect(tokenSummary(input) == expected)
    }

    @Test(
        "Abbreviations and initials keep their dots",
        arguments: [
            ("bijv. een loonstrook", ["abbreviation:bijv.", "word:een", "word:loonstrook"]),
            (
                "o.a. uw huur, d.w.z. alles",
                ["abbreviation:o.a.", "word:uw", "word:huur", "abbreviation:d.w.z.", "word:alles"]
            ),
            (
                "z.s.m. t.a.v. mevr. Jansen",
                ["abbreviation:z.s.m.", "abbreviation:t.a.v.", "abbreviation:mevr.", "word:Jansen"]
            ),
            ("Bijv. nr. 12", ["abbreviation:Bijv.", "abbreviation:nr.", "number:12"]),
            ("M.A. de Vries", ["initials:M.A.", "word:de", "word:Vries"]),
            ("1 t/m 5", ["number:1", "abbreviation:t/m", "number:5"]),
        ])
    func abbreviations(_ input: String, _ expected: [String]) {
        #expect(tokenSummary(input) == expected)
    }

    @Test(
        "Addresses, phone numbers and postcodes",
        arguments: [
            ("mail naar info@lindewaard.nl.", ["word:mail", "word:naar", "email:info@lindewaard.nl"]),
            ("of werk-en-inkomen@lindewaard.nl", ["word:of", "email:werk-en-inkomen@lindewaard.nl"]),
            (
                "op NL91 ABNA 0417 1643 00 t.n.v. de gemeente",
                ["word:op", "iban:NL91 ABNA 0417 1643 00", "abbreviation:t.n.v.", "word:de", "word:gemeente"]
            ),
            ("NL91ABNA0417164300", ["iban:NL91ABNA0417164300"]),
            ("NL en de EU", ["word:NL", "word:en", "word:de", "word:EU"]),
            (
                "zie https://www.lindewaard.nl/bijstand?x=1.",
                ["word:zie", "url:https://www.lindewaard.nl/bijstand?x=1"]
            ),
            (
                "op www.lindewaard.nl of lindewaard.nl/werk",
                ["word:op", "url:www.lindewaard.nl", "word:of", "url:lindewaard.nl/werk"]
            ),
            ("bel 14 020 of 0800-1234", ["word:bel", "phone:14 020", "word:of", "phone:0800-1234"]),
            ("bel 030 123 45 67", ["word:bel", "phone:030 123 45 67"]),
            ("06-12345678", ["phone:06-12345678"]),
            ("+31 6 12345678", ["phone:+31 6 12345678"]),
            ("1234 AB Lindewaard", ["postcode:1234 AB", "word:Lindewaard"]),
            ("1234AB", ["postcode:1234AB"]),
        ])
    func addresses(_ input: String, _ expected: [String]) {
        #expect(tokenSummary(input) == expected)
    }

    @Test(
        "Template placeholders are single tokens",
        arguments: [
            ("Beste {{ naam }},", ["word:Beste", "placeholder:{{ naam }}"]),
            ("{% if partner %}ja{% endif %}", ["placeholder:{% if partner %}", "word:ja", "placeholder:{% endif %}"]),
            ("Kenmerk: «kenmerk»", ["word:Kenmerk", "placeholder:«kenmerk»"]),
            ("Datum: <<datum>>", ["word:Datum", "placeholder:<<datum>>"]),
            (
                "Door [NAAM_KLANTMANAGER] en [naam klant]",
                ["word:Door", "placeholder:[NAAM_KLANTMANAGER]", "word:en", "placeholder:[naam klant]"]
            ),
            ("Bel ${telefoonnummer}.", ["word:Bel", "placeholder:${telefoonnummer}"]),
            ("vóór %uiterste_datum%?", ["word:vóór", "placeholder:%uiterste_datum%"]),
            ("50% en [1]", ["percentage:50%", "word:en", "number:1"]),
            ("{{ a {{ b }} c }} d", ["placeholder:{{ a {{ b }} c }}", "word:d"]),
            ("Beste %{naam},", ["word:Beste", "placeholder:%{naam}"]),
            ("vóór %(datum)s betalen", ["word:vóór", "placeholder:%(datum)s", "word:betalen"]),
            (
                "Uw brief van {0} en {naam_klant}",
                ["word:Uw", "word:brief", "word:van", "placeholder:{0}", "word:en", "placeholder:{naam_klant}"]
            ),
            ("Een { los } haakje", ["word:Een", "word:los", "word:haakje"]),
        ])
    func placeholders(_ input: String, _ expected: [String]) {
        #expect(tokenSummary(input) == expected)
    }

    @Test("Punctuation and flags")
    func punctuationAndFlags() {
        let tokens = Tokenizer(lexicons: .builtin).tokenize("LET OP: Dit…\nNu")
        #expect(tokens.map(\.kind) == [.word, .word, .punctuation, .word, .punctuation, .word])
        #expect(tokens[0].flags.contains(.allCaps))
        #expect(tokens[0].flags.contains(.capitalized))
        #expect(!tokens[3].flags.contains(.allCaps))
        #expect(tokens[5].flags.contains(.newlineBefore))
        #expect(tokenSummary("Wacht...", punctuation: true) == ["word:Wacht", "punctuation:..."])
    }

    @Test("A typographic apostrophe keeps a word in capitals")
    func capitalsWithApostrophe() {
        let tokens = Tokenizer(lexicons: .builtin).tokenize("AUTO’S en AUTO'S")
        #expect(tokens[0].flags.contains(.allCaps))
        #expect(tokens[2].flags.contains(.allCaps))
    }

    @Test("Long runs that look like the start of a phone number or address stay linear and correct")
    func longRuns() {
        let zeros = Array(repeating: "0", count: 2000).joined(separator: " ")
        // Groups of ten digits read as phone numbers; the rest stay numbers.
        #expect(tokenSummary(zeros).allSatisfy { $0.hasPrefix("number:") || $0.hasPrefix("phone:") })
        let dotted = String(repeating: "a.", count: 2000)
        #expect(tokenSummary(dotted).allSatisfy { $0 == "word:a" || $0.hasPrefix("url:") || $0.hasPrefix("initials") })
    }

    @Test("Non-breaking and other Unicode spaces separate tokens")
    func unicodeSpaces() {
        #expect(tokenSummary("€\u{00A0}12 per\u{202F}maand") == ["amount:€\u{00A0}12", "word:per", "word:maand"])
    }

    @Test("Byte ranges stay correct after multibyte text")
    func rangesAfterMultibyteText() {
        let text = "Één cliënt — {{ naam }} — kreeg € 5."
        let tokens = Tokenizer(lexicons: .builtin).tokenize(text)
        let utf8 = Array(text.utf8)
        let placeholder = tokens.first { $0.kind == .placeholder }
        #expect(placeholder.map { String(decoding: utf8[$0.range], as: UTF8.self) } == "{{ naam }}")
        #expect(tokens.allSatisfy { $0.start < $0.end && Int($0.end) <= utf8.count })
    }
}
