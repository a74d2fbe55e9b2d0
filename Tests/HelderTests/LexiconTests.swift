import Foundation
import Testing

@testable import Helder

@Suite("Lexicons")
struct LexiconTests {
    @Test("Every built-in lexicon parses and is not empty")
    func builtinParses() throws {
        let lexicons = try LexiconSet.loadBuiltin()
        #expect(lexicons.frequency.count >= 20_000)
        #expect(lexicons.abbreviations.entries.count >= 50)
        #expect(lexicons.syllableExceptions.count >= 1)
        #expect(!lexicons.recognition.salutations.isEmpty)
        #expect(!lexicons.recognition.closings.isEmpty)
    }

    @Test("Every pattern of the built-in phrase lexicons is valid, with file and line (the program skips this check)")
    func builtinPatterns() throws {
        for (file, columns) in [
            ("jargon.tsv", JargonLexicon.columns), ("dwang.tsv", CoercionLexicon.columns),
            ("toon.tsv", ToneLexicon.columns), ("briefopbouw.tsv", StructureLexicon.columns),
        ] {
            let table = try LexiconTable(
                name: "Lexicons/\(file)", text: try #require(LexiconSet.builtinText(file)), expectedColumns: columns)
            #expect(!table.patternsChecked)
            for row in table.rows {
                #expect(PhrasePattern.syntaxError(in: row[0]) == nil, "Lexicons/\(file):\(row.line): \(row[0])")
            }
        }
        // And a broken pattern in an organisation's own lexicon is still reported.
        #expect(throws: LexiconError.self) {
            _ = try LexiconSet.builtin.adding(
                lexiconNamed: "eigen.tsv",
                text: "patroon\tsoort\talternatief\tuitleg\ternst\tveilig\n… indien\tambtelijk\tals\t\twarning\tnee\n")
        }
    }

    @Test("The embedded lexicons are exactly the files in Lexicons/")
    func embeddedMatchesFolder() throws {
        let folder = packageRoot.appendingPathComponent("Lexicons")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tsv") }
            .sorted()
        #expect(LexiconSet.builtinFileNames == files)
        for file in files {
            let onDisk = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(LexiconSet.builtinText(file) == onDisk.replacingOccurrences(of: "\r\n", with: "\n"))
        }
    }

    @Test("Frequency ranks and lookups ignore case and normalisation")
    func frequency() throws {
        let frequency = LexiconSet.builtin.frequency
        let rank = try #require(frequency.rank(of: "de"))
        #expect(rank <= 5)
        #expect(frequency.rank(of: "De") == rank)
        #expect(frequency.rank(of: "xqzwvk") == nil)
        let een = try #require(frequency.rank(of: "één"))
        #expect(frequency.rank(of: "e\u{0301}e\u{0301}n") == een)
    }

    @Test(
        "Malformed lines are reported with file and line",
        arguments: [
            ("woord\tzipf\nhuis\t5.1\nkapot\n", "test.tsv:3: verwacht 2 kolommen, gevonden 1"),
            ("# alleen commentaar\n", "test.tsv:1: geen kopregel; verwacht 'woord<TAB>zipf'"),
            ("word\tzipf\n", "test.tsv:1: verwacht de kopregel 'woord<TAB>zipf', gevonden 'word<TAB>zipf'"),
            (
                "woord\tzipf\nhuis\tveel\n",
                "test.tsv:2: kolom 'zipf' heeft 'veel', verwacht een getal van 0 tot en met 9"
            ),
            ("woord\tzipf\nhuis\t5\nHuis\t4\n", "test.tsv:3: 'Huis' staat er meer dan één keer in"),
        ])
    func malformed(_ text: String, _ message: String) {
        #expect(throws: LexiconError.self) { try FrequencyLexicon(name: "test.tsv", text: text) }
        do {
            _ = try FrequencyLexicon(name: "test.tsv", text: text)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("Syllable exceptions must spell their word")
    func syllableExceptionSpelling() throws {
        let table = try LexiconTable(
            name: "lettergrepen.tsv", text: "woord\tafbreking\nwebsite\tweb·sit\n",
            expectedColumns: SyllableExceptions.columns)
        #expect(throws: LexiconError.self) { try SyllableExceptions(table) }
    }

    @Test("Abbreviation and recognition lexicons validate their columns")
    func otherValidation() throws {
        let abbreviations = try LexiconTable(
            name: "a.tsv", text: "afkorting\tvoluit\tzinseinde\nbijv.\tbijvoorbeeld\tmisschien\n",
            expectedColumns: AbbreviationLexicon.columns)
        #expect(throws: LexiconError.self) { try AbbreviationLexicon(abbreviations) }
        let recognition = try LexiconTable(
            name: "r.tsv", text: "soort\ttekst\nplaats\tLindewaard\n", expectedColumns: RecognitionLexicon.columns)
        #expect(throws: LexiconError.self) { try RecognitionLexicon(recognition) }
    }

    @Test(
        "The tone lexicon validates signal, weight, name and one-word benefits, naming file and line",
        arguments: [
            ("boete\tstraf\t2\teen boete\n", "kolom 'signaal' heeft 'straf'"),
            (
                "boete\tsanctie\t4\teen boete\n",
                "kolom 'gewicht' heeft '4', verwacht 1, 2 of 3 (of 0 om het uit te zetten)"
            ),
            ("omdat\treden\t1\teen reden\n", "kolom 'gewicht' heeft '1', verwacht 0 bij reden"),
            ("boete\tsanctie\t2\t\n", "kolom 'naam' is leeg"),
            ("uw uitkering\tvoordeel\t0\tuitkering\n", "verwacht één woord bij voordeel"),
        ])
    func toneValidation(_ line: String, _ message: String) throws {
        let table = try LexiconTable(
            name: "t.tsv", text: "patroon\tsignaal\tgewicht\tnaam\n" + line, expectedColumns: ToneLexicon.columns)
        do {
            _ = try ToneLexicon(table)
            Issue.record("accepted: \(line)")
        } catch {
            #expect(error.description.contains("t.tsv:2"), "\(error.description)")
            #expect(error.description.contains(message), "\(error.description)")
        }
    }

    @Test("A jargon alternative fits where the word stands: a noun is not replaced by a single adjective")
    func alternativesFitGrammatically() throws {
        // Dutch noun endings and adjective endings; a pattern of one word position that lists a noun form may not
        // offer a lone adjective (`aansprakelijkheid` → `verantwoordelijk` would be ungrammatical in place).
        let nounEndings = ["heid", "ing", "tie", "schap", "isme", "iteit"]
        let adjectiveEndings = ["lijk", "ig", "baar", "isch"]
        var wrong: [String] = []
        for entry in LexiconSet.builtin.jargon.entries
        where !entry.pattern.contains(" ") && !entry.pattern.contains("…") {
            let forms = entry.pattern.split(separator: "|").map(String.init)
            // `gering|geringe` is an adjective (it has an inflected form with -e), not a noun in -ing.
            let nouns = forms.filter { form in
                nounEndings.contains { form.hasSuffix($0) } && !forms.contains(form + "e")
            }
            guard !nouns.isEmpty else { continue }
            for alternative in entry.alternatives where !alternative.contains(" ") {
                if adjectiveEndings.contains(where: { alternative.hasSuffix($0) }) {
                    wrong.append("\(entry.pattern) → \(alternative)")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong)")
    }

    @Test("Benefits match as words and as the last part of a compound; an organisation's entry can switch one off")
    func toneBenefitsAndMerge() throws {
        let tone = LexiconSet.builtin.tone
        #expect(tone.isBenefit(folded: "uitkering"))
        #expect(tone.isBenefit(folded: "bijstandsuitkering"))
        #expect(tone.isBenefit(folded: "ww-uitkering"))
        #expect(tone.isBenefit(folded: "huurtoeslag"))
        #expect(!tone.isBenefit(folded: "huur"))
        #expect(!tone.isBenefit(folded: "tram"))
        // `--lexicon` with the header of toon.tsv: weight 0 switches a built-in sanction off.
        let own = try LexiconSet.builtin.adding(
            lexiconNamed: "eigen.tsv",
            text: "patroon\tsignaal\tgewicht\tnaam\nrente|invorderingsrente\tsanctie\t0\trente\n")
        let text = "U betaalt dan ook rente."
        #expect(Analyzer().analyze(paragraphs(text)).tone.drivers.consequences == 1)
        #expect(Analyzer(lexicons: own).analyze(paragraphs(text)).tone.drivers.consequences == 0)
    }
}

@Suite("Lexicon file variants")
struct LexiconFileVariantTests {
    @Test(
        "CRLF, lone CR, BOM, trailing tabs and indented comments are read as intended",
        arguments: [
            "woord\tzipf\r\nhuis\t5.1\r\n",
            "woord\tzipf\rhuis\t5.1\r",
            "\u{FEFF}woord\tzipf\nhuis\t5.1\n",
            "woord\tzipf\t\nhuis\t5.1\t\t\n",
            "  # commentaar\nwoord\tzipf\n\t# nog een\nhuis\t5.1\n",
        ])
    func variants(_ text: String) throws {
        let lexicon = try FrequencyLexicon(name: "test.tsv", text: text)
        #expect(lexicon.count == 1)
        #expect(lexicon.rank(of: "Huis") == 1)
    }

    @Test("werkwoorden.tsv: every participle is one the passive check finds, and its forms agree")
    func verbForms() throws {
        let table = try LexiconTable(
            name: "Lexicons/werkwoorden.tsv", text: try #require(LexiconSet.builtinText("werkwoorden.tsv")),
            expectedColumns: VerbForms.columns)
        let beginnings = LexiconSet.builtin.recognition.parts(.deelwoordbegin)
        var wrong: [String] = []
        for row in table.rows where row[1] == "deelwoord" {
            let (form, wij, infinitive) = (row[0], row[2], row[3])
            if !PassiveVoiceCheck.isParticiple(WordFolding.fold(form), beginnings: beginnings) {
                wrong.append("\(row.line): \(form) is not read as a participle")
            }
            // `zetten … stop` is `stopzetten`; a verb without a particle is its own infinitive.
            let parts = wij.components(separatedBy: " … ")
            let joined = parts.count == 2 ? parts[1] + parts[0] : wij
            if joined != infinitive { wrong.append("\(row.line): \(wij) does not make \(infinitive)") }
        }
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
        #expect(LexiconSet.builtin.verbs.entry(folded: "stopgezet")?.wij == "zetten … stop")
        // A participle needs both forms.
        #expect(throws: LexiconError.self) {
            _ = try VerbForms(
                LexiconTable(
                    name: "w.tsv", text: "vorm\tsoort\twij\tinfinitief\nstopgezet\tdeelwoord\t\tstopzetten\n",
                    expectedColumns: VerbForms.columns))
        }
    }
}
