/// Reading a letter's tone: each sentence's signals (`SentenceSignals`) are weighed by a `ToneReader` that
/// remembers what came before (a question with a condition, the consequences named so far), and the letter's
/// pressure follows from the sentences, their stacking and what relieves them (`ToneModel`).
extension ToneAssessment {
    /// Reads the tone of `document`; `words` is the number of prose words the scores are measured against.
    init(_ document: AnalyzedDocument, words: Int) {
        var reader = ToneReader(document)
        for (blockIndex, block) in document.blocks.enumerated() {
            var text = block.block.text
            text.withUTF8 { bytes in
                let matches = SentenceSignals.matchesBySentence(in: block, lexicons: document.lexicons)
                for (sentenceIndex, sentence) in block.sentences.enumerated() {
                    guard sentence.role.isProse || sentence.role == .heading, !sentence.tokens.isEmpty else { continue }
                    reader.read(
                        sentence: sentenceIndex, of: blockIndex, matches: matches[sentenceIndex] ?? [], bytes: bytes)
                }
            }
        }
        sentences = reader.finishedSentences()
        shouting = reader.shouting.flatMap(\.spans)

        for sentence in sentences {
            if sentence.threatens {
                drivers.consequences += 1
                if sentence.condition != nil { drivers.conditionalThreats += 1 }
            }
            if sentence.duty != nil { drivers.duties += 1 }
            if sentence.distrust != nil, sentence.concernsReader { drivers.distrust += 1 }
            if sentence.urgency != nil || sentence.blame != nil || sentence.shouts { drivers.pressure += 1 }
        }
        let pressureOrders = Set(sentences.map(\.order))
        drivers.reasons =
            Set(reader.reasonSentences).filter { order in
                (order - 1...order + 1).contains { pressureOrders.contains($0) }
            }.count
        let anatomy = document.anatomy
        drivers.helpOffered = reader.relief[.hulp, default: 0] > 0 || !anatomy.help.isEmpty || anatomy.contactInText
        drivers.understanding = reader.relief[.begrip, default: 0] > 0
        drivers.rightsNamed = reader.relief[.recht, default: 0] > 0 || anatomy.mentionsObjection

        pressure = sentences.reduce(0) { $0 + $1.weightedValue }
        if drivers.duties >= ToneModel.stackingFrom, drivers.consequences > 0 {
            pressure += ToneModel.stackingWeight * Double(drivers.duties - ToneModel.stackingFrom + 1)
        }
        reliefFactor = ToneModel.reliefFactor(drivers)
        if words > 0 { intensity = ToneModel.intensity(pressure: pressure, relief: reliefFactor, words: words) }
    }
}

/// What the tone lexicons found in one sentence, sorted by kind, with the `dwang.tsv` patterns named after
/// the `toon.tsv` signal inside them.
struct SentenceSignals {
    var sanctions: [ToneHit] = []
    /// Losses with their matches: they count only next to something the reader receives.
    var losses: [(hit: ToneHit, match: PhraseMatch)] = []
    var duties: [ToneHit] = []
    var distrust: [ToneHit] = []
    var urgency: [ToneHit] = []
    var haste: [ToneHit] = []
    var blame: [ToneHit] = []
    var conditions: [PhraseMatch] = []
    var notConditions: [PhraseMatch] = []
    var cancelsConsequence = false
    var startsAsFollowUp = false
    /// The sender announces or takes a measure (`wij kunnen uw vergunning intrekken`, `wij houden … in`).
    var announcesMeasure = false
    var relief: [ToneLexicon.Signal] = []

    /// Where a phrase match came from.
    enum Source {
        case tone(Int)
        case coercion(Int)
        /// Looks like a duty but is none (`wat u moet doen`), from `briefopbouw.tsv`.
        case notADuty
    }

    /// The tone, coercion and not-a-duty matches of each sentence of `block`, by sentence index.
    static func matchesBySentence(in block: AnalyzedBlock, lexicons: LexiconSet) -> [Int: [(Source, PhraseMatch)]] {
        var result: [Int: [(Source, PhraseMatch)]] = [:]
        for phrase in block.phrases {
            let owner = lexicons.phrases.owner(of: phrase.match.pattern)
            let source: Source
            switch owner.lexicon {
            case .tone: source = .tone(Int(owner.entry))
            case .coercion: source = .coercion(Int(owner.entry))
            case .structure where lexicons.structure.entries[Int(owner.entry)].kind == .geenplicht: source = .notADuty
            default: continue
            }
            result[Int(phrase.sentence), default: []].append((source, phrase.match))
        }
        return result
    }

    /// Sorts `matches`; `span` gives a match's place, `firstWord` is the token of the sentence's first word,
    /// `addressesReader` whether the sentence speaks to the reader (stiff urgency counts only then).
    init(
        _ matches: [(Source, PhraseMatch)], lexicons: borrowing LexiconSet, firstWord: Int?, addressesReader: Bool,
        span: (PhraseMatch) -> TextSpan
    ) {
        var notDuties: [TextSpan] = []
        for (source, match) in matches {
            switch source {
            case .notADuty:
                notDuties.append(span(match))
            case .coercion(let index):
                let entry = lexicons.coercion.entries[index]
                let hit = ToneHit(
                    span: span(match), weight: entry.weight, name: entry.kind.toneName, isNamed: false,
                    coercionEntry: index)
                switch entry.kind {
                case .dreiging: sanctions.append(hit)
                case .verplichting: duties.append(hit)
                case .wantrouwen: distrust.append(hit)
                case .urgentie: if addressesReader { urgency.append(hit) }
                case .schuld: blame.append(hit)
                default: break  // reported phrase by phrase by its own rule (`onpersoonlijk`)
                }
            case .tone(let index):
                let entry = lexicons.tone.entries[index]
                let hit = ToneHit(span: span(match), weight: entry.weight, name: entry.name)
                switch entry.signal {
                case .sanctie: sanctions.append(hit)
                case .verlies: losses.append((hit, match))
                case .geengevolg: cancelsConsequence = true
                case .voorwaarde: conditions.append(match)
                case .geenvoorwaarde: notConditions.append(match)
                case .vervolg: startsAsFollowUp = startsAsFollowUp || Int(match.firstToken) == firstWord
                case .dreigvorm: announcesMeasure = true
                case .plicht: duties.append(hit)
                case .wantrouwen: distrust.append(hit)
                case .druk: urgency.append(hit)
                case .haast: haste.append(hit)
                case .schuld: blame.append(hit)
                case .reden, .hulp, .begrip, .recht: relief.append(entry.signal)
                case .voordeel: break
                }
            }
        }
        duties.removeAll { duty in notDuties.contains { $0.range.overlaps(duty.span.range) } }
        sanctions = Self.named(sanctions, by: sanctions + losses.map(\.hit))
        duties = Self.named(duties, by: duties)
        distrust = Self.named(distrust, by: distrust)
        urgency = Self.named(urgency, by: urgency)
        blame = Self.named(blame, by: blame)
    }

    /// The conditions that are no look-alike (`anders gezegd`, `lukt het niet`).
    var realConditions: [PhraseMatch] {
        conditions.filter { condition in
            !notConditions.contains { $0.firstWord <= condition.lastWord && condition.firstWord <= $0.lastWord }
        }
    }

    /// A `dwang.tsv` pattern takes the name of a `toon.tsv` signal inside it (`verlaagd of beëindigd`:
    /// verlaging), so a message says what was found.
    private static func named(_ hits: [ToneHit], by candidates: [ToneHit]) -> [ToneHit] {
        hits.map { hit in
            guard !hit.isNamed,
                let inner = candidates.first(where: { $0.isNamed && hit.span.range.overlaps($0.span.range) })
            else { return hit }
            var renamed = hit
            renamed.name = inner.name
            renamed.isNamed = true
            return renamed
        }
    }
}

/// Reads the sentences of a letter in order and weighs each one's pressure (see `ToneModel`), remembering
/// what earlier sentences said: a question that holds a condition, the consequences named so far, whether
/// the sentence before addressed the reader, and where reasons, help and understanding stand.
struct ToneReader {
    let document: AnalyzedDocument
    /// The sentences that put pressure on the reader, in reading order.
    private(set) var sentences: [SentencePressure] = []
    /// How often each relief signal occurs.
    private(set) var relief: [ToneLexicon.Signal: Int] = [:]
    /// The order numbers of sentences with a reason.
    private(set) var reasonSentences: [Int] = []
    /// Shouting runs, per sentence.
    let shouting: [(block: Int, sentence: Int, spans: [TextSpan])]
    /// Every sentence read so far: whether it was a question, and its condition.
    private var read: [(isQuestion: Bool, condition: TextSpan?)] = []
    private var softeningSentences = Set<Int>()
    private var mentions: [String: Int] = [:]
    private var previousAddressedReader = false
    private let shoutingSentences: Set<[Int]>
    /// The duties of the letter's anatomy, by block.
    private let dutySpans: [Int: [TextSpan]]

    init(_ document: AnalyzedDocument) {
        self.document = document
        shouting = ShoutingDetector.spans(in: document)
        shoutingSentences = Set(shouting.map { [$0.block, $0.sentence] })
        dutySpans = Dictionary(grouping: document.anatomy.duties.map(\.span), by: \.block)
    }

    /// The sentences read, each marked softened when a reason, help or understanding stands in it, the
    /// sentence before or the two after.
    func finishedSentences() -> [SentencePressure] {
        sentences.map { sentence in
            var marked = sentence
            marked.softened = (sentence.order - 1...sentence.order + 2).contains { softeningSentences.contains($0) }
            return marked
        }
    }

    /// Reads sentence `index` of block `blockIndex`, whose phrase matches are `matches`.
    mutating func read(
        sentence index: Int, of blockIndex: Int, matches: [(SentenceSignals.Source, PhraseMatch)],
        bytes: UnsafeBufferPointer<UInt8>
    ) {
        let block = document.blocks[blockIndex]
        let sentence = block.sentences[index]
        let order = read.count
        let span = TextSpan(
            block: blockIndex,
            range: Int(
                block.tokens[sentence.tokens.lowerBound].start)..<Int(
                    block.tokens[sentence.tokens.upperBound - 1].end))
        func spanOf(_ match: PhraseMatch) -> TextSpan { TextSpan(block: blockIndex, range: block.range(of: match)) }

        // An imperative or request the letter's anatomy lists as a duty (`Stuur …`) addresses the reader.
        let listedDuty = dutySpans[blockIndex]?.first { span.range.overlaps($0.range) }
        var classes: WordClasses = []
        for position in sentence.tokens { classes.formUnion(block.wordClasses[position]) }
        let addressesReader = listedDuty != nil || classes.contains(.reader)
        let isQuestion =
            sentence.tokens.last.map {
                block.tokens[$0].kind == .punctuation && bytes[Int(block.tokens[$0].start)] == UInt8(ascii: "?")
            } ?? false
        var signals = SentenceSignals(
            matches, lexicons: document.lexicons, firstWord: sentence.tokens.first { block.tokens[$0].isWord },
            addressesReader: addressesReader, span: spanOf)
        for signal in signals.relief {
            relief[signal, default: 0] += 1
            if signal == .reden { reasonSentences.append(order) }
            if signal != .recht { softeningSentences.insert(order) }
        }

        // The condition: one in the sentence that is not a look-alike, or the one in the question(s) right
        // before a sentence that starts with `Dan` or `Anders`.
        let ownCondition = signals.realConditions.first.map(spanOf)
        var condition = ownCondition
        if condition == nil, signals.startsAsFollowUp {
            for earlier in read.reversed() {
                guard earlier.isQuestion else { break }
                if let found = earlier.condition {
                    condition = found
                    break
                }
            }
        }
        read.append((isQuestion, ownCondition))
        // A condition on whoever does or fails to do something concerns the reader (`Zo niet, dan volgt een
        // boete.`), unless the sentence names someone else (`de belanghebbende`, `men`) and the sentence before
        // did not address the reader either.
        let namesOthers = classes.contains(.thirdPerson)
        let reader = addressesReader || (condition != nil && (previousAddressedReader || !namesOthers))
        previousAddressedReader = addressesReader

        // A question about the reader's situation (`Krijgt u een brief van een deurwaarder?`) names a sanction
        // without threatening one.
        if isQuestion { signals.cancelsConsequence = true }
        // A sanction the sender announces (`Wij doen aangifte`) is felt by the reader too, as is enforcement
        // (`wij letten erop`, `wij controleren`).
        let senderActs = classes.contains(.sender)
        let enforces = reader || senderActs
        // A loss the sender imposes (`Wij houden … in op uw uitkering`) is a measure, not a fact.
        if senderActs { signals.announcesMeasure = true }
        let (consequence, consequenceValue) = weighConsequence(
            signals, condition: condition, reader: enforces, sentence: sentence, block: block, bytes: bytes)

        // Duties count only when they are the reader's; an imperative or request from the letter's anatomy
        // (`Stuur …`, `Wilt u … ?`) counts lightly when no stronger form is there.
        var duty = reader ? Self.strongest(signals.duties) : nil
        var dutyValue = duty.map { Double($0.weight) } ?? 0
        if duty == nil, let listed = listedDuty {
            duty = ToneHit(span: listed, weight: 1, name: "een opdracht")
            dutyValue = ToneModel.requestWeight
        }
        let distrust = Self.strongest(signals.distrust)
        let distrustValue = Double(distrust?.weight ?? 0) * (enforces ? 1 : ToneModel.otherPersonShare)
        // Haste presses the reader only where the sentence asks something of them.
        let urgency = Self.strongest(signals.urgency + (duty != nil ? signals.haste : []))
        let blame = reader ? Self.strongest(signals.blame) : nil
        let shouts = shoutingSentences.contains([blockIndex, index])
        let otherValue = Double(max(urgency?.weight ?? 0, blame?.weight ?? 0, shouts ? 1 : 0))

        let value = ToneModel.sentenceValue([consequenceValue, dutyValue, distrustValue, otherValue])
        guard value > 0 else { return }
        sentences.append(
            SentencePressure(
                span: span, order: order, concernsReader: enforces,
                consequence: consequenceValue > 0 ? consequence : nil,
                condition: consequence != nil ? condition : nil, duty: dutyValue > 0 ? duty : nil,
                distrust: distrustValue > 0 ? distrust : nil, urgency: urgency,
                blame: blame, shouts: shouts, value: value, location: document.location(of: span),
                excerpt: document.excerpt(of: span)))
    }

    /// The strongest consequence of the sentence and what it weighs: a sanction by itself; a loss only next to
    /// something the reader receives, lightly without a condition; heavier with a condition on the reader,
    /// lighter when it concerns someone else, and less each time the same consequence is named again.
    private mutating func weighConsequence(
        _ signals: SentenceSignals, condition: TextSpan?, reader: Bool, sentence: Sentence, block: AnalyzedBlock,
        bytes: UnsafeBufferPointer<UInt8>
    ) -> (ToneHit?, Double) {
        guard !signals.cancelsConsequence else { return (nil, 0) }
        var consequences = signals.sanctions
        if !signals.losses.isEmpty {
            let benefits = benefitWords(in: sentence, of: block, bytes: bytes)
            for (hit, match) in signals.losses {
                let first = Int(match.firstToken)
                guard let nearest = benefits.min(by: { abs($0 - first) < abs($1 - first) }) else { continue }
                var joined = hit
                // A loss is a fact (`uw WW-uitkering stopt`) unless the sender announces it (`wij kunnen … stoppen`)
                // or a condition ties it to the reader.
                joined.needsCondition = !signals.announcesMeasure
                // The benefit joins the span when it is close (`uw bijstandsuitkering … verlagen`).
                let from = min(nearest, first)
                let to = max(nearest, Int(match.lastToken))
                if block.tokens[from...to].filter(\.isWord).count <= ToneModel.lossSpanWords {
                    joined.span = TextSpan(
                        block: joined.span.block, range: Int(block.tokens[from].start)..<Int(block.tokens[to].end))
                }
                consequences.append(joined)
            }
        }
        func weight(_ hit: ToneHit) -> Double {
            hit.needsCondition && condition == nil
                ? Double(hit.weight) * ToneModel.plainLossShare : Double(hit.weight)
        }
        // Ties go to a `dwang.tsv` entry, whose friendlier phrasing a finding can offer.
        guard
            let consequence = consequences.max(by: { left, right in
                let (l, r) = (weight(left), weight(right))
                return l != r ? l < r : left.coercionEntry == nil && right.coercionEntry != nil
            })
        else { return (nil, 0) }
        var value = weight(consequence)
        if condition != nil { value += ToneModel.conditionBonus }
        if !reader { value *= ToneModel.otherPersonShare }
        // Readers feel a new sanction as escalation, a repeated one as the same threat.
        mentions[consequence.name, default: 0] += 1
        value /= Double(mentions[consequence.name]!)
        return (consequence, value)
    }

    /// Token indices of the words in `sentence` that name something the reader receives.
    private func benefitWords(in sentence: Sentence, of block: AnalyzedBlock, bytes: UnsafeBufferPointer<UInt8>)
        -> [Int]
    {
        sentence.tokens.filter { index in
            let token = block.tokens[index]
            guard token.kind == .word else { return false }
            return document.lexicons.tone.isBenefit(bytes: UnsafeBufferPointer(rebasing: bytes[token.range]))
        }
    }

    /// The heaviest hit; ties go to a `dwang.tsv` entry, whose friendlier phrasing a finding can offer.
    private static func strongest(_ hits: [ToneHit]) -> ToneHit? {
        hits.max { left, right in
            left.weight != right.weight
                ? left.weight < right.weight : left.coercionEntry == nil && right.coercionEntry != nil
        }
    }
}

extension CoercionLexicon.Kind {
    /// What the tone model calls a match of this kind when the pattern itself has no name.
    var toneName: String {
        switch self {
        case .verplichting: "een bevel"
        case .dreiging: "een sanctie"
        case .wantrouwen: "wantrouwen"
        case .urgentie: "haast"
        case .schuld: "een verwijt"
        default: rawValue
        }
    }
}
