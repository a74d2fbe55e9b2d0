import Helder

/// The default output: one `path:line:column: severity: message [rule]` line per finding with its
/// suggestion below it, then a Dutch summary that explains every figure.
public enum TextReportRenderer {
    /// The text for a whole run, ending with a newline.
    public static func render(_ items: [ReportItem]) -> String {
        var stream = Stream()
        return stream.render(items)
    }

    /// The text report written one letter at a time, with the batch overview at the end.
    public struct Stream: ReportStream {
        private var overview = BatchOverview()

        public init() {}

        public mutating func head() -> String { "" }

        public mutating func part(for item: ReportItem) -> String {
            var output = overview.inputs > 0 ? "\n" : ""
            switch item {
            case .failure(let path, let message):
                output += "\(path): fout: \(message)\n"
            case .document(let report):
                output += findings(report)
                output += summary(report)
            }
            overview.add(item)
            return output
        }

        public mutating func tail() -> String { overview.inputs > 1 ? "\n" + overview.text() : "" }
    }

    /// The finding lines of one report: one `path:line:column: severity: message [rule]` line per group of
    /// findings (the same rule on the same words), at its first place, with the other places below it.
    public static func findings(_ report: DocumentReport) -> String {
        var output = ""
        for group in report.groups {
            // The group is as serious as its most serious finding.
            let members = group.findings.map { report.findings[$0] }
            let finding = members[0]
            let severity = members.map(\.severity).max() ?? finding.severity
            let location = finding.location
            output += "\(report.source):\(location.line):\(location.column): \(severity.rawValue): "
            output += "\(finding.message) [\(finding.rule)]\n"
            output += "    \(finding.suggestion)\n"
            if let paragraph = location.paragraph {
                let under = location.heading.map { ", onder het kopje ‘\($0)’" } ?? ""
                output += "    Waar: alinea \(paragraph)\(under).\n"
            }
            if group.count > 1 { output += "    \(repeats(members)).\n" }
        }
        return output
    }

    /// Where the other findings of a group are: `Staat 6 keer in deze brief: ook op regel 14, 20 en 33`
    /// (paragraphs for word processor files).
    public static func repeats(_ members: [Finding]) -> String {
        let first = members[0].location
        let others = members.dropFirst()
        let paragraphs = others.compactMap(\.location.paragraph)
        // Each other place once, and not the first place's own line or paragraph again.
        let places =
            paragraphs.count == others.count
            ? unique(paragraphs.filter { $0 != first.paragraph }).map(String.init)
            : unique(others.map(\.location.line).filter { $0 != first.line }).map(String.init)
        let placesLabel = paragraphs.count == others.count ? "ook in alinea " : "ook op regel "
        let count = "Staat \(members.count) keer in deze brief"
        return places.isEmpty ? count : "\(count): \(placesLabel)\(DutchNumberFormat.list(places))"
    }

    /// The values in their first order, each once.
    private static func unique(_ values: [Int]) -> [Int] {
        var seen = Set<Int>()
        return values.filter { seen.insert($0).inserted }
    }

    /// The Dutch summary of one report, every figure with what it means.
    public static func summary(_ report: DocumentReport) -> String {
        let metrics = report.metrics
        var lines: [String] = report.findings.isEmpty ? [] : [""]
        lines.append("Samenvatting van \(report.source)")
        for notice in report.notices { lines.append("  Let op: \(notice)") }
        lines.append(contentsOf: level(report.level))
        lines.append(scores(report.scores))
        if let tone = ToneExplanation.headline(report.tone, score: report.scores.tone) {
            lines.append("  " + tone)
            for line in ToneExplanation.drivers(report.tone) { lines.append("    " + line) }
        }
        guard metrics.words > 0, let wordsPerSentence = metrics.averageWordsPerSentence,
            let syllablesPerWord = metrics.averageSyllablesPerWord, let flesch = metrics.fleschDouma,
            let brouwer = metrics.brouwer, let frequent = metrics.frequentWordShare
        else {
            lines.append("  Geen lopende tekst gevonden om te meten.")
            lines.append(findingCounts(report))
            return lines.joined(separator: "\n") + "\n"
        }
        let constants = ReadabilityConstants.self
        let flesch3 = constants.fleschDouma
        let brouwer3 = constants.brouwer
        let n = DutchNumberFormat.self
        var rows: [(String, String, String)] = [
            (
                "Woorden", n.integer(metrics.words),
                "in lopende tekst en opsommingen; afkortingen tellen als hun voluit geschreven woorden"
            ),
            ("Zinnen", n.integer(metrics.sentences), "zinnen en opsommingspunten met minstens één woord"),
            (
                "Lettergrepen", n.integer(metrics.syllables),
                "geteld per klinkerklank, met uitzonderingen uit Lexicons/lettergrepen.tsv"
            ),
            (
                "Woorden per zin", n.decimal(wordsPerSentence),
                "gemiddeld; advies voor B1: hooguit \(Int(LevelEstimate.Rules.wordsPerSentence.b1))"
            ),
            (
                "Lettergrepen per woord", n.decimal(syllablesPerWord, decimals: 2),
                "gemiddeld; korte woorden lezen makkelijker"
            ),
            (
                "Lange zinnen", n.integer(metrics.longSentences),
                "meer dan \(constants.longSentenceWords) woorden; de langste zin telt \(metrics.longestSentenceWords) woorden"
            ),
            ("Lange woorden", n.integer(metrics.longWords), "\(constants.longWordSyllables) lettergrepen of meer"),
            (
                "Veelvoorkomende woorden", n.percentage(frequent),
                "van de woorden hoort bij de \(n.integer(constants.frequentWordRank)) meest gebruikte Nederlandse woorden"
            ),
            (
                "Flesch-Douma", n.decimal(flesch),
                "\(Metrics.fleschDoumaBand(flesch)); = \(n.decimal(flesch3.intercept, decimals: 3)) − \(n.decimal(flesch3.perWordsPerSentence, decimals: 2)) × \(n.decimal(wordsPerSentence, decimals: 2)) − \(n.integer(Int(flesch3.perSyllablesPerWord))) × \(n.decimal(syllablesPerWord, decimals: 3)); hoger is makkelijker, 60–70 is normaal"
            ),
            (
                "Brouwer", n.decimal(brouwer),
                "= \(n.integer(Int(brouwer3.intercept))) − \(n.integer(Int(brouwer3.perWordsPerSentence))) × \(n.decimal(wordsPerSentence, decimals: 2)) − \(n.integer(Int(brouwer3.perSyllablesPerWord))) × \(n.decimal(syllablesPerWord, decimals: 3)); hoger is makkelijker"
            ),
            (
                "Niet meegeteld", n.integer(metrics.excludedUnits),
                "kopjes, aanhef, afsluiting, adres- en ondertekeningsregels"
            ),
            (
                "Sjabloonvelden", n.integer(metrics.placeholders),
                "zoals {{ naam }}; nooit als woord geteld of gemarkeerd"
            ),
        ]
        if let jargon = report.densities.jargonPer100Words {
            rows.append(
                ("Jargondichtheid", n.decimal(jargon), "bevindingen over jargon en afkortingen per 100 woorden"))
        }
        if let coercion = report.densities.coercionPer100Words {
            rows.append(("Dwangdichtheid", n.decimal(coercion), "bevindingen over dwingende toon per 100 woorden"))
        }
        lines.append("  Cijfers (formules \(constants.formulaVersion)):")
        let labelWidth = rows.map(\.0.count).max() ?? 0
        let valueWidth = rows.map(\.1.count).max() ?? 0
        for (label, value, explanation) in rows {
            let paddedLabel = label + String(repeating: " ", count: labelWidth - label.count)
            let paddedValue = String(repeating: " ", count: valueWidth - value.count) + value
            lines.append("    \(paddedLabel)  \(paddedValue)  \(explanation)")
        }
        lines.append(contentsOf: letterParts(report))
        lines.append(findingCounts(report))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The length and reading time, and what the letter asks the reader to do, each with its deadline.
    static func letterParts(_ report: DocumentReport) -> [String] {
        var lines: [String] = []
        let length = report.length
        if length.words > 0 {
            let attachments =
                length.attachmentWords > 0
                ? "; de bijlagen tellen nog \(DutchNumberFormat.integer(length.attachmentWords)) woorden" : ""
            lines.append(
                "  Lengte: \(DutchNumberFormat.integer(length.words)) woorden, ongeveer \(length.readingMinutes) "
                    + "\(length.readingMinutes == 1 ? "minuut" : "minuten") lezen\(attachments).")
        }
        guard !report.duties.isEmpty else { return lines }
        lines.append("  Wat de lezer moet doen (\(report.duties.count)):")
        for (index, duty) in report.duties.enumerated() {
            let place = duty.location.paragraph.map { "alinea \($0)" } ?? "regel \(duty.location.line)"
            lines.append("    \(index + 1). \(duty.text) (\(place))")
            lines.append("       Termijn: \(deadlineText(duty.deadline))")
        }
        return lines
    }

    /// A duty's deadline in words: the date, and how the letter puts it.
    public static func deadlineText(_ deadline: Deadline?) -> String {
        guard let deadline else { return "geen" }
        if let date = deadline.date {
            let written = deadline.dateText ?? date.iso
            if deadline.dateIsComputed {
                return "‘\(deadline.text)’; dat is \(written), maar die datum staat niet in de brief"
            }
            return "\(written) (‘\(deadline.text)’)"
        }
        return deadline.isVague ? "‘\(deadline.text)’, zonder datum" : "‘\(deadline.text)’"
    }

    /// A level indicator's value as a reader sees it (`78,3 %`, `25,7 woorden per zin`); `space`
    /// joins number and unit (a non-breaking one in HTML).
    static func indicatorValue(_ indicator: LevelEstimate.Indicator, space: String = " ") -> String {
        switch indicator.id {
        case "frequentWordShare":
            DutchNumberFormat.percentage(indicator.value).replacingOccurrences(of: " ", with: space)
        case "averageWordsPerSentence": DutchNumberFormat.decimal(indicator.value) + space + "woorden per zin"
        default: DutchNumberFormat.decimal(indicator.value)
        }
    }

    private static func level(_ estimate: LevelEstimate) -> [String] {
        guard let level = estimate.level else { return ["  Taalniveau: niet te schatten (geen lopende tekst)."] }
        let verdict = estimate.meetsTarget ? "doel B1 gehaald" : "doel B1 niet gehaald"
        var lines = ["  Taalniveau (schatting): \(level.displayName) — \(verdict)"]
        for indicator in estimate.indicators {
            let value = indicatorValue(indicator)
            lines.append(
                "    \(indicator.name): \(value) → \(indicator.level.displayName) (voor B1: \(indicator.targetForB1))")
        }
        lines.append("    Het niveau is het middelste van deze drie. Het is een schatting uit zinslengte,")
        lines.append("    lettergrepen en woordfrequentie; een test met lezers zegt meer.")
        if estimate.uncertain {
            lines.append(
                "    De tekst is korter dan \(ReadabilityConstants.minimumWordsForLevel) woorden; de schatting is daarom onzeker."
            )
        }
        return lines
    }

    private static func scores(_ scores: Scores) -> String {
        func part(_ name: String, _ value: Int?) -> String {
            "\(name) " + (value.map(String.init) ?? "nog niet gemeten")
        }
        let overall = scores.overall.map { "\($0) van 100" } ?? "niet te berekenen"
        return "  Score: \(overall) voor de taal (hoger is duidelijker; \(part("leesbaarheid", scores.readability)), "
            + "\(part("jargon", scores.jargon)))"
    }

    private static func findingCounts(_ report: DocumentReport) -> String {
        let counts = [
            (report.count(.error), "fout", "fouten"), (report.count(.warning), "waarschuwing", "waarschuwingen"),
            (report.count(.info), "tip", "tips"),
        ]
        let parts = counts.map { "\($0.0) \($0.0 == 1 ? $0.1 : $0.2)" }
        var line = "  Bevindingen: " + parts.joined(separator: ", ")
        let groups = report.groups.count
        if groups < report.findings.count { line += " (\(groups) verschillende)" }
        if let omitted = omittedText(report) { line += "\n  " + omitted }
        return line
    }

    /// `Niet getoond: 12 tips (ze tellen mee in de scores; --min-severity info toont ze).`; nil when all is shown.
    public static func omittedText(_ report: DocumentReport) -> String? {
        let omitted = report.omittedFindings
        guard !omitted.isEmpty else { return nil }
        let counts = [(Severity.warning, "waarschuwing", "waarschuwingen"), (.info, "tip", "tips")].compactMap {
            severity, one, many -> String? in
            let count = omitted.filter { $0.severity == severity }.count
            return count == 0 ? nil : "\(count) \(count == 1 ? one : many)"
        }
        return "Niet getoond: \(counts.joined(separator: " en ")) (ze tellen mee in de scores; "
            + "--min-severity info toont ze)."
    }

    /// How many letters the batch overview lists, worst first.
    static let worstListed = 10
}

/// What the batch overview needs, gathered letter by letter: counts, the lowest scores, totals per
/// category and the unreadable files. Its size does not grow with the number of letters read.
struct BatchOverview {
    private struct Ranked {
        var score: Int
        var source: String
        var level: String
        var findings: Int
    }

    private(set) var inputs = 0
    private var documents = 0
    private var findings = 0
    private var ranked = 0
    /// The lowest scores so far, at most `worstListed`, lowest first.
    private var worst: [Ranked] = []
    private var perCategory: [FindingCategory: Int] = [:]
    private var failures: [(path: String, message: String)] = []

    mutating func add(_ item: ReportItem) {
        inputs += 1
        switch item {
        case .failure(let path, let message):
            failures.append((path, message))
        case .document(let report):
            documents += 1
            findings += report.findings.count
            for finding in report.findings { perCategory[finding.category, default: 0] += 1 }
            guard let score = report.scores.overall else { return }
            ranked += 1
            worst.append(
                Ranked(
                    score: score, source: report.source, level: report.level.level?.displayName ?? "?",
                    findings: report.findings.count))
            worst.sort { ($0.score, $0.source) < ($1.score, $1.source) }
            if worst.count > TextReportRenderer.worstListed { worst.removeLast() }
        }
    }

    /// The overview: counts, the letters with the lowest scores first, totals per category, unreadable files.
    func text() -> String {
        var lines = [
            "Overzicht: \(documents) \(documents == 1 ? "brief" : "brieven") gecontroleerd, "
                + "\(findings) bevindingen"
                + (failures.isEmpty
                    ? "" : ", \(failures.count) \(failures.count == 1 ? "bestand" : "bestanden") niet te lezen")
                + "."
        ]
        if !worst.isEmpty {
            lines.append("  Laagste scores eerst:")
            for letter in worst {
                lines.append(
                    "    \(letter.score) \(letter.source) (niveau \(letter.level), "
                        + "\(letter.findings) \(letter.findings == 1 ? "bevinding" : "bevindingen"))")
            }
            if ranked > worst.count { lines.append("    … en \(ranked - worst.count) andere") }
        }
        let counts = FindingCategory.allCases.compactMap { category -> String? in
            guard let count = perCategory[category], count > 0 else { return nil }
            return "\(category.displayName) \(count)"
        }
        if !counts.isEmpty {
            lines.append("  Bevindingen per soort: " + counts.joined(separator: ", ") + ".")
        }
        for (path, message) in failures { lines.append("  Niet te lezen: \(path): \(message)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
