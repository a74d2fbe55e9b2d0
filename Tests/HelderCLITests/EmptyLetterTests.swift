import Foundation
import Testing

@testable import HelderCLI

/// Letters without prose to measure: every machine-readable report must still parse.
@Suite("Letters without prose")
struct EmptyLetterTests {
    /// Name and content of letters that have no sentence of running text.
    static let letters: [(name: String, text: String)] = [
        ("leeg.txt", ""),
        ("witruimte.txt", "   \n\n\t\n"),
        ("vraag.txt", "Wat nu?\n"),
        ("kopje.txt", "Besluit\n"),
        ("aanhef.txt", "Geachte heer Jansen,\n"),
        ("groet.txt", "Met vriendelijke groet,\n\nJ. de Vries\n"),
        ("sjabloon.txt", "{{ naam }}\n{{ adres }}\n"),
        ("getallen.txt", "12 345\n€ 20,00\n"),
        ("leeg.html", "<html><body></body></html>"),
        ("kop.html", "<html><body><h1>Wat nu?</h1></body></html>"),
    ]

    @Test("JSON of every prose-less letter parses, with null scores where nothing was measured")
    func jsonParses() throws {
        let folder = try TemporaryFolder("helder-empty")
        var paths: [String] = []
        for letter in Self.letters {
            let url = folder.url.appendingPathComponent(letter.name)
            try Data(letter.text.utf8).write(to: url)
            paths.append(url.path)
        }
        for path in paths {
            let result = runHelder(["check", "--format", "json", "--fail-on", "never", path])
            let documents = try jsonReport(result.out).documents
            #expect(documents.count == 1, "\(path): \(result.out)")
            guard let document = documents.first?.document else { continue }
            let scores = document.scores
            #expect(scores.readability == nil, "\(path): \(scores)")
            #expect(scores.tone == nil, "\(path): \(scores)")
        }
        // The whole folder at once, as CI runs it.
        let batch = runHelder(["check", "--format", "json", "--fail-on", "never", folder.url.path])
        #expect(try jsonReport(batch.out).documents.count == Self.letters.count)
        let sarif = runHelder(["check", "--format", "sarif", "--fail-on", "never", folder.url.path])
        #expect((try? decodeJSON(SARIFJSON.self, sarif.out)) != nil)
    }
}
