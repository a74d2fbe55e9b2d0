import Foundation
import Testing

@testable import Helder

/// Runs every check's own examples: as written, decomposed (NFD, as Word may store them) and after multibyte text.
@Suite("Check examples")
struct CheckExampleTests {
    static let infos = AllChecks.infos
    static let multibytePrefix = "Één café — «€ 5» — ruïne. "

    static func findings(of rule: String, in text: String) -> [Finding] {
        Analyzer().analyze(paragraphs(text)).findings.filter { $0.rule == rule }
    }

    /// Where a triggering example marks words (`«…»`), every finding of the rule marks exactly those words, one
    /// finding per mark, and a finding about words names them in its message.
    @Test("Triggering examples mark exactly the marked words", arguments: infos)
    func markedSpans(_ info: CheckInfo) {
        for marked in info.markedTriggeringExamples {
            let example = MarkedExample(marked)
            if example.marks.isEmpty {
                // Only rules about a whole sentence or letter may leave their examples unmarked.
                #expect(info.scope != .words, "\(info.id): mark the words of \(marked)")
                continue
            }
            let found = Self.findings(of: info.id, in: example.text)
            let lineStarts = Self.lineStarts(example.text)
            let spans = found.map { finding in
                let start = lineStarts[finding.location.line - 1] + finding.location.column - 1
                return start..<(start + finding.location.length)
            }
            #expect(
                spans == example.marks, "\(info.id) marks \(found.map(\.excerpt)), expected \(example.markedWords)")
            guard info.scope == .words else { continue }
            for (finding, words) in zip(found, example.markedWords) {
                #expect(finding.message.contains(words), "\(info.id): the message does not name ‘\(words)’")
            }
        }
    }

    /// The character offset at which each line of `text` starts.
    static func lineStarts(_ text: String) -> [Int] {
        var starts = [0]
        for (offset, character) in text.enumerated() where character == "\n" { starts.append(offset + 1) }
        return starts
    }

    @Test("Every rule has examples that trigger it and examples that do not", arguments: infos)
    func bothPolarities(_ info: CheckInfo) {
        #expect(!info.markedTriggeringExamples.isEmpty, "\(info.id) has no example that triggers it")
        #expect(!info.nonTriggeringExamples.isEmpty, "\(info.id) has no example that does not trigger it")
    }

    @Test("Marked examples: the marks are taken out of the text and counted in characters")
    func markedExampleParsing() {
        let example = MarkedExample("Één «café» en «€ 5».")
        #expect(example.text == "Één café en € 5.")
        #expect(example.marks == [4..<8, 12..<15])
        #expect(example.markedWords == ["café", "€ 5"])
        #expect(MarkedExample("Geen merktekens.").marks.isEmpty)
    }

    @Test("Triggering examples produce a finding", arguments: infos)
    func triggering(_ info: CheckInfo) {
        #expect(!info.triggeringExamples.isEmpty)
        for example in info.triggeringExamples {
            let plain = Self.findings(of: info.id, in: example)
            #expect(!plain.isEmpty, "\(info.id) missed: \(example)")
            let decomposed = Self.findings(of: info.id, in: example.decomposedStringWithCanonicalMapping)
            #expect(decomposed.count == plain.count, "\(info.id) differs in NFD: \(example)")
            #expect(
                decomposed.map(\.location.column) == plain.map(\.location.column), "\(info.id) columns differ in NFD")
            #expect(
                decomposed.map(\.location.length) == plain.map(\.location.length), "\(info.id) lengths differ in NFD")
            if info.category == .structure {
                // A whole-letter check needs the salutation where a letter has it: the multibyte text
                // goes in a letterhead paragraph of its own, two lines above.
                let shifted = Self.findings(of: info.id, in: Self.multibytePrefix + "\n\n" + example)
                #expect(shifted.map(\.excerpt) == plain.map(\.excerpt), "\(info.id) moved after multibyte text")
                #expect(shifted.map(\.location.column) == plain.map(\.location.column))
                #expect(shifted.map(\.location.line) == plain.map { $0.location.line + 2 })
                continue
            }
            let shifted = Self.findings(of: info.id, in: Self.multibytePrefix + example)
            #expect(shifted.map(\.excerpt) == plain.map(\.excerpt), "\(info.id) moved after multibyte text")
            let prefixLength = Self.multibytePrefix.count
            #expect(shifted.map(\.location.column) == plain.map { $0.location.column + prefixLength })
        }
    }

    @Test("Non-triggering examples produce no finding", arguments: infos)
    func nonTriggering(_ info: CheckInfo) {
        for example in info.nonTriggeringExamples {
            #expect(Self.findings(of: info.id, in: example).isEmpty, "\(info.id) fired on: \(example)")
            #expect(Self.findings(of: info.id, in: example.decomposedStringWithCanonicalMapping).isEmpty)
        }
    }

    @Test("Rule ids are unique and well formed", arguments: infos)
    func ids(_ info: CheckInfo) {
        #expect(Self.infos.filter { $0.id == info.id }.count == 1)
        #expect(info.id.hasPrefix(info.category.rawValue + "."))
        #expect(info.id.allSatisfy { $0.isLowercase || $0 == "." || $0 == "-" })
        #expect(!info.summary.isEmpty && !info.rationale.isEmpty)
    }

    /// A check file that is not listed in `AllChecks.swift` would silently never run.
    @Test("Every check in Sources/Helder/Checks is registered")
    func registry() throws {
        let folder = packageRoot.appendingPathComponent("Sources/Helder/Checks")
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        var declared: Set<String> = []
        // Any struct whose inheritance clause names Check (`struct X: Check`, `struct X: Sendable, Check`).
        let pattern = try NSRegularExpression(pattern: #"struct (\w+)\s*:[^{]*\bCheck\b"#)
        for case let file as String in enumerator where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                declared.insert((text as NSString).substring(with: match.range(at: 1)))
            }
        }
        let registered = Set(AllChecks.all.map { String(describing: type(of: $0)) })
        #expect(!declared.isEmpty)
        #expect(declared == registered)
    }
}

extension CheckInfo: CustomTestStringConvertible {
    public var testDescription: String { id }
}
