import Foundation
import Helder
import Testing

@testable import HelderDocuments

@Suite("Plain text reader")
struct PlainTextReaderTests {
    func blocks(_ text: String) -> [String] {
        PlainTextReader().blocks(of: text).map { block in
            let origin: String
            switch block.origin {
            case .text(let line, let column): origin = "\(line):\(column)"
            case .paragraph(let number): origin = "p\(number)"
            }
            return "\(block.kind.rawValue)@\(origin) \(block.text.replacingOccurrences(of: "\n", with: "⏎"))"
        }
    }

    @Test("helder-disable-next-line markers give the next line, counted across UTF-8 text and blank lines")
    func suppressionMarkers() {
        let text = """
            Geachte heer Çelik,
            {# helder-disable-next-line jargon.ambtelijk, dwang.sanctie #}
            Indien u niet komt, stoppen wij uw uitkering.

            Één regel zonder marker.
            <!-- helder-disable-next-line -->
            Reeds betaald.
            {# helder-disable-next-line lengte.zin #}
            """
        let found = PlainTextReader().suppressions(in: text)
        #expect(found.map(\.lines) == [3...3, 7...7, 9...9])
        #expect(found.map(\.rules) == [["jargon.ambtelijk", "dwang.sanctie"], [], ["lengte.zin"]])
        #expect(PlainTextReader().suppressions(in: "Geen marker hier.\nhelder-disable-next").isEmpty)
        #expect(PlainTextReader().suppressions(in: "").isEmpty)
    }

    @Test("Front matter, template comments and inline HTML in a text template are not letter text; columns stay")
    func templateMarkup() throws {
        let text = """
            ---
            titel: Herinnering inlichtingenplicht
            ---
            {# Commentaar voor de schrijvers,
               over twee regels #}
            <!-- interne notitie -->
            Beste %{naam},

            <p>Wij hebben uw <strong>formulier</strong> nog niet gekregen.</p>
            {{!-- nog een commentaar --}}Wilt u het sturen? Zie <<bijlage>>.
            """
        let document = try PlainTextReader().read(Data(text.utf8), source: "sjabloon.txt")
        let words = document.blocks.map { $0.text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(
            words == [
                "Beste %{naam},", "Wij hebben uw formulier nog niet gekregen. Wilt u het sturen? Zie <<bijlage>>.",
            ])
        // Lines and columns are those of the file: the paragraph starts after the blanked `<p>`.
        #expect(document.blocks.map(\.origin) == [.text(line: 7, column: 1), .text(line: 9, column: 4)])
        let report = Analyzer().analyze(document)
        #expect(!report.findings.contains { $0.excerpt.contains("inlichtingenplicht") || $0.excerpt.contains("titel") })
        #expect(report.metrics.words == 12)
        // A `<` that is no tag stays text, and unclosed front matter is letter text.
        #expect(TemplateMarkup.masked("Minder dan < 5 euro, <https://x.nl>") == "Minder dan < 5 euro, <https://x.nl>")
        #expect(TemplateMarkup.masked("---\nGeen einde") == "---\nGeen einde")
        #expect(TemplateMarkup.masked("Eén <b>twee</b> drie") == "Eén    twee     drie")
    }

    @Test("Paragraphs, headings and list items with their positions")
    func structure() {
        let text = """
            Geachte mevrouw De Vries,

            U krijgt bijstand. Dat hebben wij
            besloten.

            Wat moet u doen?

            Dit zijn de regels:
            - Geef veranderingen door.
              Doe dat binnen 5 dagen.
            2. Zoek werk.
            a) Kom naar het gesprek.

            # Bezwaar

            4. Kostendelersnorm

            Slot.
            """
        #expect(
            blocks(text) == [
                "paragraph@1:1 Geachte mevrouw De Vries,",
                "paragraph@3:1 U krijgt bijstand. Dat hebben wij⏎besloten.",
                "heading@6:1 Wat moet u doen?",
                "paragraph@8:1 Dit zijn de regels:",
                "listItem@9:3 Geef veranderingen door.⏎  Doe dat binnen 5 dagen.",
                "listItem@11:4 Zoek werk.",
                "listItem@12:4 Kom naar het gesprek.",
                "heading@14:3 Bezwaar",
                "heading@16:4 Kostendelersnorm",
                "paragraph@18:1 Slot.",
            ])
    }

    @Test("A single capitalised list item before another item stays a list item")
    func listIsNotHeading() {
        #expect(
            blocks("Nodig:\n\n- Uw bankafschriften\n- Uw loonstroken\n") == [
                "paragraph@1:1 Nodig:", "listItem@3:3 Uw bankafschriften", "listItem@4:3 Uw loonstroken",
            ])
    }

    @Test("Windows line breaks and a UTF-8 byte order mark")
    func lineBreaksAndBOM() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("Eerste zin.\r\nTweede regel.\r\n\r\nNieuw blok.".utf8)
        let document = try PlainTextReader().read(data, source: "brief.txt")
        #expect(document.blocks.map(\.text) == ["Eerste zin.\nTweede regel.", "Nieuw blok."])
        #expect(document.notices.isEmpty)
    }

    @Test("UTF-16 with a byte order mark (Word's Unicode text)")
    func utf16() throws {
        for encoding in [String.Encoding.utf16LittleEndian, .utf16BigEndian] {
            let bom: [UInt8] = encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
            let data = Data(bom) + "Cliënt beëindigd.".data(using: encoding)!
            let document = try PlainTextReader().read(data, source: "brief.txt")
            #expect(document.blocks.first?.text == "Cliënt beëindigd.")
        }
    }

    @Test("Windows-1252 text is read with a notice")
    func windows1252() throws {
        // "Cliënt – € 5" in Windows-1252: ë = 0xEB, en dash = 0x96, euro = 0x80.
        let data = Data([0x43, 0x6C, 0x69, 0xEB, 0x6E, 0x74, 0x20, 0x96, 0x20, 0x80, 0x20, 0x35])
        let document = try PlainTextReader().read(data, source: "oud.txt")
        #expect(document.blocks.first?.text == "Cliënt – € 5")
        #expect(document.notices.count == 1)
        #expect(document.notices[0].contains("Windows-1252"))
    }

    @Test("A mostly UTF-8 file with one bad byte keeps its good letters, with a notice")
    func mostlyUTF8() throws {
        let data = Data("café ".utf8) + Data([0xFF]) + Data(" beëindigd".utf8)
        let document = try PlainTextReader().read(data, source: "brief.txt")
        #expect(document.blocks.first?.text == "café \u{FFFD} beëindigd")
        #expect(document.notices.first?.contains("geen geldige UTF-8") == true)
    }

    @Test("Empty and binary files are clear errors naming the file")
    func badContent() {
        #expect(throws: DocumentError(source: "leeg.txt", problem: .empty)) {
            try PlainTextReader().read(Data("  \n\n ".utf8), source: "leeg.txt")
        }
        #expect(throws: DocumentError(source: "x.txt", problem: .binary)) {
            try PlainTextReader().read(Data([0x41, 0x00, 0x42]), source: "x.txt")
        }
        #expect(throws: DocumentError(source: "y.txt", problem: .binary)) {
            try PlainTextReader().read(Data([0xEF, 0xBB, 0xBF, 0x41, 0x00, 0x42]), source: "y.txt")
        }
    }
}

@Suite("Document loader")
struct DocumentLoaderTests {
    let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("helder-loader-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let url = folder.appendingPathComponent(name)
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return url.path
    }

    @Test("A text file is read and left unchanged")
    func readsText() throws {
        let path = write("brief.txt", Array("U krijgt bijstand.".utf8))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let document = try DocumentLoader().load(path: path)
        #expect(document.source == path)
        #expect(document.format == .text)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let markdown = try DocumentLoader().load(path: write("brief.md", Array("# Kop\n\nTekst.".utf8)))
        #expect(markdown.format == .markdown)
        #expect(markdown.blocks.first?.kind == .heading)
    }

    @Test(
        "Files Helder cannot read get advice in Dutch",
        arguments: [
            (
                "oud.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
                "Word 97-2003 (.doc) wordt niet ondersteund"
            ),
            ("brief.txt", Array("%PDF-1.7\n".utf8), "PDF wordt niet ondersteund"),
            ("brief.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "het bestand is afgebroken of onvolledig"),
            ("brief.odt", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "het bestand is afgebroken of onvolledig"),
            ("logo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], "afbeelding"),
            ("leeg.txt", [], "leeg"),
        ] as [(String, [UInt8], String)])
    func unsupported(_ name: String, _ bytes: [UInt8], _ advice: String) {
        let path = write(name, bytes)
        do {
            _ = try DocumentLoader().load(path: path)
            Issue.record("expected an error for \(name)")
        } catch {
            #expect(error.description.hasPrefix(path + ": "))
            #expect(error.description.contains(advice), "\(error.description)")
        }
    }

    @Test("A missing file and a folder are clear errors")
    func missingAndFolder() {
        #expect(throws: DocumentError(source: "bestaat-niet.txt", problem: .notFound)) {
            try DocumentLoader().load(path: "bestaat-niet.txt")
        }
        #expect(throws: DocumentError(source: folder.path, problem: .isDirectory)) {
            try DocumentLoader().load(path: folder.path)
        }
    }

    @Test("The C libraries are linked and report their versions")
    func nativeLibraries() {
        #expect(NativeLibraries.libxml2Version.split(separator: ".").count == 3)
        #expect(NativeLibraries.zlibVersion.hasPrefix("1."))
    }
}
