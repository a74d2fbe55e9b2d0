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
    /// The sentence's place among all sentences of the letter that were read for tone (prose, list items, headings).
    public var order: Int
    /// Whether the sentence concerns the reader: it addresses them (`u`, `uw`, an imperative), a condition ties
    /// it to them, or the sender announces what it does (`wij leggen beslag`, `wij letten erop`).
    public var concernsReader: Bool
    /// The strongest consequence: a sanction or loss.
    public var consequence: ToneHit?
    /// The condition that ties the consequence to the reader, possibly in the question before (`Heeft u geen …? Dan …`).
    public var condition: TextSpan?
    /// The strongest duty put on the reader.
    public var duty: ToneHit?
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
        // The kind, then the hit's name unless it only says the kind again (`verwijt`, not `verwijt: een verwijt`).
        func named(_ kind: String, _ hit: ToneHit) -> String {
            hit.nameRepeats(kind) ? kind : "\(kind): \(hit.name)"
        }
        if let consequence {
            names.append(
                condition != nil ? named("dreiging", consequence) + ", met voorwaarde" : named("gevolg", consequence))
        }
        if let duty { names.append(named("plicht", duty)) }
        if let distrust { names.append(named("wantrouwen", distrust)) }
        if let urgency { names.append(named("druk", urgency)) }
        if let blame { names.append(named("verwijt", blame)) }
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

    /// Whether the name says nothing that `texts` (a label, the quoted words) do not already say: each of its
    /// words of four letters or more (`een`, `op`, `u` carry no meaning of their own here) begins like a word
    /// of `texts` (its first six letters, or all of a shorter word: `gevolgen` ~ `gevolg`, `verwijt` ~ `Verwijt`,
    /// `let op` ~ `LET OP`; not `terugbetalen` ~ `teruggevorderd`).
    public func nameRepeats(_ texts: String...) -> Bool {
        func stems(_ text: String) -> Set<String> {
            Set(
                text.lowercased().split { !$0.isLetter }.map { String($0.prefix(6)) })
        }
        let known = texts.reduce(into: Set<String>()) { $0.formUnion(stems($1)) }
        let meaningful = name.lowercased().split { !$0.isLetter }.filter { $0.count >= 4 }
        return meaningful.allSatisfy { known.contains(String($0.prefix(6))) }
    }
}
