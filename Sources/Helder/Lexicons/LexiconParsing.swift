/// Helpers shared by the lexicon parsers.

/// Adds `additions` to `entries`; an addition with the same pattern (folded) replaces the existing entry.
func mergeByPattern<Entry>(_ entries: inout [Entry], _ additions: [Entry], pattern: KeyPath<Entry, String>) {
    var index: [String: Int] = [:]
    for (position, entry) in entries.enumerated() { index[WordFolding.fold(entry[keyPath: pattern])] = position }
    for entry in additions {
        let key = WordFolding.fold(entry[keyPath: pattern])
        if let position = index[key] {
            entries[position] = entry
        } else {
            index[key] = entries.count
            entries.append(entry)
        }
    }
}

/// The kind named in a lexicon column (`soort`), or an error listing the kinds that exist.
func parseKind<Kind: RawRepresentable & CaseIterable>(
    _ value: String, column: String, line: Int, in lexicon: LexiconTable
) throws(LexiconError) -> Kind where Kind.RawValue == String {
    guard let kind = Kind(rawValue: value) else {
        throw LexiconError(
            file: lexicon.name, line: line,
            problem: .invalidValue(
                column: column, value: value,
                expected: "een van: " + Kind.allCases.map(\.rawValue).joined(separator: ", ")))
    }
    return kind
}

/// Reports a pattern whose syntax is wrong, with file and line.
func validatePattern(_ pattern: String, lexicon: LexiconTable, line: Int) throws(LexiconError) {
    guard !lexicon.patternsChecked else { return }
    if let error = PhrasePattern.syntaxError(in: pattern) {
        throw LexiconError(
            file: lexicon.name, line: line,
            problem: .invalidValue(column: "patroon", value: pattern, expected: error.expectation))
    }
}

extension String {
    /// Without leading and trailing spaces.
    func trimmed() -> String {
        var view = Substring(self)
        while view.first == " " { view = view.dropFirst() }
        while view.last == " " { view = view.dropLast() }
        return String(view)
    }
}
