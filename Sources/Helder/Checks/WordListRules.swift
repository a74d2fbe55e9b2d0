/// The rules fed by a word list, one row each: everything about such a rule (its id, severity, documentation,
/// examples and the lexicon kind it reports) is here, and its entries are in the lexicon.
///
/// Adding a word-list rule is one row and its lexicon entries: a row `.jargonTerms("spreektaal", says: …)` and
/// entries with `soort` = `spreektaal` in `Lexicons/jargon.tsv` (the lexicon accepts exactly the kinds named
/// here). `RuleGuardTests` fail when a kind reaches no rule or the README's rule table misses the rule;
/// `CheckExampleTests` run the examples. See CONTRIBUTING.md, "Een regel toevoegen".
public enum WordListRules {
    /// Every row, in the order `AllChecks` reports them (jargon rows first, then coercion rows).
    public static let table: [WordListRule] = [
        WordListRule(
            .jargonTerms("ambtelijk", says: "is ambtelijke taal."),
            id: "jargon.ambtelijk",
            summary: "Ambtelijke woorden en uitdrukkingen, zoals ‘indien’, ‘derhalve’ en ‘ten behoeve van’.",
            rationale: """
                Ambtelijke taal klinkt afstandelijk en is voor veel lezers moeilijk. Voor bijna elk ambtelijk woord bestaat een gewoon woord dat hetzelfde zegt.
                """,
            triggering: [
                "«Indien» u vragen heeft, kunt u ons bellen.",
                "Wij hebben uw formulier «derhalve» niet in behandeling genomen.",
            ],
            notTriggering: [
                "Als u vragen heeft, kunt u ons bellen.", "Daarom hebben wij uw formulier nog niet bekeken.",
            ]
        ),
        WordListRule(
            .jargonTerms("juridisch", says: "is juridische taal."),
            id: "jargon.juridisch",
            summary: "Juridische woorden, zoals ‘ingevolge’, ‘dagtekening’ en ‘belanghebbende’.",
            rationale: """
                Juridische woorden zijn precies voor juristen, maar onbegrijpelijk voor de meeste lezers. Gebruik een gewoon woord, of leg het juridische woord uit als het moet blijven.
                """,
            triggering: [
                "«Ingevolge» de wet heeft u recht op bijstand.",
                "U kunt binnen zes weken na «dagtekening» van deze brief bezwaar maken.",
            ],
            notTriggering: ["Volgens de wet heeft u recht op bijstand.", "U kunt tot 23 januari 2026 bezwaar maken."]
        ),
        WordListRule(
            .jargonTerms("latijn", says: "is een Latijns of vreemd woord."),
            id: "jargon.latijn",
            summary: "Latijnse en andere vreemde woorden, zoals ‘conform’ en ‘c.q.’.",
            rationale: """
                Latijnse en vreemde woorden kennen veel lezers niet. Er is bijna altijd een Nederlands woord dat hetzelfde zegt.
                """,
            triggering: ["Wij hebben «conform» uw verzoek besloten."],
            notTriggering: ["Wij hebben gedaan wat u vroeg."]
        ),
        WordListRule(
            .jargonTerms("archaïsch", says: "is ouderwets."),
            id: "jargon.archaisch",
            summary: "Ouderwetse woorden, zoals ‘hetgeen’, ‘hetwelk’ en ‘gelieve’.",
            rationale: """
                Ouderwetse woorden maken een brief stijf en moeilijk. Mensen gebruiken ze niet meer als ze praten.
                """,
            triggering: ["Wij betalen u terug «hetgeen» u te veel heeft betaald."],
            notTriggering: ["Wij betalen u terug wat u te veel heeft betaald."]
        ),
        WordListRule(
            .jargonTerms("vaktaal", says: "is vaktaal die lezers meestal niet kennen."),
            id: "jargon.vaktaal",
            summary: "Vaktaal uit het sociaal domein, zoals ‘kostendelersnorm’ en ‘inlichtingenplicht’.",
            rationale: """
                Klantmanagers kennen deze woorden, hun cliënten meestal niet. Soms moet het woord blijven omdat de wet het gebruikt; leg het dan uit in gewone woorden.
                """,
            triggering: ["Op u is de «kostendelersnorm» van toepassing."],
            notTriggering: ["U woont met twee andere volwassenen in één huis. Daarom krijgt u minder bijstand."]
        ),
        WordListRule(
            .jargonTerms("woordkeus", says: "kan eenvoudiger."),
            id: "jargon.woordkeus",
            summary: "Moeilijke woorden waarvoor een gewoon woord bestaat, zoals ‘verstrekken’ en ‘trachten’.",
            rationale: """
                Een moeilijk woord waar een makkelijk woord kan, kost de lezer moeite zonder dat het iets toevoegt.
                """,
            triggering: ["Wij zullen u de gegevens «verstrekken»."],
            notTriggering: ["Wij sturen u de gegevens."]
        ),
        WordListRule(
            .jargonTerms("nominalisatie", says: "is naamwoordstijl."),
            id: "jargon.naamwoordstijl",
            summary:
                "Naamwoordstijl: een werkwoord als zelfstandig naamwoord, zoals ‘de afhandeling van’ of ‘het in behandeling nemen van’.",
            rationale: """
                Zinnen met ‘het indienen van’ of ‘de toekenning van’ verbergen wie wat doet. Met een werkwoord wordt de zin korter en duidelijker.
                """,
            triggering: ["Na «de afhandeling van» uw aanvraag krijgt u bericht."],
            notTriggering: ["Bezwaar maken kost niets.", "Wilt u informatie over het plaatsen van een dakkapel?"]
        ),
        WordListRule(
            .pressure(.duty),
            id: "coercion.verplichting",
            summary:
                "Verplichtingen die als bevel zijn geschreven, zoals ‘u dient … te’, ‘u bent verplicht’ en ‘wij dragen u op’.",
            rationale: """
                Een brief vol bevelen schrikt af en zegt niet waarom iets nodig is. Lezers doen eerder wat gevraagd wordt als de brief vraagt en uitlegt.
                """,
            triggering: [
                "«U dient de formulieren binnen vijf dagen in te» leveren.",
                "«U bent verplicht» alle wijzigingen door te geven.",
                "Dan «dragen wij u op» om te stoppen.",
            ],
            notTriggering: [
                "Wilt u de formulieren binnen vijf dagen sturen?", "U kunt bellen als u vragen heeft.",
                "Uw werkgever moet de loonstrook elke maand opsturen.",
            ]
        ),
        WordListRule(
            .pressure(.consequence),
            id: "coercion.dreiging",
            summary:
                "Gevolgen en sancties voor de lezer, zoals verlagen, stoppen, terugbetalen, een boete of de deurwaarder, vooral als ze aan een voorwaarde hangen (‘als u … niet, dan …’).",
            rationale: """
                Lezers voelen een sanctie als dreiging, ook in gewone woorden. Een gevolg dat in de brief moet staan, \
                komt beter over als het één keer rustig wordt genoemd: eerst wat de lezer kan doen en welke hulp er is, \
                dan het gevolg en waarom.
                """,
            triggering: [
                "Indien u niet reageert, zullen wij uw «uitkering stopzetten».",
                "De gemeente kan uw «uitkering lager maken of stoppen» als u zich niet aan de regels houdt.",
                "Bent u er niet, dan «krijgt u deze maand geen uitkering».",
                "U betaalt dan zelf de kosten van de «deurwaarder».",
                "Zo niet, dan volgt een «boete».",
            ],
            notTriggering: [
                "Lukt het niet om de papieren op tijd te sturen? Bel ons, dan zoeken we samen een oplossing.",
                "Wij verlagen de huur van uw standplaats.",
                "U mag het bedrag in delen terugbetalen.",
                "De tram stopt voortaan ook bij het station.",
                "Uw WW-uitkering stopt op 31 december. Daarom krijgt u bijstand.",
            ]
        ),
        WordListRule(
            .pressure(.distrust),
            id: "coercion.wantrouwen",
            summary:
                "Wantrouwen, controle en handhaving gericht op de lezer, zoals fraude, een huisbezoek zonder aankondiging of ‘wij letten erop’.",
            rationale: """
                Wie zich verdacht voelt, haakt af. De meeste mensen willen zich aan de regels houden; een brief die uitgaat van wantrouwen helpt hen daar niet bij.
                """,
            triggering: [
                "«Wij wijzen u er nadrukkelijk op» dat wij dit controleren.",
                "Onze controleur kan «op elk moment» bij u aanbellen.",
                "«Wij letten erop» dat iedereen zich aan de regels houdt.",
            ],
            notTriggering: [
                "Wij helpen u graag als u vragen heeft.",
                "De inspectie onderzocht hoe gemeenten werken.",
            ]
        ),
        WordListRule(
            .pressure(.urgency),
            id: "coercion.urgentie",
            summary: "Druk en haast, zoals ‘onverwijld’, ‘per omgaande’, ‘laatste waarschuwing’ en ‘nog steeds niet’.",
            rationale: """
                Haast zonder datum zegt de lezer niet wanneer iets klaar moet zijn, en druk maakt onrustig. Noem liever een concrete datum.
                """,
            triggering: ["Wij verzoeken u «per omgaande» te reageren.", "Dit is de «laatste waarschuwing»."],
            notTriggering: ["Wilt u voor 15 januari reageren?"]
        ),
        WordListRule(
            .pressure(.blame),
            id: "coercion.schuld",
            summary: "Schuld bij de lezer leggen, zoals ‘u heeft verzuimd’ en ‘door uw toedoen’.",
            rationale: """
                Een verwijt helpt de lezer niet om het de volgende keer goed te doen. Beschrijf wat er is gebeurd en wat de lezer nu kan doen.
                """,
            triggering: ["«U heeft verzuimd» de gevraagde stukken op te sturen."],
            notTriggering: ["Wij hebben de papieren nog niet gekregen."]
        ),
        WordListRule(
            .coercivePhrases(
                "onpersoonlijk", says: "is onpersoonlijk.",
                advice: "Schrijf persoonlijk, met ‘wij’ en ‘u’."),
            id: "coercion.onpersoonlijk",
            summary: "Onpersoonlijke zinnen die verbergen wie iets doet of besluit, zoals ‘er is besloten’.",
            rationale: """
                In een lijdende, onpersoonlijke zin staat niet wie besluit of handelt. Dat klinkt kil en maakt onduidelijk bij wie de lezer terecht kan.
                """,
            triggering: ["«Er is besloten» uw aanvraag af te wijzen."],
            notTriggering: ["Wij hebben besloten dat u geen bijstand krijgt."]
        ),
    ]

    /// The rows of one category, in table order.
    public static func rows(in category: FindingCategory) -> [WordListRule] {
        table.filter { $0.info.category == category }
    }

    /// The kinds of the lexicon `file` that the table's rows report, in table order, each once.
    static func kinds(in file: String) -> [String] {
        var seen = Set<String>()
        return table.flatMap(\.info.lexiconKinds).filter { $0.file == file && seen.insert($0.kind).inserted }.map(
            \.kind)
    }
}

/// A rule fed by a word list: a row of `WordListRules.table`.
public struct WordListRule: Check {
    /// Where the rule's findings come from.
    public enum Source: Sendable {
        /// Every entry of one kind of `jargon.tsv`, with its plain alternative or explanation; the message is
        /// the words found, then `says` (‘derhalve’ is ambtelijke taal.).
        case jargonTerms(JargonLexicon.Kind, says: String)
        /// Every entry of one kind of `dwang.tsv` that the tone model does not read, phrase by phrase; the
        /// message is the words found, then `says`; the suggestion is `advice`, then the entry's friendlier phrasing.
        case coercivePhrases(CoercionLexicon.Kind, says: String, advice: String)
        /// One kind of pressure the tone model found (from `toon.tsv` and `dwang.tsv`), sentence by sentence.
        case pressure(TonePressure)

        /// The lexicon kinds the rule reports.
        var lexiconKinds: [LexiconKind] {
            switch self {
            case .jargonTerms(let kind, _): [LexiconKind(JargonLexicon.fileName, kind.rawValue)]
            case .coercivePhrases(let kind, _, _): [LexiconKind(CoercionLexicon.fileName, kind.rawValue)]
            case .pressure(let pressure):
                [LexiconKind(CoercionLexicon.fileName, pressure.coercionKind.rawValue)]
                    + pressure.toneSignals.map { LexiconKind(ToneLexicon.fileName, $0.rawValue) }
            }
        }

        var category: FindingCategory {
            switch self {
            case .jargonTerms: .jargon
            case .coercivePhrases, .pressure: .coercion
            }
        }
    }

    public let info: CheckInfo
    public let source: Source

    /// A row: the rule's id, Dutch summary and rationale, and examples (`«…»` marks what a finding marks).
    /// Word-list rules are about words and are warnings by default; an entry's own severity overrides that.
    init(
        _ source: Source, id: String, summary: String, rationale: String, triggering: [String],
        notTriggering: [String]
    ) {
        self.source = source
        info = CheckInfo(
            id: id, category: source.category, defaultSeverity: .warning, scope: .words,
            lexiconKinds: source.lexiconKinds, summary: summary, rationale: rationale, triggeringExamples: triggering,
            nonTriggeringExamples: notTriggering)
    }

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        switch source {
        case .jargonTerms(let kind, let says):
            JargonTerms.findings(self, kind: kind, in: document) { "‘\($0)’ \(says)" }
        case .coercivePhrases(let kind, let says, let advice):
            CoercivePhrases.findings(self, kind: kind, in: document, says: says, advice: advice)
        case .pressure(let pressure):
            pressure.findings(self, in: document)
        }
    }
}
