import Foundation
import Testing

@testable import HelderCLI

@Suite("Suppression in the letter")
struct SuppressionTests {
    let temporary: TemporaryFolder
    var folder: URL { temporary.url }

    init() throws { temporary = try TemporaryFolder("helder-negeer") }

    func findings(_ name: String, _ text: String) throws -> [String] {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        let result = runHelder(["check", "--format", "json", "--fail-on", "never", url.path])
        #expect(try jsonReport(result.out).documents.count == 1)
        return try jsonFindings(result.out).map { "\($0.line) \($0.rule)" }
    }

    @Test("helder-disable-next-line in a text template switches the named rule off for the next line only")
    func nextLine() throws {
        let letter = """
            Wij schrijven u derhalve.
            {# helder-disable-next-line jargon.ambtelijk #}
            Indien u vragen heeft, bel ons derhalve.
            Indien u wilt, kom langs.
            """
        let found = try findings("sjabloon.txt", letter)
        #expect(found.contains("1 jargon.ambtelijk"))
        #expect(!found.contains("3 jargon.ambtelijk"))
        #expect(found.contains("4 jargon.ambtelijk"))
    }

    @Test("<!-- helder-disable RULE --> … <!-- helder-enable RULE --> in HTML")
    func htmlRange() throws {
        let letter = """
            <html><body>
            <p>Wij schrijven u derhalve.</p>
            <!-- helder-disable jargon.ambtelijk -->
            <p>Indien u vragen heeft, bel ons.</p>
            <p>Wilt u het formulier per omgaande sturen?</p>
            <!-- helder-enable jargon.ambtelijk -->
            <p>Indien u wilt, kom langs.</p>
            </body></html>
            """
        let found = try findings("brief.html", letter)
        #expect(found.contains("2 jargon.ambtelijk"))
        #expect(!found.contains("4 jargon.ambtelijk"))
        #expect(found.contains("7 jargon.ambtelijk"))
        // Other rules in the range are still reported.
        #expect(found.contains("5 coercion.urgentie"))
    }
}
