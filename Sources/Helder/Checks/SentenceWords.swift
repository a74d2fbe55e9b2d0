/// The words of one sentence with their grammar classes, for checks that look at word order
/// (passive voice, double negation, third-person address). Folded text is made only when asked for.
struct SentenceWords {
    /// Token indices of the words, in order.
    var tokens: [Int] = []
    /// The grammar classes of each word.
    var classes: [WordClasses] = []
    /// Whether punctuation (a comma, semicolon, colon or bracket) stands before each word.
    var clauseBreaks: [Bool] = []
    private let block: AnalyzedBlock
    private let bytes: UnsafeBufferPointer<UInt8>

    init(_ sentence: Sentence, in block: AnalyzedBlock, bytes: UnsafeBufferPointer<UInt8>) {
        self.block = block
        self.bytes = bytes
        var sawPunctuation = false
        for index in sentence.tokens {
            let token = block.tokens[index]
            if token.kind == .punctuation {
                switch bytes[Int(token.start)] {
                case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"):
                    sawPunctuation = true
                default:
                    break
                }
                continue
            }
            guard token.kind == .word else { continue }
            tokens.append(index)
            classes.append(block.wordClasses[index])
            clauseBreaks.append(sawPunctuation)
            sawPunctuation = false
        }
    }

    /// The number of words.
    var count: Int { tokens.count }

    /// Word `position`, folded.
    func folded(_ position: Int) -> String {
        WordFolding.fold(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[block.tokens[tokens[position]].range]), as: UTF8.self))
    }
}

extension SentenceWords {
    /// Word `position` as written.
    func written(_ position: Int, in document: AnalyzedDocument, block: Int) -> String {
        let token = document.blocks[block].tokens[tokens[position]]
        return document.text(of: TextSpan(block: block, range: Int(token.start)..<Int(token.end)))
    }

    /// The text between words `first` and `last` (exclusive), its white space as single spaces; nil when
    /// punctuation other than a full stop in a number or abbreviation stands there (`, ; : ( )`).
    func textBetween(_ first: Int, _ last: Int, in document: AnalyzedDocument, block: Int) -> String? {
        guard first + 1 < last else { return "" }
        if (first + 1...last).contains(where: { clauseBreaks[$0] }) { return nil }
        let tokens = document.blocks[block].tokens
        let start = Int(tokens[self.tokens[first]].end)
        let end = Int(tokens[self.tokens[last]].start)
        let text = document.text(of: TextSpan(block: block, range: start..<end))
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension AnalyzedDocument {
    /// Calls `body` with the words of every prose sentence that has a word of one of `classes`.
    func forEachProseSentence(containing classes: WordClasses, _ body: (_ block: Int, _ words: SentenceWords) -> Void) {
        for (blockIndex, block) in blocks.enumerated() {
            var text = block.block.text
            text.withUTF8 { bytes in
                for sentence in block.sentences where sentence.role.isProse {
                    guard sentence.tokens.contains(where: { !block.wordClasses[$0].isDisjoint(with: classes) }) else {
                        continue
                    }
                    body(blockIndex, SentenceWords(sentence, in: block, bytes: bytes))
                }
            }
        }
    }

    /// Whether sentence `sentence` of block `block`, or a sentence next to it, explains something in plain words
    /// (`Dat betekent: …`, `Dat is de organisatie die …`, `… Dat heet de kostendelersnorm.`), by the `uitleg`
    /// phrases of `Lexicons/tekstherkenning.tsv`.
    func explains(block: Int, sentence: Int) -> Bool {
        let explaining = blocks[block].explainingSentences
        return (max(sentence - 1, 0)...min(sentence + 1, explaining.count - 1)).contains { explaining[$0] }
    }

    /// Whether `term` is explained where it stands:
    /// its own sentence explains (`Dit heet een zienswijze.`, `De wet noemt dit ‘terugvorderen’.`), brackets
    /// follow it (`een dwangsom (een geldbedrag, zoals een boete)`), or it is the last term of its sentence and
    /// the next sentence starts by explaining (`U kunt een zienswijze geven. Dat betekent: …`). An explanation
    /// elsewhere, of another term, does not count.
    func explainsTerm(_ term: PhraseOccurrence, isLastTerm: Bool) -> Bool {
        let (block, sentence) = (term.block, term.sentence)
        let analyzed = blocks[block]
        if analyzed.explainingSentences[sentence] { return true }
        // Brackets right after the term; a closing quote or one word (the particle of `legt … op`) may stand
        // in between.
        var next = term.lastToken + 1
        var wordsBetween = 0
        let end = analyzed.sentences[sentence].tokens.upperBound
        while next < end {
            let token = analyzed.tokens[next]
            if token.isWord {
                wordsBetween += 1
                guard wordsBetween <= 1 else { break }
            } else {
                let utf8 = analyzed.block.text.utf8
                let byte = utf8[utf8.index(utf8.startIndex, offsetBy: Int(token.start))]
                if byte == UInt8(ascii: "(") { return true }
                // Quotes (’ ” ' ") may close the term before the bracket; other punctuation ends the search.
                guard byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || byte == 0xE2 else { break }
            }
            next += 1
        }
        guard isLastTerm else { return false }
        // The next sentence, in this block or the next one, opens with an explanation.
        var nextBlock = block
        var nextSentence = sentence + 1
        while nextBlock < blocks.count, nextSentence >= blocks[nextBlock].sentences.count {
            nextBlock += 1
            nextSentence = 0
        }
        guard nextBlock < blocks.count, nextBlock <= block + 1 else { return false }
        let following = blocks[nextBlock]
        guard following.explainingSentences[nextSentence],
            let firstWord = following.sentences[nextSentence].tokens.first(where: { following.tokens[$0].isWord })
        else { return false }
        return following.phrases.contains { phrase in
            Int(phrase.sentence) == nextSentence && Int(phrase.match.firstToken) == firstWord
                && lexicons.phrases.owner(of: phrase.match.pattern).lexicon == .explanation
        }
    }

    /// Every match of one phrase lexicon in reading order: where it is and its entry in that lexicon.
    func phrases(of lexicon: PhraseLexiconKind) -> [PhraseOccurrence] {
        var found: [PhraseOccurrence] = []
        for (blockIndex, block) in blocks.enumerated() {
            for phrase in block.phrases {
                let owner = lexicons.phrases.owner(of: phrase.match.pattern)
                guard owner.lexicon == lexicon else { continue }
                found.append(
                    PhraseOccurrence(
                        block: blockIndex, sentence: Int(phrase.sentence),
                        span: TextSpan(block: blockIndex, range: block.range(of: phrase.match)),
                        entry: Int(owner.entry), firstToken: Int(phrase.match.firstToken),
                        lastToken: Int(phrase.match.lastToken),
                        isSingleWord: phrase.match.firstWord == phrase.match.lastWord))
            }
        }
        return found
    }

    /// The span from the start of token `first` to the end of token `last` in block `block`.
    func span(block: Int, from first: Int, to last: Int) -> TextSpan {
        let tokens = blocks[block].tokens
        return TextSpan(block: block, range: Int(tokens[first].start)..<Int(tokens[last].end))
    }
}

/// A phrase found in the letter: where it is, and its entry in its lexicon.
struct PhraseOccurrence {
    var block: Int
    /// The sentence's index in its block.
    var sentence: Int
    var span: TextSpan
    /// The entry in the lexicon the phrase belongs to.
    var entry: Int
    /// The first and last token (indices in the block's tokens).
    var firstToken: Int
    var lastToken: Int
    /// Whether the phrase is one word.
    var isSingleWord: Bool
}
