import Foundation
import Helder

/// Reads a letter from a path or standard input, choosing the reader by content and extension.
public struct DocumentLoader: Sendable {
    /// The largest file Helder reads: far above any letter, well below what the byte offsets allow.
    public static let maximumFileSize = 256 * 1024 * 1024

    public init() {}

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
    /// folder, no permission, larger than `maximumFileSize`).
    public func contents(ofFile path: String) throws(DocumentError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DocumentError(source: path, problem: .notFound)
        }
        if isDirectory.boolValue { throw DocumentError(source: path, problem: .isDirectory) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw DocumentError(source: path, problem: .permissionDenied)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
        if let size, size > Self.maximumFileSize {
            throw DocumentError(source: path, problem: .tooLarge(maximumMegabytes: Self.maximumFileSize / 1024 / 1024))
        }
        var data = Data()
        // An empty file is not read: Foundation leaks its read buffer for one (found by AddressSanitizer).
        if size != 0 {
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw DocumentError(source: path, problem: .readFailed(error.localizedDescription))
            }
        }
        return data
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
        return try DOCXReader().readMapped(data, source: source)
    }

    /// Reads `data` that came from `source`; the content decides first, the extension second.
    public func read(_ data: Data, source: String, fileExtension: String) throws(DocumentError) -> Document {
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
