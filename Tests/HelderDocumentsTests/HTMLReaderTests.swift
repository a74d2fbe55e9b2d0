import Foundation
import Helder
import Testing

@testable import HelderDocuments

@Suite("HTML reader")
struct HTMLReaderTests {
    func blocks(_ html: String) throws -> [String] {
        try HTMLReader().read(Data(html.utf8), source: "brief.html").blocks.map { block in
            guard case .text(let line, let column) = block.origin else { return "?" }
            return "\(block.kind.rawValue)@\(line):\(column) \(block.text.replacingOccurrences(of: "\n", with: "⏎"))"
        }
    }

    @Test("Visible text only, blocks, headings, list items, table cells and line breaks")
    func structure() throws {
        let html = """
            <!DOCTYPE html>
            <html><head><title>Indien</title><style>p { color: red }</style><script>var indien = 1;</script></head>
            <body>
            <p>Geachte {{ naam }},</p>
            <!-- indien -->
            <h2>Wat moet u doen?</h2>
            <p>Bel ons.<br>Wij helpen u graag&nbsp;verder. Cli&euml;nten zijn welkom.</p>
            <ul><li>Stuur uw loonstrook.</li><li>Stuur   uw
            bankafschrift.</li></ul>
            <table><tr><td>Bedrag</td><td>€ 1.401,20</td></tr></table>
            <noscript>Zet JavaScript aan.</noscript><template><p>verborgen</p></template>
            </body></html>
            """
        #expect(
            try blocks(html) == [
                "paragraph@4:4 Geachte {{ naam }},",
                "heading@6:5 Wat moet u doen?",
                "paragraph@7:4 Bel ons.⏎Wij helpen u graag\u{00A0}verder. Cliënten zijn welkom.",
                "listItem@8:9 Stuur uw loonstrook.",
                "listItem@8:38 Stuur uw bankafschrift.",
                "tableCell@10:16 Bedrag",
                "tableCell@10:31 € 1.401,20",
            ])
    }

    @Test("A declared charset is honoured; without one the text is read as UTF-8")
    func charsets() throws {
        var latin = Data("<html><head><meta charset=\"windows-1252\"></head><body><p>Cli".utf8)
        latin.append(contentsOf: [0xEB])
        latin.append(contentsOf: Array("nt</p></body></html>".utf8))
        #expect(try HTMLReader().read(latin, source: "oud.html").blocks.map(\.text) == ["Cliënt"])
        let utf8 = Data("<p>Cliënt beëindigd</p>".utf8)
        #expect(try HTMLReader().read(utf8, source: "nieuw.html").blocks.map(\.text) == ["Cliënt beëindigd"])
    }

    @Test("External entities are never read")
    func noExternalEntities() throws {
        let html = """
            <!DOCTYPE html [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>
            <html><body><p>Hallo &geheim; daar.</p></body></html>
            """
        let text = try HTMLReader().read(Data(html.utf8), source: "xxe.html").blocks.map(\.text).joined()
        #expect(!text.contains("root:"))
        #expect(text.contains("Hallo"))
    }

    @Test("Deep nesting is read safely")
    func deepNesting() throws {
        let html = String(repeating: "<div>", count: 20_000) + "diep" + String(repeating: "</div>", count: 20_000)
        let document = try? HTMLReader().read(Data(html.utf8), source: "diep.html")
        #expect(document == nil || document!.blocks.count <= 1)
    }

    @Test("Empty or invisible HTML is a clear error")
    func empty() {
        #expect(throws: DocumentError(source: "leeg.html", problem: .empty)) {
            try HTMLReader().read(
                Data("<html><head><title>x</title></head><body>  </body></html>".utf8), source: "leeg.html")
        }
    }

    @Test("Thousands of random mutations of a real HTML letter never crash the reader")
    func mutations() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/sjabloon-herinnering.html")
        let original = [UInt8](try Data(contentsOf: url))
        var generator = SeededGenerator(seed: 0x4865_6C64_6572)
        var read = 0
        var refused = 0
        for _ in 0..<2000 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[position] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: position)
                default: bytes.remove(at: position)
                }
            }
            if (try? HTMLReader().read(Data(bytes), source: "x.html")) != nil { read += 1 } else { refused += 1 }
        }
        #expect(read + refused == 2000)
        #expect(read > 0)
    }
}

/// A small deterministic random generator (xorshift64*), so mutation tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }

    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
}
