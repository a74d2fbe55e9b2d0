/// Words whose syllables the rules get wrong, from `Lexicons/lettergrepen.tsv` (`woord`, `afbreking`).
///
/// The `afbreking` column spells the word with `·` between syllables (`web·site`), so every entry
/// shows its own evidence and a test checks that the letters match the word.
public struct SyllableExceptions: Sendable {
    static let columns = ["woord", "afbreking"]
    /// Shortest listed word that is also recognised at the end of a compound (`gemeente|website`).
    static let minimumCompoundTail = 4
    /// Shortest head left in front of such a compound ending.
    static let minimumCompoundHead = 3

    private var table = ByteKeyTable<Int>()
    private var longestWord = 0

    /// The number of entries.
    public var count: Int { table.count }

    /// An empty list: the rules alone.
    public init() {}

    /// Parses `Lexicons/lettergrepen.tsv` or a file in the same format.
    public init(_ lexicon: LexiconTable) throws(LexiconError) {
        for row in lexicon.rows {
            let word = WordFolding.fold(row[0])
            let syllables = row[1].split(separator: "·", omittingEmptySubsequences: false)
            let joined = WordFolding.fold(syllables.joined()).replacingOccurrences(of: "-", with: "")
            guard syllables.allSatisfy({ !$0.isEmpty }),
                joined == word.replacingOccurrences(of: "-", with: "")
            else {
                throw LexiconError(
                    file: lexicon.name, line: row.line,
                    problem: .invalidValue(
                        column: "afbreking", value: row[1],
                        expected: "de letters van '\(row[0])' met · tussen de lettergrepen"))
            }
            guard table.insert(word, value: syllables.count) else {
                throw LexiconError(file: lexicon.name, line: row.line, problem: .duplicate(row[0]))
            }
            longestWord = max(longestWord, word.utf8.count)
        }
    }

    /// The listed syllable count of a folded word.
    func syllables(forFolded word: UnsafeBufferPointer<UInt8>) -> Int? {
        table.value(for: word)
    }

    /// The longest listed word at the end of `word` that leaves a head of some length, e.g. `website` in `gemeentewebsite`.
    func compoundEnding(in word: UnsafeBufferPointer<UInt8>) -> (headLength: Int, syllables: Int)? {
        guard word.count >= Self.minimumCompoundTail + Self.minimumCompoundHead else { return nil }
        var head = max(Self.minimumCompoundHead, word.count - longestWord)
        while head <= word.count - Self.minimumCompoundTail {
            // Only split between whole UTF-8 scalars.
            if word[head] & 0xC0 != 0x80, let syllables = table.value(for: UnsafeBufferPointer(rebasing: word[head...]))
            {
                return (head, syllables)
            }
            head += 1
        }
        return nil
    }
}
