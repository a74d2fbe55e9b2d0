import Foundation
import Testing

@testable import HelderDocuments

/// Files of the repository, found from this file.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func file(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }
}

/// A part of a Word file, through the package's own ZIP reader.
enum ZipEntries {
    static func text(of name: String, in data: Data) throws -> String {
        let contents = try #require(try ZipArchive(data).contents(of: name), "no \(name)")
        return String(decoding: contents, as: UTF8.self)
    }
}
