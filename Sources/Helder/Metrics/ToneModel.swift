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

    /// A loss and the benefit it concerns are marked together when they stand within this many words.
    static let lossSpanWords = 8
    /// The most pressure one sentence can carry.
    static let maximumSentenceValue = 5.0

    /// A sentence's pressure from the values of its kinds: the strongest in full, the others at
    /// `secondaryShare`, so overlapping patterns never add up; at most `maximumSentenceValue`.
    static func sentenceValue(_ parts: [Double]) -> Double {
        let strongest = parts.max() ?? 0
        return min(maximumSentenceValue, strongest + secondaryShare * (parts.reduce(0, +) - strongest))
    }

    /// The factor by which what relieves the pressure lowers it: help, understanding, rights and reasons near
    /// the pressure, together by at most `maximumRelief`.
    static func reliefFactor(_ drivers: ToneDrivers) -> Double {
        var relief = 0.0
        if drivers.helpOffered { relief += helpRelief }
        if drivers.understanding { relief += understandingRelief }
        if drivers.rightsNamed { relief += rightsRelief }
        relief += reasonRelief * Double(min(drivers.reasons, countedReasons))
        return 1 - min(relief, maximumRelief)
    }

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
