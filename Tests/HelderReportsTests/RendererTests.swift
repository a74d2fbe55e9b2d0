import Foundation
import Helder
import Testing

@testable import HelderReports

/// The renderers against typed report values, without the command line: what each output says about a letter.
@Suite("Renderers")
struct RendererTests {
    static let tool = ToolInfo(name: "helder", version: "test")

    /// A report of `text` as a paragraph letter.
    static func report(_ text: String, source: String = "brief.txt") -> DocumentReport {
        let blocks = text.components(separatedBy: "\n\n").enumerated().map { index, paragraph in
            Block(kind: .paragraph, text: paragraph, origin: .text(line: 1 + index * 2, column: 1))
        }
        return Analyzer().analyze(Document(source: source, format: .text, blocks: blocks))
    }

    /// The JSON object of a rendering, decoded with Codable.
    struct JSONReport: Decodable {
        struct Item: Decodable {
            struct Scores: Decodable {
                var readability: Int?
                var jargon: Int?
                var tone: Int?
                var overall: Int?
            }
            struct Tone: Decodable {
                struct Drivers: Decodable {
                    var consequences: Int
                    var conditionalThreats: Int
                    var helpOffered: Bool
                }
                struct Sentence: Decodable {
                    var line: Int
                    var pressure: Double
                    var signals: [String]
                    var excerpt: String
                }
                var score: Int?
                var level: Int?
                var drivers: Drivers
                var sentences: [Sentence]
            }
            var path: String
            var scores: Scores?
            var tone: Tone?
            var error: String?
        }
        var schemaVersion: Int
        var formulaVersion: String
        var documents: [Item]
    }

    @Test("JSON: a letter without prose has null scores; an unreadable file has its error; it all decodes")
    func jsonEdgeCases() throws {
        let items: [ReportItem] = [
            .document(
                Analyzer().analyze(
                    Document(
                        source: "vraag.txt", format: .text,
                        blocks: [Block(kind: .heading, text: "Wat nu?", origin: .text(line: 1, column: 1))]))),
            .failure(path: "kapot.docx", message: "kan dit bestand niet lezen."),
        ]
        let json = JSONReportRenderer.render(items, tool: Self.tool)
        let decoded = try JSONDecoder().decode(JSONReport.self, from: Data(json.utf8))
        #expect(decoded.formulaVersion == ReadabilityConstants.formulaVersion)
        #expect(decoded.documents.count == 2)
        #expect(decoded.documents[0].scores?.readability == nil)
        #expect(decoded.documents[0].scores?.tone == nil)
        #expect(decoded.documents[1].error == "kan dit bestand niet lezen.")
    }

    @Test("JSON: the tone object carries the score, the drivers and the sentences behind them")
    func jsonTone() throws {
        let report = Self.report(
            "Als u de papieren niet stuurt, stoppen wij uw uitkering.\n\nU kunt ook een boete krijgen.")
        let json = JSONReportRenderer.render([.document(report)], tool: Self.tool)
        let tone = try #require(try JSONDecoder().decode(JSONReport.self, from: Data(json.utf8)).documents[0].tone)
        #expect(tone.score == report.scores.tone)
        #expect(tone.drivers.consequences == 2)
        #expect(tone.drivers.conditionalThreats == 1)
        #expect(!tone.drivers.helpOffered)
        // Heaviest first.
        #expect(tone.sentences.map(\.line) == [1, 3])
        #expect(tone.sentences[0].signals.first?.hasPrefix("dreiging: stopzetting") == true)
    }

    @Test("Text: the summary gives the language score and explains the tone by its drivers")
    func textSummary() {
        let report = Self.report(
            "Als u de papieren niet stuurt, stoppen wij uw uitkering.\n\nHeeft u vragen? Bel ons, wij helpen u graag.")
        let summary = TextReportRenderer.summary(report)
        #expect(summary.contains("voor de taal (hoger is duidelijker"))
        #expect(summary.contains("Toon: \(report.scores.tone!) van 100"))
        #expect(summary.contains("Druk: 1 zin met een sanctie of verlies (1 als dreiging"))
        #expect(summary.contains("Verzacht door: hulp aangeboden"))
    }

    @Test("Tone explanation: a letter without pressure says so, and has nothing to soften")
    func toneWithoutPressure() throws {
        let report = Self.report("Wij hebben uw brief gekregen. Dank u wel.")
        #expect(ToneExplanation.drivers(report.tone) == ["Geen sancties, plichten, wantrouwen of druk gevonden."])
        let headline = try #require(ToneExplanation.headline(report.tone, score: report.scores.tone))
        #expect(headline.contains("voelt als 1 van 5"))
    }

    @Test("A suggestion is shown as the check wrote it, with no label of the renderer on top of its own")
    func suggestionWithoutSecondLabel() throws {
        let report = Self.report("Het college heeft besloten dat u geen bijstand krijgt.")
        let finding = try #require(report.findings.first { $0.rule == "coercion.onpersoonlijk" })
        let suggestion = "Schrijf persoonlijk, met ‘wij’ en ‘u’. Bijvoorbeeld: ‘Wij hebben besloten dat …’"
        #expect(finding.suggestion == suggestion)
        let page = HTMLReportRenderer.page(.document(report), tool: Self.tool)
        // In the tooltip and in the list of all findings.
        #expect(page.components(separatedBy: "<span class=\"voorstel\">\(suggestion)</span>").count == 3)
        #expect(!page.contains("Beter:") && !page.contains("Vriendelijker:"))
        #expect(TextReportRenderer.render([.document(report)]).contains("\n    \(suggestion)\n"))
        #expect(
            ReviewComments.comment(for: finding).paragraphs == [
                finding.message, suggestion, "Tip · regel coercion.onpersoonlijk",
            ])
    }

    @Test("The margin summary ends a duty that introduces a list before it names the deadline")
    func dutyInSummary() throws {
        let report = Self.report(
            "Geachte heer Smit,\n\nWij verzoeken u de volgende stukken te sturen:\n\nMet vriendelijke groet,")
        #expect(report.duties.map(\.text) == ["Wij verzoeken u de volgende stukken te sturen:"])
        let summary = ReviewComments.summary(for: report).paragraphs
        #expect(summary.contains("1. Wij verzoeken u de volgende stukken te sturen. Termijn: geen."))
    }

    @Test("What to fix first names language and tone points separately")
    func gainText() {
        #expect(ReportAdvice.gainText(.init(findings: [0], gain: 3, toneGain: 0)) == "+3 punten")
        #expect(ReportAdvice.gainText(.init(findings: [0], gain: 0, toneGain: 1)) == "+1 punt voor de toon")
        #expect(
            ReportAdvice.gainText(.init(findings: [0], gain: 2, toneGain: 5)) == "+2 punten, +5 punten voor de toon")
        #expect(ReportAdvice.gainText(.init(findings: [0], gain: 0, toneGain: 0)) == nil)
    }

    @Test("CSV: every row has as many fields as the header, also for an unreadable file")
    func csvColumns() {
        let csv = CSVReportRenderer.render([
            .document(Self.report("Indien u vragen heeft, bel ons.")), .failure(path: "x.docx", message: "kapot"),
        ])
        let rows = csv.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 3)
        for row in rows {
            #expect(
                row.split(separator: ",", omittingEmptySubsequences: false).count == CSVReportRenderer.columns.count)
        }
    }

    /// `helder rules --format json`: every rule with its scope and the lexicon kinds that feed it.
    struct RulesJSON: Decodable {
        struct Rule: Decodable {
            struct Kind: Decodable, Equatable {
                var file: String
                var kind: String
            }
            var id: String
            var scope: String
            var lexiconKinds: [Kind]
            var triggeringExamples: [String]
        }
        var rules: [Rule]
    }

    @Test("The rules in JSON carry their scope, the lexicon kinds that feed them and unmarked examples")
    func rulesJSON() throws {
        let text = JSONReportRenderer.rules(AllChecks.infos)
        let rules = try JSONDecoder().decode(RulesJSON.self, from: Data(text.utf8)).rules
        #expect(rules.map(\.id) == AllChecks.infos.map(\.id))
        let latin = try #require(rules.first { $0.id == "jargon.latijn" })
        #expect(latin.scope == "words")
        #expect(latin.lexiconKinds == [.init(file: "jargon.tsv", kind: "latijn")])
        #expect(latin.triggeringExamples == ["Wij hebben conform uw verzoek besloten."])
        #expect(rules.first { $0.id == "structure.lengte" }?.scope == "letter")
        #expect(rules.first { $0.id == "readability.lange-zin" }?.lexiconKinds.isEmpty == true)
        #expect(!text.contains("«"))
    }
}
