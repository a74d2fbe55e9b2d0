import Foundation
import Helder
import Testing

@testable import HelderReports

/// The Word comments as a colleague writes them: once per thing, whole-letter remarks in the summary, no
/// comment on a word that becomes a tracked change, and what is left out named in the summary.
@Suite("Review comments")
struct ReviewCommentTests {
    static let letter = """
        Geachte heer Smit,

        Indien u vragen heeft, kunt u bellen. Wij hebben uw brief derhalve gelezen.

        Wij hebben besloten dat u geen bijzondere bijstand krijgt. Uw uitkering wordt per 1 januari stopgezet. Bel ons, indien u wilt.

        Met vriendelijke groet,
        """

    static func report() -> DocumentReport { RendererTests.report(letter) }

    /// The comments' texts, each as one string.
    static func texts(_ comments: [ReviewComment]) -> [String] { comments.map { $0.paragraphs.joined(separator: " ") } }

    @Test("One comment per group at its first place, naming the other places; whole-letter remarks in the summary")
    func grouped() throws {
        let report = Self.report()
        let comments = ReviewComments.comments(for: report)
        let texts = Self.texts(comments)
        #expect(texts[0].hasPrefix("Helder: samenvatting van deze brief"))
        // The missing bezwaar paragraph is about the whole letter: in the summary, not on some words.
        let objection = try #require(report.findings.first { $0.rule == "structure.bezwaar" })
        #expect(comments[0].paragraphs.contains("Over de hele brief:"))
        #expect(texts[0].contains(objection.message))
        #expect(texts.dropFirst().allSatisfy { !$0.contains("regel structure.bezwaar") })
        // "Indien" twice: one comment on the first, which names the other place.
        let indien = texts.filter { $0.contains("‘Indien’ is ambtelijke taal.") }
        #expect(indien.count == 1)
        #expect(indien[0].contains("Staat 2 keer in deze brief: ook op regel 5."))
        let first = try #require(comments.dropFirst().first { Self.texts([$0])[0].contains("‘Indien’") })
        #expect(first.span == report.findings.first { $0.excerpt == "Indien" }?.location.span)
        // Everything else once each: the summary and one comment per group not about the whole letter.
        let groups = FindingGroup.groups(of: report.findings.filter { AllChecks.scope(of: $0.rule) != .letter })
        #expect(comments.count == groups.count + 1)
    }

    @Test("A word that becomes a tracked change gets no comment; its comment comes with the substitution")
    func substituted() {
        let report = Self.report()
        let substituted = ReviewComments.substitutedFindings(of: report)
        #expect(substituted.map { report.findings[$0].excerpt }.sorted() == ["Indien", "derhalve", "indien"])
        let texts = Self.texts(ReviewComments.comments(for: report, substituted: substituted)).dropFirst()
        #expect(!texts.contains { $0.contains("‘Indien’ is ambtelijke taal.") || $0.contains("‘derhalve’") })
        #expect(texts.contains { $0.contains("‘bijzondere bijstand’ is vaktaal") })
        let substitutions = ReviewComments.substitutions(for: report)
        #expect(substitutions.map(\.replacement) == ["Als", "daarom", "als"])
        #expect(substitutions.allSatisfy { $0.comment?.span == $0.span })
        #expect(substitutions.first?.comment?.paragraphs.first == "‘Indien’ is ambtelijke taal.")
    }

    @Test("Past the limit the most serious groups stay; the summary names the others with their words")
    func limited() throws {
        let report = Self.report()
        let comments = ReviewComments.comments(for: report, limit: 1)
        #expect(comments.count == 2)
        // The first warning in reading order wins among warnings of the same count: "Indien" twice.
        #expect(Self.texts(comments)[1].contains("‘Indien’ is ambtelijke taal."))
        let line = try #require(comments[0].paragraphs.first { $0.hasPrefix("Verder ") })
        #expect(line.contains("punten, niet als opmerking: ‘derhalve’"))
        #expect(line.contains("‘bijzondere bijstand’"))
        #expect(line.hasSuffix("met --min-severity warning staan ze er allemaal bij."))
    }

    @Test("Findings left out by the threshold are named in one line of the summary")
    func omitted() throws {
        let report = Self.report().showing(atLeast: .warning)
        let tips = report.omittedFindings.count
        #expect(tips >= 3)
        let comments = ReviewComments.comments(for: report)
        let line = try #require(comments[0].paragraphs.first { $0.hasPrefix("Verder \(tips) tips") })
        #expect(line.contains("‘bijzondere bijstand’"))
        #expect(line.hasSuffix("Met --min-severity info staan ze er als opmerking bij."))
        #expect(Self.texts(comments).dropFirst().allSatisfy { !$0.contains("Tip ·") })
    }

    @Test("Pages are counted from the words, at least one")
    func pages() {
        #expect(ReviewComments.pages(of: Self.report()) == 1)
        let long = RendererTests.report(
            Array(repeating: "Wij sturen u de brief vandaag.", count: 150).joined(separator: " "))
        #expect(long.length.words == 900)
        #expect(ReviewComments.pages(of: long) == 3)
    }
}
