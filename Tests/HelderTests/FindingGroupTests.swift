import Testing

@testable import Helder

/// Groups of findings (the same rule on the same words) and what a report shows at a severity threshold.
@Suite("Finding groups and the severity threshold")
struct FindingGroupTests {
    static let text = """
        Indien u vragen heeft, kunt u bellen. Wij hebben uw brief derhalve gelezen. Bel ons, indien u wilt.

        Uw uitkering wordt per 1 januari stopgezet. Indien u wilt, komt u langs. Wij hebben uw formulier ontvangen en na een zorgvuldige beoordeling van alle gegevens die u ons heeft gestuurd besloten dat u recht heeft op bijstand. Wij hebben uw aanvraag voor een bijstandsuitkering ontvangen en na een zorgvuldige beoordeling van alle gegevens die u ons heeft gestuurd besloten dat u recht heeft op bijstand.
        """

    @Test("The same rule on the same words is one group, in any capitals; sentences and rules stay apart")
    func groups() throws {
        let report = Analyzer().analyze(paragraphs(Self.text))
        let groups = report.groups
        let indien = try #require(groups.first { report.findings[$0.first].excerpt == "Indien" })
        #expect(indien.rule == "jargon.ambtelijk")
        #expect(indien.findings.map { report.findings[$0].excerpt } == ["Indien", "indien", "Indien"])
        #expect(indien.findings == indien.findings.sorted())
        // Two long sentences are two groups, though their rule is the same.
        let long = groups.filter { $0.rule == "readability.lange-zin" }
        #expect(long.count == 2 && long.allSatisfy { $0.count == 1 })
        // Every finding is in exactly one group; ids count up from 1 in the order of the first findings.
        #expect(groups.flatMap(\.findings).sorted() == Array(report.findings.indices))
        #expect(groups.map(\.id) == Array(1...groups.count))
        #expect(groups.map(\.first) == groups.map(\.first).sorted())
        let ids = FindingGroup.ids(of: groups, findings: report.findings.count)
        for group in groups { #expect(group.findings.allSatisfy { ids[$0] == group.id }) }
    }

    @Test("A threshold leaves findings out of what is shown, never out of the scores")
    func threshold() {
        let report = Analyzer().analyze(paragraphs(Self.text))
        #expect(report.findings.contains { $0.severity == .info })
        let shown = report.showing(atLeast: .warning)
        #expect(shown.minimumShown == .warning)
        #expect(shown.findings == report.findings.filter { $0.severity >= .warning })
        #expect(shown.omittedFindings == report.findings.filter { $0.severity < .warning })
        #expect(shown.scores == report.scores)
        #expect(shown.metrics == report.metrics)
        // A second, lower threshold shows nothing back; a higher one moves more out.
        #expect(shown.showing(atLeast: .info).findings == shown.findings)
        let errors = shown.showing(atLeast: .error)
        #expect(errors.findings.allSatisfy { $0.severity == .error })
        #expect(errors.findings.count + errors.omittedFindings.count == report.findings.count)
        #expect(report.showing(atLeast: .info).omittedFindings.isEmpty)
    }

    @Test("Severities by their English and Dutch names")
    func severityNames() {
        #expect(Severity(name: "warning") == .warning)
        #expect(Severity(name: "waarschuwing") == .warning)
        #expect(Severity(name: "tip") == .info)
        #expect(Severity(name: "fout") == .error)
        #expect(Severity(name: "Fout") == nil)
        #expect(Severity(name: "uit") == nil)
    }
}
