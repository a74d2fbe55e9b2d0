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

    /// Every match of one phrase lexicon in reading order: its block, sentence, span and entry in that lexicon.
    func phrases(of lexicon: PhraseLexiconKind) -> [(block: Int, sentence: Int, span: TextSpan, entry: Int)] {
        var found: [(block: Int, sentence: Int, span: TextSpan, entry: Int)] = []
        for (blockIndex, block) in blocks.enumerated() {
            for phrase in block.phrases {
                let owner = lexicons.phrases.owner(of: phrase.match.pattern)
                guard owner.lexicon == lexicon else { continue }
                found.append(
                    (
                        blockIndex, Int(phrase.sentence),
                        TextSpan(block: blockIndex, range: block.range(of: phrase.match)),
                        Int(owner.entry)
                    ))
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
