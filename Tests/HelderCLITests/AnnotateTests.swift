import Foundation
import Helder
import HelderReports
import HelderTestSupport
import Testing

@testable import HelderCLI
@testable import HelderDocuments

/// A Word letter annotated in-process, with everything a test compares.
struct Annotated {
    var original: Document
    var report: DocumentReport
    var result: DOCXAnnotator.Result
    var markup: WordMarkup

    static let analyzer = CheckCommand.analyzer(lexicons: LexiconSet.builtin, configuration: nil)

    /// Annotates as `helder annotate --min-severity info` does: every finding, no limit per page.
    init(_ data: Data, source: String = "brief.docx", suggest: Bool = false) throws {
        let (document, map) = try DOCXReader().readMapped(data, source: source)
        original = document
        report = Self.analyzer.analyze(document)
        result = try DOCXAnnotator.annotate(
            data, source: source, map: map,
            comments: ReviewComments.comments(
                for: report, substituted: suggest ? ReviewComments.substitutedFindings(of: report) : []),
            substitutions: suggest ? ReviewComments.substitutions(for: report) : [], anchor: report.firstParagraph,
            date: Date(timeIntervalSince1970: 1_795_000_000))
        markup = try WordMarkup(document: try WordMarkup.part("word/document.xml", of: result.data))
    }

    /// The annotated document read back by Helder (inserted text counts, deleted text does not).
    func reread() throws -> Document {
        try DOCXReader().read(result.data, source: original.source)
    }

    /// The ids of Helder's comments in `word/comments.xml`, in order, and the authors of all comments.
    func comments() throws -> (helder: [String], authors: [String]) {
        let xml = try WordMarkup.part("word/comments.xml", of: result.data)
        let root = try HTMLNode.parse(xml)
        let all = root.elements("w:comment")
        return (
            all.filter { $0.attributes["w:author"] == "Helder" }.compactMap { $0.attributes["w:id"] },
            all.compactMap { $0.attributes["w:author"] }
        )
    }
}

@Suite("Annotating Word letters")
struct AnnotateTests {
    static let docxSamples = [
        "toekenningsbrief-bijstand.docx", "toekenningsbrief-bijstand-b1.docx", "herinnering-inlichtingenplicht.docx",
        "terugvorderingsbrief.docx", "sjabloon-herinnering.docx", "besluit-bijzondere-bijstand.docx",
        "besluit-bijzondere-bijstand-b1.docx",
    ]

    /// The Word samples, and the same letters saved as Word by LibreOffice (Scripts/make-libreoffice-docx),
    /// whose runs look different: several texts and line breaks in one run, empty run properties.
    static let wordLetters =
        docxSamples.map { "Samples/\($0)" }
        + docxSamples.map { "Tests/HelderCLITests/Fixtures/libreoffice-docx/\($0)" }

    @Test(
        "Every DOCX letter: the summary and one comment per group of findings, each on exactly its words; same text and findings when read again",
        arguments: wordLetters)
    func samples(_ name: String) throws {
        let path = packageRoot.appendingPathComponent(name).path
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let annotated = try Annotated(data, source: path)
        let all = annotated.report.findings
        // Remarks about the whole letter are in the summary; the same rule on the same words is one comment.
        let findings = FindingGroup.groups(of: all.filter { AllChecks.scope(of: $0.rule) != .letter }).map {
            group in all.filter { AllChecks.scope(of: $0.rule) != .letter }[group.first]
        }
        let (ids, _) = try annotated.comments()
        #expect(ids.count == findings.count + 1)
        #expect(annotated.result.comments == findings.count + 1)
        // Every comment has one start, one end and one reference in the document, and nothing else does.
        #expect(Set(annotated.markup.rangeStarts) == Set(ids))
        #expect(annotated.markup.rangeStarts.sorted() == ids.sorted())
        #expect(annotated.markup.rangeEnds.sorted() == ids.sorted())
        #expect(annotated.markup.references.sorted() == ids.sorted())

        // The summary comes first; comment n + 1 marks exactly the words of the first finding of group n.
        var exact = 0
        var withWords = 0
        for (index, finding) in findings.enumerated() {
            guard let span = finding.location.span else { continue }
            let block = annotated.original.blocks[span.block].text
            let words = String(decoding: Array(block.utf8)[span.range], as: UTF8.self)
            guard !words.contains(where: { "\t\n«»".contains($0) }) else { continue }
            withWords += 1
            let marked = annotated.markup.marked[ids[index + 1]]
            #expect(marked == words, "finding \(index) \(finding.rule)")
            if marked == words { exact += 1 }
        }
        #expect(exact == withWords)
        if !findings.isEmpty { #expect(withWords * 10 >= findings.count * 9) }

        // Comments are not text: the letter reads the same and gives the same findings.
        let reread = try annotated.reread()
        #expect(reread.blocks == annotated.original.blocks)
        #expect(Annotated.analyzer.analyze(reread).findings == all)

        // Parts Helder does not change are carried over byte for byte.
        let before = try ZipArchive(data)
        let after = try ZipArchive(annotated.result.data)
        let changed: Set = [
            "word/document.xml", "word/comments.xml", "[Content_Types].xml", "word/_rels/document.xml.rels",
        ]
        #expect(Array(after.entries.map(\.name).prefix(before.entries.count)) == before.entries.map(\.name))
        for entry in before.entries where !changed.contains(entry.name) {
            let copied = try #require(after.entry(named: entry.name))
            #expect(try after.storedBytes(of: copied) == before.storedBytes(of: entry), "\(entry.name)")
        }
    }

    @Test("The summary comment gives score, level against B1, the first three fixes and the duties")
    func summary() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: sample("toekenningsbrief-bijstand.docx")))
        let annotated = try Annotated(data)
        let xml = try WordMarkup.part("word/comments.xml", of: annotated.result.data)
        let root = try HTMLNode.parse(xml)
        let first = try #require(root.elements("w:comment").first)
        let paragraphs = first.elements("w:p").map { $0.text() }
        #expect(paragraphs.first == "Helder: samenvatting van deze brief")
        #expect(
            paragraphs.contains(
                "Score: \(annotated.report.scores.overall!) van 100 voor de taal (hoger is duidelijker).")
        )
        // The tone is explained by its drivers in the summary too.
        if let tone = annotated.report.scores.tone {
            #expect(paragraphs.contains { $0.hasPrefix("Toon: \(tone) van 100") })
        }
        #expect(paragraphs.contains { $0.hasPrefix("Taalniveau (schatting): ") && $0.contains("B1") })
        #expect(paragraphs.contains { $0.hasPrefix("1. Maak de ") && $0.contains("lange zinnen korter") })
        #expect(paragraphs.contains { $0.hasPrefix("3. ") })
        #expect(!paragraphs.contains { $0.hasPrefix("4. Maak") })
        #expect(paragraphs.contains("Wat de lezer moet doen (5):"))
        #expect(first.attributes["w:author"] == "Helder")
        #expect(first.attributes["w:date"] == "2026-11-18T11:06:40Z")
        // The summary marks the letter's first paragraph after the salutation, where a reader starts.
        let id = try #require(first.attributes["w:id"])
        let opening = try #require(annotated.report.firstParagraph)
        #expect(annotated.markup.marked[id] == annotated.original.blocks[opening].text)
        #expect(annotated.markup.marked[id]?.hasPrefix("Naar aanleiding van uw aanvraag") == true)
    }

    @Test("With --suggest, accepting every change removes exactly the safe jargon; rejecting gives the original back")
    func suggestions() throws {
        let letters = [
            "Samples/toekenningsbrief-bijstand.docx", "Samples/terugvorderingsbrief.docx",
            "Samples/herinnering-inlichtingenplicht.docx",
            "Tests/HelderCLITests/Fixtures/libreoffice-docx/toekenningsbrief-bijstand.docx",
        ]
        for name in letters {
            let data = try Data(contentsOf: packageRoot.appendingPathComponent(name))
            let annotated = try Annotated(data, suggest: true)
            let substitutions = ReviewComments.substitutions(for: annotated.report)
            #expect(annotated.result.substitutions > 3, "\(name)")
            #expect(annotated.result.substitutions + annotated.result.skipped.count == substitutions.count)
            #expect(annotated.markup.deletions.count == annotated.result.substitutions)
            #expect(annotated.markup.insertions.count == annotated.result.substitutions)
            #expect(annotated.markup.deletions.allSatisfy { $0.author == "Helder" })

            // Accepted (Helder reads inserted text and skips deleted text): the original with the substitutions.
            let applied = substitutions.filter { !annotated.result.skipped.contains($0) }
            var expected = annotated.original.blocks.map { Array($0.text.utf8) }
            for substitution in applied.sorted(by: { $0.span.range.lowerBound > $1.span.range.lowerBound }) {
                #expect(
                    String(decoding: expected[substitution.span.block][substitution.span.range], as: UTF8.self)
                        == substitution.original)
                expected[substitution.span.block].replaceSubrange(
                    substitution.span.range, with: Array(substitution.replacement.utf8))
            }
            let accepted = try annotated.reread()
            #expect(accepted.blocks.map(\.text) == expected.map { String(decoding: $0, as: UTF8.self) })
            let left = Annotated.analyzer.analyze(accepted).findings.filter { $0.replacement != nil }
            #expect(left.count == annotated.result.skipped.count, "\(name): \(left.map(\.excerpt))")

            // Rejected: drop the insertions, turn deletions back into text.
            var xml = try WordMarkup.part("word/document.xml", of: annotated.result.data)
            xml = xml.replacingOccurrences(of: "<w:ins [^>]*>.*?</w:ins>", with: "", options: .regularExpression)
            xml = xml.replacingOccurrences(of: "</?w:del( [^>]*)?>", with: "", options: .regularExpression)
            xml = xml.replacingOccurrences(of: "w:delText", with: "w:t")
            var writer = ZipWriter()
            let archive = try ZipArchive(annotated.result.data)
            for entry in archive.entries {
                if entry.name == "word/document.xml" {
                    try writer.add(entry.name, data: Data(xml.utf8))
                } else {
                    try writer.copy(entry, from: archive)
                }
            }
            let rejected = try DOCXReader().read(writer.finish(), source: name)
            #expect(rejected.blocks == annotated.original.blocks, "\(name)")
        }
    }

    static let splitRunsBody = """
        <w:p><w:r><w:t>Geachte heer Jansen,</w:t></w:r></w:p>\
        <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>In</w:t></w:r><w:proofErr w:type="spellStart"/>\
        <w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">dien u vragen heeft, bel ons. Wij hebben uw brief </w:t></w:r>\
        <w:bookmarkStart w:id="0" w:name="brief"/><w:r><w:t>ree</w:t></w:r><w:r><w:t>ds</w:t></w:r>\
        <w:bookmarkEnd w:id="0"/><w:r><w:t xml:space="preserve"> ontvangen &amp; gelezen.</w:t></w:r></w:p>\
        <w:p><w:commentRangeStart w:id="5"/><w:r><w:t>Wij betalen thans uw huur.</w:t></w:r>\
        <w:commentRangeEnd w:id="5"/><w:r><w:commentReference w:id="5"/></w:r></w:p>\
        <w:p><w:ins w:id="7" w:author="Jan" w:date="2026-01-05T10:00:00Z">\
        <w:r><w:t>Wij bekijken tevens uw dossier.</w:t></w:r></w:ins></w:p>\
        <w:p><w:hyperlink r:id="rId9"><w:r><w:t>Lees meer middels onze website.</w:t></w:r></w:hyperlink></w:p>\
        <w:p><w:r><w:t>Met vriendelijke groet,</w:t></w:r></w:p>
        """

    static let janComment = """
        <w:comment w:id="5" w:author="Jan" w:date="2026-01-05T10:00:00Z" w:initials="J">\
        <w:p><w:r><w:t>Klopt dit bedrag?</w:t></w:r></w:p></w:comment>
        """

    @Test("Words split over several runs get one comment; existing comments, revisions and hyperlinks stay")
    func splitRuns() throws {
        let data = try makeDOCX(body: Self.splitRunsBody, comments: Self.janComment)
        let annotated = try Annotated(data, suggest: true)
        let (ids, authors) = try annotated.comments()
        #expect(authors.first == "Jan")
        // The summary, and a comment only where a change could not be made: the other words get the change
        // and no comment saying the same thing.
        #expect(authors.filter { $0 == "Helder" }.count == 2)
        #expect(annotated.markup.rangeStarts.contains("5"))
        // Jan's comment now spans the tracked change inside it (deleted "thans", inserted "nu").
        #expect(annotated.markup.marked["5"] == "Wij betalen nu uw huur.")
        // New ids stay clear of the existing ones (bookmark 0, comment 5, insertion 7).
        #expect(annotated.markup.ids.filter { $0 > 7 }.count == annotated.markup.ids.count - 2)

        // Inside Jan's tracked insertion Helder comments but does not propose a change.
        #expect(ids.count == 2)
        #expect(annotated.markup.marked[ids[1]] == "tevens")
        #expect(annotated.result.skipped.map(\.original) == ["tevens"])
        #expect(annotated.markup.deletions.map(\.text) == ["Indien", "reeds", "thans", "middels"])
        #expect(
            annotated.markup.insertions.map(\.text) == ["Als", "al", "nu", "Wij bekijken tevens uw dossier.", "met"])

        let xml = try WordMarkup.part("word/document.xml", of: annotated.result.data)
        // "Als" takes the properties of the first deleted run (bold); the hyperlink keeps its target.
        #expect(xml.contains("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Als</w:t></w:r></w:ins>"))
        #expect(!xml.contains("<w:rPr xmlns"))
        #expect(xml.contains("<w:hyperlink r:id=\"rId9\">"))
        let accepted = try annotated.reread().blocks.map(\.text)
        #expect(accepted[1] == "Als u vragen heeft, bel ons. Wij hebben uw brief al ontvangen & gelezen.")
        #expect(accepted[2] == "Wij betalen nu uw huur.")
        #expect(accepted[4] == "Lees meer met onze website.")

        // One comments relationship and one content type, as before.
        let relationships = try WordMarkup.part("word/_rels/document.xml.rels", of: annotated.result.data)
        #expect(relationships.components(separatedBy: "relationships/comments\"").count == 2)
        let types = try WordMarkup.part("[Content_Types].xml", of: annotated.result.data)
        #expect(types.components(separatedBy: "/word/comments.xml").count == 2)
    }

    @Test("A document without comments gets a comments part, its content type and its relationship")
    func newCommentsPart() throws {
        let data = try makeDOCX(
            body: Self.splitRunsBody.replacingOccurrences(of: "<w:commentReference w:id=\"5\"/>", with: ""))
        let annotated = try Annotated(data)
        let relationships = try WordMarkup.part("word/_rels/document.xml.rels", of: annotated.result.data)
        #expect(relationships.contains("Id=\"rIdHelder1\""))
        #expect(relationships.contains("Target=\"comments.xml\""))
        let types = try WordMarkup.part("[Content_Types].xml", of: annotated.result.data)
        #expect(types.contains("<Override PartName=\"/word/comments.xml\""))
        #expect(try annotated.comments().helder.count == annotated.report.findings.count + 1)
    }

    @Test("Broken files are refused with the reason, naming no part that is fine")
    func brokenInput() throws {
        func failure(_ data: Data) -> String? {
            do {
                _ = try DOCXAnnotator.annotate(
                    data, source: "brief.docx", map: DOCXSourceMap(blocks: []), comments: [])
                return nil
            } catch {
                return error.message
            }
        }
        #expect(failure(Data("geen zip".utf8))?.contains("ZIP") == true)
        var writer = ZipWriter()
        try writer.add("word/styles.xml", data: Data("<x/>".utf8))
        #expect(failure(writer.finish())?.contains("word/document.xml") == true)
        var broken = ZipWriter()
        try broken.add("word/document.xml", data: Data("<w:document><w:body>".utf8))
        #expect(failure(broken.finish())?.contains("word/document.xml is geen geldige XML") == true)
        let empty = try makeDOCX(body: "<w:p/>")
        #expect(failure(empty)?.contains("geen tekst") == true)
    }
}

@Suite("helder annotate on the command line")
struct AnnotateCommandTests {
    @Test("Writes the copy, never touches the original, and says what it added")
    func writesCopy() throws {
        let folder = try TemporaryFolder("annotate")
        let input = folder.url.appendingPathComponent("brief.docx").path
        try FileManager.default.copyItem(atPath: sample("herinnering-inlichtingenplicht.docx"), toPath: input)
        let before = try Data(contentsOf: URL(fileURLWithPath: input))
        let run = runHelder(["annotate", input, "--suggest"])
        #expect(run.status == .clean, "\(run.err)")
        let output = folder.url.appendingPathComponent("brief-helder.docx").path
        // What was written goes to standard error: where it is and how to open it, then what it holds.
        #expect(run.out.isEmpty)
        #expect(run.err.hasPrefix("Opmerkingen geschreven: \(output) — open het in Word of LibreOffice\n  "))
        #expect(run.err.contains("opmerkingen en een samenvatting"))
        #expect(run.err.contains("wijzigingen om te accepteren of te weigeren"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
        let written = try DOCXReader().read(try Data(contentsOf: URL(fileURLWithPath: output)), source: output)
        #expect(!written.blocks.isEmpty)
        let plain = folder.url.appendingPathComponent("b1.docx").path
        try FileManager.default.copyItem(atPath: sample("besluit-bijzondere-bijstand-b1.docx"), toPath: plain)
        #expect(
            runHelder(["annotate", plain]).err.hasSuffix(
                "b1-helder.docx — open het in Word of LibreOffice\n  geen opmerkingen, alleen een samenvatting.\n"))
        try FileManager.default.removeItem(atPath: plain)
        try FileManager.default.removeItem(atPath: folder.url.appendingPathComponent("b1-helder.docx").path)
        // No temporary files are left beside it.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == [
                "brief-helder.docx", "brief.docx",
            ])
    }

    @Test("Bad command lines and bad files give a clear error and write nothing")
    func refusals() throws {
        let folder = try TemporaryFolder("annotate-bad")
        let letter = sample("toekenningsbrief-bijstand.docx")
        let same = runHelder(["annotate", letter, "--output", letter])
        #expect(same.status == .usage)
        #expect(same.err.contains("verandert het origineel nooit"))
        let odt = runHelder(["annotate", sample("toekenningsbrief-bijstand.odt")])
        #expect(odt.status == .usage)
        #expect(odt.err.contains("Word-bestanden (.docx)"))
        #expect(runHelder(["annotate"]).status == .usage)
        #expect(runHelder(["annotate", letter, "--wat"]).status == .usage)

        let missing = runHelder(["annotate", folder.url.appendingPathComponent("weg.docx").path])
        #expect(missing.status == .inputError)
        #expect(missing.err.contains("weg.docx: bestand niet gevonden"))

        let corrupt = folder.url.appendingPathComponent("kapot.docx")
        try Data("PK\u{3}\u{4} kapot".utf8).write(to: corrupt)
        let broken = runHelder([
            "annotate", corrupt.path, "--output", folder.url.appendingPathComponent("uit.docx").path,
        ])
        #expect(broken.status == .inputError)
        #expect(broken.err.contains("kapot.docx: "))

        let encrypted = folder.url.appendingPathComponent("geheim.docx")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)).write(
            to: encrypted)
        let locked = runHelder(["annotate", encrypted.path])
        #expect(locked.status == .inputError)
        #expect(locked.err.contains("geheim.docx: dit document is versleuteld"))
        let disguised = folder.url.appendingPathComponent("eigenlijk-odt.docx")
        try FileManager.default.copyItem(atPath: sample("toekenningsbrief-bijstand.odt"), toPath: disguised.path)
        let odtInside = runHelder(["annotate", disguised.path])
        #expect(odtInside.status == .inputError)
        #expect(odtInside.err.contains("dit is een OpenDocument-bestand"))
        try FileManager.default.removeItem(at: encrypted)
        try FileManager.default.removeItem(at: disguised)

        let nowhere = folder.url.appendingPathComponent("bestaat-niet/uit.docx").path
        let unwritable = runHelder(["annotate", letter, "--output", nowhere])
        #expect(unwritable.status == .inputError)
        #expect(unwritable.err.contains("bestaat-niet/uit.docx"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["kapot.docx"])
    }

    /// LibreOffice, when installed; CI installs it and sets HELDER_REQUIRE_SOFFICE=1 so the test cannot be skipped there.
    static let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static let sofficeRequired = ProcessInfo.processInfo.environment["HELDER_REQUIRE_SOFFICE"] == "1"

    @Test(
        "LibreOffice opens every annotated sample (with and without tracked changes); without them its text is the original's",
        .enabled(if: soffice != nil || sofficeRequired))
    func libreOffice() throws {
        let soffice = try #require(
            Self.soffice, "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
        let folder = try TemporaryFolder("annotate-soffice")
        var files: [String] = []
        for name in AnnotateTests.docxSamples {
            let original = folder.url.appendingPathComponent("origineel-\(name)").path
            try FileManager.default.copyItem(atPath: sample(name), toPath: original)
            let annotated = folder.url.appendingPathComponent("helder-\(name)").path
            #expect(runHelder(["annotate", sample(name), "--output", annotated]).status == .clean)
            let suggested = folder.url.appendingPathComponent("wijzigingen-\(name)").path
            #expect(runHelder(["annotate", sample(name), "--suggest", "--output", suggested]).status == .clean)
            files += [original, annotated, suggested]
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments =
            [
                "-env:UserInstallation=file://\(folder.url.path)/profiel", "--headless", "--convert-to", "txt:Text",
                "--outdir", folder.url.appendingPathComponent("tekst").path,
            ] + files
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        for name in AnnotateTests.docxSamples {
            let base = (name as NSString).deletingPathExtension
            let text = { (prefix: String) in
                try String(
                    contentsOf: folder.url.appendingPathComponent("tekst/\(prefix)-\(base).txt"), encoding: .utf8)
            }
            let original = try text("origineel")
            #expect(!original.isEmpty)
            #expect(try text("helder") == original, "\(name)")
            // With tracked changes LibreOffice shows deleted and inserted words side by side: more text, never less.
            #expect(try text("wijzigingen").count >= original.count, "\(name)")
        }
    }
}
