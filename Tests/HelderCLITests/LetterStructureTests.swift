import Foundation
import Testing

@testable import Helder
@testable import HelderCLI

@Suite("Letter structure")
struct LetterStructureTests {
    private func document(_ name: String) throws -> [String: Any] {
        try #require(
            try jsonDocuments(runHelder(["check", "--format", "json", "--fail-on", "never", sample(name)]).out).first)
    }

    private func structureRules(_ document: [String: Any]) -> [String] {
        ((document["findings"] as? [[String: Any]]) ?? []).compactMap { $0["rule"] as? String }
            .filter { $0.hasPrefix("structure.") }
    }

    @Test(
        "Each whole-letter check fires on the letters that have the problem and stays quiet on the rewrites",
        arguments: [
            (
                "besluit-bijzondere-bijstand.txt",
                [
                    "structure.bedrag", "structure.bezwaar", "structure.hoofdboodschap", "structure.hulp",
                    "structure.termijn",
                ]
            ),
            (
                "terugvorderingsbrief.txt",
                ["structure.bezwaar", "structure.hoofdboodschap", "structure.hulp", "structure.termijn"]
            ),
            (
                "toekenningsbrief-bijstand.txt",
                ["structure.bezwaar", "structure.lengte", "structure.plichten", "structure.termijn"]
            ),
            ("herinnering-inlichtingenplicht.txt", []),
            ("toekenningsbrief-bijstand-b1.txt", []),
            ("besluit-bijzondere-bijstand-b1.txt", []),
            ("sjabloon-herinnering.txt", []),
        ])
    func checksOnSamples(letter: String, expected: [String]) throws {
        #expect(Set(structureRules(try document(letter))) == Set(expected))
    }

    @Test("The duties of the toekenningsbrief are listed in order, each with its deadline")
    func dutiesInventory() throws {
        let duties = try #require(try document("toekenningsbrief-bijstand.txt")["duties"] as? [[String: Any]])
        #expect(duties.count == 6)
        let starts = duties.compactMap {
            ($0["text"] as? String)?.split(separator: " ").prefix(4).joined(separator: " ")
        }
        #expect(
            starts == [
                "Wij verzoeken u gaarne", "Ingevolge artikel 17, lid", "Wijzigingen dienen middels het",
                "Ingevolge artikel 9 van", "U dient tevens zorg", "U bent derhalve verplicht",
            ])
        let deadlines = duties.map { ($0["deadline"] as? [String: Any])?["text"] as? String }
        #expect(deadlines == [nil, "onverwijld", "binnen vijf werkdagen", nil, nil, "onverwijld"])
        let vague = duties.map { ($0["deadline"] as? [String: Any])?["vague"] as? Bool }
        #expect(vague == [nil, true, false, nil, nil, true])
        // The rewrite: four numbered duties, two with a date.
        let rewrite = try #require(try document("toekenningsbrief-bijstand-b1.txt")["duties"] as? [[String: Any]])
        #expect(rewrite.count == 4)
        #expect(
            rewrite.map { ($0["deadline"] as? [String: Any])?["date"] as? String } == [
                nil, "2026-01-15", nil, "2026-03-01",
            ])
        // And the text report shows the same list.
        let text = runHelder(["check", "--fail-on", "never", sample("toekenningsbrief-bijstand.txt")]).out
        #expect(text.contains("  Wat de lezer moet doen (6):"))
        #expect(text.contains("       Termijn: ‘onverwijld’, zonder datum"))
    }

    @Test("A deadline counted from the letter's date is worked out to the date the reader needs")
    func computedDeadlines() throws {
        let findings = try #require(try document("besluit-bijzondere-bijstand.txt")["findings"] as? [[String: Any]])
        let deadline = try #require(findings.first { $0["rule"] as? String == "structure.termijn" })
        #expect(deadline["excerpt"] as? String == "binnen 14 dagen na dagtekening")
        #expect((deadline["suggestion"] as? String)?.contains("uiterlijk 17 november 2025") == true)
        // 12 december 2025 plus six weeks, the date the rewrite of the toekenningsbrief names.
        let original = try #require(try document("toekenningsbrief-bijstand.txt")["findings"] as? [[String: Any]])
        #expect(original.contains { ($0["suggestion"] as? String)?.contains("uiterlijk 23 januari 2026") == true })
    }

    @Test("Dates: parsed as letters write them, and counted in days, weeks, months and working days")
    func dates() throws {
        let months = LexiconSet.builtin.months
        let friday = try #require(CalendarDate.parse("14 november 2025", months: months))
        #expect(friday == CalendarDate(year: 2025, month: 11, day: 14))
        #expect(CalendarDate.parse("12-12-2025", months: months) == CalendarDate(year: 2025, month: 12, day: 12))
        #expect(CalendarDate.parse("3 Dec. 2025", months: months) == CalendarDate(year: 2025, month: 12, day: 3))
        #expect(CalendarDate.parse("29 februari 2024", months: months) == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(CalendarDate.parse("29 februari 2025", months: months) == nil)
        #expect(CalendarDate.parse("31 februari 2025", months: months) == nil)
        #expect(CalendarDate.parse("morgen", months: months) == nil)
        #expect(CalendarDate.parse("1 maart", months: months) == nil)
        #expect(friday.adding(14, .dag) == CalendarDate(year: 2025, month: 11, day: 28))
        #expect(friday.adding(6, .week) == CalendarDate(year: 2025, month: 12, day: 26))
        #expect(friday.adding(3, .maand) == CalendarDate(year: 2026, month: 2, day: 14))
        #expect(
            CalendarDate(year: 2026, month: 1, day: 31).adding(1, .maand) == CalendarDate(year: 2026, month: 2, day: 28)
        )
        // Five working days from a Friday skip the weekend.
        #expect(friday.adding(5, .werkdag) == CalendarDate(year: 2025, month: 11, day: 21))
        #expect(CalendarDate(year: 2026, month: 1, day: 23).written(with: months) == "23 januari 2026")
        #expect(CalendarDate(year: 2026, month: 1, day: 5).iso == "2026-01-05")
        // Day numbers round-trip over centuries and leap years.
        for date in [
            CalendarDate(year: 1900, month: 3, day: 1), CalendarDate(year: 2000, month: 2, day: 29),
            CalendarDate(year: 2026, month: 12, day: 31), CalendarDate(year: 1970, month: 1, day: 1),
        ] {
            #expect(CalendarDate(dayNumber: date.dayNumber) == date)
        }
        #expect(CalendarDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(CalendarDate(year: 2026, month: 11, day: 29).weekday == 1)  // a Sunday
    }

    @Test("The month names that make dates and the ones that read them are the same list")
    func monthLists() throws {
        let text = try #require(LexiconSet.builtinText("tekstherkenning.tsv"))
        let recognised = Set(
            text.split(separator: "\n").filter { $0.hasPrefix("maand\t") }.map {
                WordFolding.fold(String($0.dropFirst(6)))
            })
        #expect(recognised == LexiconSet.builtin.months.forms)
    }

    @Test("Length and reading time are in the JSON report")
    func length() throws {
        let length = try #require(try document("toekenningsbrief-bijstand.txt")["length"] as? [String: Any])
        #expect(length["words"] as? Int == 898)
        #expect(length["readingMinutes"] as? Int == 5)
        #expect(length["attachmentWords"] as? Int == 0)
    }

    @Test("Attachments after the closing are counted apart from the letter")
    func attachments() throws {
        let folder = try TemporaryFolder("helder-bijlage")
        let path = folder.url.appendingPathComponent("brief.txt")
        let letter = """
            Geachte heer Smit,

            U krijgt vanaf 1 maart 2026 bijstand. Heeft u vragen? Bel ons op 14 0123.

            Met vriendelijke groet,

            J. de Boer

            Bijlage 1: de regels van de bijstand

            Wie bijstand krijgt, geeft veranderingen in inkomen en woonsituatie door aan de gemeente.
            """
        try Data(letter.utf8).write(to: path)
        let report = try #require(try jsonDocuments(runHelder(["check", "--format", "json", path.path]).out).first)
        let length = try #require(report["length"] as? [String: Any])
        #expect(length["words"] as? Int == 10)
        #expect(length["attachmentWords"] as? Int == 13)
    }

    /// A letter written by a reviewer to test the whole-letter checks.
    private func letter(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/HelderCLITests/Letters/\(name)").path
    }

    @Test(
        "Reviewers' letters: decisions, invitations, information letters and bezwaar in an attachment",
        arguments: [
            // A decision refusing support without a bezwaar paragraph: the error, and no offer of help.
            ("02-afwijzing-tandarts-zonder-bezwaar.txt", ["structure.bezwaar:error", "structure.hulp:warning"]),
            // An invitation ("het college heeft besloten iedereen uit te nodigen") and an information letter
            // about a government decision are no decisions about the reader: no bezwaar error.
            ("05-uitnodiging-gesprek.txt", []),
            ("07-bijstandsnorm-info.txt", []),
            // The bezwaar only in an attachment is a warning that says so.
            ("10-stopzetting-bezwaar-in-bijlage.txt", ["structure.bezwaar:warning"]),
            ("03-afwijzing-bril-b1.txt", []),
        ])
    func reviewerLetters(name: String, expected: [String]) throws {
        let result = runHelder(["check", "--format", "json", "--fail-on", "never", letter(name)])
        let found = try jsonFindings(result.out).filter { ($0["rule"] as? String)?.hasPrefix("structure.") == true }
            .map { "\($0["rule"]!):\($0["severity"]!)" }
        #expect(Set(found) == Set(expected), "\(found)")
    }

    @Test("The letter's date comes from the Datum line, not from 'Uw brief van'; deadlines move past holidays")
    func letterDate() throws {
        let report = try #require(
            try jsonDocuments(
                runHelder(["check", "--format", "json", "--fail-on", "never", letter("01-toekenning-bb-oudstijl.txt")])
                    .out
            ).first)
        let findings = try #require(report["findings"] as? [[String: Any]])
        // 12 januari 2026 plus 14 days after sending.
        #expect(findings.contains { ($0["suggestion"] as? String)?.contains("uiterlijk 26 januari 2026") == true })
        // Algemene termijnenwet: 6 April 2026 is Easter Monday, 28 February 2026 a Saturday.
        #expect(
            CalendarDate(year: 2026, month: 4, day: 6).nextWorkingDay() == CalendarDate(year: 2026, month: 4, day: 7))
        #expect(
            CalendarDate(year: 2026, month: 2, day: 28).nextWorkingDay() == CalendarDate(year: 2026, month: 3, day: 2))
        #expect(
            CalendarDate(year: 2026, month: 3, day: 3).nextWorkingDay() == CalendarDate(year: 2026, month: 3, day: 3))
        #expect(CalendarDate(year: 2026, month: 5, day: 14).isNonWorkingDay)  // Ascension Day
        // King's Day on the 26th when the 27th is a Sunday.
        #expect(CalendarDate(year: 2025, month: 4, day: 26).isNonWorkingDay)
        // Whit Monday 2025 (Easter 20 April + 50 days).
        #expect(CalendarDate(year: 2025, month: 6, day: 9).isNonWorkingDay)
        #expect(!CalendarDate(year: 2025, month: 6, day: 10).isNonWorkingDay)
    }

    @Test("Duties: imperatives, requests as questions, and a period that is not a deadline")
    func dutiesOfAReviewerLetter() throws {
        let report = try #require(
            try jsonDocuments(
                runHelder(["check", "--format", "json", "--fail-on", "never", letter("13-heronderzoek-termijnen.txt")])
                    .out
            ).first)
        let duties = try #require(report["duties"] as? [[String: Any]])
        let texts = duties.compactMap { $0["text"] as? String }
        #expect(texts.count == 6)
        #expect(texts.first?.hasPrefix("Stuur ons uw bankafschriften") == true)
        #expect(texts.contains { $0.hasPrefix("Wilt u die binnen twee weken") })
        // "1 oktober 2025 t/m 31 december 2025" is the period of the statements, not their deadline.
        let first = try #require(duties.first?["deadline"] as? [String: Any])
        #expect(first["date"] as? String == "2026-03-01")
    }

    @Test("compare: a rewrite that drops the bezwaar paragraph is worse, whatever its score")
    func compareDroppedObjection() {
        let result = runHelder([
            "compare", letter("03-afwijzing-bril-b1.txt"), letter("03c-afwijzing-bril-zonder-bezwaar-simpeler.txt"),
        ])
        #expect(result.status == .thresholdBreached)
        #expect(result.out.contains("de nieuwe versie is slechter"))
    }
}
