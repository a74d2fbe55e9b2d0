import Testing

@testable import Helder

/// A lexicon set with the built-in tokenizer lexicons and small, hand-written phrase lexicons.
func lexicons(jargon: String, coercion: String = "") throws -> LexiconSet {
    let builtin = LexiconSet.builtin
    let jargonTable = try LexiconTable(
        name: "jargon.tsv", text: "patroon\tsoort\talternatief\tuitleg\ternst\tveilig\n" + jargon,
        expectedColumns: JargonLexicon.columns)
    let coercionTable = try LexiconTable(
        name: "dwang.tsv", text: "patroon\tsoort\tgewicht\talternatief\tuitleg\n" + coercion,
        expectedColumns: CoercionLexicon.columns)
    return LexiconSet(
        frequency: builtin.frequency, abbreviations: builtin.abbreviations,
        syllableExceptions: builtin.syllableExceptions,
        recognition: builtin.recognition, jargon: try JargonLexicon(jargonTable),
        coercion: try CoercionLexicon(coercionTable), acronyms: builtin.acronyms)
}

/// The matched texts of `text`, as `lexicon:text`.
func phrases(_ text: String, in lexicons: LexiconSet) -> [String] {
    let analyzed = Analyzer(lexicons: lexicons).prepare(paragraphs(text))
    return analyzed.blocks.enumerated().flatMap { index, block in
        block.phrases.compactMap { phrase in
            let owner = lexicons.phrases.owner(of: phrase.match.pattern)
            guard owner.lexicon != .explanation else { return nil }
            return "\(owner.lexicon.rawValue):"
                + analyzed.text(of: TextSpan(block: index, range: block.range(of: phrase.match)))
        }
    }
}

@Suite("Phrase matcher")
struct PhraseMatcherTests {
    static let jargon = """
        indien\tambtelijk\tals\t\twarning\tja
        ten behoeve van\tambtelijk\tvoor\t\twarning\tnee
        ten behoeve\tambtelijk\tvoor\t\tinfo\tnee
        verstrekken|verstrekt|verstrekte|verstrekking\twoordkeus\tgeven\t\tinfo\tnee
        draag|draagt|dragen … zorg voor\tambtelijk\tzorgen voor\t\twarning\tnee
        (het) in behandeling nemen\tnominalisatie\tbekijken\t\tinfo\tnee
        kostendelersnorm\tvaktaal\t\tU deelt de kosten met anderen in huis.\tinfo\tnee
        c.q.\tlatijn\tof\t\twarning\tnee

        """
    static let coercion = """
        u dient … te\tverplichting\t2\tWilt u …?\tEen bevel.
        indien u … niet … zullen|zal wij\tdreiging\t3\tLukt het niet? Bel ons.\tEen dreigement.

        """

    @Test(
        "Words, phrases, inflections, gaps and optional words",
        arguments: [
            ("Indien u vragen heeft, bel ons.", ["jargon:Indien"]),
            ("Dit is ten behoeve van uw aanvraag.", ["jargon:ten behoeve van"]),
            ("Wij verstrekten niets, maar verstrekt werd het wel.", ["jargon:verstrekt"]),
            ("De gemeente draagt hiervoor zorg voor u.", ["jargon:draagt hiervoor zorg voor"]),
            ("Wij hebben het in behandeling nemen uitgesteld.", ["jargon:het in behandeling nemen"]),
            ("Wij gaan in behandeling nemen.", ["jargon:in behandeling nemen"]),
            (
                "U dient het formulier voor vrijdag in te leveren.",
                ["coercion:U dient het formulier voor vrijdag in te"]
            ),
            ("De huur c.q. de hypotheek.", ["jargon:c.q."]),
            ("INDIEN u belt, helpen wij.", ["jargon:INDIEN"]),
        ])
    func finds(_ text: String, _ expected: [String]) throws {
        #expect(phrases(text, in: try lexicons(jargon: Self.jargon, coercion: Self.coercion)) == expected)
    }

    @Test("Jargon and coercion may overlap each other, but not themselves")
    func overlap() throws {
        let found = phrases(
            "Indien u het niet stuurt, zullen wij stoppen.",
            in: try lexicons(jargon: Self.jargon, coercion: Self.coercion))
        #expect(found == ["jargon:Indien", "coercion:Indien u het niet stuurt, zullen wij"])
    }

    @Test("A jargon construction inside a coercion match is counted once, as coercion")
    func sameSpanCountedOnce() throws {
        let set = try lexicons(
            jargon: "dient … te\twoordkeus\tmoet\t\tinfo\tnee\n",
            coercion: "u dient … te\tverplichting\t2\tWilt u?\tBevel.\n")
        #expect(phrases("U dient dit te doen.", in: set) == ["coercion:U dient dit te"])
        let same = try lexicons(
            jargon: "u dient … te\twoordkeus\tmoet\t\tinfo\tnee\n",
            coercion: "u dient … te\tverplichting\t2\tWilt u?\tBevel.\n")
        #expect(phrases("U dient dit te doen.", in: same) == ["coercion:U dient dit te"])
    }

    @Test("Twenty thousand matches in one sentence are all found once")
    func manyMatches() throws {
        let set = try lexicons(jargon: Self.jargon, coercion: Self.coercion)
        let sentence = Array(repeating: "indien", count: 20_000).joined(separator: " ")
        #expect(phrases(sentence, in: set).count == 20_000)
    }

    @Test("A gap never crosses a sentence end and stays within its limit")
    func gapLimits() throws {
        let set = try lexicons(jargon: Self.jargon, coercion: Self.coercion)
        #expect(phrases("U dient. Wij helpen te veel.", in: set).isEmpty)
        #expect(phrases("U dient een twee drie vier vijf zes zeven te gaan.", in: set).isEmpty)
    }

    @Test("Never inside placeholders, names, e-mail addresses or web addresses")
    func neverInside() throws {
        let set = try lexicons(jargon: Self.jargon, coercion: Self.coercion)
        #expect(phrases("Beste {{ indien }}, mail indien@lindewaard.nl of kijk op www.indien.nl.", in: set).isEmpty)
        #expect(phrases("Wij bellen mevrouw Indien morgen.", in: set).isEmpty)
    }

    @Test("A term an organisation writes with a capital is found with its capital inside a sentence")
    func capitalisedTerms() throws {
        let set = try lexicons(
            jargon: Self.jargon + "Werkplein\tvaktaal\t\tHet loket voor werk.\twarning\tnee\n"
                + "Jobcoach Plus\tvaktaal\tbegeleider\t\twarning\tnee\n")
        #expect(phrases("U kunt langskomen op het Werkplein in de stad.", in: set) == ["jargon:Werkplein"])
        #expect(phrases("Het werkplein is open.", in: set) == ["jargon:werkplein"])
        #expect(phrases("Uw Jobcoach Plus belt u.", in: set) == ["jargon:Jobcoach Plus"])
        // A lower-case pattern still takes a capitalised word inside a sentence for a name.
        #expect(phrases("Wij bellen mevrouw Indien morgen.", in: set).isEmpty)
        #expect(set.phrases.vocabulary.isCapitalised(-1) == false)
    }

    @Test("Explanation phrases are found for the checks that ask whether a term is explained")
    func explanations() throws {
        let set = try lexicons(jargon: Self.jargon)
        let analyzed = Analyzer(lexicons: set).prepare(
            paragraphs("Dat heet de kostendelersnorm. Dat betekent: minder geld."))
        #expect(analyzed.explains(block: 0, sentence: 0))
        #expect(analyzed.explains(block: 0, sentence: 1))
        let plain = Analyzer(lexicons: set).prepare(paragraphs("Op u is de kostendelersnorm van toepassing."))
        #expect(!plain.explains(block: 0, sentence: 0))
    }

    @Test("Switched-off entries are not matched")
    func switchedOff() throws {
        let set = try lexicons(jargon: "indien\tambtelijk\tals\t\tuit\tja\n")
        #expect(phrases("Indien u belt.", in: set).isEmpty)
    }

    @Test(
        "Bad patterns and values are reported with file and line",
        arguments: [
            (
                "… indien\tambtelijk\tals\t\twarning\tja\n",
                "jargon.tsv:2: kolom 'patroon' heeft '… indien', verwacht een patroon dat niet met … begint"
            ),
            ("indien …\tambtelijk\tals\t\twarning\tja\n", "verwacht een patroon dat niet op … eindigt"),
            ("(indien\tambtelijk\tals\t\twarning\tja\n", "verwacht (woord) om een heel woord, niet '(indien'"),
            ("indien|\tambtelijk\tals\t\twarning\tja\n", "verwacht woorden aan beide kanten van |"),
            ("(indien)\tambtelijk\tals\t\twarning\tja\n", "verwacht minstens één woord dat niet optioneel is"),
            ("indien\tambtelijke\tals\t\twarning\tja\n", "kolom 'soort' heeft 'ambtelijke', verwacht een van: "),
            (
                "indien\tambtelijk\tals\t\tsoms\tja\n",
                "kolom 'ernst' heeft 'soms', verwacht info, warning, error of uit"
            ),
            ("indien\tambtelijk\t\t\twarning\tja\n", "verwacht een alternatief of een uitleg"),
            ("indien\tambtelijk\tals\t\twarning\tmisschien\n", "kolom 'veilig' heeft 'misschien', verwacht ja of nee"),
            ("indien\tambtelijk\tals\twarning\tja\n", "jargon.tsv:2: verwacht 6 kolommen, gevonden 5"),
        ])
    func badLines(_ line: String, _ message: String) {
        do {
            _ = try lexicons(jargon: line)
            Issue.record("expected an error for \(line)")
        } catch {
            #expect("\(error)".contains(message), "\(error)")
        }
    }
}

@Suite("Jargon recall")
struct JargonRecallTests {
    /// Most of a broad list of officialese (not only the famous thirty) is found by the built-in lexicon.
    @Test("The built-in jargon lexicon finds at least 90 % of a broad officialese list")
    func recall() throws {
        let text = try String(contentsOf: testResources.appendingPathComponent("ambtelijk-recall.txt"), encoding: .utf8)
        let entries = text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
        #expect(entries.count >= 100)
        var missed: [String] = []
        for entry in entries {
            let found = Analyzer().analyze(paragraphs("Wij schrijven u \(entry) vandaag een brief."))
                .findings.contains { $0.category == .jargon || $0.category == .coercion }
            if !found { missed.append(entry) }
        }
        let recall = 1 - Double(missed.count) / Double(entries.count)
        print(
            "jargon recall: \(entries.count - missed.count)/\(entries.count); missed: \(missed.joined(separator: ", "))"
        )
        #expect(recall >= 0.9, "missed: \(missed)")
    }

    /// A second list, compiled independently from public guidance (Resources/recall-onafhankelijk): each term in
    /// its own carrier sentence, found when a jargon finding covers it.
    @Test("The independent officialese list is found for at least 80 %")
    func independentRecall() throws {
        let text = try String(
            contentsOf: testResources.appendingPathComponent("recall-onafhankelijk/zinnen.txt"), encoding: .utf8)
        var total = 0
        var missed: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            total += 1
            let (term, sentence) = (parts[0], parts[1])
            let start = sentence.lowercased().range(of: term.lowercased()).map {
                sentence.distance(from: sentence.startIndex, to: $0.lowerBound)
            }
            let found = Analyzer().analyze(paragraphs(sentence)).findings.contains { finding in
                guard finding.category == .jargon || finding.category == .coercion else { return false }
                guard let start else { return true }
                let begin = finding.location.column - 1
                return begin < start + term.count && start < begin + finding.location.length
            }
            if !found { missed.append(term) }
        }
        #expect(total >= 500)
        let recall = 1 - Double(missed.count) / Double(total)
        print("independent recall: \(total - missed.count)/\(total); missed: \(missed.joined(separator: ", "))")
        #expect(recall >= 0.8, "missed: \(missed)")
    }
}
