import Foundation
import Testing

@testable import HelderCLI

/// Ten letters written and ranked by hand, without running Helder (Tests/HelderTests/Resources/ranking):
/// Helder's densities must order them the way the careful reader did.
@Suite("Ranking of hand-ranked letters")
struct RankingTests {
    struct Letter {
        var name: String
        var officialeseRank: Double
        var coercionRank: Double
        var plain: Bool
        var jargonDensity: Double
        var coercionDensity: Double
        var findings: Int
        var overall: Int
        var tone: Int
    }

    static let folder = packageRoot.appendingPathComponent("Tests/HelderTests/Resources/ranking")

    static func letters() throws -> [Letter] {
        let ranking = try String(contentsOf: folder.appendingPathComponent("ranking.tsv"), encoding: .utf8)
        var letters: [Letter] = []
        for line in ranking.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t").map(String.init)
            let result = runHelder([
                "check", "--format", "json", "--fail-on", "never", folder.appendingPathComponent(fields[0]).path,
            ])
            let document = try #require(try jsonDocuments(result.out).first)
            letters.append(
                Letter(
                    name: fields[0], officialeseRank: try #require(Double(fields[1])),
                    coercionRank: try #require(Double(fields[2])), plain: fields[3] == "ja",
                    jargonDensity: try #require(document.densities.jargonPer100Words),
                    coercionDensity: try #require(document.densities.coercionPer100Words),
                    findings: document.findings.count, overall: try #require(document.scores.overall),
                    tone: try #require(document.scores.tone)))
        }
        return letters
    }

    /// Ranks (1 = largest value), ties sharing the mean rank.
    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] > values[$1] }
        var ranks = Array(repeating: 0.0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let mean = Double(start + end) / 2 + 1
            for position in start...end { ranks[order[position]] = mean }
            start = end + 1
        }
        return ranks
    }

    /// Spearman's rank correlation (Pearson correlation of the ranks).
    static func spearman(_ a: [Double], _ b: [Double]) -> Double {
        let meanA = a.reduce(0, +) / Double(a.count)
        let meanB = b.reduce(0, +) / Double(b.count)
        var covariance = 0.0
        var varianceA = 0.0
        var varianceB = 0.0
        for (x, y) in zip(a, b) {
            covariance += (x - meanA) * (y - meanB)
            varianceA += (x - meanA) * (x - meanA)
            varianceB += (y - meanB) * (y - meanB)
        }
        return covariance / (varianceA * varianceB).squareRoot()
    }

    @Test("Jargon density ranks the letters as the reader ranked them by officialese")
    func officialese() throws {
        let letters = try Self.letters()
        #expect(letters.count == 10)
        let rho = Self.spearman(Self.ranks(letters.map(\.jargonDensity)), letters.map(\.officialeseRank))
        print("officialese: Spearman rho = \(rho)")
        #expect(rho >= 0.85)
    }

    @Test("The tone score ranks the letters as the reader ranked them by coerciveness")
    func coercion() throws {
        let letters = try Self.letters()
        // A lower tone score is more coercive: rank 1 is the lowest score.
        let rho = Self.spearman(Self.ranks(letters.map { Double(100 - $0.tone) }), letters.map(\.coercionRank))
        print("coercion: Spearman rho = \(rho)")
        #expect(rho >= 0.8)
    }

    @Test("Plain B1 letters stay almost free of findings and score high")
    func plainLetters() throws {
        for letter in try Self.letters() where letter.plain {
            #expect(letter.findings <= 3, "\(letter.name) has \(letter.findings) findings")
            #expect(letter.overall >= 90, "\(letter.name) scores \(letter.overall)")
        }
    }
}
