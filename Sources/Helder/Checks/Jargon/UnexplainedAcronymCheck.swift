import Foundation

/// Acronyms such as `UWV` or `Awb` that the letter never writes out.
public struct UnexplainedAcronymCheck: Check {
    public init() {}

    public let info = CheckInfo(
        id: "jargon.onverklaarde-afkorting",
        category: .jargon,
        defaultSeverity: .warning,
        summary: "Een afkorting zoals ‘UWV’ of ‘Awb’ die de brief nergens voluit schrijft of uitlegt.",
        rationale: """
            Afkortingen die de schrijver elke dag gebruikt, kent de lezer vaak niet. Schrijf een afkorting \
            de eerste keer voluit, of leg uit wat het is.
            """,
        triggeringExamples: ["Schrijf u in als werkzoekende bij het «UWV»."],
        nonTriggeringExamples: [
            "Schrijf u in bij het Uitvoeringsinstituut Werknemersverzekeringen (UWV). Het UWV helpt u werk te vinden.",
            "Schrijf u in bij het UWV. Dat is de organisatie die mensen helpt om werk te vinden.",
            "Dit is een duo van twee klantmanagers.",
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        let acronyms = document.lexicons.acronyms
        // The whole letter, folded, to see whether a full form is written anywhere; made only when needed.
        var foldedLetter: [UInt8]?
        func letterContains(_ phrase: String) -> Bool {
            if foldedLetter == nil {
                foldedLetter = Array(
                    document.document.blocks.map { WordFolding.fold($0.text) }.joined(separator: "\n").utf8)
            }
            return ByteSearch.contains(foldedLetter!, Array(WordFolding.fold(phrase).utf8))
        }
        var reported: Set<String> = []
        var findings: [Finding] = []
        for (blockIndex, block) in document.blocks.enumerated() {
            var text = block.block.text
            text.withUTF8 { bytes in
                for (sentenceIndex, sentence) in block.sentences.enumerated()
                where sentence.role.isProse || sentence.role == .heading {
                    for index in sentence.tokens where block.tokens[index].kind == .word {
                        let token = block.tokens[index]
                        // Acronyms start with a capital (`UWV`, `Awb`) or are short (`pgb`, `cao`).
                        guard token.flags.contains(.capitalized) || token.end - token.start <= 5 else { continue }
                        let written = UnsafeBufferPointer(rebasing: bytes[token.range])
                        guard let entry = acronyms.entry(forWritten: written), !reported.contains(entry.acronym) else {
                            continue
                        }
                        let word = String(decoding: written, as: UTF8.self)
                        reported.insert(entry.acronym)
                        if isInParentheses(index, block, bytes) || letterContains(entry.fullForm)
                            || document.explains(block: blockIndex, sentence: sentenceIndex)
                        {
                            continue
                        }
                        let span = TextSpan(block: blockIndex, range: token.range)
                        var suggestion = "Schrijf de eerste keer voluit: \(entry.fullForm) (\(entry.acronym))."
                        if !entry.explanation.isEmpty { suggestion += " Of leg uit: \(entry.explanation)" }
                        findings.append(
                            finding(
                                message: "‘\(word)’ is een afkorting die de brief nergens uitlegt.",
                                suggestion: suggestion, at: span, in: document))
                    }
                }
            }
        }
        return findings
    }

    /// `… Werknemersverzekeringen (UWV)`: an acronym in parentheses follows its explanation.
    private func isInParentheses(_ index: Int, _ block: AnalyzedBlock, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0, index + 1 < block.tokens.count else { return false }
        return bytes[Int(block.tokens[index - 1].start)] == UInt8(ascii: "(")
            && bytes[Int(block.tokens[index + 1].start)] == UInt8(ascii: ")")
    }
}
