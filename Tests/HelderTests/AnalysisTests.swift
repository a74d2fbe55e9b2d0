import Foundation
import Testing

@testable import Helder

@Suite("Analysis")
struct AnalysisTests {
    @Test("A template counts only its real words and has no finding inside a placeholder")
    func template() {
        let template = """
            Beste {{ naam }},

            Wij hebben uw formulier ontvangen op {{ datum_ontvangst }}. Wilt u uw bankafschriften van «periode» sturen vóór %uiterste_datum%? {% if partner %}Stuur ook de loonstroken van {{ partner.naam }}.{% endif %} Bel bij vragen [NAAM_KLANTMANAGER] via ${telefoonnummer} of <<arbeidsongeschiktheidsverzekeringsmaatschappij>>.

            Met vriendelijke groet,
            """
        let document = paragraphs(template)
        let report = Analyzer().analyze(document)
        // Real words: Wij hebben uw formulier ontvangen op (6) · Wilt u uw bankafschriften van sturen vóór (7)
        // · Stuur ook de loonstroken van (5) · Bel bij vragen via of (5).
        #expect(report.metrics.words == 23)
        #expect(report.metrics.placeholders == 10)
        let placeholders = [
            "{{ naam }}", "{{ datum_ontvangst }}", "«periode»", "%uiterste_datum%", "{% if partner %}",
            "{{ partner.naam }}", "{% endif %}", "[NAAM_KLANTMANAGER]", "${telefoonnummer}",
            "<<arbeidsongeschiktheidsverzekeringsmaatschappij>>",
        ]
        for finding in report.findings {
            let marked = markedText(template, finding.location)
            #expect(!placeholders.contains { $0.contains(marked) }, "finding inside a placeholder: \(marked)")
        }
        #expect(report.findings.filter { $0.rule == "readability.lang-woord" }.isEmpty)
    }

    @Test("A sentence of 70,000 words is counted exactly (no overflow)")
    func hugeSentence() {
        let text = Array(repeating: "woord", count: 70_000).joined(separator: " ")
        let report = Analyzer().analyze(paragraphs(text))
        #expect(report.metrics.words == 70_000)
        #expect(report.metrics.sentences == 1)
        #expect(report.findings.contains { $0.message.contains("70000 woorden") })
    }

    @Test("Findings without any prose give no score at all, not 100")
    func noProseNoScore() {
        let report = Analyzer().analyze(
            Document(
                source: "kop.txt", format: .text,
                blocks: [
                    Block(
                        kind: .heading, text: "Indien u niet betaalt dan zullen wij derhalve",
                        origin: .text(line: 1, column: 1))
                ]))
        #expect(report.metrics.words == 0)
        #expect(report.scores.overall == nil)
        #expect(report.scores.jargon == nil)
        #expect(!report.findings.isEmpty)
    }

    @Test("Long sentences are marked from the word where they pass the limit")
    func longSentenceLocation() throws {
        let sentence = "Dit " + Array(repeating: "woord", count: 24).joined(separator: " ") + " eind."
        let report = Analyzer().analyze(paragraphs(sentence))
        let finding = try #require(report.findings.first { $0.rule == "readability.lange-zin" })
        // "Dit" + 24 × "woord" + "eind" = 26 words; the 21st word starts at column 1 + 4 + 19 × 6.
        #expect(finding.location.line == 1)
        #expect(finding.location.column == 1 + 4 + 19 * 6)
        #expect(finding.message.contains("26 woorden"))
    }

    @Test("Flesch-Douma and Brouwer follow exactly from the reported counts")
    func formulasFollowFromCounts() throws {
        let text = try String(
            contentsOf: packageRoot.appendingPathComponent("Samples/toekenningsbrief-bijstand.txt"), encoding: .utf8)
        let metrics = Analyzer().analyze(paragraphs(text)).metrics
        let words = Double(metrics.words)
        let sentences = Double(metrics.sentences)
        let syllables = Double(metrics.syllables)
        let flesch = try #require(metrics.fleschDouma)
        let brouwer = try #require(metrics.brouwer)
        #expect(abs(flesch - (206.835 - 0.93 * words / sentences - 77 * syllables / words)) < 1e-9)
        #expect(abs(brouwer - (195 - 2 * words / sentences - 67 * syllables / words)) < 1e-9)
    }

    /// All the project's own sample letters as one long text: helder's counts against a naive independent count.
    /// (The Arbeidsinspectie report beside the repository is optional and not read by the tests.)
    @Test("Word and sentence counts on a long text are sensible")
    func longText() throws {
        let samples = packageRoot.appendingPathComponent("Samples")
        let names = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".txt") }
            .sorted()
        #expect(names.count >= 5)
        // The running text only (paragraphs with a full stop and eight words or more): the letterheads and
        // signatures, which helder rightly leaves out of its counts, would skew the naive count.
        let text = try names.map { try String(contentsOf: samples.appendingPathComponent($0), encoding: .utf8) }
            .joined(separator: "\n\n").components(separatedBy: "\n\n")
            .filter { $0.contains(".") && $0.split(whereSeparator: \.isWhitespace).count >= 8 }
            .joined(separator: "\n\n")
        let metrics = Analyzer().analyze(paragraphs(text)).metrics
        // Independent count: whitespace-separated chunks with at least one letter.
        let naiveWords = text.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: \.isLetter) }.count
        let ratio = Double(metrics.words) / Double(naiveWords)
        #expect(ratio > 0.9 && ratio < 1.05, "helder \(metrics.words) vs naive \(naiveWords)")
        // Independent sentence count: sentence marks followed by white space.
        let naiveSentences = try NSRegularExpression(pattern: #"[.!?…][”"’)]*\s"#)
            .numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
        let sentenceRatio = Double(metrics.sentences) / Double(naiveSentences)
        #expect(sentenceRatio > 0.8 && sentenceRatio < 1.5, "helder \(metrics.sentences) vs naive \(naiveSentences)")
        let average = try #require(metrics.averageWordsPerSentence)
        #expect(average > 10 && average < 25)
    }
}

/// The characters a location marks in `text`.
func markedText(_ text: String, _ location: TextLocation) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line = Array(lines[location.line - 1])
    let start = location.column - 1
    return String(line[start..<min(line.count, start + location.length)])
}
