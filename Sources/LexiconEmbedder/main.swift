import Foundation

// Usage: LexiconEmbedder OUTPUT.swift LEXICON.tsv...
// Writes a Swift file with each lexicon's text as a raw string literal, keyed by file name.
// The text is embedded verbatim: parsing (and reporting malformed lines) happens in `Helder`,
// so the same code checks built-in and user-supplied lexicons.

let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else {
    FileHandle.standardError.write(Data("usage: LexiconEmbedder OUTPUT.swift LEXICON.tsv...\n".utf8))
    exit(64)
}

/// A raw-string delimiter that cannot occur in `text`.
func delimiter(for text: String) -> String {
    var hashes = "#"
    // Neither `"#…` (which would close the literal) nor `\#…` (an escape) may occur in the text.
    while text.contains("\"" + hashes) || text.contains("\\" + hashes) {
        hashes += "#"
    }
    return hashes
}

var source = """
    // Generated at build time by LexiconEmbedder from Lexicons/*.tsv. Do not edit.

    enum EmbeddedLexicons {
        /// The text of every built-in lexicon, keyed by its file name in `Lexicons/`.
        static let files: [String: String] = [

    """
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    guard let data = FileManager.default.contents(atPath: path),
        let text = String(data: data, encoding: .utf8)
    else {
        FileHandle.standardError.write(Data("error: \(path): not readable as UTF-8\n".utf8))
        exit(1)
    }
    let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
    let hashes = delimiter(for: normalized)
    source += "        \"\(url.lastPathComponent)\": \(hashes)\"\"\"\n\(normalized)\n\"\"\"\(hashes),\n"
}
source += "    ]\n}\n"

let output = URL(fileURLWithPath: outputPath)
let existing = try? String(contentsOf: output, encoding: .utf8)
if existing != source {
    do {
        try source.write(to: output, atomically: true, encoding: .utf8)
    } catch {
        FileHandle.standardError.write(Data("error: cannot write \(outputPath): \(error)\n".utf8))
        exit(1)
    }
}
