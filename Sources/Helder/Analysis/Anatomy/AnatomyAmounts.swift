extension LetterAnatomy {
    /// Amounts of money in the running text outside the bezwaar paragraph (`structure.bedrag`), and whether
    /// the letter says what each is for: a phrase of `bedraguitleg` in its sentence or the one before or
    /// after, a list introduced by such a sentence, or the same amount explained earlier.
    mutating func readAmounts(of document: AnalyzedDocument, _ phrases: StructurePhrases) {
        let blocks = document.blocks
        var explainedAmounts: Set<String> = []
        var found: [(span: TextSpan, explained: Bool)] = []
        forEachBodySentence(in: document) { index, sentenceIndex, sentence in
            guard sentence.role.isProse, !objectionBlocks.contains(index) else { return }
            let block = blocks[index]
            for token in block.tokens[sentence.tokens] where token.kind == .amount {
                let amount = document.text(of: TextSpan(block: index, range: token.range))
                let explained =
                    explainedAmounts.contains(amount) || phrases.has(.bedraguitleg, index, sentenceIndex)
                    || (sentenceIndex > 0 && phrases.has(.bedraguitleg, index, sentenceIndex - 1))
                    || (sentenceIndex + 1 < block.sentences.count
                        && phrases.has(.bedraguitleg, index, sentenceIndex + 1))
                    || Self.introducedList(before: index, in: blocks) { phrases.has(.bedraguitleg, $0, $1) }
                found.append((TextSpan(block: index, range: token.range), explained))
                if explained { explainedAmounts.insert(amount) }
            }
        }
        amounts = found
    }

    /// Whether `index` is a list item whose list follows a sentence that explains it (`De inkomsten waren:`).
    private static func introducedList(
        before index: Int, in blocks: [AnalyzedBlock], explained: (Int, Int) -> Bool
    ) -> Bool {
        guard blocks[index].block.kind == .listItem else { return false }
        var previous = index - 1
        while previous >= 0, blocks[previous].block.kind == .listItem { previous -= 1 }
        guard previous >= 0, !blocks[previous].sentences.isEmpty else { return false }
        return explained(previous, blocks[previous].sentences.count - 1)
    }
}
