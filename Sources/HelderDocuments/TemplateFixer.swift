import Foundation
import Helder

/// Applies safe substitutions (`indien` → `als`) to the source of a text, Markdown or HTML template,
/// byte for byte: everything else in the file stays as it was, line endings and encoding included.
///
/// An edit is applied only where the file holds exactly the words the finding is about, as a whole
/// word, in running text: never inside a placeholder (`{{ … }}`, `[naam]`, `«veld»`), an HTML tag,
/// attribute, comment, script or style. What cannot be placed that surely is left alone and reported.
public enum TemplateFixer {
    /// One replacement, at a finding's place (line and column as Helder reports them).
    public struct Edit: Sendable, Equatable {
        public var line: Int
        /// 1-based, in characters as Helder counts them (combining marks not counted).
        public var column: Int
        public var original: String
        public var replacement: String

        public init(line: Int, column: Int, original: String, replacement: String) {
            self.line = line
            self.column = column
            self.original = original
            self.replacement = replacement
        }
    }

    /// The changed file and which edits went in.
    public struct Outcome: Sendable {
        public var data: Data
        public var applied: [Edit]
        public var skipped: [Edit]
    }

    /// The edits of `report` (findings whose lexicon entry is safe to replace), with the letter's capitals.
    public static func edits(for report: DocumentReport) -> [Edit] {
        report.substitutions.map { _, finding, substitution in
            Edit(
                line: finding.location.line, column: finding.location.column, original: substitution.original,
                replacement: substitution.replacement)
        }
    }

    /// `data` with `edits` applied where they can be placed surely; `format` decides what is markup.
    public static func apply(_ edits: [Edit], to data: Data, format: DocumentFormat) -> Outcome {
        let bytes = [UInt8](data)
        let markup = format == .html ? HTMLMarkup(bytes) : nil
        let lines = LineIndex(bytes)
        var placed: [(range: Range<Int>, edit: Edit)] = []
        var skipped: [Edit] = []
        for edit in edits {
            let range = lines.place(edit, in: bytes) { markup?.contains($0) != true }
            guard let range, !placed.contains(where: { $0.range.overlaps(range) })
            else {
                skipped.append(edit)
                continue
            }
            placed.append((range, edit))
        }
        var result = bytes
        for (range, edit) in placed.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            result.replaceSubrange(range, with: Array(edit.replacement.utf8))
        }
        return Outcome(data: Data(result), applied: placed.map(\.edit), skipped: skipped)
    }

    /// A unified diff (3 lines of context) from `old` to `new`, which have the same lines, for `patch -p0`.
    public static func unifiedDiff(old: Data, new: Data, path: String) -> String {
        let before = String(decoding: old, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let after = String(decoding: new, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard before.count == after.count else { return "" }
        let changed = before.indices.filter { before[$0] != after[$0] }
        guard !changed.isEmpty else { return "" }
        let context = 3
        var hunks: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(before.count - 1, index + context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...range.upperBound
            } else {
                hunks.append(range)
            }
        }
        var diff = "--- \(path)\n+++ \(path)\n"
        for hunk in hunks {
            diff += "@@ -\(hunk.lowerBound + 1),\(hunk.count) +\(hunk.lowerBound + 1),\(hunk.count) @@\n"
            for index in hunk {
                if before[index] == after[index] {
                    diff += " \(before[index])\n"
                } else {
                    diff += "-\(before[index])\n+\(after[index])\n"
                }
            }
        }
        return diff
    }
}

/// Where the lines of a file start, and how a (line, column) becomes a byte offset.
private struct LineIndex {
    var starts: [Int] = [0]
    let count: Int

    init(_ bytes: [UInt8]) {
        count = bytes.count
        // A byte order mark is not part of the first line's text.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { starts[0] = 3 }
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
    }

    /// The bytes `edit` replaces: at its column when the words are there, else their only whole-word
    /// occurrence on the line outside placeholders; nil when neither holds. `isText` rules out markup.
    func place(_ edit: TemplateFixer.Edit, in bytes: [UInt8], isText: (Int) -> Bool) -> Range<Int>? {
        guard edit.line >= 1, edit.line <= starts.count else { return nil }
        let start = starts[edit.line - 1]
        var end = edit.line < starts.count ? starts[edit.line] - 1 : count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        let needle = Array(edit.original.utf8)
        guard !needle.isEmpty else { return nil }
        if let offset = offset(ofColumn: edit.column, from: start, to: end, in: bytes),
            matches(needle, at: offset, lineEnd: end, in: bytes), isText(offset)
        {
            return offset..<(offset + needle.count)
        }
        var found: [Int] = []
        var offset = start
        while offset + needle.count <= end {
            if matches(needle, at: offset, lineEnd: end, in: bytes), isText(offset),
                !insidePlaceholder(offset, lineStart: start, in: bytes)
            {
                found.append(offset)
            }
            offset += 1
        }
        return found.count == 1 ? found[0]..<(found[0] + needle.count) : nil
    }

    /// The byte where 1-based character `column` starts, counting as `AnalyzedDocument.location` does.
    private func offset(ofColumn column: Int, from start: Int, to end: Int, in bytes: [UInt8]) -> Int? {
        var characters = 1
        var index = start
        while index < end, characters < column {
            index += 1
            while index < end, !isCharacterStart(index, in: bytes) { index += 1 }
            characters += 1
        }
        return characters == column ? index : nil
    }

    /// A UTF-8 lead byte that is not a combining mark (U+0300–U+036F: `CC 80`–`CD AF`).
    private func isCharacterStart(_ index: Int, in bytes: [UInt8]) -> Bool {
        let byte = bytes[index]
        if byte & 0xC0 == 0x80 { return false }
        if byte == 0xCC, index + 1 < bytes.count { return false }
        if byte == 0xCD, index + 1 < bytes.count, bytes[index + 1] <= 0xAF { return false }
        return true
    }

    /// `needle` at `offset`, with no letter or digit directly before or after it.
    private func matches(_ needle: [UInt8], at offset: Int, lineEnd: Int, in bytes: [UInt8]) -> Bool {
        guard offset + needle.count <= lineEnd, bytes[offset..<(offset + needle.count)].elementsEqual(needle) else {
            return false
        }
        func isWordByte(_ byte: UInt8) -> Bool {
            byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        }
        if offset > 0, isWordByte(bytes[offset - 1]) { return false }
        let after = offset + needle.count
        if after < bytes.count, isWordByte(bytes[after]) { return false }
        return true
    }

    /// Whether `offset` lies inside an unclosed `{…}`, `[…]`, `«…»` or `<<…>>` that opened earlier on its line.
    private func insidePlaceholder(_ offset: Int, lineStart: Int, in bytes: [UInt8]) -> Bool {
        var braces = 0
        var brackets = 0
        var guillemets = 0
        var angles = 0
        var index = lineStart
        while index < offset {
            switch bytes[index] {
            case UInt8(ascii: "{"): braces += 1
            case UInt8(ascii: "}"): braces -= 1
            case UInt8(ascii: "["): brackets += 1
            case UInt8(ascii: "]"): brackets -= 1
            case UInt8(ascii: "<") where index + 1 < offset && bytes[index + 1] == UInt8(ascii: "<"):
                angles += 1
                index += 1
            case UInt8(ascii: ">") where index + 1 < offset && bytes[index + 1] == UInt8(ascii: ">"):
                angles -= 1
                index += 1
            case 0xC2 where index + 1 < offset && bytes[index + 1] == 0xAB: guillemets += 1
            case 0xC2 where index + 1 < offset && bytes[index + 1] == 0xBB: guillemets -= 1
            default: break
            }
            index += 1
        }
        return braces > 0 || brackets > 0 || guillemets > 0 || angles > 0
    }
}

/// The byte ranges of an HTML file that are markup, not text: tags with their attributes, comments,
/// declarations, and the contents of `script` and `style`.
private struct HTMLMarkup {
    private var ranges: [Range<Int>] = []

    init(_ bytes: [UInt8]) {
        var index = 0
        func starts(_ text: String, at position: Int) -> Bool {
            let pattern = Array(text.utf8)
            guard position + pattern.count <= bytes.count else { return false }
            return zip(bytes[position...], pattern).allSatisfy { $0 | 0x20 == $1 | 0x20 }
        }
        func find(_ text: String, from position: Int) -> Int {
            var cursor = position
            while cursor < bytes.count, !starts(text, at: cursor) { cursor += 1 }
            return min(cursor + text.utf8.count, bytes.count)
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            let start = index
            if starts("<!--", at: index) {
                index = find("-->", from: index + 4)
            } else if starts("<script", at: index) || starts("<style", at: index) {
                let closing = starts("<script", at: index) ? "</script" : "</style"
                index = find(">", from: find(closing, from: index + 1))
            } else {
                // A tag: up to the `>` that is not inside a quoted attribute value.
                var quote: UInt8?
                index += 1
                while index < bytes.count {
                    let byte = bytes[index]
                    if let open = quote {
                        if byte == open { quote = nil }
                    } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                        quote = byte
                    } else if byte == UInt8(ascii: ">") {
                        break
                    }
                    index += 1
                }
                index = min(index + 1, bytes.count)
            }
            ranges.append(start..<index)
        }
    }

    /// Whether `offset` is markup; the ranges are in file order, so by bisection.
    func contains(_ offset: Int) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].contains(offset)
    }
}
