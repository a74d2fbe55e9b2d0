extension LetterAnatomy {
    /// What the letter asks the reader to do (`structure.plichten`, the duties inventory, the tone model's
    /// duty count), in the body before the closing and outside the bezwaar paragraph: a sentence with a phrase
    /// of `plicht`; a list item under a heading of `plichtkop` (unless it starts with the sender: `Wij …`); an
    /// imperative of `gebiedend` as the first word of a statement in running text. Not a question (unless it is
    /// a request: `Wilt u …?`), not a restated decision, not a phrase of `geenplicht`, not an offer of help
    /// without a deadline (`Neem gerust contact met ons op`). Each duty takes the
    /// deadline of its sentence, of a short sentence right after it, or anywhere in its list item; those
    /// deadlines are the reader's.
    mutating func readDuties(
        of document: AnalyzedDocument, _ phrases: StructurePhrases,
        deadlines deadlineOfSentence: [SentenceKey: Deadline]
    ) {
        let recognition = document.lexicons.recognition
        let bodyEnd = bodyEnd(in: document)
        let letterDate = letterDate
        var lastHeadingIsDutyHeading = false
        var found: [Duty] = []
        let startingBlock = { (index: Int) in
            let block = document.blocks[index]
            guard block.block.kind == .heading else { return }
            lastHeadingIsDutyHeading = block.sentences.indices.contains { phrases.has(.plichtkop, index, $0) }
        }
        forEachBodySentence(in: document, startingBlock: startingBlock) { index, sentenceIndex, sentence in
            let block = document.blocks[index]
            guard sentence.role.isProse, !objectionBlocks.contains(index), index < bodyEnd else { return }
            let deadline = deadlineOfSentence[SentenceKey(block: index, sentence: sentenceIndex)]
            let listDuty =
                block.block.kind == .listItem && lastHeadingIsDutyHeading
                && sentenceIndex == block.sentences.indices.first { !phrases.isQuestion(index, $0) }
                && !(phrases.firstWord(index, sentenceIndex).map { recognition.contains($0, as: .afzender) } ?? false)
            let question =
                phrases.isQuestion(index, sentenceIndex)
                && !(phrases.firstWord(index, sentenceIndex).map { recognition.contains($0, as: .verzoekvraag) }
                    ?? false)
            let restatesDecision = phrases.has(.besluit, index, sentenceIndex) && deadline == nil
            // "Stuur dan een kopie …": an imperative as the first word of a statement in running text (in a
            // list it is more often one of several ways to do something: "stuur ze per post").
            let firstWordToken = block.tokens[sentence.tokens].firstIndex { $0.isWord }
            let imperative =
                block.block.kind != .listItem
                && phrases.phrases(index, sentenceIndex).contains {
                    $0.kind == .gebiedend && $0.first == firstWordToken
                }
            let isDuty =
                (phrases.has(.plicht, index, sentenceIndex) || listDuty || imperative) && !question
                && !restatesDecision && !phrases.has(.geenplicht, index, sentenceIndex)
                && !phrases.has(.plichtkop, index, sentenceIndex)
            guard isDuty else { return }
            // An offer of help is no duty ("Neem gerust contact met ons op", "Heeft u vragen? Neem dan contact
            // op."): every phrase that makes it one lies inside a `hulp` phrase. With a deadline it is one again.
            let sentencePhrases = phrases.phrases(index, sentenceIndex)
            let help = sentencePhrases.filter { $0.kind == .hulp }
            let offersHelpOnly =
                !listDuty && !help.isEmpty
                && sentencePhrases.filter({ $0.kind == .plicht || ($0.kind == .gebiedend && imperative) }).allSatisfy {
                    duty in help.contains { $0.first <= duty.first && duty.last <= $0.last }
                }
            var dutyDeadline = deadline
            // A numbered duty's deadline may be anywhere in its item ("Doe dit vóór 15 januari.");
            // in running text only a short sentence right after the duty gives it.
            let following =
                listDuty
                ? Array(sentenceIndex + 1..<block.sentences.count)
                : sentenceIndex + 1 < block.sentences.count
                    && block.sentences[sentenceIndex + 1].words <= Self.shortSentenceWords
                    && !phrases.has(.plicht, index, sentenceIndex + 1) ? [sentenceIndex + 1] : []
            for next in following where dutyDeadline == nil {
                dutyDeadline = Self.deadline(
                    in: document, block: index, sentence: next, phrases: phrases.phrases(index, next),
                    letterDate: letterDate)
            }
            if offersHelpOnly && dutyDeadline == nil { return }
            dutyDeadline?.concernsReader = true
            let span = document.span(of: sentence, in: index)
            found.append(
                Duty(
                    span: span, text: document.excerpt(of: span, limit: 160),
                    location: document.location(of: span), deadline: dutyDeadline))
        }
        duties = found
        // A deadline that belongs to a duty is the reader's.
        let dutySpans = duties.compactMap { $0.deadline?.span }
        for index in deadlines.indices where dutySpans.contains(deadlines[index].span) {
            deadlines[index].concernsReader = true
        }
    }
}
