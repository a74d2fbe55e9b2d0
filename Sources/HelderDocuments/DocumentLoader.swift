import Foundation
import Helder

/// Reads a letter from a path or standard input, choosing the reader by content and extension.
public struct DocumentLoader: Sendable {
    /// The largest file Helder reads: far above any letter, well below what the byte offsets allow.
    public static let maximumFileSize = 256 * 1024 * 1024

    /// What a service takes from one upload (nil: only the readers' own limits, as on the command line).
    public var limits: ServiceLimits?

    public init(limits: ServiceLimits? = nil) {
        self.limits = limits
    }

    /// Reads the file at `path`; `-` reads standard input.
    public func load(path: String) throws(DocumentError) -> Document {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= Self.maximumFileSize else {
                throw DocumentError(
                    source: "-", problem: .tooLarge(maximumMegabytes: Self.maximumFileSize / 1024 / 1024))
            }
            return try read(data, source: "-", fileExtension: "")
        }
        let data = try contents(ofFile: path)
        return try read(data, source: path, fileExtension: URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    /// The bytes of the file at `path`, with the reason in Dutch when it cannot be read (missing, a
    /// folder, no permission, not a file that can be read, larger than `maximumFileSize`). A named pipe
    /// or a character device (`helder check <(…)`, `/dev/stdin`) is read to its end.
    public func contents(ofFile path: String) throws(DocumentError) -> Data {
        var info = stat()
        guard stat(path, &info) == 0 else { throw Self.failure(errno, path: path) }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw DocumentError(source: path, problem: .isDirectory) }
        if type == S_IFIFO || type == S_IFCHR { return try readStream(path, limit: Self.maximumFileSize) }
        guard type == S_IFREG else { throw DocumentError(source: path, problem: .notRegularFile) }
        guard access(path, R_OK) == 0 else { throw Self.failure(errno, path: path) }
        if info.st_size > Self.maximumFileSize {
            throw DocumentError(source: path, problem: .tooLarge(maximumMegabytes: Self.maximumFileSize / 1024 / 1024))
        }
        // An empty file is not read: Foundation leaks its read buffer for one (found by AddressSanitizer).
        guard info.st_size > 0 else { return Data() }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Self.failure(SystemErrorText.code(of: error), path: path)
        }
    }

    /// The reading error for a failed system call's `errno` (nil: the system gave no reason).
    static func failure(_ code: Int32?, path: String) -> DocumentError {
        switch code {
        case ENOENT?, ENOTDIR?: DocumentError(source: path, problem: .notFound)
        case EACCES?, EPERM?: DocumentError(source: path, problem: .permissionDenied)
        case EISDIR?: DocumentError(source: path, problem: .isDirectory)
        case ENXIO?, ENODEV?, EOPNOTSUPP?: DocumentError(source: path, problem: .notRegularFile)
        case let code?: DocumentError(source: path, problem: .readFailed(SystemErrorText.reason(errno: code)))
        case nil: DocumentError(source: path, problem: .readFailed("het systeem gaf geen reden"))
        }
    }

    /// What a service takes from one upload, bounding the time and memory a request can cost: a Word file of
    /// 2 MB may unpack to 60 MB of XML, which takes seconds and a gigabyte to read and minutes to analyse.
    public struct ServiceLimits: Sendable {
        /// Bytes of text in the document's blocks.
        public var text: Int
        /// Bytes the XML parts of a ZIP package (Word, OpenDocument) unpack to, read from its directory alone.
        public var unpackedXML: UInt64

        public init(text: Int, unpackedXML: UInt64) {
            self.text = text
            self.unpackedXML = unpackedXML
        }

        var problem: DocumentError.Problem {
            .tooLongForService(textMegabytes: max(1, text >> 20), unpackedMegabytes: max(1, Int(unpackedXML >> 20)))
        }
    }

    /// Before reading: refuses a ZIP package whose XML parts together unpack to more than `limits.unpackedXML`
    /// (nothing is unpacked to find out). Anything that is no readable ZIP, and a part the reader refuses itself
    /// (a zip bomb), passes, for the reader to refuse with its own message.
    private func checkPackage(_ data: Data, source: String) throws(DocumentError) {
        guard let limits, data.starts(with: [0x50, 0x4B, 0x03, 0x04]), let archive = try? ZipArchive(data)
        else { return }
        var total: UInt64 = 0
        for entry in archive.entries where entry.name.lowercased().hasSuffix(".xml") {
            guard (try? ZipArchive.checkReadable(entry)) != nil else { return }
            total = total.addingReportingOverflow(entry.uncompressedSize).partialValue
            if total > limits.unpackedXML { throw DocumentError(source: source, problem: limits.problem) }
        }
    }

    /// After reading: refuses a document with more than `limits.text` bytes of text.
    private func checkText(_ document: Document) throws(DocumentError) {
        guard let limits else { return }
        var total = 0
        for block in document.blocks {
            total += block.text.utf8.count
            if total > limits.text { throw DocumentError(source: document.source, problem: limits.problem) }
        }
    }

    /// Whether a ZIP package declares itself OpenDocument text: its first entry is `mimetype`, stored, with that type.
    static func isOpenDocument(_ data: Data) -> Bool {
        data.prefix(100).range(of: Data("application/vnd.oasis.opendocument.text".utf8)) != nil
    }

    /// A Word document with the map from its blocks back to the XML (for `helder annotate`), refused
    /// with the same messages as `read` when it is empty, encrypted or an OpenDocument file.
    public func readWord(_ data: Data, source: String) throws(DocumentError) -> (document: Document, map: DOCXSourceMap)
    {
        if data.isEmpty { throw DocumentError(source: source, problem: .empty) }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw DocumentError(source: source, problem: .encrypted)
        }
        if Self.isOpenDocument(data) {
            throw DocumentError(source: source, problem: .cannotAnnotateOpenDocument)
        }
        try checkPackage(data, source: source)
        let read = try DOCXReader().readMapped(data, source: source)
        try checkText(read.document)
        return read
    }

    /// Reads `data` that came from `source`; the content decides first, the extension second. With `limits`, a
    /// document larger than they allow is refused (`tooLongForService`), before unpacking where possible.
    public func read(_ data: Data, source: String, fileExtension: String) throws(DocumentError) -> Document {
        try checkPackage(data, source: source)
        let document = try readAny(data, source: source, fileExtension: fileExtension)
        try checkText(document)
        return document
    }

    private func readAny(_ data: Data, source: String, fileExtension: String) throws(DocumentError) -> Document {
        if data.isEmpty { throw DocumentError(source: source, problem: .empty) }
        if fileExtension == "docx", data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            // Word stores a password-protected .docx as an encrypted package inside an OLE container.
            throw DocumentError(source: source, problem: .encrypted)
        }
        if fileExtension == "odt" || (data.starts(with: [0x50, 0x4B, 0x03, 0x04]) && Self.isOpenDocument(data)) {
            return try ODTReader().read(data, source: source)
        }
        if fileExtension == "docx" || data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return try DOCXReader().read(data, source: source)
        }
        if let format = FormatSniffer.unsupportedFormat(data, fileExtension: fileExtension) {
            throw DocumentError(source: source, problem: .unsupported(format))
        }
        if ["html", "htm", "xhtml"].contains(fileExtension) || FormatSniffer.looksLikeHTML(data) {
            return try HTMLReader().read(data, source: source)
        }
        let format: DocumentFormat = fileExtension == "md" || fileExtension == "markdown" ? .markdown : .text
        return try PlainTextReader().read(data, source: source, format: format)
    }
}

/// Recognises files Helder cannot read yet, by their first bytes and their extension.
enum FormatSniffer {
    /// The format Helder recognises but does not read, or nil when it may be text.
    static func unsupportedFormat(_ data: Data, fileExtension: String) -> DocumentError.UnsupportedFormat? {
        let head = [UInt8](data.prefix(8))
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) || fileExtension == "doc" {
            return .legacyWord
        }
        if head.starts(with: Array("%PDF".utf8)) || fileExtension == "pdf" {
            return .pdf
        }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47]) || head.starts(with: [0xFF, 0xD8, 0xFF])
            || head.starts(with: Array("GIF8".utf8))
            || ["png", "jpg", "jpeg", "gif", "tif", "tiff", "bmp"].contains(fileExtension)
        {
            return .image
        }
        return nil
    }

    /// Whether the text starts like an HTML document (`<!DOCTYPE html`, `<html`), after white space and a BOM.
    static func looksLikeHTML(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(512), as: UTF8.self)
            .drop { $0.isWhitespace || $0 == "\u{FEFF}" }.prefix(15).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }
}

/// A pipe or device read to its end, refused once it grows beyond `limit` bytes. A free function, so
/// that `read` is the system's and not `DocumentLoader.read`.
private func readStream(_ path: String, limit: Int) throws(DocumentError) -> Data {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw DocumentLoader.failure(errno, path: path) }
    defer { close(descriptor) }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0, errno == EINTR { continue }
        guard count >= 0 else { throw DocumentLoader.failure(errno, path: path) }
        if count == 0 { return data }
        data.append(contentsOf: buffer[0..<count])
        if data.count > limit {
            throw DocumentError(source: path, problem: .tooLarge(maximumMegabytes: limit / 1024 / 1024))
        }
    }
}
