import Foundation
import HelderDocuments
import HelderReports

/// Writes all of `text` to `descriptor`, retrying short and interrupted writes; the `errno` when it fails.
@discardableResult
func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
    var text = text
    return text.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
}

/// Writes all of `bytes` to `descriptor`, retrying short and interrupted writes; the `errno` when it fails.
func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
    var offset = 0
    while offset < bytes.count {
        let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return written == 0 ? ENOSPC : errno }
        offset += written
    }
    return nil
}

/// The temporary file or folder a report is built in, beside its target, named after it and the
/// process (`.rapport.json.helder-<pid>-<random>`), so one left by a run that no longer exists (after
/// Ctrl-C) can be recognised and removed by the next run.
struct SiblingTemporary {
    let path: String

    /// A fresh name beside `target` (after removing what dead runs left there).
    init(for target: URL) {
        let parent = target.deletingLastPathComponent().path
        let prefix = ".\(target.lastPathComponent).helder-"
        Self.removeAbandoned(in: parent, prefix: prefix)
        path = parent + "/" + prefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// Removes what a run which no longer exists left behind.
    static func removeAbandoned(in parent: String, prefix: String) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        for entry in entries where entry.hasPrefix(prefix) {
            let rest = entry.dropFirst(prefix.count)
            guard let pid = Int32(rest.prefix { $0 != "-" }), pid != getpid() else { continue }
            if kill(pid, 0) == -1, errno == ESRCH { try? FileManager.default.removeItem(atPath: parent + "/" + entry) }
        }
    }
}

/// Where a report goes: standard output as it is written, or a file that appears whole or not at
/// all (written to a temporary file beside it and renamed into place at the end).
final class ReportOutput {
    private let console: Console
    private let target: String?
    private let temporary: String?
    private var descriptor: Int32 = -1
    /// The `errno` of the first write that failed.
    private var failure: Int32?

    /// Standard output when `path` is nil; otherwise opens a temporary file in the target's folder,
    /// with permissions `mode` when given (a file fixed in place keeps its own).
    init(path: String?, console: Console, mode: mode_t? = nil) throws(ReportOutputError) {
        self.console = console
        guard let path else {
            target = nil
            temporary = nil
            return
        }
        // Through a symbolic link, the file it points to is replaced.
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let temporary = SiblingTemporary(for: resolved).path
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw ReportOutputError(path: path, errno: errno)
        }
        if let mode { fchmod(descriptor, mode) }
        target = resolved.path
        self.temporary = temporary
    }

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        guard descriptor >= 0 else { return console.out(text) }
        guard failure == nil else { return }
        failure = writeAll(text, to: descriptor)
    }

    /// Writes bytes (a Word document) to the file; standard output is for text only.
    func write(_ data: Data) {
        guard descriptor >= 0, failure == nil, !data.isEmpty else { return }
        failure = data.withUnsafeBytes { writeAll($0, to: descriptor) }
    }

    /// Moves the finished file into place; on any earlier write error the temporary file is removed instead.
    func commit(as shownPath: String) throws(ReportOutputError) {
        guard let target, let temporary else { return }
        if fsync(descriptor) != 0, failure == nil { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        descriptor = -1
        if failure == nil, rename(temporary, target) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw ReportOutputError(path: shownPath, errno: failure)
        }
    }

    /// Removes the temporary file without touching the target.
    func discard() {
        guard let temporary else { return }
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        unlink(temporary)
    }
}

/// A report that could not be written: the path as the user gave it and why, in Dutch.
struct ReportOutputError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    /// Whether `path` is the folder of an HTML report.
    var isFolder = false

    var description: String {
        "\(path): kan \(isFolder ? "het rapport niet in deze map" : "dit bestand niet") schrijven (\(reason))."
    }

    init(path: String, reason: String, isFolder: Bool = false) {
        self.path = path
        self.reason = reason
        self.isFolder = isFolder
    }

    /// The error for a system call that failed with `code` while writing `path`.
    init(path: String, errno code: Int32, isFolder: Bool = false) {
        self.init(path: path, reason: Self.reason(errno: code, writing: path), isFolder: isFolder)
    }

    /// Why writing `path` failed with `code`, in Dutch; names the folder when the folder is the cause.
    static func reason(errno code: Int32, writing path: String) -> String {
        let parent = (path as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "de huidige map" : "de map \(parent)"
        switch code {
        case ENOENT: return "\(folder) bestaat niet"
        case ENOTDIR: return "\(parent.isEmpty ? "het pad" : parent) is geen map"
        case EACCES, EPERM: return "geen toestemming om in \(folder) te schrijven"
        case EISDIR: return "er staat al een map met deze naam"
        case EEXIST, ENOTEMPTY: return "er staat al iets met deze naam"
        default: return SystemErrorText.reason(errno: code)
        }
    }
}

/// Where the parts of a run's report go, one input at a time in input order.
protocol ReportSink: AnyObject {
    /// Work on one item that can run on the workers, in any order; nil when there is none.
    var prerenderer: (@Sendable (ReportItem) -> String)? { get }
    /// Adds the next item in input order, with what `prerenderer` made of it (if it ran).
    func add(_ item: ReportItem, rendered: String?)
    /// Completes the report and puts it in place.
    func finish() throws(ReportOutputError)
    /// Abandons the report; nothing of it is left behind.
    func discard()
    /// Where the user opens the finished report (as they named it), nil when it went to standard output.
    var location: String? { get }
}

/// The line on standard error that says where a written file is and how to open it; standard output
/// stays clean for pipelines.
enum WrittenNotice {
    /// `Rapport geschreven: rapport/index.html — open het in uw browser`.
    static func report(at path: String, format: OutputFormat) -> String {
        "Rapport geschreven: \(path)\(hint(for: format))\n"
    }

    /// `Vergelijking geschreven: vergelijking.html — open het in uw browser`.
    static func comparison(at path: String, format: OutputFormat) -> String {
        "Vergelijking geschreven: \(path)\(hint(for: format))\n"
    }

    /// `Opmerkingen geschreven: brief-helder.docx — open het in Word of LibreOffice`.
    static func annotated(at path: String) -> String {
        "Opmerkingen geschreven: \(path) — open het in Word of LibreOffice\n"
    }

    /// `Baseline geschreven: helder-baseline.json`.
    static func baseline(at path: String) -> String {
        "Baseline geschreven: \(path) — de volgende keer: --baseline \(path)\n"
    }

    private static func hint(for format: OutputFormat) -> String {
        switch format {
        case .html: " — open het in uw browser"
        case .csv: " — open het in Excel of LibreOffice Calc"
        case .sarif: " — voor GitHub code scanning of een andere SARIF-viewer"
        case .json, .text: ""
        }
    }
}

/// A report in one piece (text, JSON, CSV, SARIF, or the HTML page of one letter), written as it goes.
final class StreamSink: ReportSink {
    private var stream: any ReportStream
    private let output: ReportOutput
    private let shownPath: String

    init(_ stream: any ReportStream, output: ReportOutput, shownPath: String) {
        self.stream = stream
        self.output = output
        self.shownPath = shownPath
        output.write(self.stream.head())
    }

    var prerenderer: (@Sendable (ReportItem) -> String)? { nil }

    func add(_ item: ReportItem, rendered: String?) { output.write(stream.part(for: item)) }

    func finish() throws(ReportOutputError) {
        output.write(stream.tail())
        try output.commit(as: shownPath)
    }

    func discard() { output.discard() }

    var location: String? { shownPath == "-" ? nil : shownPath }
}

/// The HTML report of several letters: a folder with a page per letter and an `index.html`.
///
/// The pages are written into a temporary folder beside the target, which takes the target's place
/// only when every page and the index are written. An existing target is replaced only when it is
/// empty, or when it holds nothing but an earlier Helder report: the files its manifest
/// (`.helder-rapport`) lists. Anything else in it, or a folder that cannot be listed, is refused.
final class HTMLFolderSink: ReportSink {
    private let target: String
    private let shownPath: String
    private let temporary: String
    private let tool: ToolInfo
    private let workingFolder: String
    private var library = HTMLIndexRenderer.Library()
    /// Page names in lower case: two names that differ only in case are one file on macOS and Windows.
    private var usedNames: Set<String> = ["index.html", manifestName]
    private var written: [String] = []
    private var failure: String?

    /// The manifest in every report folder: a header line, then every file the report wrote.
    static let manifestName = ".helder-rapport"
    static let manifestHeader = "helder-rapport 1"
    /// The longest page name, in bytes; longer ones are cut and end in a hash of the whole path.
    static let maximumNameLength = 100

    init(folder path: String, tool: ToolInfo, workingFolder: String) throws(ReportOutputError) {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        target = resolved.path
        shownPath = path
        self.tool = tool
        self.workingFolder = workingFolder
        try Self.checkReplaceable(target, shownPath: path)
        temporary = SiblingTemporary(for: resolved).path
        guard mkdir(temporary, 0o777) == 0 else {
            // The folder is made beside the target: say why as if for the target itself.
            throw ReportOutputError(path: path, errno: errno, isFolder: true)
        }
    }

    /// Refuses a target that is a file, cannot be listed, or holds anything but an earlier report.
    static func checkReplaceable(_ target: String, shownPath: String) throws(ReportOutputError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            throw ReportOutputError(
                path: shownPath, reason: "dit is een bestand; geef een map op voor het HTML-rapport", isFolder: true)
        }
        let contents: [String]
        do {
            contents = try FileManager.default.contentsOfDirectory(atPath: target)
        } catch {
            throw ReportOutputError(
                path: shownPath, reason: "kan niet zien wat er in deze map staat; kies een nieuwe of lege map",
                isFolder: true)
        }
        let present = Set(contents).subtracting([".DS_Store"])
        guard !present.isEmpty else { return }
        let manifest = (try? String(contentsOfFile: target + "/" + manifestName, encoding: .utf8)) ?? ""
        let lines = manifest.split(separator: "\n").map(String.init)
        guard lines.first == manifestHeader, present.isSubset(of: Set(lines.dropFirst()).union([manifestName])) else {
            throw ReportOutputError(
                path: shownPath,
                reason: "deze map bestaat al en is geen eerder rapport van helder (of er staat meer in); "
                    + "kies een nieuwe of lege map",
                isFolder: true)
        }
    }

    var prerenderer: (@Sendable (ReportItem) -> String)? {
        let tool = tool
        return { item in HTMLReportRenderer.page(item, tool: tool, navigation: .index) }
    }

    func add(_ item: ReportItem, rendered: String?) {
        let page = pageName(for: item.path)
        library.add(item, page: page)
        write(rendered ?? HTMLReportRenderer.page(item, tool: tool, navigation: .index), to: page)
    }

    func finish() throws(ReportOutputError) {
        write(HTMLIndexRenderer.page(library, tool: tool), to: "index.html")
        write(([Self.manifestHeader] + written).joined(separator: "\n") + "\n", to: Self.manifestName)
        if let failure {
            discard()
            throw ReportOutputError(path: shownPath, reason: failure, isFolder: true)
        }
        do {
            // The target may have changed while the letters were read.
            try Self.checkReplaceable(target, shownPath: shownPath)
        } catch {
            discard()
            throw error
        }
        let manager = FileManager.default
        let old = temporary + "-oud"
        let replacing = manager.fileExists(atPath: target)
        if replacing, rename(target, old) != 0 {
            let code = errno
            discard()
            throw ReportOutputError(path: shownPath, errno: code, isFolder: true)
        }
        if rename(temporary, target) != 0 {
            let code = errno
            if replacing { _ = rename(old, target) }
            discard()
            throw ReportOutputError(path: shownPath, errno: code, isFolder: true)
        }
        if replacing {
            do {
                try manager.removeItem(atPath: old)
            } catch {
                throw ReportOutputError(
                    path: shownPath, reason: "het nieuwe rapport staat klaar, maar het oude staat nog in \(old)",
                    isFolder: true)
            }
        }
    }

    func discard() { try? FileManager.default.removeItem(atPath: temporary) }

    var location: String? { (shownPath.hasSuffix("/") ? shownPath : shownPath + "/") + "index.html" }

    /// A file name for a letter's page: its path relative to the working folder, in letters, digits,
    /// `-`, `_` and `.`, unique within the report even where case does not count, at most 100 bytes.
    func pageName(for path: String) -> String {
        let prefix = workingFolder.hasSuffix("/") ? workingFolder : workingFolder + "/"
        let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
        var name = ""
        for character in relative {
            let keep = character.isASCII && (character.isLetter || character.isNumber || "-_.".contains(character))
            if keep {
                name.append(character)
            } else if !name.hasSuffix("-") {
                name.append("-")
            }
        }
        name = String(name.drop { $0 == "-" || $0 == "." })
        if name.isEmpty { name = "brief" }
        if name.utf8.count > Self.maximumNameLength - 15 {
            // FNV-1a of the whole path keeps two long names that share their start apart.
            var hash: UInt32 = 2_166_136_261
            for byte in relative.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
            name = String(name.prefix(Self.maximumNameLength - 30)) + "-" + String(hash, radix: 16)
        }
        var candidate = name + ".html"
        var counter = 2
        while usedNames.contains(candidate.lowercased()) {
            candidate = "\(name)-\(counter).html"
            counter += 1
        }
        usedNames.insert(candidate.lowercased())
        return candidate
    }

    private func write(_ page: String, to name: String) {
        guard failure == nil else { return }
        do {
            try Data(page.utf8).write(to: URL(fileURLWithPath: temporary + "/" + name), options: .withoutOverwriting)
            written.append(name)
        } catch {
            failure = "\(name): \(SystemErrorText.reason(error))"
        }
    }
}

/// The HTML page of a single letter, as a stream with one part.
struct HTMLPageStream: ReportStream {
    let tool: ToolInfo

    mutating func head() -> String { "" }
    mutating func part(for item: ReportItem) -> String { HTMLReportRenderer.page(item, tool: tool) }
    mutating func tail() -> String { "" }
}
