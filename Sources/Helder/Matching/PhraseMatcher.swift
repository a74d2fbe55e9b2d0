/// Finds the phrases of every phrase lexicon in a sentence at once.
///
/// All patterns are compiled into one vocabulary and indexed by the words they can start with, so
/// a sentence costs one table look-up per word plus the few candidate patterns. Within one lexicon
/// the longest match wins and no word is counted twice.
public struct PhraseMatcher: Sendable {
    /// Which lexicon a pattern came from, and its entry there.
    public struct Owner: Sendable, Equatable {
        public var lexicon: PhraseLexiconKind
        public var entry: Int32
        /// Matches compete for words only within one lexicon and group (the letter-structure lexicon
        /// has a group per kind: a duty and its deadline may share words).
        public var group: Int32

        public init(lexicon: PhraseLexiconKind, entry: Int32, group: Int32 = 0) {
            self.lexicon = lexicon
            self.entry = entry
            self.group = group
        }
    }

    /// Sized for the words of the built-in lexicons (about 9,000), so it is not rebuilt while they are added.
    public private(set) var vocabulary = PhraseVocabulary(capacity: 16_384)
    /// Every pattern as a flat program, so matching touches no reference-counted values: per element
    /// a kind (`word`, `optional`, `gap`), a count and that many vocabulary ids.
    private var program: [Int32] = []
    /// Where each pattern's elements start and end in `program`.
    private var bounds: [(start: Int32, end: Int32)] = []
    private var owners: [Owner] = []
    /// Pattern indices by the vocabulary id of a word they can start with, for patterns that do not start
    /// with two required words.
    private var byFirstWord: [[Int32]] = []
    /// Patterns that start with two required words (`in het kader`, `het plaatsen van`), by the pair of words:
    /// under a common first word (`het`, `u`, `in`) hundreds of patterns wait, and the pair finds the few that
    /// can match without trying the others.
    private var byFirstTwoWords: [UInt64: [Int32]] = [:]

    private static let wordCode: Int32 = 0
    private static let optionalCode: Int32 = 1
    private static let gapCode: Int32 = 2

    public init() {}

    /// The number of patterns.
    public var count: Int { bounds.count }

    /// The owner of pattern `index`.
    public func owner(of index: Int32) -> Owner { owners[Int(index)] }

    /// Adds a pattern; returns the reason when its syntax is wrong.
    mutating func add(_ text: String, owner: Owner) -> PhrasePattern.PatternError? {
        switch PhrasePattern.compile(text, vocabulary: &vocabulary) {
        case .failure(let error):
            return error
        case .success(let pattern):
            let index = Int32(bounds.count)
            let start = Int32(program.count)
            for element in pattern.elements {
                switch element {
                // Appended piece by piece: no temporary arrays for thousands of patterns at every start.
                case .word(let ids):
                    program.append(Self.wordCode)
                    program.append(Int32(ids.count))
                    program.append(contentsOf: ids)
                case .optional(let ids):
                    program.append(Self.optionalCode)
                    program.append(Int32(ids.count))
                    program.append(contentsOf: ids)
                case .gap:
                    program.append(Self.gapCode)
                    program.append(0)
                }
            }
            bounds.append((start, Int32(program.count)))
            owners.append(owner)
            if byFirstWord.count < vocabulary.count {
                byFirstWord.append(contentsOf: Array(repeating: [], count: vocabulary.count - byFirstWord.count))
            }
            // Two required words first: index under every pair of their words.
            if pattern.elements.count >= 2, case .word(let firsts) = pattern.elements[0],
                case .word(let seconds) = pattern.elements[1]
            {
                for first in firsts {
                    for second in seconds { byFirstTwoWords[Self.pair(first, second), default: []].append(index) }
                }
                return nil
            }
            // Otherwise under every word that can come first: the words of leading optional elements and the
            // first required one.
            for element in pattern.elements {
                switch element {
                case .optional(let ids):
                    for id in ids { byFirstWord[Int(id)].append(index) }
                    continue
                case .word(let ids):
                    for id in ids { byFirstWord[Int(id)].append(index) }
                case .gap:
                    break
                }
                break
            }
            return nil
        }
    }

    /// The matches in one sentence, given the vocabulary id (or -1) of each of its words in order.
    ///
    /// `tokens[i]` is the token index of word `i`; matches report token indices.
    public func matches(ids: [Int32], tokens: [Int32]) -> [PhraseMatch] {
        var found: [PhraseMatch] = []
        program.withUnsafeBufferPointer { code in
            ids.withUnsafeBufferPointer { words in
                func tryPatterns(_ candidates: [Int32], at start: Int) {
                    for patternIndex in candidates {
                        let (first, last) = bounds[Int(patternIndex)]
                        guard let end = Self.match(code, at: Int(first), end: Int(last), position: start, words: words)
                        else { continue }
                        // `end` is one past the last word; a match of only optional words is impossible by construction.
                        found.append(
                            PhraseMatch(
                                pattern: patternIndex, firstWord: Int32(start), lastWord: Int32(end - 1),
                                firstToken: tokens[start], lastToken: tokens[end - 1]))
                    }
                }
                for start in 0..<words.count where words[start] >= 0 && Int(words[start]) < byFirstWord.count {
                    tryPatterns(byFirstWord[Int(words[start])], at: start)
                    if start + 1 < words.count, words[start + 1] >= 0,
                        let candidates = byFirstTwoWords[Self.pair(words[start], words[start + 1])]
                    {
                        tryPatterns(candidates, at: start)
                    }
                }
            }
        }
        return resolveOverlaps(found)
    }

    /// The key of a pair of vocabulary ids.
    @inline(__always)
    private static func pair(_ first: Int32, _ second: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
    }

    /// The position after the match of the elements from `pc` to `end` starting at word `position`, or nil.
    private static func match(
        _ code: UnsafeBufferPointer<Int32>, at pc: Int, end: Int, position: Int, words: UnsafeBufferPointer<Int32>
    ) -> Int? {
        guard pc < end else { return position }
        let kind = code[pc]
        let count = Int(code[pc + 1])
        let next = pc + 2 + count
        func allows(_ word: Int) -> Bool {
            guard word < words.count else { return false }
            let id = words[word]
            for offset in 0..<count where code[pc + 2 + offset] == id { return true }
            return false
        }
        switch kind {
        case wordCode:
            guard allows(position) else { return nil }
            return match(code, at: next, end: end, position: position + 1, words: words)
        case optionalCode:
            if allows(position), let found = match(code, at: next, end: end, position: position + 1, words: words) {
                return found
            }
            return match(code, at: next, end: end, position: position, words: words)
        default:
            // A gap: the nearest continuation wins, so `u dient … te` spans as little as possible.
            for skipped in 0...PhrasePattern.maximumGap where position + skipped <= words.count {
                if let found = match(code, at: next, end: end, position: position + skipped, words: words) {
                    return found
                }
            }
            return nil
        }
    }

    /// Per lexicon: the longest matches first, then the earliest; a word belongs to one match at most.
    /// Across lexicons, a jargon construction of several words inside a coercion match is the same phrase
    /// counted twice (`dient … te` in `u dient … te`), so only the coercion match stays; a single
    /// officialese word inside a threat (`indien` in `indien u … niet … zullen wij`) is a problem of its own
    /// and stays. Linear in the matches.
    private func resolveOverlaps(_ matches: [PhraseMatch]) -> [PhraseMatch] {
        guard matches.count > 1 else { return matches }
        let ordered = matches.sorted { lhs, rhs in
            let lhsLength = lhs.lastWord - lhs.firstWord
            let rhsLength = rhs.lastWord - rhs.firstWord
            if lhsLength != rhsLength { return lhsLength > rhsLength }
            if lhs.firstWord != rhs.firstWord { return lhs.firstWord < rhs.firstWord }
            return lhs.pattern < rhs.pattern
        }
        let words = Int(matches.map(\.lastWord).max()!) + 1
        var used: [Int: [Bool]] = [:]
        var accepted: [PhraseMatch] = []
        var coercionSpans: [ClosedRange<Int32>] = []
        for candidate in ordered {
            let owner = owners[Int(candidate.pattern)]
            let lexicon = owner.lexicon
            let slot = PhraseLexiconKind.allCases.firstIndex(of: lexicon)! << 16 | Int(owner.group)
            let range = Int(candidate.firstWord)...Int(candidate.lastWord)
            var taken = used[slot] ?? Array(repeating: false, count: words)
            guard !range.contains(where: { taken[$0] }) else { continue }
            for word in range { taken[word] = true }
            used[slot] = taken
            accepted.append(candidate)
            if lexicon == .coercion { coercionSpans.append(candidate.firstWord...candidate.lastWord) }
        }
        return accepted.filter { match in
            guard owners[Int(match.pattern)].lexicon == .jargon, match.lastWord > match.firstWord else { return true }
            return !coercionSpans.contains { $0.contains(match.firstWord) && $0.contains(match.lastWord) }
        }.sorted { ($0.firstWord, $0.lastWord) < ($1.firstWord, $1.lastWord) }
    }
}

/// A phrase found in a sentence.
public struct PhraseMatch: Sendable, Equatable {
    /// The pattern, to ask the matcher for its owner.
    public var pattern: Int32
    /// First and last word (positions among the sentence's words).
    public var firstWord: Int32
    public var lastWord: Int32
    /// First and last token (indices in the block's tokens).
    public var firstToken: Int32
    public var lastToken: Int32
}

/// The lexicons whose patterns the matcher holds.
public enum PhraseLexiconKind: String, Sendable, Equatable, CaseIterable {
    case jargon
    case coercion
    /// Phrases that introduce a plain explanation (`dat betekent`), from `tekstherkenning.tsv`.
    case explanation
    /// The parts of a letter (decision, duties, deadlines, bezwaar, help), from `briefopbouw.tsv`.
    case structure
    /// What the letter makes the reader face (consequences, conditions, duties, relief), from `toon.tsv`.
    case tone
}
