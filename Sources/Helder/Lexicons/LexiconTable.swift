/// A parsed lexicon file: tab-separated rows under a header line naming the columns.
///
/// The format is shared by every file in `Lexicons/` and by lexicons an organisation adds:
/// UTF-8, `#` starts a comment line, blank lines are ignored, the first other line is the header.
public struct LexiconTable: Sendable, Equatable {
    /// One data line of a lexicon.
    public struct Row: Sendable, Equatable {
        /// The 1-based line number in the file, for error messages.
        public var line: Int
        /// The fields, one per column, trimmed of surrounding spaces.
        public var fields: [String]

        /// The field in the column with `index`.
        public subscript(index: Int) -> String { fields[index] }
    }

    /// The name shown in error messages, e.g. `Lexicons/afkortingen.tsv`.
    public var name: String
    /// The column names from the header line.
    public var columns: [String]
    /// The data rows in file order.
    public var rows: [Row]
    /// Whether the patterns were checked already: the built-in lexicons are checked by the test suite
    /// (`LexiconTests`), so the program does not parse thousands of patterns twice at every start.
    var patternsChecked = false

    /// Parses `text`, requiring exactly the header `expectedColumns`.
    public init(name: String, text: String, expectedColumns: [String]) throws(LexiconError) {
        self.name = name
        self.columns = expectedColumns
        var rows: [Row] = []
        try Self.scan(name: name, text: text, expectedColumns: expectedColumns) { line, fields in
            rows.append(Row(line: line, fields: fields.map { String(decoding: $0, as: UTF8.self) }))
        }
        self.rows = rows
    }

    /// Checks the header and every line's column count, handing each data line's fields to `row` as UTF-8 bytes.
    ///
    /// Byte-level and without per-line allocation of strings, because the built-in lexicons are read at every start.
    public static func scan(
        name: String, text: String, expectedColumns: [String],
        row: (_ line: Int, _ fields: [UnsafeBufferPointer<UInt8>]) throws(LexiconError) -> Void
    ) throws(LexiconError) {
        var text = text
        let failure = text.withUTF8 { bytes -> LexiconError? in
            do {
                try scan(bytes, name: name, expectedColumns: expectedColumns, row: row)
                return nil
            } catch let error as LexiconError {
                return error
            } catch {
                preconditionFailure("only lexicon errors are thrown here")
            }
        }
        if let failure { throw failure }
    }

    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, name: String, expectedColumns: [String],
        row: (Int, [UnsafeBufferPointer<UInt8>]) throws(LexiconError) -> Void
    ) throws(LexiconError) {
        var sawHeader = false
        var lastContentLine = 1
        var lineNumber = 0
        var lineStart = 0
        var fields: [UnsafeBufferPointer<UInt8>] = []
        fields.reserveCapacity(expectedColumns.count + 1)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { lineStart = 3 }
        while lineStart < bytes.count {
            lineNumber += 1
            // Lines end in LF, CRLF or a lone CR (old Mac files).
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
            let next =
                lineEnd + 1 < bytes.count && bytes[lineEnd] == 0x0D && bytes[lineEnd + 1] == 0x0A
                ? lineEnd + 2 : lineEnd + 1
            defer { lineStart = next }
            var isBlank = true
            for index in lineStart..<lineEnd where bytes[index] != 0x20 && bytes[index] != 0x09 {
                isBlank = false
                break
            }
            if isBlank { continue }
            lastContentLine = lineNumber
            var firstVisible = lineStart
            while bytes[firstVisible] == 0x20 || bytes[firstVisible] == 0x09 { firstVisible += 1 }
            if bytes[firstVisible] == UInt8(ascii: "#") { continue }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            for index in lineStart...lineEnd where index == lineEnd || bytes[index] == 0x09 {
                var first = fieldStart
                var last = index
                while first < last, bytes[first] == 0x20 { first += 1 }
                while last > first, bytes[last - 1] == 0x20 { last -= 1 }
                fields.append(UnsafeBufferPointer(rebasing: bytes[first..<last]))
                fieldStart = index + 1
            }
            // Spreadsheets often add empty columns at the end of a line: ignore those.
            while fields.count > expectedColumns.count, fields.last?.isEmpty == true { fields.removeLast() }
            if !sawHeader {
                sawHeader = true
                let found = fields.map { String(decoding: $0, as: UTF8.self) }
                guard found == expectedColumns else {
                    throw LexiconError(
                        file: name, line: lineNumber,
                        problem: .unexpectedHeader(expected: expectedColumns, found: found))
                }
                continue
            }
            guard fields.count == expectedColumns.count else {
                throw LexiconError(
                    file: name, line: lineNumber,
                    problem: .wrongColumnCount(expected: expectedColumns.count, found: fields.count))
            }
            guard !fields[0].isEmpty else {
                throw LexiconError(file: name, line: lineNumber, problem: .emptyField(column: expectedColumns[0]))
            }
            try row(lineNumber, fields)
        }
        if !sawHeader {
            throw LexiconError(file: name, line: lastContentLine, problem: .missingHeader(expected: expectedColumns))
        }
    }
}

/// A lexicon line that cannot be used, with the file and line to fix.
public struct LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong with the line.
    public enum Problem: Sendable, Equatable {
        case missingHeader(expected: [String])
        case unexpectedHeader(expected: [String], found: [String])
        /// An organisation's lexicon whose header is none of the formats it may have.
        case unknownHeader(found: [String], expected: [[String]])
        case wrongColumnCount(expected: Int, found: Int)
        case emptyField(column: String)
        case invalidValue(column: String, value: String, expected: String)
        case duplicate(String)
    }

    public var file: String
    public var line: Int
    public var problem: Problem

    public init(file: String, line: Int, problem: Problem) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String {
        let what: String
        switch problem {
        case .missingHeader(let expected):
            what = "geen kopregel; verwacht '\(expected.joined(separator: "<TAB>"))'"
        case .unexpectedHeader(let expected, let found):
            what =
                "verwacht de kopregel '\(expected.joined(separator: "<TAB>"))', "
                + "gevonden '\(found.joined(separator: "<TAB>"))'"
        case .unknownHeader(let found, let expected):
            let formats = expected.map { "'\($0.joined(separator: "<TAB>"))'" }
            what =
                "onbekende kopregel '\(found.joined(separator: "<TAB>"))'; verwacht "
                + formats.dropLast().joined(separator: ", ") + " of " + formats.last!
        case .wrongColumnCount(let expected, let found):
            what = "verwacht \(expected) kolommen, gevonden \(found)"
        case .emptyField(let column):
            what = "kolom '\(column)' is leeg"
        case .invalidValue(let column, let value, let expected):
            what = "kolom '\(column)' heeft '\(value)', verwacht \(expected)"
        case .duplicate(let entry):
            what = "'\(entry)' staat er meer dan één keer in"
        }
        return "\(file):\(line): \(what)"
    }
}
