/// Small closed word classes the tokenizer and letter parser recognise, from `Lexicons/tekstherkenning.tsv` (`soort`, `tekst`).
///
/// Month names make `1 januari 2026` one date; law parts and law names make
/// `artikel 17, lid 2, van de Participatiewet` one reference; salutations and closings mark
/// the frame of a letter so it does not count as prose.
public struct RecognitionLexicon: Sendable {
    static let columns = ["soort", "tekst"]

    /// The kinds of entry, by their Dutch name in the `soort` column.
    public enum Kind: String, Sendable, CaseIterable {
        case maand
        case wetsartikel
        case wetsdeel
        case wet
        case topdomein
        case aanhef
        case afsluiting
        case lijdend
        case aanspreking
        case ontkenning
        case voegwoord
        case uitleg
        case wetsverbinding
        case wetsuffix
        case munteenheid
        case servicenummer
        case rangtelwoord
        case deelwoordbegin
        case ontkenningsbegin
        case datumlabel
        case andereDatum = "andere-datum"
        case lezer
        case afzender
        case verzoekvraag
    }

    /// Entries of the kinds that are lists of word parts rather than words, in file order, folded.
    private var parts: [Kind: [String]] = [:]

    /// The folded entries of a part kind (`wetsverbinding`, `wetsuffix`, `munteenheid`, `servicenummer`,
    /// `rangtelwoord`, `deelwoordbegin`, `ontkenningsbegin`), longest first.
    public func parts(_ kind: Kind) -> [String] {
        parts[kind] ?? []
    }

    private var words = ByteKeyTable<UInt16>()
    /// First bytes (lower case) of the words that start a law reference, for a quick rejection.
    private var lawStarterBytes = Set<UInt8>()
    /// Salutation openings, folded (`geachte`, `beste`).
    public private(set) var salutations: [String] = []
    /// Closing phrases, folded (`met vriendelijke groet`).
    public private(set) var closings: [String] = []
    /// Phrases that introduce a plain explanation, folded (`dat betekent`).
    public private(set) var explanationPhrases: [String] = []

    /// An empty lexicon.
    public init() {}

    /// Parses `Lexicons/tekstherkenning.tsv` or a file in the same format.
    public init(_ lexicon: LexiconTable) throws(LexiconError) {
        for row in lexicon.rows {
            let kind: Kind = try parseKind(row[0], column: "soort", line: row.line, in: lexicon)
            let text = WordFolding.fold(row[1])
            switch kind {
            case .aanhef: salutations.append(text)
            case .afsluiting: closings.append(text)
            case .uitleg: explanationPhrases.append(text)
            case .wetsverbinding, .wetsuffix, .munteenheid, .servicenummer, .rangtelwoord, .deelwoordbegin,
                .ontkenningsbegin:
                parts[kind, default: []].append(text)
            case .maand, .wetsartikel, .wetsdeel, .wet, .topdomein, .lijdend, .aanspreking, .ontkenning, .voegwoord,
                .datumlabel, .andereDatum, .lezer, .afzender, .verzoekvraag:
                if kind == .wetsartikel, let first = text.utf8.first { lawStarterBytes.insert(first) }
                // A word may belong to several kinds (`mei` is only a month, but stay general).
                let bit = Self.bit(kind)
                let existing = words.value(for: text) ?? 0
                if existing & bit != 0 {
                    throw LexiconError(file: lexicon.name, line: row.line, problem: .duplicate(row[1]))
                }
                words.setValue(existing | bit, for: text)
            }
        }
        for kind in parts.keys { parts[kind]!.sort { $0.utf8.count > $1.utf8.count } }
        // Longest phrase first, so `met vriendelijke groet` wins over `groet`.
        salutations.sort { $0.count > $1.count }
        closings.sort { $0.count > $1.count }
    }

    /// The bit of a word kind in the word table; kinds that are not single words have none.
    private static func bit(_ kind: Kind) -> UInt16 {
        switch kind {
        case .maand: 1 << 0
        case .wetsartikel: 1 << 1
        case .wetsdeel: 1 << 2
        case .wet: 1 << 3
        case .topdomein: 1 << 4
        case .lijdend: 1 << 5
        case .aanspreking: 1 << 6
        case .ontkenning: 1 << 7
        case .voegwoord: 1 << 8
        case .datumlabel: 1 << 9
        case .andereDatum: 1 << 10
        case .lezer: 1 << 11
        case .afzender: 1 << 12
        case .verzoekvraag: 1 << 13
        default: 0
        }
    }

    /// Whether a word starting with `byte` (any case) can start a law reference.
    func mayStartLawReference(_ byte: UInt8) -> Bool {
        lawStarterBytes.contains(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    }

    /// The word classes of a folded word that the grammar checks use.
    func classes(ofFolded word: UnsafeBufferPointer<UInt8>) -> WordClasses {
        guard let bits = words.value(for: word) else { return [] }
        var classes: WordClasses = []
        let pairs: [(Kind, WordClasses)] = [
            (.lijdend, .passiveAuxiliary), (.aanspreking, .thirdPerson), (.ontkenning, .negation),
            (.voegwoord, .conjunction), (.lezer, .reader), (.afzender, .sender),
        ]
        for (kind, wordClass) in pairs where bits & Self.bit(kind) != 0 {
            classes.insert(wordClass)
        }
        return classes
    }

    /// Whether the folded word belongs to `kind` (not for salutations and closings, which are phrases).
    func contains(folded word: UnsafeBufferPointer<UInt8>, as kind: Kind) -> Bool {
        guard let bits = words.value(for: word) else { return false }
        return bits & Self.bit(kind) != 0
    }

    /// Whether `word` as written (any case) belongs to `kind`.
    public func contains(_ word: String, as kind: Kind) -> Bool {
        var folded = WordFolding.fold(word)
        return folded.withUTF8 { contains(folded: $0, as: kind) }
    }
}

/// Word classes from `Lexicons/tekstherkenning.tsv` that grammar checks look for, stored per word.
public struct WordClasses: OptionSet, Sendable, Equatable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// A form of `worden` (`lijdend`).
    public static let passiveAuxiliary = WordClasses(rawValue: 1 << 0)
    /// A word naming the reader in the third person (`aanspreking`).
    public static let thirdPerson = WordClasses(rawValue: 1 << 1)
    /// A negation (`ontkenning`).
    public static let negation = WordClasses(rawValue: 1 << 2)
    /// A word that starts a new clause (`voegwoord`).
    public static let conjunction = WordClasses(rawValue: 1 << 3)
    /// A word that addresses the reader (`lezer`: `u`, `uw`).
    public static let reader = WordClasses(rawValue: 1 << 4)
    /// A word with which the sender speaks of itself (`afzender`: `wij`, `we`).
    public static let sender = WordClasses(rawValue: 1 << 5)
}
