import Foundation
import Testing

@testable import Helder

@Suite("Syllables")
struct SyllableTests {
    let counter = SyllableCounter(exceptions: LexiconSet.builtin.syllableExceptions)

    @Test(
        "Vowel groups, diphthongs, triphthongs and trema",
        arguments: [
            ("bijstand", 2), ("uitkering", 3), ("gemeente", 3), ("eeuw", 1), ("nieuw", 1), ("leeuw", 1),
            ("mooi", 1), ("mooie", 2), ("moeilijk", 2), ("aaien", 2), ("ooievaar", 3),
            ("geïnformeerd", 4), ("beëindigen", 4), ("ruïne", 3), ("coördinator", 5), ("ideeën", 3), ("knieën", 2),
            ("ideaal", 3), ("situatie", 4), ("actueel", 3), ("financieel", 3), ("materiaal", 4),
            ("museum", 3), ("serieus", 3), ("milieu", 2), ("bureau", 2), ("niveau", 2),
            ("geautomatiseerd", 6), ("re-integratie", 5), ("e-mail", 2), ("auto's", 2), ("zo'n", 1),
            ("yoga", 2), ("systeem", 2), ("website", 2), ("gemeentewebsite", 5),
            ("IJsland", 2), ("ĳs", 1), ("vrĳe", 2), ("bĳeen", 2), ("ĳzer", 2), ("Uitkering", 3),
        ])
    func count(_ word: String, _ expected: Int) {
        #expect(counter.count(word) == expected, "\(word)")
    }

    @Test("Decomposed (NFD) text counts like precomposed text")
    func decomposed() {
        #expect(counter.count("gei\u{0308}nformeerd") == 4)
        #expect(counter.count("bee\u{0308}indigen") == 4)
    }

    @Test("Every word has at least one syllable")
    func minimum() {
        #expect(counter.count("'s") == 1)
        #expect(counter.count("nr") == 1)
    }

    /// The gold list: ≥ 2,000 Dutch words with hand-checked syllable counts (see Resources/README.md).
    @Test("Agreement with the gold list is at least 97 %")
    func goldList() throws {
        let text = try String(
            contentsOf: testResources.appendingPathComponent("lettergrepen-gold.tsv"), encoding: .utf8)
        let table = try LexiconTable(
            name: "lettergrepen-gold.tsv", text: text, expectedColumns: ["woord", "afbreking", "lettergrepen"])
        #expect(table.rows.count >= 2000)
        var misses: [String] = []
        for row in table.rows {
            let expected = try #require(Int(row[2]))
            #expect(row[1].split(separator: "·").count == expected, "gold row \(row.line) is inconsistent")
            let actual = counter.count(row[0])
            if actual != expected { misses.append("\(row[0]) \(row[1]) expected \(expected), got \(actual)") }
        }
        let agreement = 1 - Double(misses.count) / Double(table.rows.count)
        #expect(agreement >= 0.97, "agreement \(agreement); misses:\n\(misses.joined(separator: "\n"))")
        print("syllable gold agreement: \(table.rows.count - misses.count)/\(table.rows.count) = \(agreement)")
        for miss in misses { print("  miss: \(miss)") }
    }
}
