/// Limits for the whole-letter checks, set per organisation in `.helder.json`.
public struct StructureLimits: Sendable, Equatable {
    /// More duties than this is too many to take in (`maxDuties`).
    public var maxDuties: Int
    /// More words than this (attachments not counted) is a long letter (`maxWords`).
    public var maxWords: Int

    /// Reading speed for the estimated reading time: a cautious figure for adult readers.
    public static let wordsPerMinute = 200

    public init(maxDuties: Int = 5, maxWords: Int = 700) {
        self.maxDuties = maxDuties
        self.maxWords = maxWords
    }
}

/// A deadline in the letter.
public struct Deadline: Sendable, Equatable {
    /// The words of the deadline (`binnen zes weken na dagtekening van deze beschikking`).
    public var span: TextSpan
    public var text: String
    /// The date it names, or the date it works out to from the letter's date; nil when neither is known.
    public var date: CalendarDate?
    /// Whether the letter leaves the reader to work the date out or to guess it.
    public var isVague: Bool
    /// Whether `date` was worked out by Helder rather than written in the letter.
    public var dateIsComputed: Bool
    /// `date` as a Dutch letter writes it (`23 januari 2026`).
    public var dateText: String?
    /// Whether the reader must act by it (a duty or the bezwaar), rather than the sender promising something.
    public var concernsReader = false
}

/// Something the letter asks the reader to do.
public struct Duty: Sendable, Equatable {
    /// The sentence that asks it.
    public var span: TextSpan
    public var text: String
    public var location: TextLocation
    public var deadline: Deadline?
}

/// The parts of a letter, as an experienced letter editor reads it: where the body starts, where the
/// decision stands, what the reader must do and by when, the bezwaar paragraph, the offer of help,
/// the amounts, and the attachments.
public struct LetterAnatomy: Sendable {
    /// Whether the text is a letter (it has a salutation); the whole-letter checks look only at letters.
    public var hasSalutation = false
    /// The first block after the salutation line (the salutation block itself when text follows it on its own lines).
    public var bodyStart = 0
    /// The block of the closing (`Met vriendelijke groet`), if found.
    public var closingBlock: Int?
    /// The first block with running text after the salutation.
    public var firstParagraph: Int?
    /// The first statement of the decision or main point.
    public var decision: TextSpan?
    /// Whether the letter is a decision (a beschikking), which needs a bezwaar paragraph.
    public var isDecision = false
    /// Blocks about bezwaar: a bezwaar heading and what follows it, or a paragraph that mentions bezwaar.
    public var objectionBlocks: Set<Int> = []
    public var mentionsObjection = false
    /// Whether only an attachment explains the bezwaar.
    public var objectionInAttachment = false
    public var legalObjection: [TextSpan] = []
    public var plainObjection: [TextSpan] = []
    public var duties: [Duty] = []
    public var deadlines: [Deadline] = []
    /// Offers of help in the letter's text.
    public var help: [TextSpan] = []
    /// A phone number or e-mail address in the letter's text (not only in the letterhead).
    public var contactInText = false
    /// A phone number or e-mail address in the letterhead.
    public var contactInLetterhead = false
    /// Amounts of money in the text, and whether the letter says what each is for.
    public var amounts: [(span: TextSpan, explained: Bool)] = []
    /// The first block of the attachments (`Bijlage 1 …` after the closing).
    public var attachmentStart: Int?
    /// The letter's own date, from the letterhead.
    public var letterDate: CalendarDate?
    /// Words of running text before the attachments, and in them.
    public var letterWords = 0
    public var attachmentWords = 0

    public init() {}

    /// The estimated reading time of the letter without attachments, in whole minutes (at least 1).
    public var readingMinutes: Int {
        max(1, (letterWords + StructureLimits.wordsPerMinute - 1) / StructureLimits.wordsPerMinute)
    }
}

extension LetterAnatomy {
    /// Reads the anatomy of an analysed letter.
    init(_ document: AnalyzedDocument) {
        let blocks = document.blocks
        let structure = document.lexicons.structure
        let recognition = document.lexicons.recognition
        let months = document.lexicons.months
        // The structure phrases of each sentence, by kind.
        var phrases: [[Int: [(kind: StructureLexicon.Kind, span: TextSpan, first: Int, last: Int, entry: Int)]]] =
            Array(repeating: [:], count: blocks.count)
        for (index, block) in blocks.enumerated() {
            for phrase in block.phrases {
                let owner = document.lexicons.phrases.owner(of: phrase.match.pattern)
                guard owner.lexicon == .structure else { continue }
                let entry = structure.entries[Int(owner.entry)]
                phrases[index][Int(phrase.sentence), default: []].append(
                    (
                        entry.kind, TextSpan(block: index, range: block.range(of: phrase.match)),
                        Int(phrase.match.firstToken), Int(phrase.match.lastToken), Int(owner.entry)
                    ))
            }
        }
        func has(_ kind: StructureLexicon.Kind, _ block: Int, _ sentence: Int) -> Bool {
            phrases[block][sentence]?.contains { $0.kind == kind } ?? false
        }
        func words(_ block: Int, _ sentence: Int) -> [String] {
            let b = blocks[block]
            return b.tokens[b.sentences[sentence].tokens].filter { $0.kind == .word }.map {
                document.text(of: TextSpan(block: block, range: $0.range))
            }
        }
        func firstWord(_ block: Int, _ sentence: Int) -> String? {
            let b = blocks[block]
            return b.tokens[b.sentences[sentence].tokens].first { $0.kind == .word }.map {
                document.text(of: TextSpan(block: block, range: $0.range))
            }
        }
        func isQuestion(_ block: Int, _ sentence: Int) -> Bool {
            let b = blocks[block]
            guard let last = b.sentences[sentence].tokens.last else { return false }
            return document.text(of: TextSpan(block: block, range: b.tokens[last].range)) == "?"
        }
        func spans(_ kind: StructureLexicon.Kind, _ block: Int, _ sentence: Int) -> [TextSpan] {
            (phrases[block][sentence] ?? []).filter { $0.kind == kind }.map(\.span)
        }

        // The frame: salutation, closing, letterhead contact and date.
        var salutationBlock: Int?
        var letterDateLabelled = false
        for (index, block) in blocks.enumerated() {
            for sentence in block.sentences {
                switch sentence.role {
                case .salutation: if salutationBlock == nil { salutationBlock = index }
                case .closing: if closingBlock == nil { closingBlock = index }
                default: break
                }
                let tokens = block.tokens[sentence.tokens]
                let contact = tokens.contains { $0.kind == .phone || $0.kind == .email }
                if sentence.role == .letterhead, salutationBlock == nil {
                    if contact { contactInLetterhead = true }
                    if let date = tokens.first(where: { $0.kind == .date }) {
                        let firstWord =
                            tokens.first(where: { $0.kind == .word }).map {
                                document.text(of: TextSpan(block: index, range: $0.range))
                            } ?? ""
                        let labelled = recognition.contains(firstWord, as: .datumlabel)
                        let other = recognition.contains(firstWord, as: .andereDatum)
                        if !other, letterDate == nil || (labelled && !letterDateLabelled) {
                            letterDate = CalendarDate.parse(
                                document.text(of: TextSpan(block: index, range: date.range)), months: months)
                            letterDateLabelled = labelled
                        }
                    }
                } else if sentence.role != .letterhead, contact {
                    contactInText = true
                }
            }
        }
        bodyStart = salutationBlock ?? 0
        hasSalutation = salutationBlock != nil
        let bodyEnd = closingBlock ?? blocks.count

        // Attachments: after the closing, a block that starts with `Bijlage`.
        if let closingBlock {
            attachmentStart = (closingBlock + 1..<blocks.count).first { index in
                guard let first = phrases[index][0]?.first(where: { $0.kind == .bijlage }) else { return false }
                return first.first == 0
            }
        }

        // Bezwaar: a heading about it and what follows, or a paragraph that mentions it.
        var underObjectionHeading = false
        for (index, block) in blocks.enumerated() where index >= bodyStart {
            let objection = block.sentences.indices.contains { sentence in
                has(.bezwaar, index, sentence) || has(.bezwaareenvoudig, index, sentence)
                    || has(.bezwaarjuridisch, index, sentence)
            }
            if let attachmentStart, index >= attachmentStart {
                // In an attachment it does not count as the letter's bezwaar paragraph, but it is noted.
                if objection { objectionInAttachment = true }
                continue
            }
            if block.block.kind == .heading { underObjectionHeading = objection }
            if objection || underObjectionHeading {
                objectionBlocks.insert(index)
                mentionsObjection = true
            }
            for sentence in block.sentences.indices {
                legalObjection += spans(.bezwaarjuridisch, index, sentence)
                plainObjection += spans(.bezwaareenvoudig, index, sentence)
            }
        }

        // Decision, duties, deadlines, help and amounts, in the body outside the bezwaar paragraph.
        var lastHeadingIsDutyHeading = false
        // An amount explained once is explained wherever it comes back.
        var explainedAmounts: Set<String> = []
        for index in blocks.indices where index >= bodyStart && index < (attachmentStart ?? blocks.count) {
            let block = blocks[index]
            if block.block.kind == .heading {
                lastHeadingIsDutyHeading = block.sentences.indices.contains { has(.plichtkop, index, $0) }
                // A heading "Besluit" makes the letter a decision.
                if block.sentences.indices.contains(where: { has(.beschikking, index, $0) }) { isDecision = true }
            }
            for (sentenceIndex, sentence) in block.sentences.enumerated() {
                help += spans(.hulp, index, sentenceIndex)
                guard sentence.role.isProse else { continue }
                if firstParagraph == nil, index < bodyEnd, block.block.kind != .heading { firstParagraph = index }
                // Deadlines count everywhere, also in the bezwaar paragraph ("binnen zes weken na dagtekening").
                let deadline = Self.deadline(
                    in: document, block: index, sentence: sentenceIndex, phrases: phrases[index][sentenceIndex] ?? [],
                    letterDate: letterDate)
                if var deadline {
                    // "Dat moet binnen 6 weken na de datum van deze brief. Dus uiterlijk op 23 januari 2026."
                    if deadline.isVague, sentenceIndex + 1 < block.sentences.count,
                        block.sentences[sentenceIndex + 1].words <= Self.shortSentenceWords,
                        let next = Self.deadline(
                            in: document, block: index, sentence: sentenceIndex + 1,
                            phrases: phrases[index][sentenceIndex + 1] ?? [], letterDate: letterDate),
                        next.date != nil, !next.dateIsComputed
                    {
                        deadline.isVague = false
                    }
                    deadline.concernsReader = objectionBlocks.contains(index)
                    deadlines.append(deadline)
                }
                guard !objectionBlocks.contains(index) else { continue }
                // Word-level tests fold words into strings, so they run only where a rule needs them.
                let hasDecision = has(.besluit, index, sentenceIndex)
                let aboutReader =
                    hasDecision && words(index, sentenceIndex).contains { recognition.contains($0, as: .lezer) }
                if aboutReader { isDecision = true }
                let main = (phrases[index][sentenceIndex] ?? []).filter {
                    ($0.kind == .besluit && aboutReader) || $0.kind == .hoofdboodschap
                }
                if decision == nil, let first = main.min(by: { $0.first < $1.first }), index < bodyEnd {
                    decision = first.span
                }
                let listDuty =
                    block.block.kind == .listItem && lastHeadingIsDutyHeading
                    && sentenceIndex == block.sentences.indices.first { !isQuestion(index, $0) }
                    && !(firstWord(index, sentenceIndex).map { recognition.contains($0, as: .afzender) } ?? false)
                let question =
                    isQuestion(index, sentenceIndex)
                    && !(firstWord(index, sentenceIndex).map { recognition.contains($0, as: .verzoekvraag) } ?? false)
                let restatesDecision = hasDecision && deadline == nil
                // "Stuur dan een kopie …": an imperative as the first word of a statement in running text (in a
                // list it is more often one of several ways to do something: "stuur ze per post").
                let firstWord = block.tokens[sentence.tokens].firstIndex { $0.isWord }
                let imperative =
                    block.block.kind != .listItem
                    && (phrases[index][sentenceIndex] ?? []).contains {
                        $0.kind == .gebiedend && $0.first == firstWord
                    }
                let isDuty =
                    (has(.plicht, index, sentenceIndex) || listDuty || imperative) && !question && !restatesDecision
                    && !has(.geenplicht, index, sentenceIndex) && !has(.plichtkop, index, sentenceIndex)
                if isDuty, index < bodyEnd {
                    var dutyDeadline = deadline
                    // A numbered duty's deadline may be anywhere in its item ("Doe dit vóór 15 januari.");
                    // in running text only a short sentence right after the duty gives it.
                    let following =
                        listDuty
                        ? Array(sentenceIndex + 1..<block.sentences.count)
                        : sentenceIndex + 1 < block.sentences.count
                            && block.sentences[sentenceIndex + 1].words <= Self.shortSentenceWords
                            && !has(.plicht, index, sentenceIndex + 1) ? [sentenceIndex + 1] : []
                    for next in following where dutyDeadline == nil {
                        dutyDeadline = Self.deadline(
                            in: document, block: index, sentence: next, phrases: phrases[index][next] ?? [],
                            letterDate: letterDate)
                    }
                    let span = document.span(of: sentence, in: index)
                    duties.append(
                        Duty(
                            span: span, text: document.excerpt(of: span, limit: 160),
                            location: document.location(of: span), deadline: dutyDeadline))
                }
                for token in block.tokens[sentence.tokens] where token.kind == .amount {
                    let amount = document.text(of: TextSpan(block: index, range: token.range))
                    let explained =
                        explainedAmounts.contains(amount) || has(.bedraguitleg, index, sentenceIndex)
                        || (sentenceIndex > 0 && has(.bedraguitleg, index, sentenceIndex - 1))
                        || (sentenceIndex + 1 < block.sentences.count && has(.bedraguitleg, index, sentenceIndex + 1))
                        || Self.introducedList(before: index, in: blocks, explained: { has(.bedraguitleg, $0, $1) })
                    amounts.append((TextSpan(block: index, range: token.range), explained))
                    if explained { explainedAmounts.insert(amount) }
                }
            }
        }
        // A deadline that belongs to a duty is the reader's.
        let dutySpans = duties.compactMap { $0.deadline?.span }
        for index in deadlines.indices where dutySpans.contains(deadlines[index].span) {
            deadlines[index].concernsReader = true
        }
        for index in duties.indices { duties[index].deadline?.concernsReader = true }
        for (index, block) in blocks.enumerated() {
            for sentence in block.sentences where sentence.role.isProse {
                if let attachmentStart, index >= attachmentStart {
                    attachmentWords += sentence.words
                } else {
                    letterWords += sentence.words
                }
            }
        }
    }

    /// A sentence this short right after a duty may give its deadline ("Doe dit vóór 15 januari 2026.").
    static let shortSentenceWords = 8

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

    /// The deadline in one sentence: from its first to its last deadline word; with a date when the
    /// sentence names one after `vóór`, `uiterlijk` or `tot`, or when it counts from the letter's date.
    private static func deadline(
        in document: AnalyzedDocument, block: Int, sentence: Int,
        phrases: [(kind: StructureLexicon.Kind, span: TextSpan, first: Int, last: Int, entry: Int)],
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

extension AnalyzedDocument {
    /// The first sentence of running text after the salutation, where a finding about the whole letter is shown.
    func firstBodySentence() -> TextSpan? {
        let start = anatomy.firstParagraph ?? anatomy.bodyStart
        for index in start..<blocks.count {
            if let sentence = blocks[index].sentences.first(where: { $0.role.isProse }) {
                return span(of: sentence, in: index)
            }
        }
        return nil
    }

    /// The span of a sentence of block `block`.
    func span(of sentence: Sentence, in block: Int) -> TextSpan {
        let tokens = blocks[block].tokens
        guard let first = sentence.tokens.first, let last = sentence.tokens.last else {
            return TextSpan(block: block, range: 0..<0)
        }
        return TextSpan(block: block, range: Int(tokens[first].start)..<Int(tokens[last].end))
    }
}
