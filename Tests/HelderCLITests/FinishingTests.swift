import Foundation
import Testing

@testable import HelderCLI

/// Whether the tests run as root, where file permissions do not stop reading or writing.
private let runningAsRoot = geteuid() == 0

/// English system text that must never reach a user.
private let englishSystemText = [
    "No such file", "Permission denied", "Is a directory", "Not a directory", "couldn’t", "couldn't", "The file",
    "No space", "Read-only", "Operation not permitted", "Error Domain",
]

/// Expects that `text` holds none of the English system messages.
private func expectDutch(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for english in englishSystemText {
        #expect(!text.contains(english), "English system text in: \(text)", sourceLocation: sourceLocation)
    }
}

@Suite("Where a written file is, on standard error")
struct WrittenNoticeTests {
    let temporary: TemporaryFolder
    var folder: URL { temporary.url }
    let letter = sample("toekenningsbrief-bijstand-b1.txt")

    init() throws { temporary = try TemporaryFolder("helder-notice") }

    @Test(
        "--output names the report and how to open it; standard output stays empty",
        arguments: [
            ("json", "rapport.json", ""),
            ("text", "rapport.txt", ""),
            ("csv", "rapport.csv", " — open het in Excel of LibreOffice Calc"),
            ("sarif", "helder.sarif", " — voor GitHub code scanning of een andere SARIF-viewer"),
            ("html", "rapport.html", " — open het in uw browser"),
        ])
    func report(_ format: String, _ name: String, _ hint: String) throws {
        let target = folder.appendingPathComponent(name).path
        let result = runHelder(["check", "--format", format, "--fail-on", "never", "--output", target, letter])
        #expect(result.status == .clean)
        #expect(result.out.isEmpty)
        #expect(result.err == "Rapport geschreven: \(target)\(hint)\n")
        #expect(FileManager.default.fileExists(atPath: target))
    }

    @Test("An HTML report of several letters names its index page, which is there")
    func folderIndex() throws {
        let target = folder.appendingPathComponent("rapport").path
        let letters = [letter, sample("terugvorderingsbrief.txt")]
        for output in [target, target + "/"] {
            let result = runHelder(["check", "--format", "html", "--fail-on", "never", "--output", output] + letters)
            #expect(result.status == .clean, "\(result.err)")
            #expect(result.out.isEmpty)
            #expect(result.err == "Rapport geschreven: \(target)/index.html — open het in uw browser\n")
        }
        #expect(FileManager.default.fileExists(atPath: target + "/index.html"))
    }

    @Test("Nothing is said when the report goes to standard output, or with --quiet")
    func silent() {
        let standardOutput = runHelder(["check", "--format", "json", "--fail-on", "never", letter])
        #expect(standardOutput.err.isEmpty)
        #expect(!standardOutput.out.isEmpty)
        let target = folder.appendingPathComponent("stil.json").path
        let quiet = runHelder(["check", "--quiet", "--format", "json", "--fail-on", "never", "-o", target, letter])
        #expect(quiet.status == .clean)
        #expect(quiet.err.isEmpty)
        #expect(FileManager.default.fileExists(atPath: target))
    }

    @Test("The baseline is named too, and the notices come after the errors about the inputs")
    func baselineAndOrder() throws {
        let baseline = folder.appendingPathComponent("baseline.json").path
        let report = folder.appendingPathComponent("rapport.csv").path
        let result = runHelder([
            "check", "--format", "csv", "-o", report, "--write-baseline", baseline, letter, "bestaat-niet.txt",
        ])
        #expect(result.status == .inputError)
        #expect(
            result.err.components(separatedBy: "\n") == [
                "helder: bestaat-niet.txt: bestand niet gevonden. Controleer de naam en de map.",
                "Baseline geschreven: \(baseline) — de volgende keer: --baseline \(baseline)",
                "Rapport geschreven: \(report) — open het in Excel of LibreOffice Calc",
                "",
            ])
    }

    @Test("helder compare with --output names the comparison")
    func comparison() throws {
        let target = folder.appendingPathComponent("vergelijking.html").path
        let result = runHelder([
            "compare", "--format", "html", "--output", target, sample("toekenningsbrief-bijstand.txt"), letter,
        ])
        #expect(result.status == .clean)
        #expect(result.out.isEmpty)
        #expect(result.err == "Vergelijking geschreven: \(target) — open het in uw browser\n")
        let json = folder.appendingPathComponent("vergelijking.json").path
        let plain = runHelder([
            "compare", "--format", "json", "-o", json, sample("toekenningsbrief-bijstand.txt"), letter,
        ])
        #expect(plain.err == "Vergelijking geschreven: \(json)\n")
        #expect(try decodeJSON(ComparisonJSON.self, String(contentsOfFile: json, encoding: .utf8)).verdict == "better")
    }

    @Test("helder annotate names the Word file and what is in it")
    func annotate() throws {
        let target = folder.appendingPathComponent("brief-helder.docx").path
        let result = runHelder(["annotate", sample("terugvorderingsbrief.docx"), "--output", target])
        #expect(result.status == .clean)
        #expect(result.out.isEmpty)
        let lines = result.err.components(separatedBy: "\n")
        #expect(lines.count == 3)
        #expect(lines.first == "Opmerkingen geschreven: \(target) — open het in Word of LibreOffice")
        #expect(lines.dropFirst().first?.hasSuffix("opmerkingen en een samenvatting.") == true)
        #expect(FileManager.default.fileExists(atPath: target))
    }
}

@Suite("Error messages about files are Dutch and name the file")
struct DutchFileErrorTests {
    let temporary: TemporaryFolder
    var folder: URL { temporary.url }
    let letter = sample("toekenningsbrief-bijstand-b1.txt")

    init() throws { temporary = try TemporaryFolder("helder-fouten") }

    @Test("A report that cannot be written says why in Dutch, naming the folder that is the cause")
    func unwritableReport() throws {
        let missing = folder.appendingPathComponent("geen/map/rapport.json").path
        let noFolder = runHelder(["check", "--format", "json", "-o", missing, letter])
        #expect(noFolder.status == .inputError)
        #expect(
            noFolder.err
                == "helder: \(missing): kan dit bestand niet schrijven (de map \(folder.path)/geen/map bestaat niet).\n"
        )
        // A file where a folder should be (a cause that stops root too).
        let file = folder.appendingPathComponent("brief.txt")
        try Data("tekst".utf8).write(to: file)
        let underFile = runHelder(["check", "--format", "json", "-o", file.path + "/rapport.json", letter])
        #expect(underFile.status == .inputError)
        #expect(
            underFile.err
                == "helder: \(file.path)/rapport.json: kan dit bestand niet schrijven (\(file.path) is geen map).\n")
        // A folder where the report should be.
        let occupied = folder.appendingPathComponent("bezet.json")
        try FileManager.default.createDirectory(at: occupied, withIntermediateDirectories: false)
        let onFolder = runHelder(["check", "--format", "json", "-o", occupied.path, letter])
        #expect(onFolder.status == .inputError)
        #expect(
            onFolder.err
                == "helder: \(occupied.path): kan dit bestand niet schrijven (er staat al een map met deze naam).\n")
        let html = runHelder([
            "check", "--format", "html", "-o", file.path + "/rapport/", letter, sample("terugvorderingsbrief.txt"),
        ])
        #expect(html.status == .inputError)
        #expect(html.err.contains("kan het rapport niet in deze map schrijven (\(file.path) is geen map)"))
        let baseline = runHelder(["check", "--write-baseline", file.path + "/b.json", letter])
        #expect(baseline.status == .inputError)
        #expect(baseline.err.contains("b.json: kan de baseline niet schrijven (\(file.path) is geen map)."))
        for run in [noFolder, underFile, onFolder, html, baseline] { expectDutch(run.err) }
        // Nothing was left behind.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["bezet.json", "brief.txt"])
    }

    @Test("A folder without write permission is named (skipped as root, where permissions do not stop writing)")
    func readOnlyFolder() throws {
        let locked = folder.appendingPathComponent("alleen-lezen")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
        chmod(locked.path, 0o555)
        defer { chmod(locked.path, 0o755) }
        let target = locked.appendingPathComponent("rapport.json").path
        let result = runHelder(["check", "--format", "json", "-o", target, letter])
        guard !runningAsRoot else {
            #expect(result.status == .clean)
            return
        }
        #expect(result.status == .inputError)
        #expect(
            result.err
                == "helder: \(target): kan dit bestand niet schrijven (geen toestemming om in de map \(locked.path) te schrijven).\n"
        )
    }

    @Test("A letter without read permission (skipped as root), a folder given to compare, and a socket")
    func unreadableInputs() throws {
        let secret = folder.appendingPathComponent("geheim.txt")
        try Data("Geachte heer,\n\nU krijgt bijstand.\n".utf8).write(to: secret)
        chmod(secret.path, 0o000)
        defer { chmod(secret.path, 0o644) }
        let unreadable = runHelder(["check", "--fail-on", "never", secret.path, letter])
        if !runningAsRoot {
            #expect(unreadable.status == .inputError)
            #expect(
                unreadable.err.contains(
                    "helder: \(secret.path): geen toestemming om dit bestand te lezen. "
                        + "Controleer de rechten van het bestand en van de map.\n"))
        }
        expectDutch(unreadable.err)
        let compared = runHelder(["compare", folder.path, letter])
        #expect(compared.status == .inputError)
        #expect(compared.err.contains("helder: \(folder.path): dit is een map, geen bestand."))
        let socketPath = folder.appendingPathComponent("brief.sock").path
        let socket = try makeSocket(at: socketPath)
        defer { close(socket) }
        let result = runHelder(["check", "--format", "json", socketPath])
        #expect(result.status == .inputError)
        #expect(
            result.err
                == "helder: \(socketPath): dit is geen gewoon bestand (maar bijvoorbeeld een socket of een schijf); "
                + "geef een brief op.\n")
        let entries = try jsonReport(result.out).documents
        #expect(entries.map(\.path) == [socketPath])
        #expect(entries.first?.error?.hasPrefix("dit is geen gewoon bestand") == true)
    }

    @Test("A named pipe (as `helder check <(…)` gives) is read to its end, not taken for an empty file")
    func namedPipe() throws {
        let pipe = folder.appendingPathComponent("brief.txt").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "cat \"$0\" > \"$1\"", letter, pipe]
        try writer.run()
        let result = runHelder(["check", "--format", "json", "--fail-on", "never", pipe])
        if writer.isRunning { writer.terminate() }
        writer.waitUntilExit()
        #expect(result.status == .clean, "\(result.err)")
        let direct = try #require(try jsonDocuments(runHelder(["check", "--format", "json", letter]).out).first)
        let piped = try #require(try jsonDocuments(result.out).first)
        #expect(piped.metrics.words == direct.metrics.words)
        #expect(piped.findings.map(\.rule) == direct.findings.map(\.rule))
    }

    @Test("A lexicon, settings file or baseline that cannot be read says why in Dutch")
    func supportFiles() throws {
        let missing = folder.appendingPathComponent("weg.tsv").path
        let lexicon = runHelder(["check", "--lexicon", missing, letter])
        #expect(lexicon.status == .inputError)
        #expect(lexicon.err == "helder: \(missing): kan dit lexicon niet lezen (het bestand bestaat niet).\n")
        let configuration = runHelder(["check", "--config", folder.path, letter])
        #expect(configuration.status == .inputError)
        #expect(
            configuration.err == "helder: \(folder.path): kan het bestand niet lezen (dit is een map, geen bestand)\n")
        let baseline = runHelder(["check", "--baseline", missing, letter])
        #expect(baseline.status == .inputError)
        #expect(baseline.err == "helder: \(missing): kan de baseline niet lezen (het bestand bestaat niet)\n")
    }

    /// A Unix socket bound at `path`; close the descriptor when done.
    private func makeSocket(at path: String) throws -> Int32 {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        try #require(bytes.count < MemoryLayout.size(ofValue: address.sun_path))
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        try #require(bound == 0)
        return descriptor
    }
}

@Suite("helder explain with a part of a rule id")
struct ExplainLookupTests {
    @Test(
        "A last part, a unique part or any case finds the rule",
        arguments: [
            ("vaktaal", "jargon.vaktaal"), ("lengte", "structure.lengte"), ("lange-zin", "readability.lange-zin"),
            ("zeer", "readability.zeer-lange-zin"), ("VAKTAAL", "jargon.vaktaal"),
            ("coercion.dreiging", "coercion.dreiging"), ("dreiging", "coercion.dreiging"),
        ])
    func found(_ query: String, _ id: String) {
        let result = runHelder(["explain", query])
        #expect(result.status == .clean)
        #expect(result.out.hasPrefix("\(id) ("), "\(result.out.prefix(80))")
        #expect(result.out == runHelder(["explain", id]).out)
        #expect(result.err.isEmpty)
    }

    @Test("A part of more than one id lists them and exits as a usage error")
    func ambiguous() {
        let lange = runHelder(["explain", "lange"])
        #expect(lange.status == .usage)
        #expect(lange.out.isEmpty)
        #expect(
            lange.err
                == "helder: 'lange' past bij meer regels: readability.lange-zin, readability.zeer-lange-zin. "
                + "Kies er één, bijvoorbeeld: helder explain readability.lange-zin\n")
        let category = runHelder(["explain", "structure"])
        #expect(category.status == .usage)
        #expect(category.err.contains("structure.hoofdboodschap, structure.plichten"))
    }

    @Test("A typing error gets a suggestion; something unlike any rule lists the rules")
    func unknown() {
        let typo = runHelder(["explain", "vaktaaal"])
        #expect(typo.status == .usage)
        #expect(typo.err == "helder: onbekende regel 'vaktaaal'; bedoelt u 'jargon.vaktaal'?\n")
        let wholeTypo = runHelder(["explain", "jargon.ambtelik"])
        #expect(wholeTypo.err == "helder: onbekende regel 'jargon.ambtelik'; bedoelt u 'jargon.ambtelijk'?\n")
        let nothing = runHelder(["explain", "xyzzy"])
        #expect(nothing.status == .usage)
        #expect(nothing.err.hasPrefix("helder: onbekende regel 'xyzzy'. Bekende regels: readability.lange-zin, "))
    }

    @Test("The lookup itself")
    func lookup() {
        let ids = ["readability.lange-zin", "readability.zeer-lange-zin", "jargon.vaktaal"]
        #expect(RuleLookup.resolve("lange-zin", in: ids) == .found("readability.lange-zin"))
        #expect(RuleLookup.resolve("lange", in: ids) == .ambiguous(Array(ids.prefix(2))))
        #expect(RuleLookup.resolve("taal", in: ids) == .found("jargon.vaktaal"))
        #expect(RuleLookup.resolve("", in: ids) == .unknown(suggestion: nil))
        #expect(RuleLookup.resolve("vaktal", in: ids) == .unknown(suggestion: "jargon.vaktaal"))
    }
}

@Suite("Inputs that stand for no letter")
struct EmptyInputTests {
    let temporary: TemporaryFolder
    var folder: URL { temporary.url }
    let letter = sample("toekenningsbrief-bijstand-b1.txt")

    init() throws { temporary = try TemporaryFolder("helder-leeg") }

    func makeFolder(_ name: String, files: [String] = []) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for file in files {
            try Data("Geachte heer,\n\nU krijgt bijstand.\n".utf8).write(to: url.appendingPathComponent(file))
        }
        return url.path
    }

    @Test("An empty folder is exit status 2 with a message naming it, and no report is written")
    func emptyFolder() throws {
        let empty = try makeFolder("leeg")
        let target = folder.appendingPathComponent("rapport.json").path
        for format in ["text", "json", "csv", "sarif"] {
            let result = runHelder(["check", "--format", format, "-o", target, empty])
            #expect(result.status == .inputError)
            #expect(result.out.isEmpty)
            #expect(
                result.err
                    == "helder: \(empty): geen brieven gevonden in deze map. "
                    + "Helder leest .txt, .md, .markdown, .html, .htm, .xhtml, .docx en .odt.\n")
            #expect(!FileManager.default.fileExists(atPath: target))
        }
        let standardOutput = runHelder(["check", "--format", "json", empty])
        #expect(standardOutput.status == .inputError)
        #expect(standardOutput.out.isEmpty)
    }

    @Test("A folder with only other files says what is in it")
    func noSupportedFiles() throws {
        let others = try makeFolder("scans", files: ["brief.pdf", "brief.doc", "foto.PNG", "LEESMIJ"])
        let result = runHelder(["check", others])
        #expect(result.status == .inputError)
        #expect(
            result.err
                == "helder: \(others): geen brieven gevonden in deze map. Helder leest .txt, .md, .markdown, .html, "
                + ".htm, .xhtml, .docx en .odt; hier staan alleen andere bestanden (zonder extensie, .doc, .pdf, .png).\n"
        )
    }

    @Test("A pattern the shell passed on unexpanded is named as a pattern")
    func literalPattern() throws {
        let pattern = folder.appendingPathComponent("brieven/*.docx").path
        let result = runHelder(["check", "--format", "json", pattern])
        #expect(result.status == .inputError)
        #expect(result.out.isEmpty)
        #expect(
            result.err
                == "helder: \(pattern): geen bestand past bij dit patroon; de shell geeft een patroon ongewijzigd "
                + "door als er niets bij past. Controleer de map en de extensie.\n")
        // A file whose name holds a pattern character is just a file.
        let odd = folder.appendingPathComponent("brief[1].txt")
        try Data("Geachte heer,\n\nU krijgt bijstand.\n".utf8).write(to: odd)
        #expect(runHelder(["check", "--fail-on", "never", odd.path]).status == .clean)
    }

    @Test("With other letters the batch is checked and reported, and still ends with status 2")
    func mixedWithLetters() throws {
        let empty = try makeFolder("leeg")
        let result = runHelder(["check", "--format", "json", "--fail-on", "never", empty, letter])
        #expect(result.status == .inputError)
        #expect(try jsonReport(result.out).documents.map(\.path) == ["Samples/toekenningsbrief-bijstand-b1.txt"])
        #expect(result.err.hasPrefix("helder: \(empty): geen brieven gevonden in deze map."))
        // --fix-dry-run says it too, and does not pass as "nothing to change".
        let dry = runHelder(["check", "--fix-dry-run", empty, letter])
        #expect(dry.status == .inputError)
        #expect(dry.err.contains("\(empty): geen brieven gevonden in deze map."))
    }

    @Test("A folder whose letters .helder.json all leaves out names the settings file")
    func everythingExcluded() throws {
        let letters = try makeFolder("archief", files: ["oud.txt"])
        let settings = folder.appendingPathComponent(".helder.json").path
        try Data(#"{ "exclude": ["archief/**", "*.txt"] }"#.utf8).write(to: URL(fileURLWithPath: settings))
        let result = runHelder(["check", letters])
        #expect(result.status == .inputError)
        #expect(
            result.err
                == "helder: \(letters): geen brieven in deze map die \(settings) toelaat; "
                + "controleer \"include\" en \"exclude\".\n")
    }

    @Test("A sub-folder that cannot be searched is named; the rest of the batch goes on (root can read it)")
    func unreadableSubfolder() throws {
        let top = try makeFolder("brieven", files: ["a.txt"])
        let secret = try makeFolder("brieven/geheim", files: ["b.txt"])
        chmod(secret, 0o000)
        defer { chmod(secret, 0o755) }
        let result = runHelder(["check", "--format", "json", "--fail-on", "never", top])
        let paths = try jsonReport(result.out).documents.map(\.path)
        #expect(paths.first == top + "/a.txt")
        if runningAsRoot {
            #expect(result.status == .clean)
            #expect(paths == [top + "/a.txt", secret + "/b.txt"])
        } else {
            #expect(result.status == .inputError)
            #expect(paths == [top + "/a.txt"])
            #expect(
                result.err
                    == "helder: \(secret): kan deze map niet doorzoeken (geen toestemming); "
                    + "de brieven erin zijn niet gecontroleerd.\n")
        }
    }
}

@Suite(".helder.json in Dutch")
struct DutchSettingsTests {
    let temporary: TemporaryFolder
    var folder: URL { temporary.url }
    var letter: String { folder.appendingPathComponent("brief.txt").path }

    init() throws {
        temporary = try TemporaryFolder("helder-nl")
        try Data("Geachte heer,\n\nIndien u vragen heeft, verzoeken wij u ons te bellen.\n".utf8).write(
            to: folder.appendingPathComponent("brief.txt"))
    }

    func configure(_ json: String) throws {
        try Data(json.utf8).write(to: folder.appendingPathComponent(".helder.json"))
    }

    func findings() throws -> [String] {
        let result = runHelder(["check", "--format", "json", "--fail-on", "never", letter])
        #expect(result.status == .clean, "\(result.err)")
        return try jsonFindings(result.out).map { "\($0.rule):\($0.severity)" }
    }

    @Test("\"uit\" switches a rule off exactly as \"off\" does")
    func off() throws {
        let before = try findings()
        #expect(before.contains("jargon.ambtelijk:warning"))
        try configure(#"{ "rules": { "jargon.ambtelijk": "off" } }"#)
        let english = try findings()
        try configure(#"{ "rules": { "jargon.ambtelijk": "uit" } }"#)
        #expect(try findings() == english)
        #expect(english == before.filter { !$0.hasPrefix("jargon.ambtelijk:") })
    }

    @Test(
        "The Dutch names of the severities set a rule's severity",
        arguments: [("fout", "error"), ("waarschuwing", "warning"), ("tip", "info"), ("Fout", "error")])
    func severity(_ dutch: String, _ english: String) throws {
        try configure(#"{ "rules": { "jargon.ambtelijk": "\#(dutch)" } }"#)
        let dutchFindings = try findings()
        #expect(dutchFindings.contains("jargon.ambtelijk:\(english)"))
        try configure(#"{ "rules": { "jargon.ambtelijk": "\#(english)" } }"#)
        #expect(try findings() == dutchFindings)
    }

    @Test("failOn takes the Dutch names too")
    func failOn() throws {
        try configure(#"{ "failOn": "waarschuwing" }"#)
        #expect(runHelder(["check", letter]).status == .thresholdBreached)
        try configure(#"{ "failOn": "nooit", "rules": { "jargon.ambtelijk": "fout" } }"#)
        #expect(runHelder(["check", letter]).status == .clean)
        try configure(#"{ "failOn": "fout", "rules": { "jargon.ambtelijk": "fout" } }"#)
        #expect(runHelder(["check", letter]).status == .thresholdBreached)
    }
}

@Suite("The text output's finding lines")
struct TextLineFormatTests {
    @Test("Every finding is one line `pad:regel:kolom: ernst: melding [regel-id]`, as editors and CI parse it")
    func shape() throws {
        let temporary = try TemporaryFolder("helder-regels")
        let path = temporary.url.appendingPathComponent("brief.txt").path
        try Data("Geachte heer,\n\nWij schrijven u.\n    Indien u wilt, bel.\n".utf8).write(
            to: URL(fileURLWithPath: path))
        let text = runHelder(["check", "--fail-on", "never", path]).out
        let findings = try jsonFindings(runHelder(["check", "--format", "json", "--fail-on", "never", path]).out)
        let indien = try #require(findings.first { $0.rule == "jargon.ambtelijk" })
        #expect((indien.line, indien.column, indien.severity) == (4, 5, "warning"))
        let lines = text.components(separatedBy: "\n").filter { $0.hasPrefix(path + ":") }
        // Exactly one line per finding, in the order of the JSON, each followed by its indented suggestion.
        #expect(
            lines == findings.map { "\(path):\($0.line):\($0.column): \($0.severity): \($0.message) [\($0.rule)]" })
        for finding in findings {
            let line =
                "\(path):\(finding.line):\(finding.column): \(finding.severity): \(finding.message) [\(finding.rule)]"
            #expect(text.contains(line + "\n    \(finding.suggestion)\n"))
        }
        // The shape that editors' and CI's problem matchers use.
        let shape = try Regex(#"^(.+):(\d+):(\d+): (error|warning|info): (.+) \[([a-z]+\.[a-z-]+)\]$"#)
        for line in lines { #expect(line.wholeMatch(of: shape) != nil, "\(line)") }
    }
}
