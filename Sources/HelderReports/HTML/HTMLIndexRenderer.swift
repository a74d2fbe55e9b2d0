import Helder

/// The overview page of a template library: every letter worst first with a link to its own page,
/// the spread of scores and levels, totals per category, and the jargon and coercive phrases that
/// occur most across the library.
public enum HTMLIndexRenderer {
    /// What the overview needs, gathered letter by letter without keeping whole reports.
    public struct Library: Sendable {
        struct Row: Sendable {
            var path: String
            var page: String
            var score: Int?
            var level: LanguageLevel?
            var words: Int
            var errors: Int
            var warnings: Int
            var infos: Int
            var failure: String?
        }

        struct Term: Sendable {
            /// The advice of its first occurrence.
            var suggestion = ""
            var count = 0
            var letters = 0
            var lastLetter = -1
        }

        var rows: [Row] = []
        var perCategory: [FindingCategory: Int] = [:]
        var terms: [FindingCategory: [String: Term]] = [:]

        public init() {}

        /// Adds one letter, whose own page is at `page` (relative to the overview).
        public mutating func add(_ item: ReportItem, page: String) {
            switch item {
            case .failure(let path, let message):
                rows.append(
                    Row(
                        path: path, page: page, score: nil, level: nil, words: 0, errors: 0, warnings: 0, infos: 0,
                        failure: message))
            case .document(let report):
                rows.append(
                    Row(
                        path: report.source, page: page, score: report.scores.overall, level: report.level.level,
                        words: report.metrics.words, errors: report.count(.error), warnings: report.count(.warning),
                        infos: report.count(.info), failure: nil))
                let letter = rows.count - 1
                for finding in report.findings {
                    perCategory[finding.category, default: 0] += 1
                    guard finding.category == .jargon || finding.category == .coercion else { continue }
                    let key = finding.excerpt.lowercased()
                    var term = terms[finding.category, default: [:]][key] ?? Term(suggestion: finding.suggestion)
                    term.count += 1
                    if term.lastLetter != letter {
                        term.letters += 1
                        term.lastLetter = letter
                    }
                    terms[finding.category, default: [:]][key] = term
                }
            }
        }
    }

    /// How many terms each "most frequent" list shows.
    static let termsShown = 15

    /// The overview page.
    public static func page(_ library: Library, tool: ToolInfo) -> String {
        let n = DutchNumberFormat.self
        let letters = library.rows.filter { $0.failure == nil }
        let failures = library.rows.filter { $0.failure != nil }
        let findings = library.perCategory.values.reduce(0, +)
        var html = "<header class=\"kop\"><h1>Helder-overzicht: \(n.integer(letters.count)) "
        html += "\(letters.count == 1 ? "brief" : "brieven")</h1><p>\(n.integer(findings)) bevindingen"
        if !failures.isEmpty {
            html += ", \(failures.count) \(failures.count == 1 ? "bestand" : "bestanden") niet te lezen"
        }
        let scored = letters.compactMap(\.score)
        if !scored.isEmpty {
            let average = Double(scored.reduce(0, +)) / Double(scored.count)
            html += " · gemiddelde score \(n.decimal(average))"
        }
        let atB1 = letters.filter { $0.level.map { $0 <= LevelEstimate.target } ?? false }.count
        html += " · \(n.integer(atB1)) van de \(n.integer(letters.count)) op B1 of eenvoudiger</p></header>\n"
        html += "<main class=\"overzicht\">\n"
        html += charts(letters)
        html += table(library.rows)
        html += totals(library)
        html += "</main>\n"
        return HTMLReportRenderer.document(title: "Helder-overzicht", body: html, tool: tool)
    }

    private static func charts(_ letters: [Library.Row]) -> String {
        var bins = Array(repeating: 0, count: 10)
        for score in letters.compactMap(\.score) { bins[min(score / 10, 9)] += 1 }
        let scoreBars = bins.enumerated().map { index, count in
            let low = index * 10
            return (
                label: index == 9 ? "90–100" : "\(low)–\(low + 9)", count: count,
                colour: HTMLCharts.band(low).colour
            )
        }
        var levelBars = LanguageLevel.allCases.map { level in
            (
                label: level.displayName, count: letters.filter { $0.level == level }.count,
                colour: level <= LevelEstimate.target ? "#15803d" : level == .b2 ? "#a15c07" : "#b42318"
            )
        }
        let unknown = letters.filter { $0.level == nil }.count
        if unknown > 0 { levelBars.append((label: "onbekend", count: unknown, colour: "#64748b")) }
        let scoreText = scoreBars.filter { $0.count > 0 }.map { "\($0.count) met score \($0.label)" }
        let levelText = levelBars.filter { $0.count > 0 }.map { "\($0.count) op \($0.label)" }
        var html = "<div class=\"tweeluik\">"
        html += "<section aria-labelledby=\"verdeling-kop\"><h2 id=\"verdeling-kop\">Scores</h2>"
        html += HTMLCharts.counts(
            scoreBars, description: "Verdeling van de scores: " + scoreText.joined(separator: ", ") + ".")
        html += "<p class=\"kenmerk\">Aantal brieven per score (0–100, hoger is duidelijker).</p></section>"
        html += "<section aria-labelledby=\"niveaus-kop\"><h2 id=\"niveaus-kop\">Taalniveaus</h2>"
        html += HTMLCharts.counts(
            levelBars, description: "Verdeling van de taalniveaus: " + levelText.joined(separator: ", ") + ".")
        html +=
            "<p class=\"kenmerk\">Aantal brieven per geschat taalniveau; het doel is B1 of eenvoudiger.</p></section>"
        return html + "</div>\n"
    }

    private static func table(_ rows: [Library.Row]) -> String {
        // Worst first; unreadable files at the very top, then the lowest scores.
        let sorted = rows.sorted { left, right in
            let leftKey = left.failure != nil ? -1 : left.score ?? 101
            let rightKey = right.failure != nil ? -1 : right.score ?? 101
            return (leftKey, left.path) < (rightKey, right.path)
        }
        var html =
            "<section aria-labelledby=\"brieven-kop\"><h2 id=\"brieven-kop\">Alle brieven, laagste score eerst</h2>"
        html +=
            "<div class=\"rol\" role=\"region\" tabindex=\"0\" aria-labelledby=\"brieven-kop\"><table class=\"brieven\"><thead><tr><th scope=\"col\">Brief</th><th scope=\"col\" class=\"getal\">Score</th>"
        html += "<th scope=\"col\">Niveau</th><th scope=\"col\" class=\"getal\">Woorden</th>"
        html += "<th scope=\"col\" class=\"getal\">Fouten</th><th scope=\"col\" class=\"getal\">Waarschuwingen</th>"
        html += "<th scope=\"col\" class=\"getal\">Tips</th></tr></thead><tbody>\n"
        for row in sorted {
            html += "<tr><td><a href=\"\(HTML.escape(row.page))\">\(HTML.escape(row.path))</a></td>"
            if let failure = row.failure {
                html += "<td colspan=\"6\">Niet te lezen: \(HTML.escape(failure))</td></tr>\n"
                continue
            }
            let score = row.score.map { "\($0) (\(HTMLCharts.band($0).word))" } ?? "–"
            html += "<td class=\"getal\" data-kop=\"Score\">\(score)</td>"
            html += "<td data-kop=\"Niveau\">\(row.level?.displayName ?? "–")</td>"
            html +=
                "<td class=\"getal\" data-kop=\"Woorden\">\(DutchNumberFormat.integer(row.words))</td>"
                + "<td class=\"getal\" data-kop=\"Fouten\">\(row.errors)</td>"
            html += "<td class=\"getal\" data-kop=\"Waarschuwingen\">\(row.warnings)</td>"
            html += "<td class=\"getal\" data-kop=\"Tips\">\(row.infos)</td></tr>\n"
        }
        return html + "</tbody></table></div></section>\n"
    }

    private static func totals(_ library: Library) -> String {
        var html = "<div class=\"tweeluik\">"
        html += "<section aria-labelledby=\"soort-kop\"><h2 id=\"soort-kop\">Bevindingen per soort</h2><ul>"
        for category in FindingCategory.allCases {
            guard let count = library.perCategory[category], count > 0 else { continue }
            html +=
                "<li>\(HTML.escape(category.displayName.capitalizedFirst)): \(DutchNumberFormat.integer(count))</li>"
        }
        html += "</ul></section>"
        for (category, title) in [(FindingCategory.jargon, "Meeste jargon"), (.coercion, "Meest dwingende zinnen")] {
            let id = category == .jargon ? "jargon-kop" : "dwang-kop"
            html += "<section aria-labelledby=\"\(id)\"><h2 id=\"\(id)\">\(title)</h2>"
            let ranked = (library.terms[category] ?? [:]).sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }
            guard !ranked.isEmpty else {
                html += "<p>Geen.</p></section>"
                continue
            }
            html += "<ol>"
            for (term, counts) in ranked.prefix(termsShown) {
                html += "<li>‘\(HTML.escape(term))’: \(counts.count)× in \(counts.letters) "
                html += "\(counts.letters == 1 ? "brief" : "brieven") — \(HTML.escape(counts.suggestion))</li>"
            }
            html += "</ol></section>"
        }
        return html + "</div>\n"
    }
}
