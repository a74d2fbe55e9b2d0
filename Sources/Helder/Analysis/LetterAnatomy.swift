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
    /// Reads the anatomy of an analysed letter, one part at a time; each part is read by its own unit in
    /// `Analysis/Anatomy/` and feeds one `structure.` rule (and the duties inventory and the tone model).
    init(_ document: AnalyzedDocument) {
        let phrases = StructurePhrases(document)
        readFrame(of: document)  // salutation, closing, the letter's date, contact details
        readAttachments(of: document, phrases)
        readObjection(of: document, phrases)  // structure.bezwaar
        let deadlineOfSentence = readDeadlines(of: document, phrases)  // structure.termijn
        readDecision(of: document, phrases)  // structure.hoofdboodschap (and whether it is a beschikking)
        readDuties(of: document, phrases, deadlines: deadlineOfSentence)  // structure.plichten, inventory
        readHelp(of: document, phrases)  // structure.hulp
        readAmounts(of: document, phrases)  // structure.bedrag
        countWords(of: document)  // structure.lengte
    }

    /// The end of the letter's body: its closing, or the end of the text.
    func bodyEnd(in document: AnalyzedDocument) -> Int { closingBlock ?? document.blocks.count }

    /// Calls `body` for every sentence of the body (from the salutation to the attachments), in order, and
    /// `startingBlock` before the sentences of each block (also one without sentences).
    func forEachBodySentence(
        in document: AnalyzedDocument, startingBlock: ((_ block: Int) -> Void)? = nil,
        _ body: (_ block: Int, _ sentence: Int, Sentence) -> Void
    ) {
        let blocks = document.blocks
        for index in blocks.indices where index >= bodyStart && index < (attachmentStart ?? blocks.count) {
            startingBlock?(index)
            for (sentenceIndex, sentence) in blocks[index].sentences.enumerated() {
                body(index, sentenceIndex, sentence)
            }
        }
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
