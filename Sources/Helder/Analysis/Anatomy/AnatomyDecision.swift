extension LetterAnatomy {
    /// The decision or main point (`structure.hoofdboodschap`): the first phrase of `hoofdboodschap`, or of
    /// `besluit` in a sentence that addresses the reader, in the body outside the bezwaar paragraph. Such a
    /// decision, or a heading `Besluit`, makes the letter a beschikking (which needs a bezwaar paragraph).
    /// Also the first paragraph of running text, where whole-letter findings are shown.
    mutating func readDecision(of document: AnalyzedDocument, _ phrases: StructurePhrases) {
        let recognition = document.lexicons.recognition
        let bodyEnd = bodyEnd(in: document)
        var firstParagraph = firstParagraph
        var decision = decision
        var isDecision = isDecision
        forEachBodySentence(in: document) { index, sentenceIndex, sentence in
            let block = document.blocks[index]
            if sentenceIndex == 0, block.block.kind == .heading,
                block.sentences.indices.contains(where: { phrases.has(.beschikking, index, $0) })
            {
                isDecision = true
            }
            guard sentence.role.isProse else { return }
            if firstParagraph == nil, index < bodyEnd, block.block.kind != .heading { firstParagraph = index }
            guard !objectionBlocks.contains(index),
                phrases.has(.besluit, index, sentenceIndex)
                    || phrases.has(.hoofdboodschap, index, sentenceIndex)
            else { return }
            // Word-level tests fold words into strings, so they run only where a rule needs them.
            let aboutReader =
                phrases.has(.besluit, index, sentenceIndex)
                && phrases.words(index, sentenceIndex).contains { recognition.contains($0, as: .lezer) }
            if aboutReader { isDecision = true }
            let main = phrases.phrases(index, sentenceIndex).filter {
                ($0.kind == .besluit && aboutReader) || $0.kind == .hoofdboodschap
            }
            if decision == nil, let first = main.min(by: { $0.first < $1.first }), index < bodyEnd {
                decision = first.span
            }
        }
        self.firstParagraph = firstParagraph
        self.decision = decision
        self.isDecision = isDecision
    }
}
