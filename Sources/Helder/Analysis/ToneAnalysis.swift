/// The tone model: what a letter makes its reader face, sentence by sentence, and how much pressure that
/// adds up to (see `ToneModel` for the formula and README, "Wat de scores betekenen").
///
/// Each sentence is read for five kinds of pressure — a consequence (a sanction or a loss, strongest when a
/// condition ties it to the reader), a duty, distrust, urgency or escalation, and blame or shouting — from
/// `Lexicons/toon.tsv` and `Lexicons/dwang.tsv`. A sentence counts once: its strongest kind in full and the
/// others at half weight, so overlapping patterns never add up. The letter's pressure is the sum over its
/// sentences plus the weight of stacked duties under a consequence, lowered by what relieves it (a reason,
/// help, understanding, rights) and divided by the square root of its length.
public struct ToneAssessment: Sendable, Equatable {
    /// Every sentence that puts pressure on the reader, in reading order.
    public var sentences: [SentencePressure] = []
    /// Runs of capitals in running text that read as shouting.
    public var shouting: [TextSpan] = []
    /// How many sentences carry each kind of pressure, and what relieves it.
    public var drivers = ToneDrivers()
    /// The summed pressure of the sentences plus stacking, before relief and length.
    public var pressure = 0.0
    /// The factor (0.6–1) by which reasons, help, understanding and rights lower the pressure.
    public var reliefFactor = 1.0
    /// The pressure after relief, per square root of 100 words; nil without prose.
    public var intensity: Double?

    public init() {}

    /// The tone score, 0–100, higher is friendlier; nil without prose.
    public var score: Int? { intensity.map(ToneModel.score) }
    /// How dwingend a reader will likely find the letter, 1–5 (the readers' scale); nil without prose.
    public var level: Int? { intensity.map(ToneModel.level) }

    /// The tone score once the sentences holding `spans` put no more pressure on the reader (an estimate for
    /// "what to fix first": stacking and relief stay as they are).
    public func score(relieving spans: [TextSpan], words: Int) -> Int? {
        guard intensity != nil, words > 0 else { return nil }
        let removed = sentences.filter { sentence in
            spans.contains { $0.block == sentence.span.block && $0.range.overlaps(sentence.span.range) }
        }.reduce(0) { $0 + $1.weightedValue }
        return ToneModel.score(
            ToneModel.intensity(pressure: max(0, pressure - removed), relief: reliefFactor, words: words))
    }
}

/// What drives a letter's tone: counts of sentences per kind of pressure, and what relieves it.
public struct ToneDrivers: Sendable, Equatable {
    /// Sentences with a sanction for the reader, or a loss tied to a condition on them.
    public var consequences = 0
    /// Of those, the sentences where a condition ties it to the reader (`als u … niet, dan …`).
    public var conditionalThreats = 0
    /// Sentences that put a duty on the reader.
    public var duties = 0
    /// Sentences with distrust, control or enforcement.
    public var distrust = 0
    /// Sentences with urgency without a date, escalation, a warning, blame or shouting.
    public var pressure = 0
    /// Whether the letter offers help or contact (a name, a phone number, `wij helpen u`).
    public var helpOffered = false
    /// Reasons given next to the pressure (`omdat`, `dat is nodig`).
    public var reasons = 0
    /// Whether the letter shows understanding for the reader's situation.
    public var understanding = false
    /// Whether the letter names the reader's rights (bezwaar, a complaint).
    public var rightsNamed = false

    public init() {}
}

/// One sentence that puts pressure on the reader, with what was found in it.
public struct SentencePressure: Sendable, Equatable {
    /// The sentence.
    public var span: TextSpan
    /// The block and the sentence's index within it.
    public var block: Int
    public var sentence: Int
    /// The sentence's place among all sentences of the letter that were read for tone (prose, list items, headings).
    public var order: Int
    /// Whether the sentence addresses the reader (`u`, `uw`) or is tied to them by a condition.
    public var concernsReader: Bool
    /// The strongest consequence: a sanction or loss.
    public var consequence: ToneHit?
    /// The condition that ties the consequence to the reader, possibly in the question before (`Heeft u geen …? Dan …`).
    public var condition: TextSpan?
    /// The strongest duty put on the reader.
    public var duty: ToneHit?
    /// Whether distrust in the sentence is aimed at the reader (it addresses them, or the sender announces it).
    public var distrustConcernsReader: Bool
    /// The strongest sign of distrust or enforcement.
    public var distrust: ToneHit?
    /// Urgency, escalation or a warning.
    public var urgency: ToneHit?
    /// Blame.
    public var blame: ToneHit?
    /// Whether the sentence shouts (capitals in running text).
    public var shouts: Bool
    /// What the sentence adds to the letter's pressure: its value, less when it is said with care.
    public var weightedValue: Double { value * (softened ? ToneModel.softenedShare : 1) }

    /// Whether the sentence holds a consequence that threatens the reader: a sanction, or a loss tied to a condition.
    public var threatens: Bool {
        guard concernsReader, let consequence else { return false }
        return !consequence.needsCondition || condition != nil
    }

    /// Whether a reason, help or understanding stands in the sentence or right around it (the sentence before,
    /// or the two after): the pressure is said with care, so it counts at `ToneModel.softenedShare` and its
    /// findings are tips.
    public var softened = false
    /// The sentence's pressure, 0–5.
    public var value: Double
    /// Where the sentence stands, and its text (shortened), for reports.
    public var location: TextLocation
    public var excerpt: String

    /// What was found, in Dutch, strongest kind first (`dreiging: verlaging, als u … niet`, `plicht: u moet`).
    public var signalNames: [String] {
        var names: [String] = []
        if let consequence {
            names.append(
                condition != nil ? "dreiging: \(consequence.name), met voorwaarde" : "gevolg: \(consequence.name)")
        }
        if let duty { names.append("plicht: \(duty.name)") }
        if let distrust { names.append("wantrouwen: \(distrust.name)") }
        if let urgency { names.append("druk: \(urgency.name)") }
        if let blame { names.append("verwijt: \(blame.name)") }
        if shouts { names.append("hoofdletters") }
        return names
    }
}

/// One signal in a sentence: where, how heavy, what Helder calls it, and the `dwang.tsv` entry it came from, if any.
public struct ToneHit: Sendable, Equatable {
    public var span: TextSpan
    /// 1 (light) to 3 (heavy).
    public var weight: Int
    /// What Helder calls it (`een boete`, `verlaging`).
    public var name: String
    /// Whether `name` says what was found (from `toon.tsv`), rather than only its kind (a `dwang.tsv` pattern).
    public var isNamed = true
    /// The entry of `Lexicons/dwang.tsv` that found it, whose friendlier phrasing a finding can offer.
    public var coercionEntry: Int?
    /// A loss (`verlagen`, `minder`) that is a threat only with a condition on the reader; without one it is
    /// a fact (`uw WW-uitkering stopt op 31 december`) that counts lightly and gets no finding.
    public var needsCondition = false
}

/// The constants of the tone model, in one place (see README, "Wat de scores betekenen").
public enum ToneModel {
    /// A sentence's other kinds of pressure count at this share of their weight beside its strongest.
    static let secondaryShare = 0.5
    /// A condition on the reader makes a consequence this much heavier (`als u … niet, dan …`).
    static let conditionBonus = 1.0
    /// A loss stated as a fact (`uw WW-uitkering stopt op 31 december`) counts at this share.
    static let plainLossShare = 0.5
    /// Pressure about someone other than the reader (a report on sanctions) counts at this share.
    static let otherPersonShare = 0.3
    /// A duty found only as an imperative or request (`Stuur …`, `Wilt u … ?`) weighs this much.
    static let requestWeight = 0.5
    /// From this many duty sentences on, each more adds this much when the letter also names a consequence.
    static let stackingFrom = 3
    static let stackingWeight = 0.5
    /// A sentence said with care (a reason, help or understanding right around it) counts at this share.
    static let softenedShare = 0.75
    /// Relief: each lowers the pressure by this share; together by at most `maximumRelief`.
    static let helpRelief = 0.15
    static let understandingRelief = 0.10
    static let rightsRelief = 0.05
    static let reasonRelief = 0.05
    static let countedReasons = 3
    static let maximumRelief = 0.4
    /// Shorter letters are measured as if they had this many words, so one threat in three lines is not infinite.
    static let minimumWords = 100.0
    /// The intensity at which the score is 50.
    static let halfScoreIntensity = 4.0
    /// Upper bounds of intensity for levels 1–4 of the readers' scale (5 above the last).
    static let levelBounds = [0.5, 2.0, 6.0, 15.0]

    /// Pressure after relief per square root of hundreds of words: a letter twice as long with the same
    /// sentences is not twice as friendly (readers feel a threat in a long letter too), nor twice as harsh.
    static func intensity(pressure: Double, relief: Double, words: Int) -> Double {
        pressure * relief / (max(Double(words), minimumWords) / 100).squareRoot()
    }

    /// The tone score for an intensity: 100 without pressure, 50 at `halfScoreIntensity`.
    public static func score(_ intensity: Double) -> Int {
        Int((100 / (1 + intensity / halfScoreIntensity)).rounded())
    }

    /// The level on the readers' 1–5 scale for an intensity.
    public static func level(_ intensity: Double) -> Int {
        (levelBounds.firstIndex { intensity < $0 } ?? levelBounds.count) + 1
    }

    /// What a level on the readers' scale means, in Dutch.
    public static func levelDescription(_ level: Int) -> String {
        switch level {
        case 1: "geen druk: de brief informeert of nodigt uit"
        case 2: "licht: een plicht of termijn, rustig gebracht"
        case 3: "merkbaar: plichten gestapeld of een gevolg genoemd"
        case 4: "dwingend: sancties op de voorgrond"
        default: "dreigend: sancties, wantrouwen en escalatie"
        }
    }
}

extension ToneAssessment {
    /// Reads the tone of `document`; `words` is the number of prose words the scores are measured against.
    init(_ document: AnalyzedDocument, words: Int) {
        let tone = document.lexicons.tone
        let coercion = document.lexicons.coercion
        var reliefMatches: [ToneLexicon.Signal: Int] = [:]
        var reasonsNearPressure = 0
        /// Sentences read so far: whether each was a question and the condition it holds.
        var previous: [(isQuestion: Bool, condition: TextSpan?)] = []
        var reasonSentences: [Int] = []
        /// Sentences with a reason, help or understanding: a sentence of pressure next to one is said more calmly.
        var softeningSentences = Set<Int>()
        var mentions: [String: Int] = [:]
        var previousHadReader = false
        let shoutingBySentence = ToneAssessment.shouting(in: document)
        shouting = shoutingBySentence.flatMap(\.spans)
        let shoutingSentences = Set(shoutingBySentence.map { [$0.block, $0.sentence] })
        let dutySpans = document.anatomy.duties.map(\.span)

        for (blockIndex, block) in document.blocks.enumerated() {
            var text = block.block.text
            text.withUTF8 { bytes in
                var matchesBySentence: [Int: [(signal: ToneSignalSource, match: PhraseMatch)]] = [:]
                for phrase in block.phrases {
                    let owner = document.lexicons.phrases.owner(of: phrase.match.pattern)
                    let source: ToneSignalSource
                    switch owner.lexicon {
                    case .tone: source = .tone(Int(owner.entry))
                    case .coercion: source = .coercion(Int(owner.entry))
                    case .structure where document.lexicons.structure.entries[Int(owner.entry)].kind == .geenplicht:
                        source = .notADuty
                    default: continue
                    }
                    matchesBySentence[Int(phrase.sentence), default: []].append((source, phrase.match))
                }
                for (sentenceIndex, sentence) in block.sentences.enumerated() {
                    guard sentence.role.isProse || sentence.role == .heading, !sentence.tokens.isEmpty else { continue }
                    let matches = matchesBySentence[sentenceIndex] ?? []
                    let span = TextSpan(
                        block: blockIndex,
                        range: Int(
                            block.tokens[sentence.tokens.lowerBound].start)..<Int(
                                block.tokens[sentence.tokens.upperBound - 1].end))
                    func spanOf(_ match: PhraseMatch) -> TextSpan {
                        TextSpan(block: blockIndex, range: block.range(of: match))
                    }
                    // An imperative or request the letter's anatomy lists as a duty (`Stuur …`) addresses the reader.
                    let listedDuty = dutySpans.first { $0.block == blockIndex && span.range.overlaps($0.range) }
                    var reader =
                        listedDuty != nil || sentence.tokens.contains { block.wordClasses[$0].contains(.reader) }
                    let isQuestion =
                        sentence.tokens.last.map {
                            block.tokens[$0].kind == .punctuation
                                && bytes[Int(block.tokens[$0].start)] == UInt8(ascii: "?")
                        } ?? false

                    var cancelsConsequence = false
                    var conditions: [PhraseMatch] = []
                    var notConditions: [PhraseMatch] = []
                    var startsAsFollowUp = false
                    var sanctions: [ToneHit] = []
                    var losses: [(hit: ToneHit, match: PhraseMatch)] = []
                    var duties: [ToneHit] = []
                    var distrust: [ToneHit] = []
                    var urgency: [ToneHit] = []
                    var haste: [ToneHit] = []
                    var blame: [ToneHit] = []
                    let firstWord = sentence.tokens.first { block.tokens[$0].isWord }
                    var notDuties: [PhraseMatch] = []
                    for (source, match) in matches {
                        switch source {
                        case .notADuty:
                            notDuties.append(match)
                        case .coercion(let index):
                            let entry = coercion.entries[index]
                            let hit = ToneHit(
                                span: spanOf(match), weight: entry.weight, name: entry.kind.toneName,
                                isNamed: false, coercionEntry: index)
                            switch entry.kind {
                            case .dreiging: sanctions.append(hit)
                            case .verplichting: duties.append(hit)
                            case .wantrouwen: distrust.append(hit)
                            case .urgentie: if reader { urgency.append(hit) }
                            case .schuld: blame.append(hit)
                            case .onpersoonlijk: break
                            }
                        case .tone(let index):
                            let entry = tone.entries[index]
                            let hit = ToneHit(span: spanOf(match), weight: entry.weight, name: entry.name)
                            switch entry.signal {
                            case .sanctie: sanctions.append(hit)
                            case .verlies: losses.append((hit, match))
                            case .geengevolg: cancelsConsequence = true
                            case .voorwaarde: conditions.append(match)
                            case .geenvoorwaarde: notConditions.append(match)
                            case .vervolg: startsAsFollowUp = startsAsFollowUp || Int(match.firstToken) == firstWord
                            case .plicht: duties.append(hit)
                            case .wantrouwen: distrust.append(hit)
                            case .druk: urgency.append(hit)
                            case .haast: haste.append(hit)
                            case .schuld: blame.append(hit)
                            case .reden, .hulp, .begrip, .recht:
                                reliefMatches[entry.signal, default: 0] += 1
                                if entry.signal == .reden { reasonSentences.append(previous.count) }
                                if entry.signal != .recht { softeningSentences.insert(previous.count) }
                            case .voordeel: break
                            }
                        }
                    }

                    duties.removeAll { duty in
                        notDuties.contains { spanOf($0).range.overlaps(duty.span.range) }
                    }
                    // A `dwang.tsv` pattern takes the name of a `toon.tsv` signal inside it (`verlaagd of beëindigd`:
                    // verlaging), so a message says what was found.
                    func named(_ hits: [ToneHit], by named: [ToneHit]) -> [ToneHit] {
                        hits.map { hit in
                            guard !hit.isNamed,
                                let inner = named.first(where: { $0.isNamed && hit.span.range.overlaps($0.span.range) })
                            else { return hit }
                            var renamed = hit
                            renamed.name = inner.name
                            renamed.isNamed = true
                            return renamed
                        }
                    }
                    sanctions = named(sanctions, by: sanctions + losses.map(\.hit))
                    duties = named(duties, by: duties)
                    distrust = named(distrust, by: distrust)
                    urgency = named(urgency, by: urgency)
                    blame = named(blame, by: blame)

                    // The condition: one in the sentence that is not a look-alike, or the one in the question(s)
                    // right before a sentence that starts with `Dan` or `Anders`.
                    let realConditions = conditions.filter { condition in
                        !notConditions.contains {
                            $0.firstWord <= condition.lastWord && condition.firstWord <= $0.lastWord
                        }
                    }
                    var condition = realConditions.first.map(spanOf)
                    if condition == nil, startsAsFollowUp {
                        for earlier in previous.reversed() {
                            guard earlier.isQuestion else { break }
                            if let found = earlier.condition {
                                condition = found
                                break
                            }
                        }
                    }
                    // A condition continues the sentence before: after `Betaal vóór 1 mei.`, `Zo niet, dan volgt een
                    // boete.` concerns the reader too.
                    let hasReaderWord = reader
                    if condition != nil, previousHadReader { reader = true }
                    previousHadReader = hasReaderWord

                    // A loss counts only when it concerns something the reader receives: the nearest such word
                    // joins its span (`uw bijstandsuitkering … verlagen`).
                    // A question about the reader's situation (`Krijgt u een brief van een deurwaarder?`) names a
                    // sanction without threatening one.
                    if isQuestion { cancelsConsequence = true }
                    var consequences = cancelsConsequence ? [] : sanctions
                    if !cancelsConsequence, !losses.isEmpty {
                        let benefits = ToneAssessment.benefitWords(in: sentence, of: block, bytes: bytes, tone: tone)
                        for (hit, match) in losses {
                            guard
                                let nearest = benefits.min(by: {
                                    abs($0 - Int(match.firstToken)) < abs($1 - Int(match.firstToken))
                                })
                            else { continue }
                            var joined = hit
                            let words = block.tokens[
                                min(nearest, Int(match.firstToken))...max(nearest, Int(match.lastToken))
                            ]
                            .filter(\.isWord).count
                            if words <= 8 {
                                joined.span = TextSpan(
                                    block: blockIndex,
                                    range: Int(
                                        block.tokens[min(nearest, Int(match.firstToken))].start)..<Int(
                                            block.tokens[max(nearest, Int(match.lastToken))].end))
                            }
                            joined.needsCondition = true
                            consequences.append(joined)
                        }
                    }
                    // The strongest consequence (a plain loss counts at `plainLossShare`).
                    func consequenceWeight(_ hit: ToneHit) -> Double {
                        hit.needsCondition && condition == nil
                            ? Double(hit.weight) * ToneModel.plainLossShare : Double(hit.weight)
                    }
                    // Ties go to a `dwang.tsv` entry, whose friendlier phrasing a finding can offer.
                    let consequence = consequences.max { left, right in
                        let (l, r) = (consequenceWeight(left), consequenceWeight(right))
                        return l != r ? l < r : left.coercionEntry == nil && right.coercionEntry != nil
                    }
                    var consequenceValue = consequence.map(consequenceWeight) ?? 0
                    if consequence != nil, condition != nil { consequenceValue += ToneModel.conditionBonus }
                    if !reader { consequenceValue *= ToneModel.otherPersonShare }
                    // The same consequence named again adds less each time (1, 1/2, 1/3 …): readers feel a new
                    // sanction as escalation, a repeated one as the same threat.
                    if let name = consequence?.name, consequenceValue > 0 {
                        mentions[name, default: 0] += 1
                        consequenceValue /= Double(mentions[name]!)
                    }

                    // Duties count only when they are the reader's; an imperative or request from the letter's
                    // anatomy (`Stuur …`, `Wilt u … ?`) counts lightly when no stronger form is there.
                    var duty =
                        reader
                        ? duties.max { left, right in
                            left.weight != right.weight
                                ? left.weight < right.weight : left.coercionEntry == nil && right.coercionEntry != nil
                        } : nil
                    var dutyValue = duty.map { Double($0.weight) } ?? 0
                    if duty == nil, let listed = listedDuty {
                        duty = ToneHit(span: listed, weight: 1, name: "een opdracht")
                        dutyValue = ToneModel.requestWeight
                    }
                    let strongestDistrust = distrust.max { $0.weight < $1.weight }
                    // Enforcement the sender announces (`wij letten erop`, `wij controleren`) is felt by the reader too.
                    let enforces = reader || sentence.tokens.contains { block.wordClasses[$0].contains(.sender) }
                    let distrustValue =
                        (strongestDistrust.map { Double($0.weight) } ?? 0)
                        * (enforces ? 1 : ToneModel.otherPersonShare)
                    // Haste presses the reader only where the sentence asks something of them.
                    if duty != nil { urgency += haste }
                    let strongestUrgency = urgency.max { $0.weight < $1.weight }
                    let strongestBlame = reader ? blame.max { $0.weight < $1.weight } : nil
                    let shouts = shoutingSentences.contains([blockIndex, sentenceIndex])
                    let otherValue = max(
                        Double(strongestUrgency?.weight ?? 0), Double(strongestBlame?.weight ?? 0), shouts ? 1 : 0)

                    let parts = [consequenceValue, dutyValue, distrustValue, otherValue]
                    let strongest = parts.max() ?? 0
                    let value = min(5, strongest + ToneModel.secondaryShare * (parts.reduce(0, +) - strongest))
                    let sentenceNumber = previous.count
                    previous.append((isQuestion, realConditions.first.map(spanOf)))
                    guard value > 0 else { continue }
                    sentences.append(
                        SentencePressure(
                            span: span, block: blockIndex, sentence: sentenceIndex, order: sentenceNumber,
                            concernsReader: reader,
                            consequence: consequenceValue > 0 ? consequence : nil,
                            condition: consequence != nil ? condition : nil, duty: dutyValue > 0 ? duty : nil,
                            distrustConcernsReader: enforces,
                            distrust: distrustValue > 0 ? strongestDistrust : nil, urgency: strongestUrgency,
                            blame: strongestBlame, shouts: shouts, value: value,
                            location: document.location(of: span), excerpt: document.excerpt(of: span, limit: 160)))
                }
            }
        }

        for index in sentences.indices {
            let number = sentences[index].order
            sentences[index].softened = (number - 1...number + 2).contains { softeningSentences.contains($0) }
        }
        // Drivers: the kinds of pressure per sentence, and what relieves them.
        for sentence in sentences {
            if sentence.threatens {
                drivers.consequences += 1
                if sentence.condition != nil { drivers.conditionalThreats += 1 }
            }
            if sentence.duty != nil { drivers.duties += 1 }
            if sentence.distrust != nil, sentence.distrustConcernsReader { drivers.distrust += 1 }
            if sentence.urgency != nil || sentence.blame != nil || sentence.shouts { drivers.pressure += 1 }
        }
        let pressureSet = Set(sentences.map(\.order))
        reasonsNearPressure =
            Set(reasonSentences).filter { number in
                pressureSet.contains(number) || pressureSet.contains(number - 1) || pressureSet.contains(number + 1)
            }.count
        drivers.reasons = reasonsNearPressure
        drivers.helpOffered =
            reliefMatches[.hulp, default: 0] > 0 || !document.anatomy.help.isEmpty || document.anatomy.contactInText
        drivers.understanding = reliefMatches[.begrip, default: 0] > 0
        drivers.rightsNamed = reliefMatches[.recht, default: 0] > 0 || document.anatomy.mentionsObjection

        pressure = sentences.reduce(0) { $0 + $1.weightedValue }
        if drivers.duties >= ToneModel.stackingFrom, drivers.consequences > 0 {
            pressure += ToneModel.stackingWeight * Double(drivers.duties - ToneModel.stackingFrom + 1)
        }
        var relief = 0.0
        if drivers.helpOffered { relief += ToneModel.helpRelief }
        if drivers.understanding { relief += ToneModel.understandingRelief }
        if drivers.rightsNamed { relief += ToneModel.rightsRelief }
        relief += ToneModel.reasonRelief * Double(min(drivers.reasons, ToneModel.countedReasons))
        reliefFactor = 1 - min(relief, ToneModel.maximumRelief)
        if words > 0 { intensity = ToneModel.intensity(pressure: pressure, relief: reliefFactor, words: words) }
    }

    /// Token indices of the words in `sentence` that name something the reader receives.
    private static func benefitWords(
        in sentence: Sentence, of block: AnalyzedBlock, bytes: UnsafeBufferPointer<UInt8>, tone: ToneLexicon
    ) -> [Int] {
        sentence.tokens.filter { index in
            let token = block.tokens[index]
            guard token.kind == .word else { return false }
            let word = WordFolding.fold(
                String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self))
            return tone.isBenefit(folded: word)
        }
    }

    /// Runs of capitals that shout, per sentence: ordinary words (at least one of them among the frequent words)
    /// in running text (a sentence with at least `ShoutingRule.runningWords` words in ordinary letters, or a run
    /// followed by `!`); never codes with digits (`EB003`), acronyms (`UWV`), names and places in capitals
    /// (`BERGSCHENHOEK`), or a line in capitals alone (a label).
    static func shouting(in document: AnalyzedDocument) -> [(block: Int, sentence: Int, spans: [TextSpan])] {
        var result: [(block: Int, sentence: Int, spans: [TextSpan])] = []
        for (blockIndex, block) in document.blocks.enumerated() {
            var text = block.block.text
            text.withUTF8 { bytes in
                for (sentenceIndex, sentence) in block.sentences.enumerated()
                where sentence.role.isProse || sentence.role == .heading {
                    var spans: [TextSpan] = []
                    var run: [Int] = []
                    let ordinaryWords = sentence.tokens.filter {
                        block.tokens[$0].kind == .word && !block.tokens[$0].flags.contains(.allCaps)
                    }.count
                    func flush(before next: Int?) {
                        defer { run.removeAll() }
                        guard let first = run.first, let last = run.last else { return }
                        let letters = run.reduce(0) { $0 + Int(block.measures[$1].letters) }
                        guard run.count >= 2 || letters >= ShoutingRule.minimumLetters else { return }
                        // Ordinary words in capitals shout; names, places and codes in capitals do not.
                        guard run.contains(where: { block.measures[$0].frequentWords > 0 }) else { return }
                        let exclaims =
                            next.map {
                                block.tokens[$0].kind == .punctuation
                                    && bytes[Int(block.tokens[$0].start)] == UInt8(ascii: "!")
                            } ?? false
                        guard ordinaryWords >= ShoutingRule.runningWords || exclaims else { return }
                        spans.append(
                            TextSpan(
                                block: blockIndex, range: Int(block.tokens[first].start)..<Int(block.tokens[last].end)))
                    }
                    for index in sentence.tokens {
                        let token = block.tokens[index]
                        if token.kind == .word, token.flags.contains(.allCaps),
                            !bytes[token.range].contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
                            !isAcronym(token, frequent: block.measures[index].frequentWords > 0, bytes, document)
                        {
                            run.append(index)
                        } else if token.kind != .punctuation
                            || !run.isEmpty && bytes[Int(token.start)] == UInt8(ascii: ":")
                            || bytes[Int(token.start)] == UInt8(ascii: "!")
                        {
                            flush(before: index)
                        }
                    }
                    flush(before: nil)
                    if !spans.isEmpty { result.append((blockIndex, sentenceIndex, spans)) }
                }
            }
        }
        return result
    }

    /// An acronym from the lexicon (`UWV`) or a short capital word that is not an ordinary word (`PW`, `KVK`)
    /// is not shouting; `LET OP` and `NIET` are.
    private static func isAcronym(
        _ token: Token, frequent: Bool, _ bytes: UnsafeBufferPointer<UInt8>, _ document: AnalyzedDocument
    ) -> Bool {
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self)
        if document.lexicons.acronyms.entry(forWritten: word) != nil { return true }
        return word.count <= 4 && !frequent
    }
}

/// Thresholds of shouting.
enum ShoutingRule {
    /// A run of capitals is shouting from this many letters (one word) or two words.
    static let minimumLetters = 4
    /// Words in ordinary letters that make a sentence running text.
    static let runningWords = 3
}

/// Where a tone signal came from.
private enum ToneSignalSource {
    case tone(Int)
    case coercion(Int)
    /// Looks like a duty but is none (`wat u moet doen`), from `briefopbouw.tsv`.
    case notADuty
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
        case .onpersoonlijk: "onpersoonlijke taal"
        }
    }
}
