import Foundation
import Helder
import Testing

/// Guards for whoever extends Helder: every kind of a lexicon reaches a rule, and the README's rule table
/// lists exactly the rules `helder rules` knows.
@Suite("Rule guards")
struct RuleGuardTests {
    /// A word no Dutch letter holds, so only the test entry can find it.
    static let probe = "zwiebelkoek"

    @Test("Every kind of jargon.tsv reaches a rule that reports it", arguments: JargonLexicon.Kind.allCases)
    func jargonKind(_ kind: JargonLexicon.Kind) throws {
        let lexicon =
            "patroon\tsoort\talternatief\tuitleg\ternst\tveilig\n\(Self.probe)\t\(kind.rawValue)\tkoek\t\twarning\tnee\n"
        let lexicons = try LexiconSet.builtin.adding(lexiconNamed: "proef.tsv", text: lexicon)
        let report = Analyzer(lexicons: lexicons).analyze(Self.letter("Wij sturen u \(Self.probe) met de post."))
        #expect(
            report.findings.contains { $0.category == .jargon && $0.excerpt == Self.probe },
            "soort \(kind.rawValue) is parsed but no rule reports it")
    }

    @Test("Every kind of dwang.tsv reaches a rule that reports it", arguments: CoercionLexicon.Kind.allCases)
    func coercionKind(_ kind: CoercionLexicon.Kind) throws {
        let lexicon =
            "patroon\tsoort\tgewicht\talternatief\tuitleg\n\(Self.probe)\t\(kind.rawValue)\t2\tIets vriendelijkers.\t\n"
        let lexicons = try LexiconSet.builtin.adding(lexiconNamed: "proef.tsv", text: lexicon)
        let report = Analyzer(lexicons: lexicons).analyze(Self.letter("U krijgt \(Self.probe) van ons."))
        #expect(
            report.findings.contains { $0.category == .coercion && $0.excerpt.contains(Self.probe) },
            "soort \(kind.rawValue) is parsed but no rule reports it: \(report.findings.map(\.rule))")
    }

    @Test("Every weighted signal of toon.tsv feeds a rule", arguments: ToneLexicon.Signal.allCases.filter(\.isWeighted))
    func toneSignal(_ signal: ToneLexicon.Signal) {
        let fed = AllChecks.infos.filter {
            $0.lexiconKinds.contains(LexiconKind(ToneLexicon.fileName, signal.rawValue))
        }
        #expect(!fed.isEmpty, "signaal \(signal.rawValue) feeds the tone score but no rule names it")
    }

    @Test("A lexicon refuses a kind that no rule reports")
    func unknownKind() {
        for (header, row) in [
            ("patroon\tsoort\talternatief\tuitleg\ternst\tveilig", "\(Self.probe)\tgeen-regel\tkoek\t\twarning\tnee"),
            ("patroon\tsoort\tgewicht\talternatief\tuitleg", "\(Self.probe)\tgeen-regel\t2\tIets.\t"),
        ] {
            #expect(throws: LexiconError.self) {
                _ = try LexiconSet.builtin.adding(lexiconNamed: "proef.tsv", text: header + "\n" + row + "\n")
            }
        }
    }

    @Test("The word-list rules name the lexicon kinds they report, each kind once")
    func wordListKinds() {
        let named = WordListRules.table.flatMap(\.info.lexiconKinds)
        let jargon = named.filter { $0.file == JargonLexicon.fileName }.map(\.kind)
        #expect(jargon == JargonLexicon.Kind.allCases.map(\.rawValue))
        let coercion = named.filter { $0.file == CoercionLexicon.fileName }.map(\.kind)
        #expect(coercion == CoercionLexicon.Kind.allCases.map(\.rawValue))
        #expect(Set(jargon).count == jargon.count && Set(coercion).count == coercion.count)
        #expect(WordListRules.table.allSatisfy { AllChecks.info(for: $0.info.id) == $0.info })
    }

    @Test("The README's rule table lists exactly the rules of `helder rules`")
    func readmeRuleTable() throws {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "\n## Regels\n").dropFirst().first)
        let table = section.components(separatedBy: "\n## ").first ?? section
        // Rows whose first cell is a rule id (`category.name`); other tables in the section list files.
        let categories = FindingCategory.allCases.map { $0.rawValue + "." }
        let listed = table.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `"), let id = line.dropFirst(3).split(separator: "`").first.map(String.init),
                categories.contains(where: id.hasPrefix)
            else { return nil }
            return id
        }
        #expect(Set(listed) == Set(AllChecks.infos.map(\.id)), "README: \(listed.sorted())")
        #expect(listed.count == Set(listed).count, "a rule is listed twice")
    }

    static func letter(_ sentence: String) -> Document {
        Document(
            source: "proef.txt", format: .text,
            blocks: [Block(kind: .paragraph, text: sentence, origin: .text(line: 1, column: 1))])
    }
}
