/// Month names and their numbers, from `Lexicons/maanden.tsv` (`maand`, `nummer`), to read and
/// write dates (`23 januari 2026`, `12 dec. 2025`).
public struct MonthNames: Sendable {
    static let columns = ["maand", "nummer"]

    private var numbers: [String: Int] = [:]
    /// The first name of each month in the file, used to write dates.
    private var names: [Int: String] = [:]

    public init() {}

    /// Parses `Lexicons/maanden.tsv`.
    public init(_ lexicon: LexiconTable) throws(LexiconError) {
        for row in lexicon.rows {
            guard let number = Int(row[1]), (1...12).contains(number) else {
                throw LexiconError(
                    file: lexicon.name, line: row.line,
                    problem: .invalidValue(
                        column: "nummer", value: row[1], expected: "een maandnummer van 1 tot en met 12"))
            }
            let name = WordFolding.fold(row[0])
            if numbers[name] != nil {
                throw LexiconError(file: lexicon.name, line: row.line, problem: .duplicate(row[0]))
            }
            numbers[name] = number
            if names[number] == nil { names[number] = row[0] }
        }
    }

    /// The number of a month name as written (`december`, `Dec.`), nil for other words.
    public func number(of word: String) -> Int? { numbers[WordFolding.fold(word)] }

    /// The name to write a month with.
    public func name(of month: Int) -> String? { names[month] }

    /// Every form in the file, folded.
    public var forms: Set<String> { Set(numbers.keys) }
}
