import Foundation
import Testing

@testable import Helder
@testable import HelderCLI

@Suite("Letter structure")
struct LetterStructureTests {
    private func document(_ name: String) throws -> DocumentJSON {
        try #require(
            try jsonDocuments(runHelder(["check", "--format", "json", "--fail-on", "never", sample(name)]).out).first)
    }

    private func structureRules(_ document: DocumentJSON) -> [String] {
        document.findings.map(\.rule).filter { $0.hasPrefix("structure.") }
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
        let duties = try document("toekenningsbrief-bijstand.txt").duties
        // "Wij verzoeken u gaarne hiervan zorgvuldig kennis te nemen" asks the reader to read, not to do something.
        #expect(duties.count == 5)
        let starts = duties.map { $0.text.split(separator: " ").prefix(4).joined(separator: " ") }
        #expect(
            starts == [
                "Ingevolge artikel 17, lid", "Wijzigingen dienen middels het", "Ingevolge artikel 9 van",
                "U dient tevens zorg", "U bent derhalve verplicht",
            ])
        let deadlines = duties.map { $0.deadline?.text }
        #expect(deadlines == ["onverwijld", "binnen vijf werkdagen", nil, nil, "onverwijld"])
        let vague = duties.map { $0.deadline?.vague }
        #expect(vague == [true, false, nil, nil, true])
        // The rewrite: four numbered duties, two with a date.
        let rewrite = try document("toekenningsbrief-bijstand-b1.txt").duties
        #expect(rewrite.count == 4)
        #expect(rewrite.map { $0.deadline?.date } == [nil, "2026-01-15", nil, "2026-03-01"])
        // And the text report shows the same list.
        let text = runHelder(["check", "--fail-on", "never", sample("toekenningsbrief-bijstand.txt")]).out
        #expect(text.contains("  Wat de lezer moet doen (5):"))
        #expect(text.contains("       Termijn: ‘onverwijld’, zonder datum"))
    }

    @Test("A deadline counted from the letter's date is worked out to the date the reader needs")
    func computedDeadlines() throws {
        let findings = try document("besluit-bijzondere-bijstand.txt").findings
        let deadline = try #require(findings.first { $0.rule == "structure.termijn" })
        #expect(deadline.excerpt == "binnen 14 dagen na dagtekening")
        #expect(deadline.suggestion.contains("uiterlijk 17 november 2025"))
        // 12 december 2025 plus six weeks, the date the rewrite of the toekenningsbrief names.
        let original = try document("toekenningsbrief-bijstand.txt").findings
        #expect(original.contains { $0.suggestion.contains("uiterlijk 23 januari 2026") })
    }

    @Test("Length and reading time are in the JSON report")
    func length() throws {
        let length = try document("toekenningsbrief-bijstand.txt").length
        #expect(length.words == 898)
        #expect(length.readingMinutes == 5)
        #expect(length.attachmentWords == 0)
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
        let found = try jsonFindings(result.out).filter { $0.rule.hasPrefix("structure.") }
            .map { "\($0.rule):\($0.severity)" }
        #expect(Set(found) == Set(expected), "\(found)")
    }

    @Test("The letter's date comes from the Datum line, not from 'Uw brief van'; deadlines move past holidays")
    func letterDate() throws {
        let report = try #require(
            try jsonDocuments(
                runHelder(["check", "--format", "json", "--fail-on", "never", letter("01-toekenning-bb-oudstijl.txt")])
                    .out
            ).first)
        // 12 januari 2026 plus 14 days after sending.
        #expect(report.findings.contains { $0.suggestion.contains("uiterlijk 26 januari 2026") })
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
        let duties = report.duties
        let texts = duties.map(\.text)
        #expect(texts.count == 6)
        #expect(texts.first?.hasPrefix("Stuur ons uw bankafschriften") == true)
        #expect(texts.contains { $0.hasPrefix("Wilt u die binnen twee weken") })
        // "1 oktober 2025 t/m 31 december 2025" is the period of the statements, not their deadline.
        let first = try #require(duties.first?.deadline)
        #expect(first.date == "2026-03-01")
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
