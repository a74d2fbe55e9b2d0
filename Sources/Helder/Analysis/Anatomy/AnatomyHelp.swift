extension LetterAnatomy {
    /// Offers of help in the body (`structure.hulp`, and relief in the tone model): `heeft u vragen`,
    /// `bel ons`, in any sentence of the body, also in the bezwaar paragraph. Contact details are read with
    /// the frame.
    mutating func readHelp(of document: AnalyzedDocument, _ phrases: StructurePhrases) {
        var found: [TextSpan] = []
        forEachBodySentence(in: document) { block, sentence, _ in
            found += phrases.spans(.hulp, block, sentence)
        }
        help = found
    }
}
