import Foundation

/// Turns the paths on the command line into the list of letters to check.
///
/// A file is taken as given; a folder is walked recursively for letters (`.txt`, `.md`, `.html`,
/// `.htm`, `.docx`, `.odt`), skipping hidden files and folders, Word's `~$` lock files and symbolic
/// links to folders (so a link loop cannot trap the walk). Files inside a folder come in a stable,
/// sorted order, so a batch always reports in the same order.
enum InputFiles {
    /// The extensions of letters found in folders.
    static let letterExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "xhtml", "docx", "odt"]

    /// The letters an argument stands for: itself, or the letters in the folder that `configuration` admits.
    static func expand(_ path: String, admitting configuration: Configuration? = nil) -> [String] {
        var isDirectory: ObjCBool = false
        guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { return [path] }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return letters(in: path).filter { letter in
            configuration?.admits(letter.hasPrefix(prefix) ? String(letter.dropFirst(prefix.count)) : letter) ?? true
        }
    }

    /// The letters under `folder`, sorted; paths keep the folder as the user wrote it.
    static func letters(in folder: String) -> [String] {
        var found: [String] = []
        var pending = [folder]
        while let current = pending.popLast() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: current) else { continue }
            for name in names where !name.hasPrefix(".") && !name.hasPrefix("~$") {
                let path = (current as NSString).appendingPathComponent(name)
                let attributes = try? FileManager.default.attributesOfItem(atPath: path)
                let type = attributes?[.type] as? FileAttributeType
                if type == .typeDirectory {
                    pending.append(path)
                } else if type == .typeRegular || type == .typeSymbolicLink && !isDirectory(path) {
                    if letterExtensions.contains((name as NSString).pathExtension.lowercased()) { found.append(path) }
                }
            }
        }
        return found.sorted()
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
