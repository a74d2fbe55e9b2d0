import Helder

/// One block of the letter as HTML, with every finding in it marked in place.
///
/// Findings can overlap (a jargon word inside a long sentence, two phrases sharing a word). Marks
/// nest where the findings nest; where two only partly overlap, the inner mark is closed at the
/// boundary and continued after it, so every mark stays well-formed. The first piece of a finding
/// carries its id and keyboard focus, and its explanation follows it; continuations only repeat its colour.
struct HTMLHighlighter {
    /// A finding placed in the block: its number in the report (1-based) and its UTF-8 range.
    struct Mark {
        var number: Int
        var finding: Finding
        var range: Range<Int>
    }

    /// The block's text as HTML with `marks` highlighted; line breaks become `<br/>`. `idPrefix` keeps
    /// the ids apart when one page shows two letters.
    static func render(_ text: String, marks: [Mark], idPrefix: String = "") -> String {
        let bytes = Array(text.utf8)
        let marks = marks.map { mark -> Mark in
            var clipped = mark
            let lower = min(max(0, mark.range.lowerBound), bytes.count)
            clipped.range = lower..<min(max(lower, mark.range.upperBound), bytes.count)
            return clipped
        }
        .filter { !$0.range.isEmpty }
        // Outer marks first: earlier start, then longer.
        .sorted {
            ($0.range.lowerBound, -$0.range.upperBound, $0.number) < (
                $1.range.lowerBound, -$1.range.upperBound, $1.number
            )
        }
        var boundaries = Set([0, bytes.count])
        for mark in marks {
            boundaries.insert(mark.range.lowerBound)
            boundaries.insert(mark.range.upperBound)
        }
        var html = ""
        // Open elements, innermost last; `first` marks the piece that carries the id and explanation.
        var open: [(mark: Mark, first: Bool)] = []
        var next = 0
        let sorted = boundaries.sorted()
        /// Closes the innermost open element; the explanation follows the first piece of its finding.
        func closeInnermost() {
            let element = open.removeLast()
            html += "</mark>"
            if element.first { html += tooltip(element.mark, id: "\(idPrefix)t\(element.mark.number)") }
        }
        for (index, position) in sorted.enumerated() {
            // Close every mark that ends here; marks opened inside it are closed and continued.
            if let lowest = open.firstIndex(where: { $0.mark.range.upperBound == position }) {
                let reopened = open[lowest...].map(\.mark).filter { $0.range.upperBound > position }
                while open.count > lowest { closeInnermost() }
                for mark in reopened {
                    html += openingTag(mark, first: false, idPrefix: idPrefix)
                    open.append((mark, false))
                }
            }
            while next < marks.count, marks[next].range.lowerBound == position {
                html += openingTag(marks[next], first: true, idPrefix: idPrefix)
                open.append((marks[next], true))
                next += 1
            }
            guard index + 1 < sorted.count else { break }
            let segment = String(decoding: bytes[position..<sorted[index + 1]], as: UTF8.self)
            html += HTML.escape(segment).replacingOccurrences(of: "\n", with: "<br/>\n")
        }
        while !open.isEmpty { closeInnermost() }
        return html
    }

    /// A category's CSS class.
    static func cssClass(_ category: FindingCategory) -> String {
        switch category {
        case .readability: "lees"
        case .jargon: "jargon"
        case .coercion: "dwang"
        case .structure, .document: "opbouw"
        }
    }

    private static func openingTag(_ mark: Mark, first: Bool, idPrefix: String) -> String {
        let finding = mark.finding
        let classes = "f \(cssClass(finding.category)) \(finding.severity.rawValue)"
        let anchor = "\(idPrefix)m\(mark.number)"
        let common = "data-bevinding=\"\(mark.number)\" data-doel=\"\(anchor)\""
        guard first else { return "<mark class=\"\(classes) vervolg\" \(common)>" }
        return "<mark class=\"\(classes)\" id=\"\(anchor)\" \(common) "
            + "data-regel=\"\(HTML.escape(finding.rule))\" tabindex=\"0\" aria-describedby=\"\(idPrefix)t\(mark.number)\">"
    }

    /// The explanation shown when the mark is hovered or focused. It follows the mark rather than sitting
    /// in it, so a screen reader does not read it as part of the marked words.
    private static func tooltip(_ mark: Mark, id: String) -> String {
        let finding = mark.finding
        return "<span class=\"uitleg\" role=\"tooltip\" id=\"\(id)\">"
            + "<span class=\"soort\">\(HTML.escape(finding.category.displayName.capitalizedFirst)) · "
            + "\(finding.severity.displayName)</span> "
            + "<span class=\"melding\">\(HTML.escape(finding.message))</span> "
            + "<span class=\"voorstel\">\(HTML.escape(finding.suggestion))</span> "
            + "<span class=\"regel\">\(HTML.escape(finding.rule)) · bevinding \(mark.number)</span></span>"
    }
}

extension String {
    /// The string with its first letter in capitals.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
