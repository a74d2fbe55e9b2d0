import Foundation

/// What an entry's local header and its central directory header both say (APPNOTE 4.3.7, 4.3.12), and how
/// `ZipWriter` encodes them: no extra fields, no comments, MS-DOS attributes.
struct ZipFileRecord: Sendable, Equatable {
    /// ZIP 2.0, the version that brought deflate and folders: all that any entry this writer makes needs.
    /// It is also "version made by", with host system 0 (MS-DOS), which matches the empty attributes.
    static let version: UInt16 = 20

    /// The path inside the archive, stored as UTF-8.
    var name: String
    /// General-purpose flags: bit 11 when the name is not ASCII, never bit 3 (the sizes are known).
    var flags: UInt16
    /// 0 stored, 8 deflated.
    var method: UInt16
    /// The modification time in MS-DOS format.
    var modificationTime: UInt16
    /// The modification date in MS-DOS format.
    var modificationDate: UInt16
    /// The CRC-32 of the uncompressed bytes.
    var crc32: UInt32
    /// The number of stored bytes; `ZipWriter` checks that it fits 32 bits before encoding.
    var compressedSize: UInt64
    /// The number of bytes once unpacked; `ZipWriter` checks that it fits 32 bits before encoding.
    var uncompressedSize: UInt64

    /// The MS-DOS attributes: 0x10 (directory) for a name ending in `/`, which is how ZIP marks a folder; none
    /// otherwise, so files get the extracting user's default permissions.
    var externalAttributes: UInt32 {
        name.utf8.last == UInt8(ascii: "/") ? 0x10 : 0
    }

    /// The local file header, to be followed by the stored bytes.
    func localHeader() -> Data {
        var record = RecordBytes()
        record.append(ZipSignature.localHeader)
        record.append(Self.version)
        appendSharedFields(to: &record)
        record.append(UInt16(0))  // extra field length
        record.data.append(contentsOf: name.utf8)
        return record.data
    }

    /// The central directory header for this entry, whose local header starts at `offset`.
    func centralHeader(offset: UInt64) -> Data {
        var record = RecordBytes()
        record.append(ZipSignature.centralHeader)
        record.append(Self.version)  // made by
        record.append(Self.version)  // needed to extract
        appendSharedFields(to: &record)
        record.append(UInt16(0))  // extra field length
        record.append(UInt16(0))  // comment length
        record.append(UInt16(0))  // disk number
        record.append(UInt16(0))  // internal attributes
        record.append(externalAttributes)
        record.append(UInt32(truncatingIfNeeded: offset))
        record.data.append(contentsOf: name.utf8)
        return record.data
    }

    /// The end of central directory record (APPNOTE 4.3.16) for a single-disk archive without a comment.
    static func endRecord(entryCount: Int, directorySize: Int, directoryOffset: Int) -> Data {
        var record = RecordBytes()
        record.append(ZipSignature.end)
        record.append(UInt16(0))  // this disk
        record.append(UInt16(0))  // disk where the central directory starts
        record.append(UInt16(truncatingIfNeeded: entryCount))  // entries on this disk
        record.append(UInt16(truncatingIfNeeded: entryCount))  // entries in total
        record.append(UInt32(truncatingIfNeeded: directorySize))
        record.append(UInt32(truncatingIfNeeded: directoryOffset))
        record.append(UInt16(0))  // comment length
        return record.data
    }

    /// The fields from flags up to the name length, in the same order in both headers.
    private func appendSharedFields(to record: inout RecordBytes) {
        record.append(flags)
        record.append(method)
        record.append(modificationTime)
        record.append(modificationDate)
        record.append(crc32)
        record.append(UInt32(truncatingIfNeeded: compressedSize))
        record.append(UInt32(truncatingIfNeeded: uncompressedSize))
        record.append(UInt16(truncatingIfNeeded: name.utf8.count))
    }
}

/// A header being built, with every number written little-endian as ZIP requires.
private struct RecordBytes {
    var data = Data()

    /// Appends `value` in little-endian byte order.
    mutating func append<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }
}
