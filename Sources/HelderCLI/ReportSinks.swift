import Foundation
import HelderReports

/// Where a report goes: standard output as it is written, or a file that appears whole or not at
/// all (written to a temporary file beside it and renamed into place at the end).
final class ReportOutput {
    private let console: Console
    private let target: String?
    private let temporary: String?
    private var descriptor: Int32 = -1
    private var failure: String?

    /// Standard output when `path` is nil; otherwise opens a temporary file in the target's folder.
    init(path: String?, console: Console) throws(ReportOutputError) {
        self.console = console
        guard let path else {
            target = nil
            temporary = nil
            return
        }
        // Through a symbolic link, the file it points to is replaced.
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let folder = resolved.deletingLastPathComponent().path
        let temporary =
            folder + "/.\(resolved.lastPathComponent).helder-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw ReportOutputError(path: path, reason: String(cString: strerror(errno)))
        }
        target = resolved.path
        self.temporary = temporary
    }

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        guard descriptor >= 0 else { return console.out(text) }
        guard failure == nil else { return }
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else {
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
    }

    /// Moves the finished file into place; on any earlier write error the temporary file is removed instead.
    func commit(as shownPath: String) throws(ReportOutputError) {
        guard let target, let temporary else { return }
        if fsync(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        descriptor = -1
        if failure == nil, rename(temporary, target) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw ReportOutputError(path: shownPath, reason: failure)
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

/// A report that could not be written.
struct ReportOutputError: Error, CustomStringConvertible {
    var path: String
    var reason: String

    var description: String { "\(path): kan het rapport niet schrijven (\(reason))." }
}

/// Where the parts of a run's report go, one input at a time in input order.
protocol ReportSink: AnyObject {
    func add(_ item: ReportItem)
    /// Completes the report and puts it in place.
    func finish() throws(ReportOutputError)
    /// Abandons the report; nothing of it is left behind.
    func discard()
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

    func add(_ item: ReportItem) { output.write(stream.part(for: item)) }

    func finish() throws(ReportOutputError) {
        output.write(stream.tail())
        try output.commit(as: shownPath)
    }

    func discard() { output.discard() }
}

/// The HTML report of several letters: a folder with a page per letter and an `index.html`.
///
/// The pages are written into a temporary folder beside the target, which takes the target's place
/// only when every page and the index are written. An existing target is replaced only when it is
/// empty or an earlier Helder report (its `index.html` says so), never an unrelated folder.
final class HTMLFolderSink: ReportSink {
    private let target: String
    private let shownPath: String
    private let temporary: String
    private let tool: ToolInfo
    private let workingFolder: String
    private var library = HTMLIndexRenderer.Library()
    private var usedNames: Set<String> = ["index.html"]
    private var failure: String?

    /// A marker in every page, by which an earlier report folder is recognised.
    static let generatorMarker = "<meta name=\"generator\" content=\"helder "

    init(folder path: String, tool: ToolInfo, workingFolder: String) throws(ReportOutputError) {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        target = resolved.path
        shownPath = path
        self.tool = tool
        self.workingFolder = workingFolder
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw ReportOutputError(path: path, reason: "dit is een bestand; geef een map op voor het HTML-rapport")
            }
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
            let index = (try? String(contentsOfFile: target + "/index.html", encoding: .utf8)) ?? ""
            guard contents.isEmpty || index.contains(Self.generatorMarker) else {
                throw ReportOutputError(
                    path: path,
                    reason: "deze map bestaat al en is geen eerder rapport van helder; kies een nieuwe of lege map")
            }
        }
        temporary =
            resolved.deletingLastPathComponent().path
            + "/.\(resolved.lastPathComponent).helder-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        do {
            try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: false)
        } catch {
            throw ReportOutputError(path: path, reason: error.localizedDescription)
        }
    }

    func add(_ item: ReportItem) {
        let page = pageName(for: item.path)
        library.add(item, page: page)
        write(HTMLReportRenderer.page(item, tool: tool, backLink: "index.html"), to: page)
    }

    func finish() throws(ReportOutputError) {
        write(HTMLIndexRenderer.page(library, tool: tool), to: "index.html")
        if let failure {
            discard()
            throw ReportOutputError(path: shownPath, reason: failure)
        }
        let manager = FileManager.default
        let old = temporary + "-oud"
        let replacing = manager.fileExists(atPath: target)
        if replacing, rename(target, old) != 0 {
            let reason = String(cString: strerror(errno))
            discard()
            throw ReportOutputError(path: shownPath, reason: reason)
        }
        if rename(temporary, target) != 0 {
            let reason = String(cString: strerror(errno))
            if replacing { _ = rename(old, target) }
            discard()
            throw ReportOutputError(path: shownPath, reason: reason)
        }
        if replacing { try? manager.removeItem(atPath: old) }
    }

    func discard() { try? FileManager.default.removeItem(atPath: temporary) }

    /// A file name for a letter's page: its path relative to the working folder, in letters, digits,
    /// `-`, `_` and `.`, unique within the report.
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
        var candidate = name + ".html"
        var counter = 2
        while usedNames.contains(candidate) {
            candidate = "\(name)-\(counter).html"
            counter += 1
        }
        usedNames.insert(candidate)
        return candidate
    }

    private func write(_ page: String, to name: String) {
        guard failure == nil else { return }
        do {
            try Data(page.utf8).write(to: URL(fileURLWithPath: temporary + "/" + name))
        } catch {
            failure = error.localizedDescription
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
