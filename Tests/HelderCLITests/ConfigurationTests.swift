import Foundation
import Testing

@testable import HelderCLI

@Suite(".helder.json")
struct ConfigurationTests {
    let temporary: TemporaryFolder
    var folder: URL { temporary.url }

    init() throws {
        temporary = try TemporaryFolder("helder-config")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("archief"), withIntermediateDirectories: true)
        let letter =
            "Geachte heer,\n\nIndien u vragen heeft, verzoeken wij u ons te bellen. Wij trachten u snel te helpen.\n"
        try Data(letter.utf8).write(to: folder.appendingPathComponent("brief.txt"))
        try Data(letter.utf8).write(to: folder.appendingPathComponent("archief/oud.txt"))
    }

    func configure(_ json: String) throws {
        try Data(json.utf8).write(to: folder.appendingPathComponent(".helder.json"))
    }

    func rules(_ arguments: [String]) throws -> [String] {
        let result = runHelder(["check", "--format", "json"] + arguments)
        return try jsonFindings(result.out).map { "\($0.rule):\($0.severity)" }
    }

    @Test("Switching a rule off removes exactly that rule's findings; a severity can be changed")
    func rulesOffAndSeverity() throws {
        let path = folder.appendingPathComponent("brief.txt").path
        let before = try rules([path])
        #expect(before.contains("jargon.ambtelijk:warning"))
        #expect(before.contains { $0.hasPrefix("jargon.woordkeus") })
        try configure(#"{ "rules": { "jargon.woordkeus": "off", "jargon.ambtelijk": "error" } }"#)
        let after = try rules([path])
        #expect(
            after
                == before.filter { !$0.hasPrefix("jargon.woordkeus") }.map {
                    $0 == "jargon.ambtelijk:warning" ? "jargon.ambtelijk:error" : $0
                })
    }

    @Test("Thresholds come from the file, and the command line wins")
    func thresholds() throws {
        let path = folder.appendingPathComponent("brief.txt").path
        try configure(#"{ "failOn": "warning" }"#)
        #expect(runHelder(["check", path]).status == .thresholdBreached)
        #expect(runHelder(["check", "--fail-on", "never", path]).status == .clean)
        try configure(#"{ "failOn": "never", "maxLevel": "A2", "minScore": 10 }"#)
        #expect(runHelder(["check", path]).status == .clean)
    }

    @Test("include and exclude choose the letters of a folder")
    func includeExclude() throws {
        try configure(#"{ "exclude": ["archief/**"] }"#)
        let result = runHelder(["check", "--format", "json", "--fail-on", "never", folder.path])
        #expect(result.out.contains("brief.txt"))
        #expect(!result.out.contains("oud.txt"))
        try configure(#"{ "include": ["**/oud.txt"] }"#)
        let only = runHelder(["check", "--format", "json", "--fail-on", "never", folder.path])
        #expect(!only.out.contains("brief.txt"))
        #expect(only.out.contains("oud.txt"))
    }

    @Test(
        "A broken file is a clear error naming the file and the key, exit status 2",
        arguments: [
            (#"{ "rulez": {} }"#, "instelling 'rulez': onbekende instelling"),
            (
                #"{ "rules": { "jargon.bestaat-niet": "off" } }"#,
                "instelling 'rules.jargon.bestaat-niet': onbekende regel"
            ),
            (
                #"{ "rules": { "jargon.ambtelijk": "soms" } }"#,
                "instelling 'rules.jargon.ambtelijk': verwacht \"off\" of \"uit\", of een ernst: \"info\" of \"tip\""
            ),
            (
                #"{ "rules": { "vaktaal": "uit" } }"#,
                "instelling 'rules.vaktaal': onbekende regel; bedoelt u 'jargon.vaktaal'?"
            ),
            (
                #"{ "failOn": "altijd" }"#,
                "instelling 'failOn': verwacht \"error\" of \"fout\", \"warning\" of \"waarschuwing\", \"info\" of \"tip\", \"never\" of \"nooit\""
            ),
            (#"{ "minScore": 120 }"#, "instelling 'minScore': verwacht een getal van 0 tot en met 100"),
            (#"{ "maxLevel": "D1" }"#, "instelling 'maxLevel'"),
            (#"{ "exclude": "archief" }"#, "instelling 'exclude': verwacht een lijst met teksten"),
            ("{ kapot", "dit is geen geldig JSON-object"),
            (#"{ "maxDuties": 0 }"#, "instelling 'maxDuties': verwacht een geheel getal van 1 tot en met 100"),
            (#"{ "maxWords": true }"#, "instelling 'maxWords': verwacht een geheel getal van 50 tot en met 100000"),
            (#"{ "rules": { "jargon.ambtelijk": 3 } }"#, "instelling 'rules.jargon.ambtelijk': verwacht \"off\""),
            (#"{ "rules": ["jargon.ambtelijk"] }"#, "instelling 'rules': verwacht een object met regel-id's"),
            (#"{ "minScore": "60" }"#, "instelling 'minScore': verwacht een getal van 0 tot en met 100"),
            (#"{ "maxDuties": 4.5 }"#, "instelling 'maxDuties': verwacht een geheel getal van 1 tot en met 100"),
            (#"[ "rules" ]"#, "dit is geen geldig JSON-object"),
        ])
    func broken(_ json: String, _ message: String) throws {
        try configure(json)
        let result = runHelder(["check", folder.appendingPathComponent("brief.txt").path])
        #expect(result.status == .inputError)
        #expect(result.err.contains(".helder.json"))
        #expect(result.err.contains(message), "\(result.err)")
    }

    @Test("maxDuties and maxWords set the limits of the whole-letter checks")
    func structureLimits() throws {
        let path = folder.appendingPathComponent("plichten.txt")
        let letter = """
            Geachte heer,

            U moet uw loonstroken opsturen. U moet een verhuizing doorgeven. U moet naar het UWV gaan.

            Heeft u vragen? Bel ons.

            Met vriendelijke groet,
            """
        try Data(letter.utf8).write(to: path)
        func structureRules() throws -> [String] {
            let result = runHelder(["check", "--format", "json", "--fail-on", "never", path.path])
            return try jsonFindings(result.out).map(\.rule).filter { $0.hasPrefix("structure.") }
        }
        try configure(#"{ "maxDuties": 5 }"#)
        #expect(try structureRules().isEmpty)
        try configure(#"{ "maxDuties": 2, "maxWords": 50 }"#)
        #expect(try structureRules() == ["structure.plichten"])
        let report = try #require(try jsonDocuments(runHelder(["check", "--format", "json", path.path]).out).first)
        #expect(report.duties.count == 3)
    }

    @Test("An organisation's own placeholder syntax is never a word and never flagged")
    func placeholders() throws {
        let path = folder.appendingPathComponent("sjabloon.txt")
        try Data("Beste @@aanhef@@,\n\nWij sturen @@indien_nodig@@ de papieren naar @@adres@@.\n".utf8).write(to: path)
        let before = runHelder(["check", "--format", "json", "--fail-on", "never", path.path])
        #expect(before.out.contains("\"placeholders\": 0"))
        #expect(before.out.contains("jargon.ambtelijk"))
        try configure(#"{ "placeholders": ["@@[a-z_]+@@"] }"#)
        let after = runHelder(["check", "--format", "json", "--fail-on", "never", path.path])
        #expect(after.out.contains("\"placeholders\": 3"))
        #expect(after.out.contains("\"words\": 5"))
        #expect(!after.out.contains("jargon.ambtelijk"))
        try configure(#"{ "placeholders": ["[[["] }"#)
        let broken = runHelder(["check", path.path])
        #expect(broken.status == .inputError)
        #expect(broken.err.contains("instelling 'placeholders': '[[[' is geen geldige reguliere expressie"))
    }

    @Test("--config names the file explicitly")
    func explicitConfig() throws {
        let elsewhere = folder.appendingPathComponent("archief/streng.json")
        try Data(#"{ "failOn": "info" }"#.utf8).write(to: elsewhere)
        let path = folder.appendingPathComponent("brief.txt").path
        #expect(runHelder(["check", "--config", elsewhere.path, path]).status == .thresholdBreached)
    }

    @Test(
        "Globs",
        arguments: [
            ("**/*.docx", "a/b/brief.docx", true), ("**/*.docx", "brief.docx", true), ("*.docx", "a/brief.docx", false),
            ("archief/**", "archief/2025/x.txt", true), ("archief/**", "brieven/x.txt", false),
            ("brief-?.txt", "brief-1.txt", true),
        ])
    func globs(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(Glob.matches(pattern, path) == expected)
    }
}
