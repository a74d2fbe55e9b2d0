extension LetterAnatomy {
    /// The bezwaar paragraph (`structure.bezwaar`): a heading about bezwaar and the blocks under it, or a block
    /// that mentions it; its legal and its plain phrasings. One in an attachment is noted but is not the
    /// letter's own.
    mutating func readObjection(of document: AnalyzedDocument, _ phrases: StructurePhrases) {
        var underObjectionHeading = false
        for (index, block) in document.blocks.enumerated() where index >= bodyStart {
            let objection = block.sentences.indices.contains { sentence in
                phrases.has(.bezwaar, index, sentence) || phrases.has(.bezwaareenvoudig, index, sentence)
                    || phrases.has(.bezwaarjuridisch, index, sentence)
            }
            if let attachmentStart, index >= attachmentStart {
                if objection { objectionInAttachment = true }
                continue
            }
            if block.block.kind == .heading { underObjectionHeading = objection }
            if objection || underObjectionHeading {
                objectionBlocks.insert(index)
                mentionsObjection = true
            }
            for sentence in block.sentences.indices {
                legalObjection += phrases.spans(.bezwaarjuridisch, index, sentence)
                plainObjection += phrases.spans(.bezwaareenvoudig, index, sentence)
            }
        }
    }
}
