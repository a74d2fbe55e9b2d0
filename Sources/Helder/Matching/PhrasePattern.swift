/// A phrase to find, compiled from the `patroon` column of a phrase lexicon.
///
/// Syntax: words separated by spaces; `a|b|c` is one of several words at one position (inflected
/// forms: `verstrekken|verstrekt|verstrekking`); `(woord)` is an optional word; `…` (or `...`) is a
/// gap of up to `PhrasePattern.maximumGap` words within the sentence (`u dient … te`,
/// `draagt … zorg voor`). Matching is case-insensitive and on whole words.
public struct PhrasePattern: Sendable, Equatable {
    /// One position of the pattern.
    public enum Element: Sendable, Equatable {
        /// One of these words (vocabulary ids).
        case word([Int32])
        /// Optionally one of these words.
        case optional([Int32])
        /// Up to `PhrasePattern.maximumGap` words of anything.
        case gap
    }

    /// The most words a `…` may skip.
    public static let maximumGap = 6

    public var elements: [Element]

    /// Compiles `text`, adding its words to `vocabulary`; a failure says what is wrong with the syntax.
    ///
    /// Works on the UTF-8 bytes: thousands of patterns are compiled at every start.
    static func compile(_ text: String, vocabulary: inout PhraseVocabulary) -> Result<PhrasePattern, PatternError> {
        parse(text) { vocabulary.id(for: $0) }
    }

    /// The syntax error in `text`, if any, without touching a vocabulary (for checking lexicon lines).
    static func syntaxError(in text: String) -> PatternError? {
        if case .failure(let error) = parse(text, wordID: { _ in 0 }) { return error }
        return nil
    }

    /// Splits `text` into elements, numbering each word with `wordID`.
    private static func parse(_ text: String, wordID: (UnsafeBufferPointer<UInt8>) -> Int32)
        -> Result<PhrasePattern, PatternError>
    {
        var text = text
        return text.withUTF8 { bytes in
            var elements: [Element] = []
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                defer { start = end + 1 }
                guard end > start else { continue }
                let part = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if isGap(part) {
                    guard !elements.isEmpty else { return .failure(.startsWithGap) }
                    if case .gap = elements.last { return .failure(.doubleGap) }
                    elements.append(.gap)
                    continue
                }
                var body = part
                let optional = part.count >= 2 && part.first == UInt8(ascii: "(") && part.last == UInt8(ascii: ")")
                if optional { body = UnsafeBufferPointer(rebasing: part[1..<(part.count - 1)]) }
                let partText = { String(decoding: part, as: UTF8.self) }
                guard !body.isEmpty, !body.contains(UInt8(ascii: "(")), !body.contains(UInt8(ascii: ")")) else {
                    return .failure(.unbalancedParenthesis(partText()))
                }
                var ids: [Int32] = []
                var wordStart = 0
                for index in 0...body.count where index == body.count || body[index] == UInt8(ascii: "|") {
                    guard index > wordStart else { return .failure(.emptyAlternative(partText())) }
                    ids.append(wordID(UnsafeBufferPointer(rebasing: body[wordStart..<index])))
                    wordStart = index + 1
                }
                elements.append(optional ? .optional(ids) : .word(ids))
            }
            guard elements.contains(where: { if case .word = $0 { return true } else { return false } }) else {
                return .failure(.noRequiredWord)
            }
            if case .gap = elements.last { return .failure(.endsWithGap) }
            return .success(PhrasePattern(elements: elements))
        }
    }

    /// `…` (U+2026) or `...`.
    private static func isGap(_ part: UnsafeBufferPointer<UInt8>) -> Bool {
        part.count == 3
            && ((part[0] == 0xE2 && part[1] == 0x80 && part[2] == 0xA6)
                || (part[0] == UInt8(ascii: ".") && part[1] == UInt8(ascii: ".") && part[2] == UInt8(ascii: ".")))
    }

    /// Why a pattern cannot be compiled.
    enum PatternError: Error, Equatable {
        case startsWithGap
        case endsWithGap
        case doubleGap
        case unbalancedParenthesis(String)
        case emptyAlternative(String)
        case noRequiredWord

        /// What to write in a lexicon error, in Dutch (after "verwacht").
        var expectation: String {
            switch self {
            case .startsWithGap: "een patroon dat niet met … begint"
            case .endsWithGap: "een patroon dat niet op … eindigt"
            case .doubleGap: "één … tussen woorden, niet twee"
            case .unbalancedParenthesis(let part): "(woord) om een heel woord, niet '\(part)'"
            case .emptyAlternative(let part): "woorden aan beide kanten van |, niet '\(part)'"
            case .noRequiredWord: "minstens één woord dat niet optioneel is"
            }
        }
    }
}

/// The words of all phrase patterns, each with a number, so matching compares integers.
public struct PhraseVocabulary: Sendable {
    private var table: ByteKeyTable<Int32>

    /// The number of distinct words.
    public var count: Int { table.count }

    /// An empty vocabulary sized for about `capacity` words.
    public init(capacity: Int = 4096) {
        table = ByteKeyTable(minimumCapacity: capacity)
    }

    /// Ids of words that a pattern writes with a capital (`Werkplein`): names an organisation put in its lexicon.
    private var capitalised: Set<Int32> = []

    /// The id of `word` (UTF-8, any case), adding it when new. A word written with a capital is remembered: it
    /// also matches with a capital inside a sentence, where a capitalised word is otherwise taken for a name.
    mutating func id(for word: UnsafeBufferPointer<UInt8>) -> Int32 {
        var folded: [UInt8] = []
        WordFolding.fold(word, into: &folded)
        let id = folded.withUnsafeBufferPointer { folded in
            if let id = table.value(for: folded) { return id }
            let id = Int32(table.count)
            table.insert(folded, value: id)
            return id
        }
        if Self.startsWithCapital(word) { capitalised.insert(id) }
        return id
    }

    /// Whether a pattern writes word `id` with a capital, so that it matches a capitalised word inside a sentence.
    public func isCapitalised(_ id: Int32) -> Bool {
        id >= 0 && capitalised.contains(id)
    }

    private static func startsWithCapital(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = word.first else { return false }
        if first < 0x80 { return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") }
        let scalar = String(decoding: word.prefix(4), as: UTF8.self).unicodeScalars.first
        return scalar?.properties.isUppercase ?? false
    }

    /// The id of a folded word, or -1 when no pattern uses it.
    func id(ofFolded word: UnsafeBufferPointer<UInt8>) -> Int32 {
        table.value(for: word) ?? -1
    }
}
