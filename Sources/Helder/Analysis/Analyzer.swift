/// Turns a `Document` into a `DocumentReport`: tokens, sentences, measures, checks, metrics and scores.
///
/// Pure: the same document gives the same report; it never reads files or prints.
public struct Analyzer: Sendable {
    public let lexicons: LexiconSet
    public let checks: [any Check]
    private let tokenizer: Tokenizer
    private let splitter = SentenceSplitter()
    private let measurer: WordMeasurer

    /// An analyzer with `lexicons` and `checks` (by default the built-in ones and every registered check).
    /// Severities an organisation set for rules, by rule id (from `.helder.json`).
    public let severities: [String: Severity]
    /// Limits for the whole-letter checks (most duties, most words).
    public let limits: StructureLimits

    /// An analyzer with `lexicons`, `checks`, severities set per rule, and extra placeholder syntaxes.
    public init(
        lexicons: LexiconSet = .builtin, checks: [any Check] = AllChecks.all, severities: [String: Severity] = [:],
        placeholders: PlaceholderPatterns? = nil, limits: StructureLimits = StructureLimits()
    ) {
        self.lexicons = lexicons
        self.limits = limits
        self.checks = checks
        self.severities = severities
        self.tokenizer = Tokenizer(lexicons: lexicons, extraPlaceholders: placeholders)
        self.measurer = WordMeasurer(lexicons: lexicons)
    }

    /// The full report for `document`.
    public func analyze(_ document: Document) -> DocumentReport {
        let analyzed = prepare(document)
        var findings = checks.flatMap { $0.findings(in: analyzed) }
            .sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
        if !document.suppressions.isEmpty {
            findings.removeAll { finding in document.suppressions.contains { $0.covers(finding) } }
        }
        if !severities.isEmpty {
            for index in findings.indices {
                if let severity = severities[findings[index].rule] { findings[index].severity = severity }
            }
        }
        return DocumentReport(
            document: document, metrics: Self.metrics(of: analyzed), findings: findings, checks: checks,
            sentences: Self.sentenceSummaries(of: analyzed), anatomy: analyzed.anatomy, tone: analyzed.tone)
    }

    /// Every sentence that counts in the figures (prose and list items), with its place and words.
    static func sentenceSummaries(of analyzed: AnalyzedDocument) -> [SentenceSummary] {
        var summaries: [SentenceSummary] = []
        for (index, block) in analyzed.blocks.enumerated() {
            for sentence in block.sentences where sentence.role.isProse && sentence.words > 0 {
                guard let first = sentence.tokens.first, let last = sentence.tokens.last else { continue }
                let range = Int(block.tokens[first].start)..<Int(block.tokens[last].end)
                summaries.append(SentenceSummary(span: TextSpan(block: index, range: range), words: sentence.words))
            }
        }
        return summaries
    }

    /// The document taken apart into blocks, sentences and measured tokens.
    public func prepare(_ document: Document) -> AnalyzedDocument {
        let tokens = document.blocks.map { tokenizer.tokenize($0.text) }
        let frame = LetterFrame(blocks: document.blocks, tokens: tokens, recognition: lexicons.recognition)
        var workspace = WordMeasurer.Workspace()
        var blocks: [AnalyzedBlock] = []
        blocks.reserveCapacity(document.blocks.count)
        for (index, block) in document.blocks.enumerated() {
            var text = block.text
            let blockTokens = tokens[index]
            let analyzed = text.withUTF8 { bytes in
                let known = blockTokens.map { measurer.identify($0, in: bytes, workspace: &workspace) }
                let measures = known.map(\.measure)
                let units = units(of: block, at: index, tokens: blockTokens, text: bytes, frame: frame)
                let sentences = units.map { unit in
                    var total = MeasureTotals()
                    for position in unit.tokens { total.add(measures[position]) }
                    return Sentence(tokens: unit.tokens, role: unit.role, measure: total)
                }
                var lineStarts: [Int32] = []
                for position in 0..<bytes.count where bytes[position] == 0x0A { lineStarts.append(Int32(position + 1)) }
                // The salutation, the closing and the signature under it are read too, for archaic formulas
                // (`Hoogachtend`, `namens dezen`); the address and date lines above the letter are not.
                let isSignature = frame.closingBlock.map { index >= $0 } ?? false
                let phrases = phraseMatches(
                    in: sentences, tokens: blockTokens, known: known, includeSignature: isSignature)
                var explaining = Array(repeating: false, count: sentences.count)
                for phrase in phrases where lexicons.phrases.owner(of: phrase.match.pattern).lexicon == .explanation {
                    explaining[Int(phrase.sentence)] = true
                }
                return AnalyzedBlock(
                    block: block, tokens: blockTokens, measures: measures, sentences: sentences, lineStarts: lineStarts,
                    phrases: phrases, wordClasses: known.map(\.classes), explainingSentences: explaining)
            }
            blocks.append(analyzed)
        }
        var analyzed = AnalyzedDocument(document: document, blocks: blocks, lexicons: lexicons)
        analyzed.anatomy = LetterAnatomy(analyzed)
        analyzed.limits = limits
        var proseWords = 0
        for block in analyzed.blocks {
            for sentence in block.sentences where sentence.role.isProse { proseWords += sentence.words }
        }
        analyzed.tone = ToneAssessment(analyzed, words: proseWords)
        return analyzed
    }

    /// Phrases in the sentences that the reader reads as text, the salutation, the closing and the signature
    /// (not the address and date lines above the letter).
    ///
    /// A capitalised word inside a sentence is taken for a name and not matched (`De Boer`), unless it is
    /// written in capitals throughout (shouting is still text) or a pattern writes it with a capital (a name an
    /// organisation put in its own lexicon: `Werkplein`).
    private func phraseMatches(
        in sentences: [Sentence], tokens: [Token], known: [WordMeasurer.KnownWord], includeSignature: Bool
    ) -> [SentencePhrase] {
        guard lexicons.phrases.count > 0 else { return [] }
        var result: [SentencePhrase] = []
        var ids: [Int32] = []
        var positions: [Int32] = []
        for (sentenceIndex, sentence) in sentences.enumerated()
        where sentence.role.isProse || sentence.role == .heading || sentence.role == .salutation
            || sentence.role == .closing || (includeSignature && sentence.role == .letterhead)
        {
            ids.removeAll(keepingCapacity: true)
            positions.removeAll(keepingCapacity: true)
            for position in sentence.tokens where tokens[position].isWord {
                let token = tokens[position]
                let isName =
                    !positions.isEmpty && token.flags.contains(.capitalized) && !token.flags.contains(.allCaps)
                    && !token.flags.contains(.newlineBefore)
                let id = known[position].phraseWord
                ids.append(isName && !lexicons.phrases.vocabulary.isCapitalised(id) ? -1 : id)
                positions.append(Int32(position))
            }
            guard ids.contains(where: { $0 >= 0 }) else { continue }
            let isFrame = !(sentence.role.isProse || sentence.role == .heading)
            for match in lexicons.phrases.matches(ids: ids, tokens: positions) {
                // In the frame of the letter only jargon counts (old formulas), not tone or structure.
                if isFrame, lexicons.phrases.owner(of: match.pattern).lexicon != .jargon { continue }
                result.append(SentencePhrase(sentence: Int32(sentenceIndex), match: match))
            }
        }
        return result
    }

    /// The sentences of one block with their roles, by where the block stands in the letter's frame.
    private func units(
        of block: Block, at index: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>, frame: LetterFrame
    ) -> [(tokens: Range<Int>, role: SentenceRole)] {
        let bodyRole: SentenceRole =
            switch block.kind {
            case .heading: .heading
            case .listItem: .listItem
            case .paragraph, .tableCell: .prose
            }
        if let salutation = frame.salutationBlock, index < salutation {
            return splitter.split(tokens, text: text, byLine: true).map { ($0, .letterhead) }
        }
        if block.kind == .heading, index != frame.closingBlock {
            return tokens.isEmpty ? [] : [(0..<tokens.count, .heading)]
        }
        if index == frame.salutationBlock || index == frame.closingBlock {
            let firstLine = LetterFrame.firstLineLength(tokens)
            let role: SentenceRole = index == frame.salutationBlock ? .salutation : .closing
            let restRole: SentenceRole = index == frame.salutationBlock ? bodyRole : .letterhead
            let rest = Array(tokens[firstLine...])
            let restUnits = splitter.split(rest, text: text, byLine: restRole == .letterhead)
                .map { ($0.lowerBound + firstLine..<$0.upperBound + firstLine, restRole) }
            return [(0..<firstLine, role)] + restUnits
        }
        if let closing = frame.closingBlock, index > closing, !Self.looksLikeProse(tokens, text: text) {
            return splitter.split(tokens, text: text, byLine: true).map { ($0, .letterhead) }
        }
        return splitter.split(tokens, text: text).map { ($0, bodyRole) }
    }

    /// After the closing, a block is signature unless it holds a full sentence (a bezwaar section, a P.S.).
    private static func looksLikeProse(_ tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> Bool {
        var words = 0
        for token in tokens where token.isWord { words += 1 }
        guard words >= 8 else { return false }
        return tokens.contains { token in
            guard token.kind == .punctuation else { return false }
            let byte = text[Int(token.start)]
            return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!")
        }
    }

    /// Counts over the prose of `document`.
    static func metrics(of document: AnalyzedDocument) -> Metrics {
        var metrics = Metrics()
        for block in document.blocks {
            metrics.placeholders += block.tokens.lazy.filter { $0.kind == .placeholder }.count
            for sentence in block.sentences {
                guard sentence.role.isProse else {
                    metrics.excludedUnits += 1
                    continue
                }
                let measure = sentence.measure
                guard measure.words > 0 else { continue }
                metrics.sentences += 1
                metrics.words += measure.words
                metrics.syllables += measure.syllables
                metrics.letters += measure.letters
                metrics.frequentWords += measure.frequentWords
                metrics.longWords += measure.longWords
                if sentence.words > ReadabilityConstants.longSentenceWords { metrics.longSentences += 1 }
                metrics.longestSentenceWords = max(metrics.longestSentenceWords, sentence.words)
            }
        }
        return metrics
    }
}
