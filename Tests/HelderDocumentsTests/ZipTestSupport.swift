import Foundation
import Testing

@testable import HelderDocuments

/// The bytes of a fixture written by Scripts/make-zip-fixtures.
func fixture(_ name: String) throws -> Data {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    return try Data(contentsOf: directory.appendingPathComponent("Fixtures/zip/\(name)"))
}

/// The ZipError that `body` throws, or nil when it returns.
///
/// The closure is untyped because Swift 6 infers `throws(any Error)` for closures without the
/// FullTypedThrows feature; the API's typed throws already guarantee nothing else comes out.
func thrown(_ body: () throws -> Void) -> ZipError? {
    do {
        try body()
        return nil
    } catch let error as ZipError {
        return error
    } catch {
        Issue.record("not a ZipError: \(error)")
        return nil
    }
}
