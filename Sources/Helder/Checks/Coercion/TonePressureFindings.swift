/// A kind of pressure the tone model finds in a sentence, and so a coercion rule (a row of
/// `WordListRules.table`): what it reports, how it names it and what it advises.
public enum TonePressure: Sendable, CaseIterable {
    /// Duties written as orders (`u dient … te`, `u bent verplicht`).
    case duty
    /// Consequences for the reader: sanctions, and losses the letter announces or ties to a condition.
    case consequence
    /// Suspicion, control and enforcement aimed at the reader.
    case distrust
    /// Pressure and haste without a date.
    case urgency
    /// Blame on the reader.
    case blame

    /// The kind of `dwang.tsv` the tone model reads as this pressure.
    var coercionKind: CoercionLexicon.Kind {
        switch self {
        case .duty: .verplichting
        case .consequence: .dreiging
        case .distrust: .wantrouwen
        case .urgency: .urgentie
        case .blame: .schuld
        }
    }

    /// The signals of `toon.tsv` that make this pressure (a condition only strengthens a consequence).
    var toneSignals: [ToneLexicon.Signal] {
        switch self {
        case .duty: [.plicht]
        case .consequence: [.sanctie, .verlies, .voorwaarde]
        case .distrust: [.wantrouwen]
        case .urgency: [.druk, .haast]
        case .blame: [.schuld]
        }
    }

    /// The word a message starts with (`Bevel: ‘u dient’`); a consequence tied to a condition is a `Dreiging`.
    var label: String {
        switch self {
        case .duty: "Bevel"
        case .consequence: "Gevolg voor de lezer"
        case .distrust: "Wantrouwen"
        case .urgency: "Druk"
        case .blame: "Verwijt"
        }
    }

    /// What the suggestion says first, whatever was found.
    var advice: String {
        switch self {
        case .duty: "Vraag het en zeg waarom."
        case .consequence:
            "Moet dit gevolg in de brief? Noem het dan één keer en rustig: eerst wat de lezer kan doen en waarom het nodig is, dan het gevolg."
        case .distrust: "Ga uit van goede trouw."
        case .urgency: "Zeg rustig wat de lezer moet doen, vóór welke datum en waarom."
        case .blame: "Zeg zonder verwijt wat er is gebeurd en wat de lezer nu kan doen."
        }
    }

    /// A template after the advice when `dwang.tsv` offers no phrasing for what was found: a pattern, not an
    /// example that pretends to be about the letter.
    var template: String? {
        switch self {
        case .duty: "Bijvoorbeeld: ‘Wilt u …? Dat is nodig, omdat …’"
        case .distrust: "Zeg waarom u iets nagaat, bijvoorbeeld: ‘Wij kijken bij iedereen of de gegevens kloppen.’"
        case .urgency: "Bijvoorbeeld: ‘Wilt u dit vóór [datum] doen? Dan kunnen wij …’"
        case .consequence, .blame: nil
        }
    }

    /// One finding per sentence in which the tone model found this pressure.
    func findings(_ rule: WordListRule, in document: AnalyzedDocument) -> [Finding] {
        switch self {
        case .duty:
            TonePressureFindings.findings(
                rule, self, in: document,
                hit: { sentence in
                    // Stiff forms from dwang.tsv (also `gelieve`, weight 1) and the heavy duty forms of toon.tsv.
                    guard let duty = sentence.duty, duty.coercionEntry != nil || duty.weight >= 2 else { return nil }
                    return duty
                })
        case .consequence:
            consequences(rule, in: document)
        case .distrust:
            TonePressureFindings.findings(rule, self, in: document, hit: { $0.concernsReader ? $0.distrust : nil })
        case .urgency:
            TonePressureFindings.findings(rule, self, in: document, hit: { $0.urgency })
        case .blame:
            TonePressureFindings.findings(rule, self, in: document, hit: { $0.blame })
        }
    }

    /// Consequences, strongest when a condition ties them to what the reader does (`als u … niet, dan …`);
    /// a loss stated as a fact is no threat (it still counts, lightly, in the tone score).
    private func consequences(_ rule: WordListRule, in document: AnalyzedDocument) -> [Finding] {
        let helpOffered = document.tone.drivers.helpOffered
        return TonePressureFindings.findings(
            rule, self, in: document,
            hit: { sentence in
                guard sentence.threatens, var weighted = sentence.consequence else { return nil }
                // A condition on the reader makes it heavier; a letter that offers help makes it lighter.
                if sentence.condition != nil { weighted.weight += 1 }
                if helpOffered { weighted.weight -= 1 }
                return weighted
            },
            describe: { sentence, consequence in
                guard let condition = sentence.condition else {
                    return "\(label): \(TonePressureFindings.describe(consequence, after: label, in: document))."
                }
                let found = TonePressureFindings.describe(consequence, after: "Dreiging", in: document)
                return "Dreiging: \(found), als \(TonePressureFindings.quote(condition, in: document))."
            },
            advise: { _, _ in
                helpOffered ? advice : advice + " Bied er hulp bij aan, met een naam of telefoonnummer."
            })
    }
}

/// Shared by the coercion checks that report what the tone model found: one finding per sentence and kind,
/// on the words that carry it, with the friendlier phrasing of `Lexicons/dwang.tsv` when a pattern there
/// found it, and as a tip when the sentence is said with care (a reason, help or understanding around it).
/// Findings never disappear because of relief; only the score and the severity soften.
enum TonePressureFindings {
    /// One finding per sentence for which `hit` gives a kind of pressure: the message is the pressure's label
    /// and what was found (`describe`), then the `dwang.tsv` explanation; the suggestion is the pressure's
    /// advice (`advise`), then the `dwang.tsv` phrasing or else the pressure's template.
    static func findings<C: Check>(
        _ check: C, _ pressure: TonePressure, in document: AnalyzedDocument,
        hit: (SentencePressure) -> ToneHit?, describe: ((SentencePressure, ToneHit) -> String)? = nil,
        advise: ((SentencePressure, ToneHit) -> String)? = nil
    ) -> [Finding] {
        var findings: [Finding] = []
        for sentence in document.tone.sentences {
            guard let found = hit(sentence) else { continue }
            var message =
                describe?(sentence, found)
                ?? "\(pressure.label): \(Self.describe(found, after: pressure.label, in: document))."
            var suggestion = advise?(sentence, found) ?? pressure.advice
            if let index = found.coercionEntry {
                let entry = document.lexicons.coercion.entries[index]
                if !entry.explanation.isEmpty { message += " " + entry.explanation }
                suggestion = CoercivePhrases.suggestion(suggestion, alternative: entry.alternative)
            } else if let template = pressure.template {
                suggestion += " " + template
            }
            findings.append(
                check.finding(
                    message: message, suggestion: suggestion, at: found.span,
                    severity: severity(weight: found.weight, softened: sentence.softened), in: document))
        }
        return findings
    }

    /// 1 a tip, 2 a warning, 3 or more an error; a tip when the sentence is already said with care (the
    /// advice is followed: the finding stays, as a reminder).
    static func severity(weight: Int, softened: Bool) -> Severity {
        if softened { return .info }
        return switch weight {
        case ...1: .info
        case 2: .warning
        default: .error
        }
    }

    /// What a hit is and where, after `label`: `verlaging (‘uw uitkering … verlagen’)`, or only the quoted
    /// words when the hit has no name of its own or its name says again what the label or the quoted words
    /// say (`Verwijt: ‘in gebreke’`, not `Verwijt: een verwijt (‘in gebreke’)`).
    static func describe(_ hit: ToneHit, after label: String, in document: AnalyzedDocument) -> String {
        let quoted = quote(hit.span, in: document)
        guard hit.isNamed, !hit.nameRepeats(label, quoted) else { return quoted }
        return "\(hit.name) (\(quoted))"
    }

    /// The words of a span as a quotation, shortened.
    static func quote(_ span: TextSpan, in document: AnalyzedDocument) -> String {
        "‘\(document.excerpt(of: span, limit: 60))’"
    }
}
