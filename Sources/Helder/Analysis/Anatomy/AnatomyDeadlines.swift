/// Identifies a sentence of a letter: its block and its index within the block.
struct SentenceKey: Hashable {
    var block: Int
    var sentence: Int
}

extension LetterAnatomy {
    /// A sentence this short right after a duty or a vague deadline may give its date
    /// ("Doe dit vóór 15 januari 2026.").
    static let shortSentenceWords = 8

    /// The deadlines of the running text (`structure.termijn`), everywhere in the body, also in the bezwaar
    /// paragraph (`binnen zes weken na dagtekening`), by the sentence that holds them. A vague deadline that a
    /// short next sentence pins to a date (`Dus uiterlijk op 23 januari 2026.`) is not vague. A deadline in
    /// the bezwaar paragraph is the reader's; `readDuties` marks those of duties.
    mutating func readDeadlines(of document: AnalyzedDocument, _ phrases: StructurePhrases) -> [SentenceKey: Deadline] {
        var bySentence: [SentenceKey: Deadline] = [:]
        var found: [Deadline] = []
        let letterDate = letterDate
        forEachBodySentence(in: document) { index, sentenceIndex, sentence in
            guard sentence.role.isProse else { return }
            let block = document.blocks[index]
            guard
                var deadline = Self.deadline(
                    in: document, block: index, sentence: sentenceIndex, phrases: phrases.phrases(index, sentenceIndex),
                    letterDate: letterDate)
            else { return }
            // "Dat moet binnen 6 weken na de datum van deze brief. Dus uiterlijk op 23 januari 2026."
            if deadline.isVague, sentenceIndex + 1 < block.sentences.count,
                block.sentences[sentenceIndex + 1].words <= Self.shortSentenceWords,
                let next = Self.deadline(
                    in: document, block: index, sentence: sentenceIndex + 1,
                    phrases: phrases.phrases(index, sentenceIndex + 1), letterDate: letterDate),
                next.date != nil, !next.dateIsComputed
            {
                deadline.isVague = false
            }
            deadline.concernsReader = objectionBlocks.contains(index)
            found.append(deadline)
            bySentence[SentenceKey(block: index, sentence: sentenceIndex)] = deadline
        }
        deadlines = found
        return bySentence
    }

    /// The deadline in one sentence: from its first to its last deadline word; with a date when the
    /// sentence names one after `vóór`, `uiterlijk` or `tot`, or when it counts from the letter's date.
    static func deadline(
        in document: AnalyzedDocument, block: Int, sentence: Int,
        phrases: [StructurePhrases.Phrase],
        letterDate: CalendarDate?
    ) -> Deadline? {
        let tokens = document.blocks[block].tokens
        var parts: [TextSpan] = []
        var date: CalendarDate?
        for phrase in phrases where phrase.kind == .datumtermijn {
            let next = phrase.last + 1
            guard next < tokens.count, tokens[next].kind == .date else { continue }
            // "1 oktober 2025 t/m 31 december 2025", "van 1 januari tot 1 maart": a period, not a deadline.
            if phrase.first > 0, tokens[phrase.first - 1].kind == .date { continue }
            let months = document.lexicons.months
            if let parsed = CalendarDate.parse(
                document.text(of: TextSpan(block: block, range: tokens[next].range)), months: months),
                let letterDate, parsed < letterDate
            {
                continue
            }
            parts.append(TextSpan(block: block, range: phrase.span.range.lowerBound..<Int(tokens[next].end)))
            if date == nil {
                let text = document.text(of: TextSpan(block: block, range: tokens[next].range))
                date = CalendarDate.parse(text, months: months)
                // "uiterlijk 1 maart": the first such day on or after the letter's date.
                if date == nil, let letterDate,
                    var guess = CalendarDate.parse("\(text) \(letterDate.year)", months: months)
                {
                    if guess < letterDate { guess.year += 1 }
                    date = guess
                }
            }
        }
        let relative = phrases.filter { $0.kind == .termijn }
        let vague = phrases.filter { $0.kind == .vagetermijn }
        parts += relative.map(\.span) + vague.map(\.span)
        guard let first = parts.map(\.range.lowerBound).min(), let last = parts.map(\.range.upperBound).max() else {
            return nil
        }
        let span = TextSpan(block: block, range: first..<last)
        var computed = false
        // "binnen zes weken na dagtekening": the letter's date plus the period.
        if date == nil, !vague.isEmpty, let letterDate,
            let unit = phrases.first(where: { $0.kind == .termijneenheid }),
            let unitKind = document.lexicons.structure.entries[unit.entry].unit, unit.first > 0
        {
            let number = document.text(of: TextSpan(block: block, range: tokens[unit.first - 1].range))
            if let count = document.lexicons.numberWords.value(of: number) {
                // Algemene termijnenwet: a period that ends on a Saturday, Sunday or public holiday runs on
                // to the next working day.
                date = letterDate.adding(count, unitKind)?.nextWorkingDay()
                computed = date != nil
            }
        }
        return Deadline(
            span: span, text: document.excerpt(of: span, limit: 120), date: date,
            isVague: !vague.isEmpty && (date == nil || computed), dateIsComputed: computed,
            dateText: date?.written(with: document.lexicons.months))
    }
}
