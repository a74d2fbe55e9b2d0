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
    }

    public private(set) var vocabulary = PhraseVocabulary()
    private var patterns: [PhrasePattern] = []
    private var owners: [Owner] = []
    /// Pattern indices by the vocabulary id of a word they can start with.
    private var byFirstWord: [[Int32]] = []

    public init() {}

    /// The number of patterns.
    public var count: Int { patterns.count }

    /// The owner of pattern `index`.
    public func owner(of index: Int32) -> Owner { owners[Int(index)] }

    /// Adds a pattern; returns the reason when its syntax is wrong.
    mutating func add(_ text: String, owner: Owner) -> PhrasePattern.PatternError? {
        switch PhrasePattern.compile(text, vocabulary: &vocabulary) {
        case .failure(let error):
            return error
        case .success(let pattern):
            let index = Int32(patterns.count)
            patterns.append(pattern)
            owners.append(owner)
            if byFirstWord.count < vocabulary.count {
                byFirstWord.append(contentsOf: Array(repeating: [], count: vocabulary.count - byFirstWord.count))
            }
            // Index under every word that can come first: the words of leading optional elements and the first required one.
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
        for start in ids.indices where ids[start] >= 0 && Int(ids[start]) < byFirstWord.count {
            for patternIndex in byFirstWord[Int(ids[start])] {
                guard let end = match(patterns[Int(patternIndex)].elements, element: 0, at: start, ids: ids) else {
                    continue
                }
                // `end` is one past the last word; a match of only optional words is impossible by construction.
                found.append(
                    PhraseMatch(
                        pattern: patternIndex, firstWord: Int32(start), lastWord: Int32(end - 1),
                        firstToken: tokens[start], lastToken: tokens[end - 1]))
            }
        }
        return resolveOverlaps(found)
    }

    /// The position after the match of `elements[element...]` starting at word `position`, or nil.
    private func match(_ elements: [PhrasePattern.Element], element: Int, at position: Int, ids: [Int32]) -> Int? {
        guard element < elements.count else { return position }
        switch elements[element] {
        case .word(let allowed):
            guard position < ids.count, allowed.contains(ids[position]) else { return nil }
            return match(elements, element: element + 1, at: position + 1, ids: ids)
        case .optional(let allowed):
            if position < ids.count, allowed.contains(ids[position]),
                let end = match(elements, element: element + 1, at: position + 1, ids: ids)
            {
                return end
            }
            return match(elements, element: element + 1, at: position, ids: ids)
        case .gap:
            // The nearest continuation wins, so `u dient … te` spans as little as possible.
            for skipped in 0...PhrasePattern.maximumGap where position + skipped <= ids.count {
                if let end = match(elements, element: element + 1, at: position + skipped, ids: ids) { return end }
            }
            return nil
        }
    }

    /// Per lexicon: the longest matches first, then the earliest; a word belongs to one match at most.
    private func resolveOverlaps(_ matches: [PhraseMatch]) -> [PhraseMatch] {
        guard matches.count > 1 else { return matches }
        let ordered = matches.sorted { lhs, rhs in
            let lhsLength = lhs.lastWord - lhs.firstWord
            let rhsLength = rhs.lastWord - rhs.firstWord
            if lhsLength != rhsLength { return lhsLength > rhsLength }
            if lhs.firstWord != rhs.firstWord { return lhs.firstWord < rhs.firstWord }
            return lhs.pattern < rhs.pattern
        }
        var accepted: [PhraseMatch] = []
        for candidate in ordered {
            let lexicon = owners[Int(candidate.pattern)].lexicon
            let overlaps = accepted.contains { other in
                owners[Int(other.pattern)].lexicon == lexicon && other.firstWord <= candidate.lastWord
                    && candidate.firstWord <= other.lastWord
            }
            if !overlaps { accepted.append(candidate) }
        }
        return accepted.sorted { ($0.firstWord, $0.lastWord) < ($1.firstWord, $1.lastWord) }
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
}
