import Helder

/// The inline SVG charts of the HTML reports. Every chart is an image with a text alternative, and
/// every colour has a second cue (a label, a pattern or a marker), so nothing rests on colour alone.
enum HTMLCharts {
    /// A score's verdict and colour (each colour has at least 4.5:1 contrast on white).
    static func band(_ score: Int) -> (word: String, colour: String) {
        switch score {
        case 80...: ("helder", "#15803d")
        case 60..<80: ("redelijk", "#a15c07")
        default: ("moeilijk", "#b42318")
        }
    }

    /// The overall score as a ring that fills up to the score, with the number and verdict inside.
    static func scoreRing(_ score: Int?) -> String {
        guard let score else {
            return "<p class=\"geen-score\">Geen score: de brief heeft geen lopende tekst om te meten.</p>"
        }
        let (word, colour) = band(score)
        let circumference = 2 * Double.pi * 52
        let filled = circumference * Double(min(max(score, 0), 100)) / 100
        return """
            <svg class="ring" viewBox="0 0 120 120" width="120" height="120" role="img" aria-label="Score \(score) van 100: \(word)">
            <circle cx="60" cy="60" r="52" fill="none" stroke="#e5e7eb" stroke-width="12"/>
            <circle cx="60" cy="60" r="52" fill="none" stroke="\(colour)" stroke-width="12" stroke-linecap="round" stroke-dasharray="\(format(filled)) \(format(circumference))" transform="rotate(-90 60 60)"/>
            <text x="60" y="62" text-anchor="middle" class="ring-getal" fill="#1b1b1b">\(score)</text>
            <text x="60" y="84" text-anchor="middle" class="ring-woord" fill="\(colour)">\(word)</text>
            </svg>
            """
    }

    /// The estimated level on a scale from A2 to C1, with the B1 target outlined and a marker above the level.
    static func levelGauge(_ estimate: LevelEstimate) -> String {
        let levels = LanguageLevel.allCases
        let width = 320.0
        let segment = width / Double(levels.count)
        var svg = ""
        let label: String
        if let level = estimate.level {
            label =
                "Geschat taalniveau \(level.displayName); het doel is \(LevelEstimate.target.code) of eenvoudiger"
                + (estimate.meetsTarget ? ", dat is gehaald." : ", dat is niet gehaald.")
        } else {
            label = "Het taalniveau is niet te schatten: de brief heeft geen lopende tekst."
        }
        svg +=
            "<svg class=\"meter\" viewBox=\"0 0 \(Int(width)) 84\" width=\"100%\" role=\"img\" aria-label=\"\(HTML.escape(label))\">"
        for (index, level) in levels.enumerated() {
            let x = Double(index) * segment
            let fill = level <= LevelEstimate.target ? "#dcfce7" : level == .b2 ? "#fef3c7" : "#fee4e2"
            svg +=
                "<rect x=\"\(format(x + 1))\" y=\"26\" width=\"\(format(segment - 2))\" height=\"30\" rx=\"4\" fill=\"\(fill)\"/>"
            svg +=
                "<text x=\"\(format(x + segment / 2))\" y=\"46\" text-anchor=\"middle\" class=\"meter-tekst\">\(level.code)\(level == .c1 ? "+" : "")</text>"
            if level == LevelEstimate.target {
                svg +=
                    "<rect x=\"\(format(x + 1))\" y=\"26\" width=\"\(format(segment - 2))\" height=\"30\" rx=\"4\" fill=\"none\" stroke=\"#15803d\" stroke-width=\"3\"/>"
                svg +=
                    "<text x=\"\(format(x + segment / 2))\" y=\"74\" text-anchor=\"middle\" class=\"meter-klein\">doel</text>"
            }
        }
        if let level = estimate.level, let index = levels.firstIndex(of: level) {
            let x = Double(index) * segment + segment / 2
            svg += "<path d=\"M\(format(x - 8)) 6 L\(format(x + 8)) 6 L\(format(x)) 20 Z\" fill=\"#1b1b1b\"/>"
            let right = x + 70 < width
            svg +=
                "<text x=\"\(format(right ? x + 12 : x - 12))\" y=\"17\" text-anchor=\"\(right ? "start" : "end")\" class=\"meter-klein\">deze brief</text>"
        }
        svg += "</svg>"
        return svg
    }

    /// A bar per sentence in reading order, long ones striped and red, with a line at the limit.
    /// More than `maximumBars` sentences are drawn in groups (the longest of each group).
    static func sentenceLengths(_ sentences: [SentenceSummary], maximumBars: Int = 240) -> String {
        guard !sentences.isEmpty else { return "<p>Geen zinnen om te tekenen.</p>" }
        let limit = ReadabilityConstants.longSentenceWords
        let groupSize = (sentences.count + maximumBars - 1) / maximumBars
        var bars: [(first: Int, last: Int, words: Int)] = []
        var start = 0
        while start < sentences.count {
            let end = min(start + groupSize, sentences.count)
            bars.append((start + 1, end, sentences[start..<end].map(\.words).max()!))
            start = end
        }
        let longest = sentences.map(\.words).max()!
        let long = sentences.filter { $0.words > limit }.count
        let top = Double(max(longest, limit + 10))
        // Drawn about as wide as the side panel, so its 12-unit labels read as 12 pixels.
        let width = 360.0
        let height = 170.0
        let plotTop = 10.0
        let plotBottom = 150.0
        let barWidth = (width - 40) / Double(bars.count)
        func y(_ words: Double) -> Double { plotBottom - (plotBottom - plotTop) * words / top }
        let summary =
            "\(DutchNumberFormat.integer(sentences.count)) zinnen; \(DutchNumberFormat.integer(long)) "
            + "\(long == 1 ? "is" : "zijn") langer dan \(limit) woorden (rood gestreept); de langste telt \(longest) woorden."
        var svg =
            "<figure class=\"grafiek\"><svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\" role=\"img\" aria-labelledby=\"zinnen-uitleg\">"
        svg +=
            "<defs><pattern id=\"streep\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#b42318\"/><rect width=\"2\" height=\"6\" fill=\"#fecdca\"/></pattern></defs>"
        for (index, bar) in bars.enumerated() {
            let x = 36 + Double(index) * barWidth
            let fill = bar.words > limit ? "url(#streep)" : "#64748b"
            let name = bar.first == bar.last ? "Zin \(bar.first)" : "Zinnen \(bar.first)–\(bar.last) (langste)"
            svg +=
                "<rect x=\"\(format(x + barWidth * 0.1))\" y=\"\(format(y(Double(bar.words))))\" width=\"\(format(max(barWidth * 0.8, 0.5)))\" height=\"\(format(plotBottom - y(Double(bar.words))))\" fill=\"\(fill)\"><title>\(name): \(bar.words) woorden</title></rect>"
        }
        let limitY = format(y(Double(limit)))
        svg +=
            "<line x1=\"34\" x2=\"\(Int(width))\" y1=\"\(limitY)\" y2=\"\(limitY)\" stroke=\"#1b1b1b\" stroke-dasharray=\"5 4\"/>"
        svg += "<text x=\"30\" y=\"\(limitY)\" dy=\"4\" text-anchor=\"end\" class=\"as\">\(limit)</text>"
        svg += "<text x=\"30\" y=\"\(format(plotBottom))\" text-anchor=\"end\" class=\"as\">0</text>"
        svg += "<text x=\"30\" y=\"\(format(y(top)))\" dy=\"8\" text-anchor=\"end\" class=\"as\">\(Int(top))</text>"
        svg += "<text x=\"36\" y=\"166\" class=\"as\">begin van de brief</text>"
        svg += "<text x=\"\(Int(width))\" y=\"166\" text-anchor=\"end\" class=\"as\">einde</text>"
        svg +=
            "</svg><figcaption id=\"zinnen-uitleg\">Zinslengte door de brief: \(HTML.escape(summary)) "
            + "De stippellijn staat op \(limit) woorden.</figcaption></figure>"
        return svg
    }

    /// A vertical bar chart with a count above each bar and its label below.
    static func counts(_ bars: [(label: String, count: Int, colour: String)], description: String) -> String {
        let width = 600.0
        let height = 180.0
        let most = Double(max(bars.map(\.count).max() ?? 0, 1))
        let slot = width / Double(max(bars.count, 1))
        var svg =
            "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\" role=\"img\" aria-label=\"\(HTML.escape(description))\">"
        for (index, bar) in bars.enumerated() {
            let barHeight = 120 * Double(bar.count) / most
            let x = Double(index) * slot
            svg +=
                "<rect x=\"\(format(x + slot * 0.15))\" y=\"\(format(140 - barHeight))\" width=\"\(format(slot * 0.7))\" height=\"\(format(barHeight))\" fill=\"\(bar.colour)\"/>"
            svg +=
                "<text x=\"\(format(x + slot / 2))\" y=\"\(format(134 - barHeight))\" text-anchor=\"middle\" class=\"as\">\(bar.count)</text>"
            svg +=
                "<text x=\"\(format(x + slot / 2))\" y=\"160\" text-anchor=\"middle\" class=\"as\">\(HTML.escape(bar.label))</text>"
        }
        svg += "</svg>"
        return svg
    }

    /// A coordinate with at most two decimals.
    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
