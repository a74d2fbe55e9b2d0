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

    /// Parses `text`, requiring exactly the header `expectedColumns`.
    public init(name: String, text: String, expectedColumns: [String]) throws(LexiconError) {
        self.name = name
        self.columns = expectedColumns
        self.rows = []
        var sawHeader = false
        var lineNumber = 0
        var lastContentLine = 1
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.last == "\r" { line = line.dropLast() }
            if lineNumber == 1, line.first == "\u{FEFF}" { line = line.dropFirst() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            lastContentLine = lineNumber
            if line.first == "#" { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { String($0).trimmingSpaces() }
            if !sawHeader {
                sawHeader = true
                guard fields == expectedColumns else {
                    throw LexiconError(
                        file: name, line: lineNumber,
                        problem: .unexpectedHeader(expected: expectedColumns, found: fields))
                }
                continue
            }
            guard fields.count == expectedColumns.count else {
                throw LexiconError(
                    file: name, line: lineNumber,
                    problem: .wrongColumnCount(expected: expectedColumns.count, found: fields.count))
            }
            if let empty = fields.firstIndex(where: \.isEmpty), empty == 0 {
                throw LexiconError(file: name, line: lineNumber, problem: .emptyField(column: expectedColumns[empty]))
            }
            rows.append(Row(line: lineNumber, fields: fields))
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
            what = "no header line; expected '\(expected.joined(separator: "<TAB>"))'"
        case .unexpectedHeader(let expected, let found):
            what = "expected header '\(expected.joined(separator: "<TAB>"))', found '\(found.joined(separator: "<TAB>"))'"
        case .wrongColumnCount(let expected, let found):
            what = "expected \(expected) columns, found \(found)"
        case .emptyField(let column):
            what = "column '\(column)' is empty"
        case .invalidValue(let column, let value, let expected):
            what = "column '\(column)' has '\(value)', expected \(expected)"
        case .duplicate(let entry):
            what = "'\(entry)' appears more than once"
        }
        return "\(file):\(line): \(what)"
    }
}

extension String {
    /// The string without leading and trailing spaces (not tabs, which separate columns).
    func trimmingSpaces() -> String {
        var view = Substring(self)
        while view.first == " " { view = view.dropFirst() }
        while view.last == " " { view = view.dropLast() }
        return String(view)
    }
}
