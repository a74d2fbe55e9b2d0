import Foundation
import HelderDocuments

/// Turns the paths on the command line into the list of letters to check.
///
/// A file is taken as given; a folder is walked recursively for letters (`.txt`, `.md`, `.html`,
/// `.htm`, `.docx`, `.odt`), skipping hidden files and folders, Word's `~$` lock files and symbolic
/// links to folders (so a link loop cannot trap the walk). Files inside a folder come in a stable,
/// sorted order, so a batch always reports in the same order.
enum InputFiles {
    /// The extensions of letters found in folders.
    static let letterExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "xhtml", "docx", "odt"]
    /// The same, as the messages name them.
    static let letterExtensionList = ".txt, .md, .markdown, .html, .htm, .xhtml, .docx en .odt"

    /// What one argument stands for: its letters, and what went wrong on the way (in Dutch).
    struct Expansion: Equatable {
        var letters: [String] = []
        /// Folders in the walk that could not be listed, with why; their letters are not checked.
        var unreadableFolders: [Problem] = []
        /// Why the argument stands for no letter at all; nil when it stands for one or more, or when
        /// a folder that could not be listed already says why.
        var nothingFound: String?
    }

    /// A path and what is wrong with it, in Dutch.
    struct Problem: Equatable {
        var path: String
        var message: String
    }

    /// The letters an argument stands for: itself, or the letters in the folder that `configuration` admits.
    static func expand(_ path: String, admitting configuration: Configuration? = nil) -> Expansion {
        guard path != "-" else { return Expansion(letters: [path]) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            // `brieven/*.docx` that reaches Helder as written: the shell found nothing that matches.
            if path.contains(where: { "*?[".contains($0) }) {
                return Expansion(
                    nothingFound: "geen bestand past bij dit patroon; de shell geeft een patroon ongewijzigd door "
                        + "als er niets bij past. Controleer de map en de extensie.")
            }
            return Expansion(letters: [path])
        }
        guard isDirectory.boolValue else { return Expansion(letters: [path]) }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let walk = walk(path)
        var expansion = Expansion(unreadableFolders: walk.unreadable)
        expansion.letters = walk.letters.filter { letter in
            configuration?.admits(letter.hasPrefix(prefix) ? String(letter.dropFirst(prefix.count)) : letter) ?? true
        }
        if expansion.letters.isEmpty, !walk.unreadable.contains(where: { $0.path == path }) {
            if !walk.letters.isEmpty, let settings = configuration?.path {
                expansion.nothingFound =
                    "geen brieven in deze map die \(settings) toelaat; controleer \"include\" en \"exclude\"."
            } else {
                let others = walk.otherExtensions.sorted().map { $0.isEmpty ? "zonder extensie" : ".\($0)" }
                expansion.nothingFound =
                    "geen brieven gevonden in deze map. Helder leest \(letterExtensionList)"
                    + (others.isEmpty
                        ? "." : "; hier staan alleen andere bestanden (\(others.joined(separator: ", "))).")
            }
        }
        return expansion
    }

    /// The letters under `folder` (sorted, paths keeping the folder as the user wrote it), the folders
    /// that could not be listed, and the extensions of the other files (to say what a folder without
    /// letters does hold).
    private static func walk(_ folder: String) -> (
        letters: [String], unreadable: [Problem], otherExtensions: Set<String>
    ) {
        var found: [String] = []
        var unreadable: [Problem] = []
        var others: Set<String> = []
        var pending = [folder]
        while let current = pending.popLast() {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: current)
            } catch {
                let reason = SystemErrorText.reason(error)
                unreadable.append(
                    Problem(
                        path: current,
                        message: "kan deze map niet doorzoeken (\(reason)); de brieven erin zijn niet gecontroleerd."))
                continue
            }
            for name in names where !name.hasPrefix(".") && !name.hasPrefix("~$") {
                let path = (current as NSString).appendingPathComponent(name)
                let attributes = try? FileManager.default.attributesOfItem(atPath: path)
                let type = attributes?[.type] as? FileAttributeType
                if type == .typeDirectory {
                    pending.append(path)
                } else if type == .typeRegular || type == .typeSymbolicLink && !isDirectory(path) {
                    let fileExtension = (name as NSString).pathExtension.lowercased()
                    if letterExtensions.contains(fileExtension) {
                        found.append(path)
                    } else {
                        others.insert(fileExtension)
                    }
                }
            }
        }
        return (found.sorted(), unreadable.sorted { $0.path < $1.path }, others)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
