import Foundation
import Helder
import Testing

@testable import HelderDocuments

@Suite("DOCX reader")
struct DOCXReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/docx")
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples")

    func read(_ name: String) throws -> Document {
        try DocumentLoader().load(path: Self.fixtures.appendingPathComponent(name).path)
    }

    @Test("Headings, tracked changes, tabs, breaks, lists, tables, merge fields, content controls and text boxes")
    func structure() throws {
        let blocks = try read("structure.docx").blocks.map { block -> String in
            guard case .paragraph(let number) = block.origin else { return "?" }
            return "\(block.kind.rawValue)@\(number) \(block.text.replacingOccurrences(of: "\n", with: "⏎"))"
        }
        #expect(
            blocks == [
                "heading@1 Uw uitkering",
                "paragraph@2 Wij hebben wel besloten.\tTab⏎Regel",
                "listItem@3 Stuur uw loonstrook.",
                "tableCell@4 Bedrag",
                "tableCell@5 € 1.401,20",
                "paragraph@6 Beste «aanhef» en «partner», pagina 1",
                "paragraph@7 «datum» in Lindewaard",
                "paragraph@8 In het tekstvak.",
                "paragraph@9 Buiten.",
            ])
    }

    @Test("Headers come first; findings in a DOCX name the paragraph and the heading above it")
    func locations() throws {
        let document = try DocumentLoader().load(
            path: Self.samples.appendingPathComponent("toekenningsbrief-bijstand.docx").path)
        #expect(document.blocks.first?.text == "Gemeente Lindewaard · Postbus 1250 · 1230 AA Lindewaard")
        let report = Analyzer().analyze(document)
        #expect(!report.findings.isEmpty)
        #expect(report.findings.allSatisfy { $0.location.paragraph == $0.location.line })
        let underHeading = try #require(report.findings.first { $0.location.heading == "Inlichtingenplicht" })
        #expect(underHeading.location.paragraph! > 10)
    }

    @Test(
        "A Word or OpenDocument comment 'helder:negeer RULE' switches that rule off for the commented paragraphs only",
        arguments: ["comments.docx", "comments.odt"])
    func commentSuppression(_ name: String) throws {
        let document = try read(name)
        #expect(document.blocks.count == 6)
        #expect(document.blocks.map(\.text).allSatisfy { $0.hasPrefix("Indien u") })
        #expect(
            document.suppressions == [
                Suppression(rules: ["jargon.ambtelijk"], lines: 1...1, scope: .paragraphs),
                Suppression(rules: [], lines: 4...5, scope: .paragraphs),
            ])
        let report = Analyzer().analyze(document)
        // Paragraph 2 has no comment, 3 a comment without the marker, 6 lies after the range.
        #expect(report.findings.map(\.location.paragraph) == [2, 3, 6])
        #expect(report.findings.allSatisfy { $0.rule == "jargon.ambtelijk" })
        // Without the comments the same letter has findings in every paragraph, shouting included.
        var bare = document
        bare.suppressions = []
        let all = Analyzer().analyze(bare).findings
        #expect(Set(all.compactMap(\.location.paragraph)) == [1, 2, 3, 4, 5, 6])
        #expect(all.contains { $0.location.paragraph == 4 && $0.rule == "coercion.schreeuwen" })
    }

    @Test(
        "Broken and hostile packages are refused with a clear message, or read safely",
        arguments: [
            ("no-document.docx", "geen word/document.xml"),
            ("encrypted.docx", "versleuteld of met een wachtwoord beveiligd"),
            ("laughs.docx", "geen geldige XML"),
            ("deep.docx", "geen geldige XML"),
        ])
    func refused(_ name: String, _ message: String) {
        do {
            _ = try read(name)
            Issue.record("\(name) should be refused")
        } catch {
            #expect("\(error)".contains(message), "\(error)")
        }
    }

    @Test("External entities are never read")
    func noExternalEntities() throws {
        let text = try read("xxe.docx").blocks.map(\.text).joined()
        #expect(!text.contains("root:"))
        #expect(text.contains("Hallo"))
    }

    @Test("Thousands of random mutations of a real DOCX letter never crash the reader")
    func mutations() throws {
        let original = [UInt8](try Data(contentsOf: Self.samples.appendingPathComponent("sjabloon-herinnering.docx")))
        var generator = SeededGenerator(seed: 0x646F_6378)
        var read = 0
        var refused = 0
        for _ in 0..<2000 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: bytes[position] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: position)
                case 2: bytes.remove(at: position)
                default: bytes.removeLast(min(bytes.count - 1, Int.random(in: 1...200, using: &generator)))
                }
            }
            if (try? DOCXReader().read(Data(bytes), source: "x.docx")) != nil { read += 1 } else { refused += 1 }
        }
        #expect(read + refused == 2000)
        #expect(refused > 0)
    }

    @Test("OpenDocument: headings, list items and placeholders; mutations never crash")
    func openDocument() throws {
        let url = Self.samples.appendingPathComponent("sjabloon-herinnering.odt")
        let document = try DocumentLoader().load(path: url.path)
        #expect(document.format == .odt)
        #expect(document.blocks.contains { $0.kind == .heading && $0.text == "Wat hebben wij nog nodig?" })
        #expect(
            document.blocks.contains { $0.kind == .listItem && $0.text.hasPrefix("uw bankafschriften van «periode»") })
        let original = [UInt8](try Data(contentsOf: url))
        var generator = SeededGenerator(seed: 0x6F64_74)
        var refused = 0
        for _ in 0..<1000 {
            var bytes = original
            let position = Int.random(in: 0..<bytes.count, using: &generator)
            bytes[position] = UInt8.random(in: 0...255, using: &generator)
            if (try? ODTReader().read(Data(bytes), source: "x.odt")) == nil { refused += 1 }
        }
        #expect(refused > 0)
    }
}
