/// Shared by the two sentence-length checks: where a sentence passes the limit, and the finding for it.
enum SentenceLength {
    /// Findings for prose sentences whose word count lies in `range`, each marked from the first word past `limit`.
    static func findings<C: Check>(
        _ check: C, in document: AnalyzedDocument, words range: ClosedRange<Int>, limit: Int,
        message: (Int) -> String, suggestion: String
    ) -> [Finding] {
        var findings: [Finding] = []
        for (blockIndex, block) in document.blocks.enumerated() {
            for sentence in block.sentences where sentence.role.isProse && range.contains(sentence.words) {
                var words = 0
                var passing = sentence.tokens.lowerBound
                for index in sentence.tokens {
                    words += Int(block.measures[index].words)
                    if words > limit {
                        passing = index
                        break
                    }
                }
                let end = Int(block.tokens[sentence.tokens.upperBound - 1].end)
                let span = TextSpan(block: blockIndex, range: Int(block.tokens[passing].start)..<end)
                let whole = TextSpan(
                    block: blockIndex, range: Int(block.tokens[sentence.tokens.lowerBound].start)..<end)
                findings.append(
                    check.finding(
                        message: message(sentence.words), suggestion: suggestion, at: span, context: whole, in: document
                    ))
            }
        }
        return findings
    }
}
