/// Consequences for the reader: sanctions and losses, in plain or official words, strongest when a condition
/// ties them to what the reader does (`als u … niet, dan …`).
public struct ThreatCheck: Check {
    public init() {}

    public static let info = CheckInfo(
        id: "coercion.dreiging",
        category: .coercion,
        defaultSeverity: .warning,
        summary:
            "Gevolgen en sancties voor de lezer, zoals verlagen, stoppen, terugbetalen, een boete of de deurwaarder, vooral als ze aan een voorwaarde hangen (‘als u … niet, dan …’).",
        rationale: """
            Lezers voelen een sanctie als dreiging, ook in gewone woorden. Een gevolg dat in de brief moet staan, \
            komt beter over als het één keer rustig wordt genoemd: eerst wat de lezer kan doen en welke hulp er is, \
            dan het gevolg en waarom.
            """,
        triggeringExamples: [
            "Indien u niet reageert, zullen wij uw uitkering stopzetten.",
            "De gemeente kan uw uitkering lager maken of stoppen als u zich niet aan de regels houdt.",
            "Bent u er niet, dan krijgt u deze maand geen uitkering.",
            "U betaalt dan zelf de kosten van de deurwaarder.",
            "Zo niet, dan volgt een boete.",
        ],
        nonTriggeringExamples: [
            "Lukt het niet om de papieren op tijd te sturen? Bel ons, dan zoeken we samen een oplossing.",
            "Wij verlagen de huur van uw standplaats.",
            "U mag het bedrag in delen terugbetalen.",
            "De tram stopt voortaan ook bij het station.",
            "Uw WW-uitkering stopt op 31 december. Daarom krijgt u bijstand.",
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        let helpOffered = document.tone.drivers.helpOffered
        return TonePressureFindings.findings(
            self, in: document,
            hit: { sentence in
                // A loss stated as a fact is no threat (it still counts, lightly, in the tone score).
                guard sentence.threatens, var weighted = sentence.consequence else { return nil }
                // A condition on the reader makes it heavier; a letter that offers help makes it lighter.
                if sentence.condition != nil { weighted.weight += 1 }
                if helpOffered { weighted.weight -= 1 }
                return weighted
            },
            describe: { sentence, consequence in
                let found = TonePressureFindings.describe(consequence, in: document)
                guard let condition = sentence.condition else { return "Gevolg voor de lezer: \(found)." }
                return "Dreiging: \(found), als \(TonePressureFindings.quote(condition, in: document))."
            },
            advise: { _, _ in
                var advice =
                    "Moet dit gevolg in de brief? Noem het dan één keer en rustig: eerst wat de lezer kan doen en waarom het nodig is, dan het gevolg."
                if !helpOffered { advice += " Bied er hulp bij aan, met een naam of telefoonnummer." }
                return advice
            })
    }
}
