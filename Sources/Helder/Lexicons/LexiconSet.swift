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

    public init(
        frequency: FrequencyLexicon = FrequencyLexicon(),
        abbreviations: AbbreviationLexicon = AbbreviationLexicon(),
        syllableExceptions: SyllableExceptions = SyllableExceptions(),
        recognition: RecognitionLexicon = RecognitionLexicon()
    ) {
        self.frequency = frequency
        self.abbreviations = abbreviations
        self.syllableExceptions = syllableExceptions
        self.recognition = recognition
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
            recognition: try RecognitionLexicon(builtinTable("tekstherkenning.tsv", RecognitionLexicon.columns))
        )
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
        return try LexiconTable(name: "Lexicons/\(fileName)", text: text, expectedColumns: columns)
    }
}
