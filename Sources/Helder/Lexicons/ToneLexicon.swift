/// What a letter makes the reader face, from `Lexicons/toon.tsv` (`patroon`, `signaal`, `gewicht`, `naam`):
/// consequences and the conditions that tie them to the reader, duties, distrust and pressure, and what
/// relieves them (a reason, help, understanding, rights). The tone model (`ToneAnalysis`) is built on these.
public struct ToneLexicon: Sendable {
    static let columns = ["patroon", "signaal", "gewicht", "naam"]
    /// The file's name in `Lexicons/`.
    public static let fileName = "toon.tsv"

    /// The kinds of signal, by their Dutch name in the `signaal` column.
    public enum Signal: String, Sendable, CaseIterable {
        /// A consequence that is a sanction or a loss by itself (`boete`, `beslag`, `terugbetalen`).
        case sanctie
        /// A word that is a loss only when it concerns something the reader receives (`verlagen`, `stoppen`).
        case verlies
        /// Something the reader receives (`uitkering`), also as the head of a compound (`bijstandsuitkering`).
        case voordeel
        /// Cancels the consequences of its sentence: good news or an arrangement (`in delen terugbetalen`).
        case geengevolg
        /// A condition on the reader (`als u … niet`, `anders`).
        case voorwaarde
        /// Looks like a condition but is none (`anders gezegd`, `lukt het niet`).
        case geenvoorwaarde
        /// At the start of a sentence: continues the condition of the question before (`Dan …`).
        case vervolg
        /// The sender announces what it can or will do (`wij kunnen`): a loss there is a threat, not a fact.
        case dreigvorm
        /// A duty put on the reader (`u moet`, `u bent verplicht`).
        case plicht
        /// Suspicion, control and enforcement (`fraude`, `huisbezoek`).
        case wantrouwen
        /// Urgency without a date; it presses the reader only in a sentence that asks something of them.
        case haast
        /// Escalation and warnings (`laatste waarschuwing`, `nog steeds niet`).
        case druk
        /// Blame (`u heeft verzuimd`).
        case schuld
        /// A reason given (`omdat`).
        case reden
        /// Help or contact offered.
        case hulp
        /// Understanding for the reader's situation.
        case begrip
        /// A right of the reader named (`bezwaar`).
        case recht

        /// Whether the signal adds pressure with a weight of 1 to 3 (the others have weight 0).
        public var isWeighted: Bool {
            switch self {
            case .sanctie, .verlies, .plicht, .wantrouwen, .haast, .druk, .schuld: true
            default: false
            }
        }
    }

    /// One entry.
    public struct Entry: Sendable, Equatable {
        public var pattern: String
        public var signal: Signal
        /// 1 (light) to 3 (heavy) for weighted signals, 0 for the others or to switch an entry off.
        public var weight: Int
        /// What Helder calls it in a message (`een boete`, `verlaging`).
        public var name: String
    }

    public private(set) var entries: [Entry] = []
    /// The folded `voordeel` words, matched as whole words and as the last part of a compound.
    public private(set) var benefits: Set<String> = []
    /// The same words as UTF-8 bytes, for the per-word check.
    private var benefitBytes: [[UInt8]] = []

    public init() {}

    /// Parses `Lexicons/toon.tsv` or a file in the same format.
    public init(_ lexicon: LexiconTable) throws(LexiconError) {
        for row in lexicon.rows {
            let signal: Signal = try parseKind(row[1], column: "signaal", line: row.line, in: lexicon)
            let range = signal.isWeighted ? 0...3 : 0...0
            guard let weight = Int(row[2]), range.contains(weight) else {
                throw LexiconError(
                    file: lexicon.name, line: row.line,
                    problem: .invalidValue(
                        column: "gewicht", value: row[2],
                        expected: signal.isWeighted
                            ? "1, 2 of 3 (of 0 om het uit te zetten)" : "0 bij \(signal.rawValue)"))
            }
            guard !row[3].isEmpty else {
                throw LexiconError(file: lexicon.name, line: row.line, problem: .emptyField(column: "naam"))
            }
            try validatePattern(row[0], lexicon: lexicon, line: row.line)
            if signal == .voordeel, row[0].contains(where: { $0 == " " || $0 == "|" || $0 == "…" }) {
                throw LexiconError(
                    file: lexicon.name, line: row.line,
                    problem: .invalidValue(column: "patroon", value: row[0], expected: "één woord bij voordeel"))
            }
            entries.append(Entry(pattern: row[0], signal: signal, weight: weight, name: row[3]))
        }
        rebuildBenefits()
    }

    /// Adds an organisation's entries: an entry with the same pattern replaces the built-in one
    /// (so `gewicht` 0 switches a weighted built-in pattern off).
    public mutating func merge(_ other: ToneLexicon) {
        mergeByPattern(&entries, other.entries, pattern: \.pattern)
        rebuildBenefits()
    }

    /// Whether an entry takes part in matching: weighted entries with weight 0 are switched off;
    /// `voordeel` words are looked up per word instead.
    func isMatched(_ entry: Entry) -> Bool {
        entry.signal != .voordeel && (!entry.signal.isWeighted || entry.weight > 0)
    }

    /// Whether the folded word is something the reader receives: a `voordeel` word, or a compound ending
    /// in one (Dutch compounds take their meaning from the last part: `bijstandsuitkering`, `ww-uitkering`).
    public func isBenefit(folded word: String) -> Bool {
        var word = word
        return word.withUTF8 { isBenefit(bytes: $0) }
    }

    /// The same for a word as written (UTF-8, any case): ASCII letters are compared without case, so no
    /// string is made per word (the check runs on every word of a sentence with a loss).
    func isBenefit(bytes word: UnsafeBufferPointer<UInt8>) -> Bool {
        benefitBytes.contains { benefit in
            // A whole word, or the last part of a compound with at least two letters in front.
            guard word.count == benefit.count || word.count >= benefit.count + 2 else { return false }
            let offset = word.count - benefit.count
            for index in 0..<benefit.count {
                var byte = word[offset + index]
                if CharacterClasses.isASCIIUpper(byte) { byte |= 0x20 }
                if byte != benefit[index] { return false }
            }
            return true
        }
    }

    private mutating func rebuildBenefits() {
        benefits = Set(entries.filter { $0.signal == .voordeel }.map { WordFolding.fold($0.pattern) })
        benefitBytes = benefits.sorted().map { Array($0.utf8) }
    }
}
