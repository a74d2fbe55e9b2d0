import Foundation
import HelderReports
import Testing

@testable import HelderCLI

@Suite("Command line")
struct CommandLineTests {
    @Test("Findings at or above --fail-on give exit status 1")
    func failOn() {
        #expect(runHelder(["check", sample("toekenningsbrief-bijstand.txt")]).status == .thresholdBreached)
        #expect(runHelder(["check", "--fail-on", "never", sample("toekenningsbrief-bijstand.txt")]).status == .clean)
        #expect(runHelder(["check", sample("toekenningsbrief-bijstand-b1.txt")]).status == .clean)
        #expect(
            runHelder(["check", "--fail-on=info", sample("toekenningsbrief-bijstand.txt")]).status == .thresholdBreached
        )
    }

    @Test("--min-score and --max-level")
    func thresholds() {
        let original = sample("toekenningsbrief-bijstand.txt")
        let rewrite = sample("toekenningsbrief-bijstand-b1.txt")
        #expect(runHelder(["check", "--fail-on", "never", "--min-score", "60", original]).status == .thresholdBreached)
        #expect(runHelder(["check", "--fail-on", "never", "--min-score", "60", rewrite]).status == .clean)
        #expect(runHelder(["check", "--fail-on", "never", "--max-level", "B1", original]).status == .thresholdBreached)
        #expect(runHelder(["check", "--fail-on", "never", "--max-level", "b1", rewrite]).status == .clean)
    }

    @Test("A missing file is named, the other files are still reported, exit status 2")
    func missingFile() {
        let result = runHelder([
            "check", "--fail-on", "never", "bestaat-niet.txt", sample("toekenningsbrief-bijstand-b1.txt"),
        ])
        #expect(result.status == .inputError)
        #expect(result.err.contains("bestaat-niet.txt: bestand niet gevonden"))
        #expect(result.out.contains("Samenvatting van Samples/toekenningsbrief-bijstand-b1.txt"))
        #expect(result.out.contains("bestaat-niet.txt: fout: bestand niet gevonden"))
        let json = runHelder([
            "check", "--format", "json", "bestaat-niet.txt", sample("toekenningsbrief-bijstand-b1.txt"),
        ])
        #expect(json.status == .inputError)
        #expect(json.out.contains("\"error\": \"bestand niet gevonden. Controleer de naam en de map.\""))
        #expect(json.out.contains("\"path\": \"Samples/toekenningsbrief-bijstand-b1.txt\""))
    }

    @Test(
        "A folder is checked letter by letter, in a stable order, past a corrupt file; --jobs does not change the output"
    )
    func folder() throws {
        let temporary = try TemporaryFolder("helder-map")
        let folder = temporary.url
        let nested = folder.appendingPathComponent("archief/2025")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        // Several hundred letters, with a corrupt Word file in the middle.
        let count = 300
        for index in 1...count {
            let letter =
                index % 3 == 0
                ? "Geachte heer,\n\nIndien u vragen heeft over brief \(index), bel ons.\n"
                : "Beste mevrouw,\n\nU krijgt bijstand. Brief \(index) legt uit wat u moet doen.\n"
            let target = index % 2 == 0 ? nested : folder
            try Data(letter.utf8).write(to: target.appendingPathComponent(String(format: "brief-%03d.txt", index)))
        }
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00]).write(to: folder.appendingPathComponent("brief-151b.docx"))
        try Data("verborgen".utf8).write(to: folder.appendingPathComponent(".verborgen.txt"))
        try Data("slot".utf8).write(to: folder.appendingPathComponent("~$brief.docx"))
        try Data("geen brief".utf8).write(to: folder.appendingPathComponent("plaatje.png"))
        let parallel = runHelder(["check", "--format", "json", "--jobs", "4", folder.path])
        let serial = runHelder(["check", "--format", "json", "--jobs", "1", folder.path])
        #expect(parallel.status == .inputError)
        #expect(serial.status == .inputError)
        #expect(parallel.out == serial.out)
        #expect(parallel.err == serial.err)
        let documents = try jsonReport(parallel.out).documents
        #expect(documents.count == count + 1)
        #expect(documents.filter { $0.error != nil }.count == 1)
        let paths = documents.map(\.path)
        #expect(paths == paths.sorted())
        #expect(!paths.contains { $0.contains(".verborgen") || $0.contains("~$") || $0.hasSuffix(".png") })
        #expect(parallel.err.contains("brief-151b.docx: "))
        // The spreadsheet has a row for every file, the corrupt one with its error, in the same order.
        let csv = runHelder(["check", "--format", "csv", "--jobs", "2", folder.path])
        #expect(csv.status == .inputError)
        #expect(csv.out == runHelder(["check", "--format", "csv", "--jobs", "1", folder.path]).out)
        let rows = csv.out.split(separator: "\r\n").dropFirst()
        #expect(rows.map { String($0.prefix { $0 != "," }) } == paths)
        let corrupt = try #require(rows.first { $0.contains("brief-151b.docx") })
        let fields = corrupt.split(separator: ",", omittingEmptySubsequences: false)
        #expect(fields.count == CSVReportRenderer.columns.count)
        #expect(fields.last == "kan dit bestand niet lezen (het bestand is afgebroken of onvolledig).")
        #expect(fields.dropFirst().dropLast().allSatisfy { $0.isEmpty })
    }

    @Test(
        "Usage errors give exit status 64 and a Dutch message",
        arguments: [
            (["check"], "geef minstens één brief op"),
            (["check", "--format", "xml", "a.txt"], "onbekend formaat 'xml'"),
            (["check", "--min-score", "120", "a.txt"], "--min-score verwacht een getal van 0 tot en met 100"),
            (["check", "--fail-on", "soms", "a.txt"], "--fail-on verwacht error, warning, info of never"),
            (["check", "--max-level", "D1", "a.txt"], "--max-level verwacht A2, B1, B2 of C1"),
            (["serve", "--port", "0"], "--port verwacht een getal van 1 tot en met 65535"),
            (["serve", "--max-upload", "1000"], "--max-upload verwacht een getal van 1 tot en met 256"),
            (["serve", "brief.txt"], "'helder serve' neemt geen bestanden"),
            (["check", "--output"], "--output verwacht een waarde"),
            (["check", "--wat", "a.txt"], "onbekende optie '--wat'"),
            (["controleer", "a.txt"], "onbekende opdracht 'controleer'"),
            (["check", "-", "-"], "standaardinvoer (-) kan maar één keer"),
            (["explain"], "'helder explain' verwacht één regel-id"),
            (["check", "--jobs", "0", "a.txt"], "--jobs verwacht een getal van 1 tot en met 256"),
        ])
    func usage(_ arguments: [String], _ message: String) {
        let result = runHelder(arguments)
        #expect(result.status == .usage)
        #expect(result.err.contains(message), "\(result.err)")
        #expect(result.out.isEmpty)
    }

    @Test("CSV: one row per input with RFC 4180 quoting, a BOM for Excel, and the error of an unreadable file")
    func csv() throws {
        let temporary = try TemporaryFolder("helder-csv")
        let folder = temporary.url
        let odd = folder.appendingPathComponent("brief \"a\", b.txt")
        try Data("Indien u vragen heeft, bel ons.\n".utf8).write(to: odd)
        let result = runHelder(["check", "--format", "csv", "--fail-on", "never", odd.path, "bestaat-niet.txt"])
        #expect(result.status == .inputError)
        #expect(result.out.hasPrefix("\u{FEFF}path,format,words,sentences,fleschDouma"))
        let rows = result.out.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 3)
        #expect(rows[1].hasPrefix("\"\(odd.path.replacingOccurrences(of: "\"", with: "\"\""))\",text,6,1,"))
        #expect(
            rows[2] == "bestaat-niet.txt" + String(repeating: ",", count: 23)
                + "bestand niet gevonden. Controleer de naam en de map.")
        let dutch = runHelder([
            "check", "--format", "csv", "--csv-separator", ";", "--fail-on", "never",
            sample("toekenningsbrief-bijstand-b1.txt"),
        ])
        let values = try #require(dutch.out.components(separatedBy: "\r\n").dropFirst().first).split(
            separator: ";", omittingEmptySubsequences: false)
        #expect(values.count == 24)
        // How many different things the letter has (groups of the same rule on the same words), and how many
        // findings --min-severity left out.
        #expect(rows[0].hasSuffix(",infos,groups,omittedFindings,error"))
        #expect(values[4].contains(","))
        #expect(runHelder(["check", "--csv-separator", "xy", "a.txt"]).status == .usage)
        #expect(runHelder(["rules", "--format", "csv"]).status == .usage)
    }

    @Test("A batch in text ends with an overview: lowest scores first, totals per kind, unreadable files")
    func overview() {
        let result = runHelder([
            "check", "--quiet", "--fail-on", "never", sample("toekenningsbrief-bijstand-b1.txt"),
            sample("toekenningsbrief-bijstand.txt"), "bestaat-niet.txt",
        ])
        #expect(result.status == .inputError)
        let overview = result.out.components(separatedBy: "Overzicht: ").last ?? ""
        #expect(overview.hasPrefix("2 brieven gecontroleerd"))
        let worst = overview.range(of: "Samples/toekenningsbrief-bijstand.txt (niveau")
        let best = overview.range(of: "Samples/toekenningsbrief-bijstand-b1.txt (niveau")
        #expect(worst != nil && best != nil && worst!.lowerBound < best!.lowerBound)
        #expect(overview.contains("Bevindingen per soort: leesbaarheid"))
        #expect(overview.contains("Niet te lezen: bestaat-niet.txt: bestand niet gevonden"))
    }

    @Test("--help, --version, rules and explain")
    func information() {
        let help = runHelder(["--help"])
        #expect(help.status == .clean)
        #expect(help.out.contains("helder check [opties] <bestand>..."))
        #expect(runHelder([]).out == help.out)
        let version = runHelder(["--version"])
        #expect(version.out.hasPrefix("helder \(HelderCommand.version) (formules helder-2026.2, libxml2 2."))
        let rules = runHelder(["rules"])
        #expect(rules.out.contains("readability.lange-zin"))
        #expect(rules.out.contains("readability.zeer-lange-zin"))
        let json = runHelder(["rules", "--format", "json"])
        #expect((try? JSONSerialization.jsonObject(with: Data(json.out.utf8))) != nil)
        let explain = runHelder(["explain", "readability.lange-zin"])
        #expect(explain.status == .clean)
        #expect(explain.out.contains("Waarom:"))
        #expect(!explain.out.contains("Woordenlijsten"), "a rule that counts words reads no word list")
        let fed = runHelder(["explain", "coercion.dreiging"])
        #expect(fed.out.contains("Woordenlijsten: dwang.tsv (dreiging); toon.tsv (sanctie, verlies, voorwaarde)"))
        #expect(!fed.out.contains("«"), "the examples are shown without their marks")
        let unknown = runHelder(["explain", "jargon.bestaat-niet"])
        #expect(unknown.status == .usage)
        #expect(unknown.err.contains("onbekende regel 'jargon.bestaat-niet'"))
    }

    @Test("--output - is standard output; an empty name or one of the letters is refused")
    func outputEdgeCases() {
        let input = sample("toekenningsbrief-bijstand-b1.txt")
        let dash = runHelder(["check", "--output", "-", input])
        #expect(dash.status == .clean)
        #expect(dash.out.contains("Samenvatting van"))
        let empty = runHelder(["check", "--output=", input])
        #expect(empty.status == .usage)
        #expect(empty.err.contains("--output verwacht een bestandsnaam"))
        let same = runHelder(["check", "--output", input, input])
        #expect(same.status == .usage)
        #expect(same.err.contains("is ook een brief die u laat controleren"))
    }

    @Test("Columns on indented continuation lines point at the right character")
    func indentedColumns() throws {
        let temporary = try TemporaryFolder("helder-cols")
        let folder = temporary.url
        let path = folder.appendingPathComponent("brief.txt").path
        try Data("Wij schrijven u.\n    Indien u wilt, bel.\n".utf8).write(to: URL(fileURLWithPath: path))
        let result = runHelder(["check", "--fail-on", "never", path])
        #expect(result.out.contains("brief.txt:2:5: warning: ‘Indien’ is ambtelijke taal."), "\(result.out)")
    }

    @Test("--output writes the whole report and leaves the input alone")
    func output() throws {
        let folder = try TemporaryFolder("helder-cli")
        let target = folder.url.appendingPathComponent("rapport.json")
        try Data("oud rapport".utf8).write(to: target)
        let input = sample("herinnering-inlichtingenplicht.txt")
        let before = try Data(contentsOf: URL(fileURLWithPath: input))
        let result = runHelder(["check", "--format", "json", "--fail-on", "never", "--output", target.path, input])
        #expect(result.status == .clean)
        #expect(result.out.isEmpty)
        let written = try Data(contentsOf: target)
        #expect((try? JSONDecoder().decode(ReportJSON.self, from: written)) != nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
        // The report went through a temporary file that is gone now.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["rapport.json"])
        let unwritable = runHelder([
            "check", "--output", folder.url.appendingPathComponent("geen/map/x.json").path, input,
        ])
        #expect(unwritable.status == .inputError)
        #expect(unwritable.err.contains("kan dit bestand niet schrijven"))
    }

    @Test("A run that fails after the report was written leaves the old report untouched")
    func outputWholeOrNothing() throws {
        let folder = try TemporaryFolder("helder-cli")
        let target = folder.url.appendingPathComponent("rapport.csv")
        try Data("oud rapport".utf8).write(to: target)
        let result = runHelder([
            "check", "--format", "csv", "--output", target.path, "--write-baseline",
            folder.url.appendingPathComponent("geen-map/baseline.json").path, sample("terugvorderingsbrief.txt"),
        ])
        #expect(result.status == .inputError)
        #expect(result.err.contains("kan de baseline niet schrijven"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "oud rapport")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["rapport.csv"])
    }
}

/// The built binary, run as a user would: standard input, real exit codes.
@Suite("Binary")
struct BinaryTests {
    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("helder")
    }

    func run(_ arguments: [String], input: String? = nil) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        let inputPipe = Pipe()
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inputPipe.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("Reads a letter from standard input")
    func standardInput() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.binary.path), "build helder first: \(Self.binary.path)")
        let (status, output) = try run(
            ["check", "-"], input: "Beste {{ naam }},\n\nU krijgt bijstand. Wij betalen elke maand.\n")
        #expect(status == 0)
        #expect(output.contains("Samenvatting van -"))
        let (usage, _) = try run(["check", "--format", "pdf", "-"], input: "")
        #expect(usage == 64)
        let (empty, _) = try run(["check", "-"], input: "")
        #expect(empty == 2)
    }
}

@Suite("Own lexicons")
struct OwnLexiconTests {
    let temporary: TemporaryFolder
    var folder: URL { temporary.url }

    init() throws { temporary = try TemporaryFolder("helder-lexicons") }

    func write(_ text: String, extension fileExtension: String = "tsv") throws -> String {
        let url = folder.appendingPathComponent("\(UUID().uuidString).\(fileExtension)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func letter(_ text: String) throws -> String {
        try write(text, extension: "txt")
    }

    @Test("--lexicon adds an organisation's own terms")
    func addsTerms() throws {
        let lexicon = try write(
            "patroon\tsoort\talternatief\tuitleg\ternst\tveilig\nklantreis\twoordkeus\tweg door de gemeente\t\twarning\tnee\n"
        )
        let brief = try letter("Uw klantreis begint hier.\n")
        let without = runHelder(["check", "--format", "json", brief])
        #expect(!without.out.contains("klantreis"))
        let with = runHelder(["check", "--format", "json", "--lexicon", lexicon, brief])
        #expect(with.out.contains("\"rule\": \"jargon.woordkeus\""))
        #expect(with.out.contains("weg door de gemeente"))
    }

    @Test("--lexicon adds an organisation's own duty phrases to the duties inventory")
    func addsDutyPhrases() throws {
        let brief = try letter(
            "Geachte heer,\n\nBreng uw loonstrook vóór 1 maart 2026 langs.\n\nHeeft u vragen? Bel ons.\n")
        func duties(_ arguments: [String]) throws -> [DutyJSON] {
            let report = try #require(
                try jsonDocuments(runHelder(["check", "--format", "json"] + arguments + [brief]).out).first)
            return report.duties
        }
        #expect(try duties([]).isEmpty)
        let lexicon = try write("patroon\tsoort\twaarde\nbreng … langs\tplicht\t\n")
        let found = try duties(["--lexicon", lexicon])
        #expect(found.count == 1)
        #expect(found.first?.deadline?.date == "2026-03-01")
    }

    @Test("--lexicon can switch a built-in term off")
    func switchesOff() throws {
        let brief = try letter("Indien u vragen heeft, kunt u bellen.\n")
        #expect(runHelder(["check", "--format", "json", brief]).out.contains("\"rule\": \"jargon.ambtelijk\""))
        let lexicon = try write(
            "patroon\tsoort\talternatief\tuitleg\ternst\tveilig\nindien\tambtelijk\tals\t\tuit\tja\n")
        #expect(
            !runHelder(["check", "--format", "json", "--lexicon", lexicon, brief]).out.contains("jargon.ambtelijk"))
    }

    @Test("A bad lexicon line stops the run with file and line, exit status 2")
    func badLine() throws {
        let lexicon = try write(
            "# eigen termen\npatroon\tsoort\talternatief\tuitleg\ternst\tveilig\nklantreis\twoordkeus\n")
        let result = runHelder(["check", "--lexicon", lexicon, sample("toekenningsbrief-bijstand-b1.txt")])
        #expect(result.status == .inputError)
        #expect(result.err.contains("\(lexicon):3: verwacht 6 kolommen, gevonden 2"))
        let unknown = try write("woord\tbetekenis\nx\ty\n")
        let header = runHelder(["check", "--lexicon", unknown, sample("toekenningsbrief-bijstand-b1.txt")])
        #expect(header.status == .inputError)
        #expect(
            header.err.contains(
                "\(unknown):1: onbekende kopregel 'woord<TAB>betekenis'; verwacht "
                    + "'patroon<TAB>soort<TAB>alternatief<TAB>uitleg<TAB>ernst<TAB>veilig', "))
        #expect(header.err.contains("' of 'patroon<TAB>signaal<TAB>gewicht<TAB>naam'"))
        let missing = runHelder(["check", "--lexicon", "/bestaat/niet.tsv", sample("toekenningsbrief-bijstand-b1.txt")])
        #expect(missing.status == .inputError)
        #expect(missing.err.contains("/bestaat/niet.tsv: kan dit lexicon niet lezen (het bestand bestaat niet)."))
    }
}
