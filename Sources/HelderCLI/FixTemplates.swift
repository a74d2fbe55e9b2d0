import Foundation
import Helder
import HelderDocuments

extension CheckCommand {
    /// `--fix` and `--fix-dry-run`: the safe substitutions of every text, Markdown and HTML template,
    /// written into the file (atomically, keeping its permissions) or shown as a unified diff.
    ///
    /// Returns the status of a dry run: 1 when something would change, 0 when nothing would, 2 when
    /// a file could not be read or written.
    func fixTemplates(_ inputs: [(path: String, analyzer: Analyzer)], mode: FixMode) -> CommandStatus {
        let loader = DocumentLoader()
        var wouldChange = false
        var failed = false
        for (path, analyzer) in inputs {
            let data: Data
            let document: Document
            do throws(DocumentError) {
                data = try loader.contents(ofFile: path)
                document = try loader.read(
                    data, source: path, fileExtension: URL(fileURLWithPath: path).pathExtension.lowercased())
            } catch {
                // The report that follows says why; a dry run must say it itself.
                if mode == .dryRun { console.err("helder: \(path): \(error.message)\n") }
                failed = true
                continue
            }
            guard [.text, .markdown, .html].contains(document.format) else {
                console.err(
                    "helder: \(path): --fix past alleen tekst-, Markdown- en HTML-sjablonen aan; "
                        + "gebruik voor Word-brieven 'helder annotate --suggest'.\n")
                continue
            }
            guard document.notices.isEmpty else {
                console.err("helder: \(path): niet aangepast, want het bestand is geen geldige UTF-8.\n")
                continue
            }
            let edits = TemplateFixer.edits(for: analyzer.analyze(document))
            guard !edits.isEmpty else { continue }
            let outcome = TemplateFixer.apply(edits, to: data, format: document.format)
            if !outcome.skipped.isEmpty {
                let words = outcome.skipped.map { "‘\($0.original)’ (regel \($0.line))" }.joined(separator: ", ")
                console.err("helder: \(path): niet vervangen, want de plek is niet zeker: \(words).\n")
            }
            guard !outcome.applied.isEmpty else { continue }
            wouldChange = true
            switch mode {
            case .dryRun:
                console.out(TemplateFixer.unifiedDiff(old: data, new: outcome.data, path: path))
            case .apply:
                do {
                    let mode = (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
                        .map { mode_t($0) }
                    let file = try ReportOutput(path: path, console: console, mode: mode)
                    file.write(outcome.data)
                    try file.commit(as: path)
                    let count = outcome.applied.count
                    console.err("helder: \(path): \(count) \(count == 1 ? "woord" : "woorden") vervangen.\n")
                } catch {
                    console.err("helder: \(error)\n")
                    failed = true
                }
            }
        }
        return failed ? .inputError : wouldChange ? .thresholdBreached : .clean
    }
}
