/// Officialese, legal and other hard words and phrases, from `Lexicons/jargon.tsv`
/// (`patroon`, `soort`, `alternatief`, `uitleg`, `ernst`, `veilig`).
public struct JargonLexicon: Sendable {
    static let columns = ["patroon", "soort", "alternatief", "uitleg", "ernst", "veilig"]

    /// The kinds of jargon, by their Dutch name in the `soort` column; each is a rule of its own.
    public enum Kind: String, Sendable, CaseIterable {
        case ambtelijk
        case juridisch
        case latijn
        case archaisch = "archaïsch"
        case vaktaal
        case woordkeus
        case nominalisatie
    }

    /// One entry.
    public struct Entry: Sendable, Equatable {
        /// The pattern as written in the lexicon.
        public var pattern: String
        public var kind: Kind
        /// Plain alternatives; empty for terms that must stay (then `explanation` says what to explain).
        public var alternatives: [String]
        /// A plain explanation the letter should give, or why the word is hard.
        public var explanation: String?
        /// The severity of a finding; nil when an organisation switched the term off (`ernst` = `uit`).
        public var severity: Severity?
        /// Whether the single alternative can replace the match word for word.
        public var safeToReplace: Bool
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    /// Adds an organisation's entries: an entry with the same pattern replaces the built-in one
    /// (so `ernst` = `uit` switches a built-in term off).
    public mutating func merge(_ other: JargonLexicon) {
        mergeByPattern(&entries, other.entries, pattern: \.pattern)
    }

    /// Parses `Lexicons/jargon.tsv` or a file in the same format.
    public init(_ lexicon: LexiconTable) throws(LexiconError) {
        for row in lexicon.rows {
            guard let kind = Kind(rawValue: row[1]) else {
                throw LexiconError(
                    file: lexicon.name, line: row.line,
                    problem: .invalidValue(
                        column: "soort", value: row[1], expected: Kind.allCases.map(\.rawValue).joined(separator: ", "))
                )
            }
            let alternatives = row[2].split(separator: "|").map { String($0).trimmed() }.filter { !$0.isEmpty }
            let explanation = row[3].isEmpty ? nil : row[3]
            let severity: Severity?
            if row[4] == "uit" {
                severity = nil
            } else if let value = Severity(rawValue: row[4]) {
                severity = value
            } else {
                throw LexiconError(
                    file: lexicon.name, line: row.line,
                    problem: .invalidValue(column: "ernst", value: row[4], expected: "info, warning, error or uit"))
            }
            guard severity == nil || !alternatives.isEmpty || explanation != nil else {
                throw LexiconError(
                    file: lexicon.name, line: row.line,
                    problem: .invalidValue(column: "alternatief", value: "", expected: "an alternative or an uitleg"))
            }
            guard row[5] == "ja" || row[5] == "nee" else {
                throw LexiconError(
                    file: lexicon.name, line: row.line,
                    problem: .invalidValue(column: "veilig", value: row[5], expected: "ja or nee"))
            }
            try validatePattern(row[0], lexicon: lexicon, line: row.line)
            entries.append(
                Entry(
                    pattern: row[0], kind: kind, alternatives: alternatives, explanation: explanation,
                    severity: severity,
                    safeToReplace: row[5] == "ja" && alternatives.count == 1))
        }
    }
}

/// Coercive phrasing, from `Lexicons/dwang.tsv` (`patroon`, `soort`, `gewicht`, `alternatief`, `uitleg`).
public struct CoercionLexicon: Sendable {
    static let columns = ["patroon", "soort", "gewicht", "alternatief", "uitleg"]

    /// The kinds of coercion, by their Dutch name in the `soort` column; each is a rule of its own.
    public enum Kind: String, Sendable, CaseIterable {
        case verplichting
        case dreiging
        case wantrouwen
        case urgentie
        case schuld
        case onpersoonlijk
    }

    /// One entry.
    public struct Entry: Sendable, Equatable {
        public var pattern: String
        public var kind: Kind
        /// 1 (stiff) to 3 (explicit threat or accusation); 0 when switched off.
        public var weight: Int
        /// A friendlier way to say it.
        public var alternative: String
        /// Why it harms the letter.
        public var explanation: String

        /// The severity of a finding for this entry.
        public var severity: Severity? {
            switch weight {
            case 3: .error
            case 2: .warning
            case 1: .info
            default: nil
            }
        }
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    /// Adds an organisation's entries: an entry with the same pattern replaces the built-in one
    /// (so `gewicht` = `0` switches a built-in pattern off).
    public mutating func merge(_ other: CoercionLexicon) {
        mergeByPattern(&entries, other.entries, pattern: \.pattern)
    }

    /// Parses `Lexicons/dwang.tsv` or a file in the same format.
    public init(_ lexicon: LexiconTable) throws(LexiconError) {
        for row in lexicon.rows {
            guard let kind = Kind(rawValue: row[1]) else {
                throw LexiconError(
                    file: lexicon.name, line: row.line,
                    problem: .invalidValue(
                        column: "soort", value: row[1], expected: Kind.allCases.map(\.rawValue).joined(separator: ", "))
                )
            }
            guard let weight = Int(row[2]), (0...3).contains(weight) else {
                throw LexiconError(
                    file: lexicon.name, line: row.line,
                    problem: .invalidValue(
                        column: "gewicht", value: row[2], expected: "1, 2, 3 (or 0 to switch it off)"))
            }
            guard weight == 0 || !row[3].isEmpty else {
                throw LexiconError(file: lexicon.name, line: row.line, problem: .emptyField(column: "alternatief"))
            }
            try validatePattern(row[0], lexicon: lexicon, line: row.line)
            entries.append(Entry(pattern: row[0], kind: kind, weight: weight, alternative: row[3], explanation: row[4]))
        }
    }
}

/// Acronyms and abbreviations without dots, from `Lexicons/letterwoorden.tsv` (`afkorting`, `voluit`, `uitleg`).
public struct AcronymLexicon: Sendable {
    static let columns = ["afkorting", "voluit", "uitleg"]

    /// One acronym.
    public struct Entry: Sendable, Equatable {
        /// As normally written: `UWV`, `Awb`, `pgb`.
        public var acronym: String
        /// The full form: `Algemene wet bestuursrecht`.
        public var fullForm: String
        /// What it is, for the reader.
        public var explanation: String
    }

    public private(set) var entries: [Entry] = []
    private var byForm: [String: Int] = [:]

    public init() {}

    /// Parses `Lexicons/letterwoorden.tsv` or a file in the same format.
    public init(_ lexicon: LexiconTable) throws(LexiconError) {
        for row in lexicon.rows {
            guard !row[1].isEmpty else {
                throw LexiconError(file: lexicon.name, line: row.line, problem: .emptyField(column: "voluit"))
            }
            guard byForm[row[0]] == nil, byForm[row[0].uppercased()] == nil || row[0] == row[0].uppercased() else {
                throw LexiconError(file: lexicon.name, line: row.line, problem: .duplicate(row[0]))
            }
            byForm[row[0]] = entries.count
            if byForm[row[0].uppercased()] == nil { byForm[row[0].uppercased()] = entries.count }
            entries.append(Entry(acronym: row[0], fullForm: row[1], explanation: row[2]))
        }
    }

    /// Adds an organisation's acronyms; one with the same spelling replaces the built-in one.
    public mutating func merge(_ other: AcronymLexicon) {
        for entry in other.entries {
            if let position = byForm[entry.acronym] {
                entries[position] = entry
            } else {
                byForm[entry.acronym] = entries.count
                if byForm[entry.acronym.uppercased()] == nil { byForm[entry.acronym.uppercased()] = entries.count }
                entries.append(entry)
            }
        }
    }

    /// The entry for a word written exactly as listed or in capitals (`UWV`, `Awb`, `AWB`; not `duo`).
    public func entry(forWritten word: String) -> Entry? {
        byForm[word].map { entries[$0] }
    }
}

/// Adds `additions` to `entries`; an addition with the same pattern (folded) replaces the existing entry.
func mergeByPattern<Entry>(_ entries: inout [Entry], _ additions: [Entry], pattern: KeyPath<Entry, String>) {
    var index: [String: Int] = [:]
    for (position, entry) in entries.enumerated() { index[WordFolding.fold(entry[keyPath: pattern])] = position }
    for entry in additions {
        let key = WordFolding.fold(entry[keyPath: pattern])
        if let position = index[key] {
            entries[position] = entry
        } else {
            index[key] = entries.count
            entries.append(entry)
        }
    }
}

/// Reports a pattern whose syntax is wrong, with file and line.
func validatePattern(_ pattern: String, lexicon: LexiconTable, line: Int) throws(LexiconError) {
    if let error = PhrasePattern.syntaxError(in: pattern) {
        throw LexiconError(
            file: lexicon.name, line: line,
            problem: .invalidValue(column: "patroon", value: pattern, expected: error.expectation))
    }
}

extension String {
    /// Without leading and trailing spaces.
    func trimmed() -> String {
        var view = Substring(self)
        while view.first == " " { view = view.dropFirst() }
        while view.last == " " { view = view.dropLast() }
        return String(view)
    }
}
