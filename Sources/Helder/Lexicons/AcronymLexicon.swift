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
    /// Entry index by spelling (as listed and in capitals), keyed by UTF-8 bytes for the per-word lookup.
    private var byForm = ByteKeyTable<Int>()

    public init() {}

    /// Parses `Lexicons/letterwoorden.tsv` or a file in the same format.
    public init(_ lexicon: LexiconTable) throws(LexiconError) {
        for row in lexicon.rows {
            guard !row[1].isEmpty else {
                throw LexiconError(file: lexicon.name, line: row.line, problem: .emptyField(column: "voluit"))
            }
            guard byForm.value(for: row[0]) == nil,
                byForm.value(for: row[0].uppercased()) == nil || row[0] == row[0].uppercased()
            else {
                throw LexiconError(file: lexicon.name, line: row.line, problem: .duplicate(row[0]))
            }
            byForm.setValue(entries.count, for: row[0])
            byForm.insert(row[0].uppercased(), value: entries.count)
            entries.append(Entry(acronym: row[0], fullForm: row[1], explanation: row[2]))
        }
    }

    /// Adds an organisation's acronyms; one with the same spelling replaces the built-in one.
    public mutating func merge(_ other: AcronymLexicon) {
        for entry in other.entries {
            if let position = byForm.value(for: entry.acronym) {
                entries[position] = entry
            } else {
                byForm.setValue(entries.count, for: entry.acronym)
                byForm.insert(entry.acronym.uppercased(), value: entries.count)
                entries.append(entry)
            }
        }
    }

    /// The entry for a word written exactly as listed or in capitals (`UWV`, `Awb`, `AWB`; not `duo`).
    public func entry(forWritten word: String) -> Entry? {
        byForm.value(for: word).map { entries[$0] }
    }

    /// The entry for a word given as UTF-8 bytes, as `entry(forWritten:)`, without making a `String`.
    public func entry(forWritten word: UnsafeBufferPointer<UInt8>) -> Entry? {
        byForm.value(for: word).map { entries[$0] }
    }
}
