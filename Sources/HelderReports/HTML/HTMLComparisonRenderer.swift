import Helder

/// Two versions of a letter side by side in one self-contained page: the verdict, every figure
/// before and after, the findings solved and new, and both letters with their findings marked.
public enum HTMLComparisonRenderer {
    public static func page(_ comparison: LetterComparison, tool: ToolInfo) -> String {
        let before = comparison.before
        let after = comparison.after
        var html =
            "<header class=\"kop\"><h1>Helder-vergelijking: \(HTML.escape(HTMLReportRenderer.fileName(before.source))) → "
        html += "\(HTML.escape(HTMLReportRenderer.fileName(after.source)))</h1>"
        html += "<p>De nieuwe versie is <strong>\(comparison.verdict.displayName)</strong>"
        if let old = before.scores.overall, let new = after.scores.overall {
            html += ": score \(old) → \(new) (\(new - old >= 0 ? "+" : "")\(new - old))"
        }
        html += ".</p></header>\n<main class=\"overzicht\">\n"
        html +=
            "<div class=\"tweeluik\"><section aria-labelledby=\"ringen-kop\"><h2 id=\"ringen-kop\">Score voor en na</h2>"
        html += "<div class=\"score\">" + HTMLCharts.scoreRing(before.scores.overall) + "<p>→</p>"
        html += HTMLCharts.scoreRing(after.scores.overall) + "</div></section>"
        html += "<section aria-labelledby=\"cijfers-kop\"><h2 id=\"cijfers-kop\">Cijfers voor en na</h2>"
        html +=
            "<table class=\"brieven\"><thead><tr><th scope=\"col\">Cijfer</th><th scope=\"col\" class=\"getal\">Voor</th>"
        html += "<th scope=\"col\" class=\"getal\">Na</th><th scope=\"col\">Oordeel</th></tr></thead><tbody>"
        for change in comparison.changes {
            let verdict =
                switch change.verdict {
                case .better: "▲ beter"
                case .worse: "▼ slechter"
                case .same: "gelijk"
                }
            html +=
                "<tr><td>\(HTML.escape(change.name))</td><td class=\"getal\">\(comparison.format(change.before, change))</td>"
            html += "<td class=\"getal\">\(comparison.format(change.after, change))</td><td>\(verdict)</td></tr>"
        }
        html += "</tbody></table></section></div>\n"
        html += "<div class=\"tweeluik\">"
        html += findings("Opgelost", "opgelost-kop", comparison.solved)
        html += findings("Nieuw", "nieuw-kop", comparison.added)
        html += "</div>\n"
        html += "<section aria-labelledby=\"brieven-kop\"><h2 id=\"brieven-kop\">De twee versies</h2>"
        html += "<p>Gemarkeerde tekst heeft een bevinding: ga erop staan of klik erop (of gebruik Tab) voor uitleg.</p>"
        html += HTMLReportRenderer.legendList() + "<div class=\"tweeluik\">"
        for (title, report, prefix) in [("Voor", before, "v"), ("Na", after, "n")] {
            html +=
                "<section aria-labelledby=\"\(prefix)-kop\"><h3 id=\"\(prefix)-kop\">\(title): \(HTML.escape(report.source))</h3>"
            html += HTMLReportRenderer.letterArticle(report, idPrefix: prefix, headingLevel: 4) + "</section>"
        }
        html += "</div></section>\n</main>\n"
        return HTMLReportRenderer.document(title: "Helder-vergelijking", body: html, tool: tool)
    }

    private static func findings(_ title: String, _ id: String, _ findings: [Finding]) -> String {
        var html =
            "<section class=\"lijst\" aria-labelledby=\"\(id)\"><h2 id=\"\(id)\">\(title) (\(findings.count))</h2>"
        guard !findings.isEmpty else { return html + "<p>Geen.</p></section>" }
        html += "<ol>"
        for finding in findings.prefix(100) {
            html +=
                "<li class=\"\(HTMLHighlighter.cssClass(finding.category))\"><span class=\"citaat\">‘\(HTML.escape(finding.excerpt))’</span> — "
            html += "\(HTML.escape(finding.message)) <span class=\"kenmerk\">\(HTML.escape(finding.rule))</span></li>"
        }
        if findings.count > 100 { html += "<li>… en \(findings.count - 100) andere</li>" }
        return html + "</ol></section>"
    }
}
