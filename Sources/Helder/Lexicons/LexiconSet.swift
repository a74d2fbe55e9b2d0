/// Every lexicon the analysis needs, parsed once.
public struct LexiconSet: Sendable {
    /// Word frequencies (`frequentie.tsv`).
    public var frequency: FrequencyLexicon
    /// Abbreviations with dots (`afkortingen.tsv`).
    public var abbreviations: AbbreviationLexicon
    /// Syllable exceptions (`lettergrepen.tsv`).
    public var syllableExceptions: SyllableExceptions
    /// Months, law names, salutations and closings (`tekstherkenning.tsv`).
    public var recognition: RecognitionLexicon
    /// Officialese and other hard words (`jargon.tsv`).
    public private(set) var jargon: JargonLexicon
    /// Coercive phrasing (`dwang.tsv`).
    public private(set) var coercion: CoercionLexicon
    /// What the letter makes the reader face, for the tone model (`toon.tsv`).
    public private(set) var tone: ToneLexicon
    /// Acronyms (`letterwoorden.tsv`).
    public var acronyms: AcronymLexicon
    /// The parts of a letter (`briefopbouw.tsv`).
    public private(set) var structure: StructureLexicon
    /// Numbers in words (`telwoorden.tsv`).
    public var numberWords: NumberWords
    /// Month names and numbers (`maanden.tsv`).
    public var months: MonthNames
    /// Verb forms for the advice on passive sentences (`werkwoorden.tsv`).
    public var verbs: VerbForms
    /// The compiled patterns of `jargon` and `coercion`.
    public private(set) var phrases: PhraseMatcher

    public init(
        frequency: FrequencyLexicon = FrequencyLexicon(),
        abbreviations: AbbreviationLexicon = AbbreviationLexicon(),
        syllableExceptions: SyllableExceptions = SyllableExceptions(),
        recognition: RecognitionLexicon = RecognitionLexicon(),
        jargon: JargonLexicon = JargonLexicon(),
        coercion: CoercionLexicon = CoercionLexicon(), tone: ToneLexicon = ToneLexicon(),
        acronyms: AcronymLexicon = AcronymLexicon(), structure: StructureLexicon = StructureLexicon(),
        numberWords: NumberWords = NumberWords(), months: MonthNames = MonthNames(), verbs: VerbForms = VerbForms()
    ) {
        self.frequency = frequency
        self.abbreviations = abbreviations
        self.syllableExceptions = syllableExceptions
        self.recognition = recognition
        self.jargon = jargon
        self.coercion = coercion
        self.tone = tone
        self.acronyms = acronyms
        self.structure = structure
        self.numberWords = numberWords
        self.months = months
        self.verbs = verbs
        self.phrases = Self.compile(
            jargon: jargon, coercion: coercion, tone: tone, recognition: recognition, structure: structure)
    }

    /// One matcher for the phrase lexicons and the explanation phrases; switched-off entries are left out.
    private static func compile(
        jargon: JargonLexicon, coercion: CoercionLexicon, tone: ToneLexicon, recognition: RecognitionLexicon,
        structure: StructureLexicon
    ) -> PhraseMatcher {
        var matcher = PhraseMatcher()
        for (index, entry) in jargon.entries.enumerated() where entry.severity != nil {
            _ = matcher.add(entry.pattern, owner: .init(lexicon: .jargon, entry: Int32(index)))
        }
        for (index, entry) in coercion.entries.enumerated() where entry.weight > 0 {
            _ = matcher.add(entry.pattern, owner: .init(lexicon: .coercion, entry: Int32(index)))
        }
        // Signals of different kinds may share words (a duty and a consequence in `dan moet u terugbetalen`).
        for (index, entry) in tone.entries.enumerated() where tone.isMatched(entry) {
            let group = Int32(ToneLexicon.Signal.allCases.firstIndex(of: entry.signal)!)
            _ = matcher.add(entry.pattern, owner: .init(lexicon: .tone, entry: Int32(index), group: group))
        }
        for (index, phrase) in recognition.explanationPhrases.enumerated() {
            _ = matcher.add(phrase, owner: .init(lexicon: .explanation, entry: Int32(index)))
        }
        for (index, entry) in structure.entries.enumerated() {
            let group = Int32(StructureLexicon.Kind.allCases.firstIndex(of: entry.kind)!)
            _ = matcher.add(entry.pattern, owner: .init(lexicon: .structure, entry: Int32(index), group: group))
        }
        return matcher
    }

    /// The lexicons built into this binary from `Lexicons/`, parsed on first use.
    ///
    /// A broken built-in lexicon is a build defect (a test parses every one), so it stops the program with the file and line.
    public static let builtin: LexiconSet = {
        do {
            return try loadBuiltin()
        } catch {
            preconditionFailure("built-in lexicon is malformed: \(error)")
        }
    }()

    /// Parses the built-in lexicons, reporting the first malformed line.
    public static func loadBuiltin() throws(LexiconError) -> LexiconSet {
        LexiconSet(
            frequency: try FrequencyLexicon(name: "Lexicons/frequentie.tsv", text: builtinText("frequentie.tsv") ?? ""),
            abbreviations: try AbbreviationLexicon(builtinTable("afkortingen.tsv", AbbreviationLexicon.columns)),
            syllableExceptions: try SyllableExceptions(builtinTable("lettergrepen.tsv", SyllableExceptions.columns)),
            recognition: try RecognitionLexicon(builtinTable("tekstherkenning.tsv", RecognitionLexicon.columns)),
            jargon: try JargonLexicon(builtinTable(JargonLexicon.fileName, JargonLexicon.columns)),
            coercion: try CoercionLexicon(builtinTable(CoercionLexicon.fileName, CoercionLexicon.columns)),
            tone: try ToneLexicon(builtinTable(ToneLexicon.fileName, ToneLexicon.columns)),
            acronyms: try AcronymLexicon(builtinTable("letterwoorden.tsv", AcronymLexicon.columns)),
            structure: try StructureLexicon(builtinTable("briefopbouw.tsv", StructureLexicon.columns)),
            numberWords: try NumberWords(builtinTable("telwoorden.tsv", NumberWords.columns)),
            months: try MonthNames(builtinTable("maanden.tsv", MonthNames.columns)),
            verbs: try VerbForms(builtinTable(VerbForms.fileName, VerbForms.columns))
        )
    }

    /// These lexicons with an organisation's own lexicon file added; its header says which kind it is
    /// (the columns of `jargon.tsv`, `dwang.tsv`, `toon.tsv`, `letterwoorden.tsv` or `briefopbouw.tsv`).
    public func adding(lexiconNamed name: String, text: String) throws(LexiconError) -> LexiconSet {
        var result = self
        let header = Self.headerLine(of: text)
        if header == JargonLexicon.columns {
            var merged = jargon
            merged.merge(
                try JargonLexicon(LexiconTable(name: name, text: text, expectedColumns: JargonLexicon.columns)))
            result.jargon = merged
        } else if header == CoercionLexicon.columns {
            var merged = coercion
            merged.merge(
                try CoercionLexicon(LexiconTable(name: name, text: text, expectedColumns: CoercionLexicon.columns)))
            result.coercion = merged
        } else if header == ToneLexicon.columns {
            result.tone.merge(
                try ToneLexicon(LexiconTable(name: name, text: text, expectedColumns: ToneLexicon.columns)))
        } else if header == StructureLexicon.columns {
            result.structure.merge(
                try StructureLexicon(LexiconTable(name: name, text: text, expectedColumns: StructureLexicon.columns)))
        } else if header == AcronymLexicon.columns {
            result.acronyms.merge(
                try AcronymLexicon(LexiconTable(name: name, text: text, expectedColumns: AcronymLexicon.columns)))
        } else {
            let expected = [
                JargonLexicon.columns, CoercionLexicon.columns, AcronymLexicon.columns, StructureLexicon.columns,
                ToneLexicon.columns,
            ]
            throw LexiconError(file: name, line: 1, problem: .unknownHeader(found: header ?? [], expected: expected))
        }
        result.phrases = Self.compile(
            jargon: result.jargon, coercion: result.coercion, tone: result.tone, recognition: result.recognition,
            structure: result.structure)
        return result
    }

    /// The fields of the first line that is not blank or a comment (the same rules as `LexiconTable.scan`).
    private static func headerLine(of text: String) -> [String]? {
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            let visible = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
            if visible.isEmpty || visible.first == "#" { continue }
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmed() }
            while fields.count > 1, fields.last?.isEmpty == true { fields.removeLast() }
            return fields
        }
        return nil
    }

    /// The names of the lexicon files built into this binary.
    public static var builtinFileNames: [String] {
        EmbeddedLexicons.files.keys.sorted()
    }

    /// The text of a built-in lexicon file, e.g. `afkortingen.tsv`.
    public static func builtinText(_ fileName: String) -> String? {
        EmbeddedLexicons.files[fileName]
    }

    private static func builtinTable(_ fileName: String, _ columns: [String]) throws(LexiconError) -> LexiconTable {
        guard let text = EmbeddedLexicons.files[fileName] else {
            throw LexiconError(file: "Lexicons/\(fileName)", line: 0, problem: .missingHeader(expected: columns))
        }
        var table = try LexiconTable(name: "Lexicons/\(fileName)", text: text, expectedColumns: columns)
        table.patternsChecked = true
        return table
    }
}
