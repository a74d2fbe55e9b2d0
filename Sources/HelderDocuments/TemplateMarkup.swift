/// What a text or Markdown template holds besides the letter: front matter (`---` … `---` YAML, `+++` … `+++`
/// TOML), template comments (`{# … #}`, `{{!-- … --}}`, `{{! … }}`, `<%-- … --%>`, `{* … *}`), HTML
/// comments and inline HTML tags (`<p>`, `</strong>`, `<br/>`). None of it is prose.
///
/// `masked(_:)` blanks it out character by character (every character one space, line breaks kept), so lines
/// and columns of the letter text stay exactly where they are in the file (findings, `--fix` and the
/// suppression comments all count on that).
enum TemplateMarkup {
    /// Longest front matter looked for, in lines.
    static let maximumFrontMatterLines = 200
    /// Longest inline HTML tag, in bytes; a tag stays on one line.
    static let maximumTagLength = 300

    /// Comment openings and their closings.
    private static let comments: [(open: [UInt8], close: [UInt8])] = [
        ("{{!--", "--}}"), ("{{!", "}}"), ("{#", "#}"), ("<!--", "-->"), ("<%--", "--%>"), ("{*", "*}"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// `text` with front matter, template comments and inline HTML tags blanked out; `text` itself when it has none.
    static func masked(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var hidden: [Range<Int>] = []
            var index = frontMatterEnd(bytes) ?? 0
            if index > 0 { hidden.append(0..<index) }
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == UInt8(ascii: "{") || byte == UInt8(ascii: "<") else {
                    index += 1
                    continue
                }
                if let comment = commentEnd(bytes, at: index) {
                    hidden.append(index..<comment)
                    index = comment
                } else if byte == UInt8(ascii: "<"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<") {
                    // `<<datum>>` is a placeholder the tokenizer knows: step over both brackets.
                    index += 2
                } else if byte == UInt8(ascii: "<"), let tag = tagEnd(bytes, at: index) {
                    hidden.append(index..<tag)
                    index = tag
                } else {
                    index += 1
                }
            }
            guard !hidden.isEmpty else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var position = 0
            for range in hidden {
                output.append(contentsOf: bytes[position..<range.lowerBound])
                for byte in bytes[range] {
                    if byte == 0x0A {
                        output.append(0x0A)
                    } else if byte & 0xC0 != 0x80 {
                        // One space per character (continuation bytes of a multibyte character are dropped).
                        output.append(0x20)
                    }
                }
                position = range.upperBound
            }
            output.append(contentsOf: bytes[position...])
            return String(decoding: output, as: UTF8.self)
        } ?? text
    }

    /// The end of front matter at the very start: a line `---` (or `+++`) and the next line `---`/`...`
    /// (or `+++`), within `maximumFrontMatterLines` lines.
    private static func frontMatterEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        func line(at start: Int) -> Range<Int> {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var trimmed = end
            while trimmed > start, bytes[trimmed - 1] == 0x20 || bytes[trimmed - 1] == 0x0D { trimmed -= 1 }
            return start..<trimmed
        }
        let first = line(at: 0)
        let fence = Array(bytes[first])
        guard fence == Array("---".utf8) || fence == Array("+++".utf8) else { return nil }
        var start = first.upperBound
        while start < bytes.count, bytes[start] != 0x0A { start += 1 }
        start += 1
        for _ in 0..<maximumFrontMatterLines where start <= bytes.count {
            let current = line(at: start)
            let text = Array(bytes[current])
            if text == fence || (fence == Array("---".utf8) && text == Array("...".utf8)) {
                var end = current.upperBound
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                return end
            }
            var next = current.upperBound
            while next < bytes.count, bytes[next] != 0x0A { next += 1 }
            start = next + 1
        }
        return nil
    }

    /// The end of a template or HTML comment starting at `index` (it may span lines), if one does.
    private static func commentEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        for comment in comments where starts(bytes, with: comment.open, at: index) {
            var position = index + comment.open.count
            while position + comment.close.count <= bytes.count {
                if starts(bytes, with: comment.close, at: position) { return position + comment.close.count }
                position += 1
            }
            return nil
        }
        return nil
    }

    /// The end of an inline HTML tag (`<p>`, `</strong>`, `<br/>`, `<a href="…">`) starting at `index`.
    private static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        var position = index + 1
        if position < bytes.count, bytes[position] == UInt8(ascii: "/") { position += 1 }
        guard position < bytes.count, isASCIILetter(bytes[position]) else { return nil }
        while position < bytes.count,
            isASCIILetter(bytes[position]) || (bytes[position] >= 0x30 && bytes[position] <= 0x39)
                || bytes[position] == UInt8(ascii: "-")
        {
            position += 1
        }
        guard position < bytes.count else { return nil }
        switch bytes[position] {
        case UInt8(ascii: ">"):
            return position + 1
        case UInt8(ascii: "/"):
            return position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: ">") ? position + 2 : nil
        case 0x20, 0x09:
            // Attributes: up to the closing `>` on the same line.
            let limit = min(bytes.count, index + maximumTagLength)
            while position < limit, bytes[position] != 0x0A {
                if bytes[position] == UInt8(ascii: ">") { return position + 1 }
                position += 1
            }
            return nil
        default:
            return nil
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, with prefix: [UInt8], at index: Int) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for offset in 0..<prefix.count where bytes[index + offset] != prefix[offset] { return false }
        return true
    }
}
