import Helder

/// One letter as a single self-contained HTML page: the letter itself with every finding marked in
/// place, its score and level at a glance, what to fix first, the sentence lengths as a chart, and
/// every figure explained in one plain sentence. No external files; everything from the letter is escaped.
public enum HTMLReportRenderer {
    /// The page for one input (a readable letter, or the reason it could not be read), with what leads on from it
    /// above the report.
    public static func page(_ item: ReportItem, tool: ToolInfo, navigation: ReportNavigation? = nil) -> String {
        switch item {
        case .failure(let path, let message):
            let body = """
                <header class="kop"><h1>Helder-rapport: \(HTML.escape(fileName(path)))</h1><p>\(HTML.escape(path))</p></header>
                <main class="indeling"><section class="fout melding-fout" aria-labelledby="fout-kop">
                <h2 id="fout-kop">Dit bestand kon niet worden gelezen</h2><p>\(HTML.escape(message))</p></section></main>
                """
            return document(
                title: "Helder-rapport: \(fileName(path))", body: (navigation?.html ?? "") + body, tool: tool)
        case .document(let report):
            return document(
                title: "Helder-rapport: \(fileName(report.source))",
                body: (navigation?.html ?? "") + letter(report, tool: tool),
                tool: tool)
        }
    }

    /// A complete HTML document around `body`, with the style sheet and script inlined.
    static func document(title: String, body: String, tool: ToolInfo) -> String {
        """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="\(HTML.escape(tool.name)) \(HTML.escape(tool.version))"/>
        <title>\(HTML.escape(title))</title>
        <style>
        \(HTMLStyle.css)
        </style>
        </head>
        <body>
        \(body)
        <script>
        \(HTMLStyle.script)
        </script>
        </body>
        </html>

        """
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private static func letter(_ report: DocumentReport, tool: ToolInfo) -> String {
        let n = DutchNumberFormat.self
        var html = "<header class=\"kop\"><h1>Helder-rapport: \(HTML.escape(fileName(report.source)))</h1>"
        html +=
            "<p>\(HTML.escape(report.source)) · \(report.format.displayName) · \(n.integer(report.metrics.words)) woorden · "
        html += "\(n.integer(report.findings.count)) \(report.findings.count == 1 ? "bevinding" : "bevindingen")</p>"
        for notice in report.notices { html += "<p>Let op: \(HTML.escape(notice))</p>" }
        html += "</header>\n"
        // Keyboard and phone users can skip the panel and the many highlights.
        html += "<nav class=\"sprong\" aria-label=\"Snel naar\"><a href=\"#brief-kop\">Naar de brief</a>"
        html += "<a href=\"#lijst-kop\">Naar alle bevindingen</a></nav>\n<main class=\"indeling\">\n"
        html += panel(report)
        html += letterText(report)
        html += findingList(report)
        html += "</main>\n"
        return html
    }

    // MARK: The panel: score, level, first fixes, sentence lengths, figures

    private static func panel(_ report: DocumentReport) -> String {
        var html = "<section class=\"paneel\" aria-label=\"Samenvatting\">\n"
        html += "<section aria-labelledby=\"score-kop\"><h2 id=\"score-kop\">Score</h2><div class=\"score\">"
        html += HTMLCharts.scoreRing(report.scores.overall)
        html +=
            "<p class=\"scherm\">Van 0 tot 100; hoger is duidelijker. De taalscore: het gemiddelde van leesbaarheid en jargon. "
            + "De toon staat ernaast: lezers voelen hoe ambtelijk en hoe dwingend een brief is als twee dingen.</p></div>"
        html += "<ul class=\"delen\">"
        for (name, value) in [
            ("Leesbaarheid", report.scores.readability), ("Jargon", report.scores.jargon),
            ("Toon", report.scores.tone),
        ] {
            html += "<li><span>\(name)</span>"
            if let value {
                html += "<span class=\"balk\" aria-hidden=\"true\"><span style=\"width: \(value)%\"></span></span>"
                html += "<span class=\"getal\">\(value)</span>"
            } else {
                html += "<span></span><span class=\"getal\">–</span>"
            }
            html += "</li>"
        }
        html += "</ul></section>\n"
        html += wholeLetter(report)
        html += toneSection(report)
        html += levelSection(report.level)
        html += firstFixes(report)
        html += dutiesSection(report)
        html +=
            "<section class=\"extra\" aria-labelledby=\"zinnen-kop\"><h2 id=\"zinnen-kop\">Zinslengte door de brief</h2>"
        html += HTMLCharts.sentenceLengths(report.sentences) + "</section>\n"
        html += figures(report)
        html += "</section>\n"
        return html
    }

    /// The tone score explained by its drivers, and the sentences that put the most pressure on the reader.
    private static func toneSection(_ report: DocumentReport) -> String {
        guard let headline = ToneExplanation.headline(report.tone, score: report.scores.tone) else { return "" }
        var html = "<section aria-labelledby=\"toon-kop\"><h2 id=\"toon-kop\">Toon</h2>"
        html += "<p><strong>\(HTML.escape(headline))</strong></p>"
        for line in ToneExplanation.drivers(report.tone) { html += "<p>\(HTML.escape(line))</p>" }
        let heaviest = report.tone.sentences.sorted { $0.weightedValue > $1.weightedValue }.prefix(
            Self.toneSentencesShown)
        if !heaviest.isEmpty {
            html += "<div class=\"scherm\"><p>De zinnen met de meeste druk:</p><ol>"
            for sentence in heaviest {
                html += "<li>‘\(HTML.escape(sentence.excerpt))’ <span class=\"kenmerk\">("
                html += HTML.escape(sentence.signalNames.joined(separator: "; ")) + ")</span></li>"
            }
            html += "</ol></div>"
        }
        return html + "</section>\n"
    }

    /// How many of the heaviest sentences the tone section lists.
    static let toneSentencesShown = 3

    private static func levelSection(_ estimate: LevelEstimate) -> String {
        var html = "<section aria-labelledby=\"niveau-kop\"><h2 id=\"niveau-kop\">Taalniveau</h2>"
        html += HTMLCharts.levelGauge(estimate)
        if let level = estimate.level {
            html +=
                "<p>Geschat niveau: <strong>\(level.displayName)</strong>. "
                + (estimate.meetsTarget
                    ? "Het doel, B1, is gehaald." : "Het doel is B1: de brief is nog te moeilijk voor veel lezers.")
                + "</p><ul class=\"scherm\">"
            for indicator in estimate.indicators {
                html +=
                    "<li>\(HTML.escape(indicator.name)): \(TextReportRenderer.indicatorValue(indicator, space: "\u{A0}")) → \(indicator.level.displayName) "
                    + "(voor B1: \(HTML.escape(indicator.targetForB1)))</li>"
            }
            html +=
                "</ul><p class=\"kenmerk scherm\">Het niveau is het middelste van deze drie: een schatting, geen test met lezers.</p>"
            if estimate.uncertain {
                html += "<p>De tekst is kort; de schatting is daarom onzeker.</p>"
            }
        }
        return html + "</section>\n"
    }

    /// How many fixes the "first fix these" list shows.
    static let fixesShown = 5

    private static func firstFixes(_ report: DocumentReport) -> String {
        var html =
            "<section class=\"eerst\" aria-labelledby=\"eerst-kop\"><h2 id=\"eerst-kop\">Eerst dit verbeteren</h2>"
        let fixes = ReportAdvice.fixes(for: report)
        guard !fixes.isEmpty else {
            return html + "<p>Niets: Helder vond niets om te verbeteren.</p></section>\n"
        }
        html += "<p>Wat de score het meest verhoogt (een schatting):</p><ol>"
        for fix in fixes.prefix(fixesShown) {
            let first = fix.findings[0]
            let finding = report.findings[first]
            let drawn = finding.location.span != nil && AllChecks.scope(of: finding.rule) != .letter
            let target =
                drawn
                ? "m\(first + 1)" : AllChecks.scope(of: finding.rule) == .letter ? "h\(first + 1)" : "d\(first + 1)"
            html += "<li>"
            if ReportAdvice.isSentenceLength(finding.rule) {
                let count = fix.findings.count
                let longest = fix.findings.compactMap {
                    ReportAdvice.sentenceWords(of: report.findings[$0], in: report)
                }
                .max()
                html +=
                    "<a href=\"#\(target)\">Maak \(count == 1 ? "de lange zin" : "de \(count) lange zinnen") korter</a>"
                html += longest.map { " (de langste telt \($0) woorden)" } ?? ""
                html += ". Advies: hooguit \(ReadabilityConstants.longSentenceWords) woorden, één boodschap per zin. "
            } else {
                let times = fix.findings.count > 1 ? " (\(fix.findings.count)×)" : ""
                html += "<a href=\"#\(target)\">‘\(HTML.escape(shortened(finding.excerpt)))’</a>\(times): "
                html += "\(HTML.escape(finding.suggestion)) "
            }
            if let gain = ReportAdvice.gainText(fix) {
                html += "<span class=\"winst\">\(gain)</span>"
            }
            html += "</li>"
        }
        return html + "</ol></section>\n"
    }

    /// What the letter asks the reader to do, each duty with its deadline, and the length of the letter.
    private static func dutiesSection(_ report: DocumentReport) -> String {
        var html = "<section aria-labelledby=\"plichten-kop\"><h2 id=\"plichten-kop\">Wat moet de lezer doen?</h2>"
        let length = report.length
        if length.words > 0 {
            html += "<p>De brief telt \(DutchNumberFormat.integer(length.words)) woorden: ongeveer "
            html += "\(length.readingMinutes) \(length.readingMinutes == 1 ? "minuut" : "minuten") lezen"
            if length.attachmentWords > 0 {
                html += ", met nog \(DutchNumberFormat.integer(length.attachmentWords)) woorden in de bijlagen"
            }
            html += ".</p>"
        }
        guard !report.duties.isEmpty else {
            return html + "<p>Helder vond in deze brief niets wat de lezer moet doen.</p></section>\n"
        }
        html +=
            "<p>\(report.duties.count) \(report.duties.count == 1 ? "plicht" : "plichten"), in de volgorde van de brief:</p><ol class=\"plichten\">"
        for duty in report.duties {
            html += "<li>\(HTML.escape(shortened(duty.text, limit: 120))) "
            html +=
                "<span class=\"kenmerk\">Termijn: \(HTML.escape(TextReportRenderer.deadlineText(duty.deadline)))</span></li>"
        }
        return html + "</ol></section>\n"
    }

    /// At most `limit` characters of an excerpt, cut at a word boundary (`Excerpt.shortened`).
    static func shortened(_ text: String, limit: Int = 60) -> String {
        Excerpt.shortened(text, limit: limit)
    }

    /// Every figure of the letter, each explained in one plain sentence.
    static func explanations(_ report: DocumentReport) -> [(term: String, explanation: String)] {
        let metrics = report.metrics
        let n = DutchNumberFormat.self
        let b1 = Int(LevelEstimate.Rules.wordsPerSentence.b1)
        guard metrics.words > 0, let perSentence = metrics.averageWordsPerSentence,
            let syllables = metrics.averageSyllablesPerWord, let frequent = metrics.frequentWordShare,
            let flesch = metrics.fleschDouma, let brouwer = metrics.brouwer
        else {
            return [("Woorden", "De brief heeft geen lopende tekst om te meten.")]
        }
        var rows: [(String, String)] = [
            (
                "Woorden en zinnen",
                "De brief telt \(n.integer(metrics.words)) woorden in \(n.integer(metrics.sentences)) zinnen; "
                    + "adres, aanhef, groet en ondertekening tellen niet mee."
            ),
            (
                "Woorden per zin: \(n.decimal(perSentence))",
                "Zo lang is een zin gemiddeld. Voor B1 is \(b1) woorden of minder het advies."
            ),
            (
                "Lange zinnen: \(n.integer(metrics.longSentences))",
                "Zoveel zinnen hebben meer dan \(ReadabilityConstants.longSentenceWords) woorden; de langste telt "
                    + "\(metrics.longestSentenceWords). Een lange zin is het eerste wat lezers kwijtraakt."
            ),
            (
                "Lettergrepen per woord: \(n.decimal(syllables, decimals: 2))",
                "Korte woorden lezen makkelijker; \(n.integer(metrics.longWords)) woorden hebben "
                    + "\(ReadabilityConstants.longWordSyllables) lettergrepen of meer."
            ),
            (
                "Bekende woorden: \(n.percentage(frequent).replacingOccurrences(of: " ", with: "\u{A0}"))",
                "Zoveel woorden horen bij de \(n.integer(ReadabilityConstants.frequentWordRank)) meest gebruikte "
                    + "Nederlandse woorden; hoe meer, hoe makkelijker."
            ),
            (
                "Flesch-Douma: \(n.decimal(flesch))",
                "Een leesbaarheidsformule uit zinslengte en lettergrepen: hoger is makkelijker; 60 tot 70 is normaal "
                    + "(\(Metrics.fleschDoumaBand(flesch)))."
            ),
            (
                "Brouwer: \(n.decimal(brouwer))",
                "Dezelfde soort formule, voor het Nederlands opnieuw afgesteld: ook hier is hoger makkelijker."
            ),
        ]
        if let jargon = report.densities.jargonPer100Words {
            rows.append(
                (
                    "Jargon: \(n.decimal(jargon)) per 100 woorden",
                    "Zo vaak staat er een ambtelijk of juridisch woord, of een afkorting zonder uitleg."
                ))
        }
        if let coercion = report.densities.coercionPer100Words {
            rows.append(
                (
                    "Dwingende toon: \(n.decimal(coercion)) per 100 woorden",
                    "Zo vaak dreigt, eist of wantrouwt de brief, of spreekt hij de lezer onpersoonlijk aan."
                ))
        }
        if metrics.placeholders > 0 {
            rows.append(
                (
                    "Sjabloonvelden: \(n.integer(metrics.placeholders))",
                    "Velden zoals {{ naam }} worden later ingevuld; Helder telt en markeert ze niet."
                ))
        }
        return rows
    }

    private static func figures(_ report: DocumentReport) -> String {
        var html =
            "<section class=\"extra\" aria-labelledby=\"cijfers-kop\"><h2 id=\"cijfers-kop\">De cijfers uitgelegd</h2><dl class=\"cijfers\">"
        for (term, explanation) in explanations(report) {
            html += "<dt>\(HTML.escape(term))</dt><dd>\(HTML.escape(explanation))</dd>"
        }
        return html + "</dl></section>\n"
    }

    // MARK: The letter and its findings

    /// The categories with their Dutch names, for the legend.
    static let legend: [(cssClass: String, name: String, cue: String)] = [
        ("lees", "leesbaarheid", "gestippeld onderstreept"), ("jargon", "jargon", "doorgetrokken onderstreept"),
        ("dwang", "dwingende toon", "golvend onderstreept"), ("opbouw", "opbouw", "dubbel onderstreept"),
    ]

    /// The legend of the highlight colours and underlines.
    static func legendList() -> String {
        var html = "<ul class=\"legenda\" aria-label=\"Betekenis van de markeringen\">"
        for entry in legend {
            html += "<li><span class=\"voorbeeld \(entry.cssClass)\">\(entry.name)</span> (\(entry.cue))</li>"
        }
        return html + "</ul>"
    }

    private static func letterText(_ report: DocumentReport) -> String {
        var html = "<section class=\"brief\" aria-labelledby=\"brief-kop\"><h2 id=\"brief-kop\">De brief</h2>"
        html += "<p>Gemarkeerde tekst heeft een bevinding: ga erop staan of klik erop (of gebruik Tab) voor uitleg.</p>"
        html += legendList()
        html += letterArticle(report) + "</section>\n"
        return html
    }

    /// The letter's blocks with every finding marked; `idPrefix` keeps ids apart when a page shows two letters.
    static func letterArticle(_ report: DocumentReport, idPrefix: String = "", headingLevel: Int = 3) -> String {
        var html = "<article class=\"tekst\">\n"
        var marks: [Int: [HTMLHighlighter.Mark]] = [:]
        for (index, finding) in report.findings.enumerated() {
            // A remark about the whole letter belongs to no words: it is in the panel, not drawn here.
            guard let span = finding.location.span, AllChecks.scope(of: finding.rule) != .letter else { continue }
            marks[span.block, default: []].append(
                HTMLHighlighter.Mark(number: index + 1, finding: finding, range: span.range))
        }
        // The list being written: "ol" for a numbered one, "ul" for bullets, nil outside a list.
        var list: String?
        for (index, block) in report.blocks.enumerated() {
            let content = HTMLHighlighter.render(block.text, marks: marks[index] ?? [], idPrefix: idPrefix)
            let wanted = block.kind == .listItem ? (block.isNumbered ? "ol" : "ul") : nil
            if wanted != list {
                if let list { html += "</\(list)>\n" }
                if let wanted { html += "<\(wanted)>\n" }
                list = wanted
            }
            switch block.kind {
            case .heading: html += "<h\(headingLevel)>\(content)</h\(headingLevel)>\n"
            case .listItem: html += "<li>\(content)</li>\n"
            case .paragraph, .tableCell: html += "<p>\(content)</p>\n"
            }
        }
        if let list { html += "</\(list)>\n" }
        return html + "</article>"
    }

    /// The findings below the letter, for a busy reader: a section per kind (leesbaarheid, jargon, toon,
    /// opbouw) that opens and closes without a script, and inside it one per severity; in those a card per
    /// group (the same rule on the same words) with its count and links to every place. Kinds start closed
    /// and tips too: the letter above shows every finding in place. With the script, check boxes hide kinds
    /// and severities in the list and in the letter at once.
    private static func findingList(_ report: DocumentReport) -> String {
        let n = DutchNumberFormat.self
        let groups = report.groups
        var html = "<section class=\"lijst\" aria-labelledby=\"lijst-kop\"><h2 id=\"lijst-kop\">Alle bevindingen ("
        html += "\(n.integer(report.findings.count)))</h2>"
        if let omitted = TextReportRenderer.omittedText(report) { html += "<p>\(HTML.escape(omitted))</p>" }
        guard !report.findings.isEmpty else { return html + "<p>Geen bevindingen.</p></section>\n" }
        if groups.count < report.findings.count {
            html += "<p>\(n.integer(groups.count)) verschillende: dezelfde regel op dezelfde woorden staat één keer, "
            html += "met het aantal en een link naar elke plek.</p>"
        }
        html += filterForm(report)
        for category in FindingCategory.allCases {
            let ofKind = groups.filter { report.findings[$0.first].category == category }
            guard !ofKind.isEmpty else { continue }
            let css = HTMLHighlighter.cssClass(category)
            let count = ofKind.reduce(0) { $0 + $1.count }
            html += "<details class=\"soort \(css)\" id=\"soort-\(category.rawValue)\"><summary>"
            html += "<span class=\"soortnaam\">\(HTML.escape(category.displayName.capitalizedFirst))</span> · "
            html += "\(n.integer(count)) \(count == 1 ? "bevinding" : "bevindingen")"
            if ofKind.count < count { html += ", \(n.integer(ofKind.count)) verschillende" }
            html += "</summary>\n"
            for (level, name) in [(Severity.error, "Fouten"), (.warning, "Waarschuwingen"), (.info, "Tips")] {
                let shown = ofKind.filter { Self.severity(of: $0, in: report) == level }
                guard !shown.isEmpty else { continue }
                let open = level == .info ? "" : " open=\"open\""
                html += "<details class=\"ernst \(level.rawValue)\"\(open)>"
                html += "<summary>\(name) (\(n.integer(shown.count)))</summary><ol>\n"
                let ordered = shown.sorted { left, right in
                    left.count != right.count ? left.count > right.count : left.first < right.first
                }
                for group in ordered { html += card(group, in: report) }
                html += "</ol></details>\n"
            }
            html += "</details>\n"
        }
        return html + "</section>\n"
    }

    /// A group is as serious as its most serious finding.
    static func severity(of group: FindingGroup, in report: DocumentReport) -> Severity {
        group.findings.map { report.findings[$0].severity }.max() ?? .info
    }

    /// One card: the words and how often, what is wrong, how to do better, the rule, and every place.
    private static func card(_ group: FindingGroup, in report: DocumentReport) -> String {
        let finding = report.findings[group.first]
        let groupSeverity = severity(of: group, in: report)
        let css = HTMLHighlighter.cssClass(finding.category)
        var html = "<li id=\"g\(group.id)\" class=\"\(css) \(groupSeverity.rawValue)\">"
        let times = group.count > 1 ? " <span class=\"aantal\">\(group.count)×</span>" : ""
        // The message names the words as a rule (‘ingevolge’ is juridische taal.); quote them only when it does not.
        let words = shortened(finding.excerpt, limit: 90)
        if !finding.message.contains(words) { html += "<span class=\"citaat\">‘\(HTML.escape(words))’</span> — " }
        html += HTML.escape(finding.message) + times + "<br/>"
        // The suggestion is the check's own advice (`Schrijf liever …`); it needs no label of the report's.
        html += "<span class=\"voorstel\">" + HTML.escape(finding.suggestion) + "</span><br/>"
        html += "<span class=\"kenmerk\">" + groupSeverity.displayName.capitalizedFirst
        html += " · regel " + HTML.escape(finding.rule) + " · "
        if group.count > 1 { html += "op \(group.count) plekken: " }
        html += group.findings.map { place(of: $0, in: report) }.joined(separator: ", ")
        return html + "</span></li>\n"
    }

    /// A link to one finding's place in the letter, with the finding's list anchor (`d12`).
    private static func place(of index: Int, in report: DocumentReport) -> String {
        let member = report.findings[index]
        let location = member.location
        let heading = location.heading.map { ", onder ‘\($0)’" } ?? ""
        let place = location.paragraph.map { "alinea \($0)\(heading)" } ?? "regel \(location.line)"
        let number = index + 1
        // A remark about the whole letter is not drawn in the letter: its place is the panel.
        guard location.span != nil, AllChecks.scope(of: member.rule) != .letter else {
            return "<a id=\"d\(number)\" href=\"#h\(number)\">over de hele brief</a>"
        }
        return "<a id=\"d\(number)\" href=\"#m\(number)\">\(HTML.escape(place))</a>"
    }

    /// Check boxes that hide kinds and severities in the list and in the letter; shown only with the script
    /// (without it the sections open and close on their own).
    private static func filterForm(_ report: DocumentReport) -> String {
        var html = "<fieldset class=\"filter\" hidden=\"hidden\"><legend>Toon</legend>"
        let present = Set(report.findings.map(\.category))
        for category in FindingCategory.allCases where present.contains(category) {
            html +=
                "<label><input type=\"checkbox\" checked=\"checked\" data-verberg=\"\(HTMLHighlighter.cssClass(category))\"/> "
            html += "\(HTML.escape(category.displayName))</label>"
        }
        for (severity, name) in [(Severity.error, "fouten"), (.warning, "waarschuwingen"), (.info, "tips")] {
            html +=
                "<label><input type=\"checkbox\" checked=\"checked\" data-verberg=\"\(severity.rawValue)\"/> \(name)</label>"
        }
        return html + "</fieldset>\n"
    }

    /// The remarks about the letter as a whole (its length, a missing bezwaar paragraph): in the panel, not
    /// drawn over some words of the letter.
    private static func wholeLetter(_ report: DocumentReport) -> String {
        let remarks = report.findings.enumerated().filter { AllChecks.scope(of: $0.element.rule) == .letter }
        guard !remarks.isEmpty else { return "" }
        var html =
            "<section class=\"geheel\" aria-labelledby=\"geheel-kop\"><h2 id=\"geheel-kop\">Over de hele brief</h2><ul>"
        for (index, finding) in remarks {
            html +=
                "<li id=\"h\(index + 1)\" class=\"\(HTMLHighlighter.cssClass(finding.category)) \(finding.severity.rawValue)\">"
            html +=
                "\(HTML.escape(finding.message)) <span class=\"kenmerk\">\(HTML.escape(finding.suggestion))</span></li>"
        }
        return html + "</ul></section>\n"
    }
}

extension DocumentFormat {
    /// The format's name as users know it.
    var displayName: String {
        switch self {
        case .text: "tekst"
        case .markdown: "Markdown"
        case .html: "HTML"
        case .docx: "Word"
        case .odt: "OpenDocument"
        }
    }
}
