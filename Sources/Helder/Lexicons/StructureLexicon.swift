/// The parts of a letter, from `Lexicons/briefopbouw.tsv` (`patroon`, `soort`, `waarde`): phrases that
/// mark the decision, the reader's duties, deadlines, the bezwaar paragraph, help, the explanation
/// of an amount and attachments.
public struct StructureLexicon: Sendable {
    static let columns = ["patroon", "soort", "waarde"]

    /// The kinds of phrase, by their Dutch name in the `soort` column.
    public enum Kind: String, Sendable, CaseIterable {
        case besluit
        case hoofdboodschap
        case plicht
        case gebiedend
        case geenplicht
        case plichtkop
        case termijn
        case datumtermijn
        case vagetermijn
        case termijneenheid
        case bezwaar
        case bezwaarjuridisch
        case bezwaareenvoudig
        case hulp
        case bedraguitleg
        case bijlage
        case beschikking
    }

    /// A unit of time in a deadline (`waarde` of a `termijneenheid`).
    public enum TimeUnit: String, Sendable, CaseIterable {
        case dag
        case week
        case maand
        case werkdag
    }

    /// One entry.
    public struct Entry: Sendable, Equatable {
        public var pattern: String
        public var kind: Kind
        /// For a `termijneenheid`: its unit.
        public var unit: TimeUnit?
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    /// Adds an organisation's phrases (for example its own way of asking for documents).
    public mutating func merge(_ other: StructureLexicon) {
        entries += other.entries.filter { !entries.contains($0) }
    }

    /// Parses `Lexicons/briefopbouw.tsv`.
    public init(_ lexicon: LexiconTable) throws(LexiconError) {
        for row in lexicon.rows {
            let kind: Kind = try parseKind(row[1], column: "soort", line: row.line, in: lexicon)
            try validatePattern(row[0], lexicon: lexicon, line: row.line)
            var unit: TimeUnit?
            if kind == .termijneenheid {
                unit = try parseKind(row[2], column: "waarde", line: row.line, in: lexicon)
            } else if !row[2].isEmpty {
                throw LexiconError(
                    file: lexicon.name, line: row.line,
                    problem: .invalidValue(
                        column: "waarde", value: row[2], expected: "niets (alleen termijneenheid heeft een waarde)"))
            }
            entries.append(Entry(pattern: row[0], kind: kind, unit: unit))
        }
    }
}

/// Numbers written as words, from `Lexicons/telwoorden.tsv` (`woord`, `waarde`), so that
/// "binnen zes weken" can be turned into a date.
public struct NumberWords: Sendable {
    static let columns = ["woord", "waarde"]

    private var values: [String: Int] = [:]

    public init() {}

    /// Parses `Lexicons/telwoorden.tsv`.
    public init(_ lexicon: LexiconTable) throws(LexiconError) {
        for row in lexicon.rows {
            guard let value = Int(row[1]), value > 0 else {
                throw LexiconError(
                    file: lexicon.name, line: row.line,
                    problem: .invalidValue(column: "waarde", value: row[1], expected: "een geheel getal boven 0"))
            }
            values[WordFolding.fold(row[0])] = value
        }
    }

    /// The value of a number word or of digits (`zes`, `6`), nil for anything else.
    public func value(of word: String) -> Int? {
        if let digits = Int(word), digits > 0 { return digits }
        return values[WordFolding.fold(word)]
    }
}
