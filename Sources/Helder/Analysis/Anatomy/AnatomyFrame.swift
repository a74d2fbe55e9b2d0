extension LetterAnatomy {
    /// The frame: the salutation and closing (where the body starts and ends), the letter's own date from
    /// the letterhead (a labelled `Datum:` line wins over other dates, `Uw brief van` never counts), and
    /// whether a phone number or e-mail address stands in the letterhead or in the text.
    mutating func readFrame(of document: AnalyzedDocument) {
        let recognition = document.lexicons.recognition
        let months = document.lexicons.months
        var salutationBlock: Int?
        var letterDateLabelled = false
        for (index, block) in document.blocks.enumerated() {
            for sentence in block.sentences {
                switch sentence.role {
                case .salutation: if salutationBlock == nil { salutationBlock = index }
                case .closing: if closingBlock == nil { closingBlock = index }
                default: break
                }
                let tokens = block.tokens[sentence.tokens]
                let contact = tokens.contains { $0.kind == .phone || $0.kind == .email }
                if sentence.role == .letterhead, salutationBlock == nil {
                    if contact { contactInLetterhead = true }
                    if let date = tokens.first(where: { $0.kind == .date }) {
                        let firstWord =
                            tokens.first(where: { $0.kind == .word }).map {
                                document.text(of: TextSpan(block: index, range: $0.range))
                            } ?? ""
                        let labelled = recognition.contains(firstWord, as: .datumlabel)
                        let other = recognition.contains(firstWord, as: .andereDatum)
                        if !other, letterDate == nil || (labelled && !letterDateLabelled) {
                            letterDate = CalendarDate.parse(
                                document.text(of: TextSpan(block: index, range: date.range)), months: months)
                            letterDateLabelled = labelled
                        }
                    }
                } else if sentence.role != .letterhead, contact {
                    contactInText = true
                }
            }
        }
        bodyStart = salutationBlock ?? 0
        hasSalutation = salutationBlock != nil
    }

    /// The attachments: after the closing, the first block that starts with `Bijlage`.
    mutating func readAttachments(of document: AnalyzedDocument, _ phrases: StructurePhrases) {
        guard let closingBlock else { return }
        attachmentStart = (closingBlock + 1..<document.blocks.count).first { index in
            guard let first = phrases.phrases(index, 0).first(where: { $0.kind == .bijlage }) else { return false }
            return first.first == 0
        }
    }

    /// The words of running text before the attachments and in them (`structure.lengte`, reading time).
    mutating func countWords(of document: AnalyzedDocument) {
        for (index, block) in document.blocks.enumerated() {
            for sentence in block.sentences where sentence.role.isProse {
                if let attachmentStart, index >= attachmentStart {
                    attachmentWords += sentence.words
                } else {
                    letterWords += sentence.words
                }
            }
        }
    }
}
