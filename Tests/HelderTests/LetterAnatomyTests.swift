import Foundation
import Testing

@testable import Helder

/// The letter's anatomy, one reader at a time (`Sources/Helder/Analysis/Anatomy/`), on small letters built
/// from typed blocks; the `structure.` rules on the samples are tested end to end in HelderCLITests.
@Suite("Letter anatomy")
struct LetterAnatomyTests {
    /// A letter of blocks, each two lines below the previous one.
    static func letter(_ parts: [(BlockKind, String)]) -> Document {
        var line = 1
        var blocks: [Block] = []
        for (kind, text) in parts {
            blocks.append(Block(kind: kind, text: text, origin: .text(line: line, column: 1)))
            line += text.split(separator: "\n").count + 1
        }
        return Document(source: "brief.txt", format: .text, blocks: blocks)
    }

    static func anatomy(_ parts: [(BlockKind, String)]) -> (LetterAnatomy, AnalyzedDocument) {
        let analyzed = Analyzer().prepare(letter(parts))
        return (analyzed.anatomy, analyzed)
    }

    static let salutation: (BlockKind, String) = (.paragraph, "Geachte heer Smit,")
    static let closing: (BlockKind, String) = (.paragraph, "Met vriendelijke groet,")

    @Test("Frame: the body between salutation and closing, the letter's date from the Datum line, contact details")
    func frame() throws {
        let (anatomy, _) = Self.anatomy([
            (.paragraph, "Gemeente Voorbeeld\nUw brief van: 2 januari 2026\nDatum: 12 januari 2026\nTelefoon: 14 0123"),
            Self.salutation,
            (.paragraph, "U krijgt vanaf 1 maart 2026 bijstand."),
            Self.closing,
        ])
        #expect(anatomy.hasSalutation)
        #expect(anatomy.bodyStart == 1)
        #expect(anatomy.closingBlock == 3)
        #expect(anatomy.firstParagraph == 2)
        #expect(anatomy.letterDate == CalendarDate(year: 2026, month: 1, day: 12))
        #expect(anatomy.contactInLetterhead)
        #expect(!anatomy.contactInText)
        let (plain, _) = Self.anatomy([(.paragraph, "U krijgt bijstand. Bel ons op 14 0123.")])
        #expect(!plain.hasSalutation && plain.bodyStart == 0 && plain.closingBlock == nil)
        #expect(plain.contactInText && !plain.contactInLetterhead)
    }

    @Test("Bezwaar: a heading about it and the blocks under it, its legal and plain wording, one in an attachment")
    func objection() {
        let (anatomy, analyzed) = Self.anatomy([
            Self.salutation,
            (.paragraph, "Wij hebben besloten dat u geen bijzondere bijstand krijgt."),
            (.heading, "Bent u het niet eens met dit besluit?"),
            (.paragraph, "Stuur ons binnen zes weken een brief. U kunt ook een bezwaarschrift indienen."),
            (.heading, "Vragen"),
            (.paragraph, "Heeft u vragen? Bel ons."),
            Self.closing,
        ])
        #expect(anatomy.objectionBlocks == [2, 3])
        #expect(anatomy.mentionsObjection && !anatomy.objectionInAttachment)
        #expect(anatomy.plainObjection.map { analyzed.text(of: $0) } == ["Bent u het niet eens"])
        #expect(anatomy.legalObjection.map { analyzed.text(of: $0) } == ["een bezwaarschrift indienen"])
        let (attached, _) = Self.anatomy([
            Self.salutation,
            (.paragraph, "Wij hebben besloten dat u geen bijzondere bijstand krijgt."),
            Self.closing,
            (.paragraph, "Bijlage 1: Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken."),
        ])
        #expect(attached.attachmentStart == 3)
        #expect(attached.objectionInAttachment && !attached.mentionsObjection && attached.objectionBlocks.isEmpty)
    }

    @Test("Deadlines: worked out from the letter's date, vague unless a short next sentence names the date")
    func deadlines() throws {
        let (anatomy, _) = Self.anatomy([
            (.paragraph, "Datum: 12 december 2025"),
            Self.salutation,
            (.paragraph, "Wij hebben besloten dat u € 300 moet terugbetalen, omdat u te veel bijstand kreeg."),
            (.paragraph, "Geef een verhuizing onverwijld aan ons door."),
            (.paragraph, "Stuur de papieren zo snel mogelijk. Dus uiterlijk op 1 maart 2026."),
            (.heading, "Bent u het niet eens?"),
            (.paragraph, "U kunt binnen zes weken na dagtekening van deze brief bezwaar maken."),
            Self.closing,
        ])
        #expect(
            anatomy.deadlines.map(\.text) == [
                "onverwijld", "zo snel mogelijk", "uiterlijk op 1 maart 2026", "binnen zes weken na dagtekening",
            ])
        #expect(anatomy.deadlines.map(\.isVague) == [true, false, false, true])
        let computed = try #require(anatomy.deadlines.last)
        // 12 December 2025 plus six weeks is Friday 23 January 2026.
        #expect(computed.date == CalendarDate(year: 2026, month: 1, day: 23) && computed.dateIsComputed)
        #expect(computed.dateText == "23 januari 2026")
        // The bezwaar deadline and the deadlines of duties are the reader's; the sentence that pins the second
        // duty's deadline to a date is a deadline of its own, not a duty's.
        #expect(anatomy.deadlines.map(\.concernsReader) == [true, true, false, true])
    }

    @Test("Decision: the first main point about the reader; a heading Besluit makes a beschikking")
    func decision() throws {
        let (anatomy, analyzed) = Self.anatomy([
            Self.salutation,
            (.paragraph, "U ontvangt sinds februari een uitkering. Wij hebben uw gegevens opnieuw bekeken."),
            (.paragraph, "Wij hebben besloten dat u € 300 moet terugbetalen."),
            Self.closing,
        ])
        #expect(anatomy.isDecision)
        #expect(analyzed.text(of: try #require(anatomy.decision)) == "Wij hebben besloten")
        // A decision of the college about everyone is no decision about the reader.
        let (invitation, _) = Self.anatomy([
            Self.salutation, (.paragraph, "Het college heeft besloten iedereen uit te nodigen voor een gesprek."),
            Self.closing,
        ])
        #expect(!invitation.isDecision && invitation.decision == nil)
        let (headed, _) = Self.anatomy([
            Self.salutation, (.heading, "Besluit"), (.paragraph, "De aanvraag is toegewezen."), Self.closing,
        ])
        #expect(headed.isDecision)
    }

    @Test("Duties: list items under a duty heading, imperatives in running text, requests; each with its deadline")
    func duties() throws {
        let (anatomy, _) = Self.anatomy([
            (.paragraph, "Datum: 5 januari 2026"),
            Self.salutation,
            (.paragraph, "U krijgt vanaf 1 februari 2026 bijstand. Stuur ons een kopie van uw paspoort."),
            (.heading, "Wat moet u doen?"),
            (.listItem, "Geef veranderingen in uw inkomen door. Doe dit vóór 15 januari 2026."),
            (.listItem, "Wij sturen u elke maand een overzicht."),
            (.paragraph, "Heeft u vragen? Bel ons op 14 0123."),
            Self.closing,
            (.paragraph, "Stuur dit formulier terug."),
        ])
        #expect(
            anatomy.duties.map(\.text) == [
                "Stuur ons een kopie van uw paspoort.", "Geef veranderingen in uw inkomen door.",
            ])
        #expect(anatomy.duties.map { $0.deadline?.date } == [nil, CalendarDate(year: 2026, month: 1, day: 15)])
        #expect(anatomy.duties.last?.deadline?.concernsReader == true)
    }

    @Test(
        "Duties: not a promise of the sender, a condition, a choice, an example, a consequence, what another letter asks, an offer of help"
    )
    func notDuties() throws {
        let (anatomy, _) = Self.anatomy([
            (.paragraph, "Datum: 5 januari 2026"),
            Self.salutation,
            (.paragraph, "Wij hebben besloten dat u bijzondere bijstand krijgt voor een wasmachine."),
            (.paragraph, "Wij dragen zorg voor de betaling aan de winkel."),
            (.paragraph, "Als u moet verhuizen, krijgt u ook een vergoeding voor de kosten."),
            (.paragraph, "Wilt u de kassabon liever per post sturen? Dat kan ook."),
            (.paragraph, "Neem bijvoorbeeld een wasmachine van € 400."),
            (.paragraph, "Houdt u zich niet aan de regels? In dat geval moet u het geld terugbetalen."),
            (.paragraph, "Wij verzoeken u hiervan kennis te nemen."),
            (
                .paragraph,
                "Betaalt u niet op tijd? Dan krijgt u een herinnering. Wij vragen u daarin om alsnog te betalen."
            ),
            (.paragraph, "Neem gerust contact met ons op als u vragen heeft."),
            (.paragraph, "Heeft u vragen? Neem dan contact met ons op."),
            (.paragraph, "Stuur ons de kassabon vóór 1 maart 2026."),
            (.paragraph, "Neem vóór 1 februari 2026 contact met ons op voor een afspraak."),
            Self.closing,
        ])
        // Only what the reader is asked to do: send the receipt, and call for an appointment by a date.
        #expect(
            anatomy.duties.map(\.text) == [
                "Stuur ons de kassabon vóór 1 maart 2026.",
                "Neem vóór 1 februari 2026 contact met ons op voor een afspraak.",
            ])
        #expect(
            anatomy.duties.map { $0.deadline?.date } == [
                CalendarDate(year: 2026, month: 3, day: 1), CalendarDate(year: 2026, month: 2, day: 1),
            ])
        // Under a duty heading, contacting the municipality is one of the things to do.
        let (listed, _) = Self.anatomy([
            Self.salutation,
            (.heading, "Wat moet u doen?"),
            (.listItem, "Neem contact met ons op om een afspraak te maken."),
            Self.closing,
        ])
        #expect(listed.duties.map(\.text) == ["Neem contact met ons op om een afspraak te maken."])
    }

    @Test("Help: an offer of help anywhere in the body, none in a letter without one")
    func help() {
        let (offered, analyzed) = Self.anatomy([
            Self.salutation, (.paragraph, "U krijgt bijstand. Heeft u nog vragen? Bel ons."), Self.closing,
        ])
        #expect(offered.help.map { analyzed.text(of: $0) } == ["Heeft u nog vragen", "Bel ons"])
        let (none, _) = Self.anatomy([Self.salutation, (.paragraph, "U krijgt bijstand."), Self.closing])
        #expect(none.help.isEmpty)
    }

    @Test("Amounts: explained by their sentence, a neighbour, the sentence before a list, or earlier")
    func amounts() {
        let (anatomy, analyzed) = Self.anatomy([
            Self.salutation,
            (.paragraph, "U krijgt € 250."),
            (.paragraph, "U krijgt € 1.100 per maand."),
            (.paragraph, "Uw inkomsten waren per maand:"),
            (.listItem, "loon: € 400"),
            (.paragraph, "Wij betalen € 1.100 op 25 januari."),
            Self.closing,
        ])
        #expect(anatomy.amounts.map { analyzed.text(of: $0.span) } == ["€ 250", "€ 1.100", "€ 400", "€ 1.100"])
        #expect(anatomy.amounts.map(\.explained) == [false, true, true, true])
    }

    @Test("Attachments after the closing are counted apart from the letter")
    func attachments() {
        let (anatomy, _) = Self.anatomy([
            Self.salutation,
            (.paragraph, "U krijgt vanaf 1 maart 2026 bijstand. Heeft u vragen? Bel ons op 14 0123."),
            Self.closing,
            (.paragraph, "J. de Boer"),
            (.heading, "Bijlage 1: de regels van de bijstand"),
            (
                .paragraph,
                "Wie bijstand krijgt, geeft veranderingen in inkomen en woonsituatie door aan de gemeente."
            ),
        ])
        #expect(anatomy.attachmentStart == 4)
        #expect(anatomy.letterWords == 10)
        #expect(anatomy.attachmentWords == 13)
        #expect(anatomy.readingMinutes == 1)
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
}
