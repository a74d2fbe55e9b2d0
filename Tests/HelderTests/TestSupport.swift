import Foundation

@testable import Helder

/// A document of paragraphs separated by blank lines, each starting at its line in `text`.
func paragraphs(_ text: String, source: String = "test.txt") -> Document {
    var blocks: [Block] = []
    var current: [Substring] = []
    var startLine = 1
    var lineNumber = 0
    func flush() {
        if !current.isEmpty {
            blocks.append(
                Block(
                    kind: .paragraph, text: current.joined(separator: "\n"), origin: .text(line: startLine, column: 1)))
        }
        current = []
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        lineNumber += 1
        if line.trimmingCharacters(in: .whitespaces).isEmpty {
            flush()
        } else {
            if current.isEmpty { startLine = lineNumber }
            current.append(line)
        }
    }
    flush()
    return Document(source: source, format: .text, blocks: blocks)
}

/// The sentences of `text` (one paragraph per blank-line block) with their roles.
func sentenceSummary(_ text: String) -> [String] {
    let analyzed = Analyzer().prepare(paragraphs(text))
    return analyzed.sentences.map { entry in
        let block = analyzed.blocks[entry.block]
        let range =
            Int(
                block.tokens[entry.sentence.tokens.lowerBound].start)..<Int(
                block.tokens[entry.sentence.tokens.upperBound - 1].end)
        return analyzed.text(of: TextSpan(block: entry.block, range: range))
    }
}

/// The folder holding this test target's files.
let testResources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources")
/// The package root.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
