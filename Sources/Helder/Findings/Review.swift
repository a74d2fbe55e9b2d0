/// A remark for the margin of a letter, as a colleague would write it in a word processor: a few
/// paragraphs of Dutch text about the words at `span`.
public struct ReviewComment: Sendable, Equatable {
    /// The comment's paragraphs.
    public var paragraphs: [String]
    /// The words it is about; nil for a remark about the letter as a whole.
    public var span: TextSpan?

    public init(paragraphs: [String], span: TextSpan?) {
        self.paragraphs = paragraphs
        self.span = span
    }
}

/// Words that may be replaced as they stand: a finding whose lexicon entry marks its one plain
/// alternative as safe (`indien` → `als`).
public struct Substitution: Sendable, Equatable {
    /// The words to replace.
    public var span: TextSpan
    /// The words as the letter writes them.
    public var original: String
    /// The replacement, with the original's capitals carried over.
    public var replacement: String
    /// The advice to give as a comment instead, when the change cannot be made where the words stand (a
    /// word that becomes a tracked change gets no comment saying the same thing).
    public var comment: ReviewComment?

    /// A substitution of `original` by `alternative`, written with the capitals of `original`.
    public init(span: TextSpan, original: String, alternative: String, comment: ReviewComment? = nil) {
        self.span = span
        self.original = original
        self.replacement = Self.matchingCase(of: original, alternative)
        self.comment = comment
    }

    /// `alternative` written like `original`: all capitals (`INDIEN` → `ALS`), a capital first letter
    /// (`Indien` → `Als`), or as the lexicon writes it.
    public static func matchingCase(of original: String, _ alternative: String) -> String {
        let letters = original.filter(\.isLetter)
        if letters.count > 1, letters.allSatisfy(\.isUppercase) { return alternative.uppercased() }
        guard let first = original.first, first.isUppercase, let head = alternative.first else { return alternative }
        return head.uppercased() + alternative.dropFirst()
    }
}

extension DocumentReport {
    /// The findings whose words may be replaced as they stand, each with its index and its substitution.
    public var substitutions: [(index: Int, finding: Finding, substitution: Substitution)] {
        findings.enumerated().compactMap { index, finding in
            guard let alternative = finding.replacement, let span = finding.location.span,
                blocks.indices.contains(span.block)
            else { return nil }
            let text = Array(blocks[span.block].text.utf8)
            guard span.range.lowerBound >= 0, span.range.upperBound <= text.count else { return nil }
            let original = String(decoding: text[span.range], as: UTF8.self)
            return (index, finding, Substitution(span: span, original: original, alternative: alternative))
        }
    }
}
