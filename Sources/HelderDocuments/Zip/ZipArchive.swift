import Foundation

/// One file inside a ZIP archive, from the central directory.
struct ZipEntry: Sendable, Equatable {
    /// The path inside the archive, e.g. `word/document.xml`.
    var name: String
    /// The compression method: 0 stored, 8 deflated; others are refused when read.
    var method: UInt16
    /// General-purpose flags: bit 0 encrypted, bit 3 data descriptor, bit 11 UTF-8 name.
    var flags: UInt16
    /// The CRC-32 of the uncompressed bytes.
    var crc32: UInt32
    /// The size of the stored (possibly compressed) bytes.
    var compressedSize: UInt64
    /// The size once unpacked, as the archive claims it; reading never produces more.
    var uncompressedSize: UInt64
    /// Where the entry's local header starts, counted from the first byte of the archive.
    var localHeaderOffset: UInt64
    /// The last modification time in MS-DOS format: hours, minutes and seconds / 2 in 5, 6 and 5 bits.
    var modificationTime: UInt16
    /// The last modification date in MS-DOS format: years since 1980, month and day in 7, 4 and 5 bits.
    var modificationDate: UInt16

    /// Whether flag bit 0 marks the entry as encrypted.
    var isEncrypted: Bool { flags & 1 != 0 }
}

/// Why an archive cannot be read or written.
public enum ZipError: Error, Sendable, Equatable {
    /// No end of central directory record: the file is not a ZIP archive at all.
    case notAZip
    /// The archive stops early, as after an interrupted download or copy.
    case truncated
    /// The structure contradicts itself, as `ZipDamage` says where.
    case corrupt(ZipDamage)
    /// The entry is password-protected.
    case encrypted
    /// The entry uses a compression method other than stored or deflated.
    case unsupportedMethod(UInt16)
    /// The named entry (or the entry that pushes a total over the cap) would unpack to too much.
    case tooLarge(String)
    /// The named entry unpacked to bytes whose checksum differs from the central directory's.
    case crcMismatch(String)
    /// The archive claims more entries than any document has.
    case tooManyEntries
    /// Writing: an entry with this name (or one Swift's string comparison finds equal) is already in the archive.
    case duplicateName(String)
    /// Writing: the name is empty, too long, absolute (`/`, a drive letter), or has a backslash, NUL or `..` segment.
    case invalidName(String)
    /// Writing: adding the named entry would need ZIP64 (a size or offset of 4 GiB or more, or 65,535 entries).
    case needsZip64(String)
}

/// Where a ZIP archive contradicts itself (the entry named where one is involved).
public enum ZipDamage: Sendable, Equatable {
    case zlibUnavailable
    case compressionFailed(String)
    case storedSizeMismatch(String)
    case missingLocalHeader(String)
    case dataRunsIntoDirectory(String)
    case shorterThanDirectory(String)
    case damagedCompressedData(String)
    case multipleDisks
    case missingZip64End
    case directoryOutsideArchive
    case damagedDirectoryEntry
    case missingZip64Fields(String)
    case entryOutsideArchive(String)
}

/// A read-only ZIP archive held in memory; parsing uses the central directory only.
struct ZipArchive: Sendable {
    /// More entries than any Word document has (a large one has a few hundred).
    static let maximumEntries = 10_000
    /// The largest uncompressed entry Helder unpacks.
    static let maximumPartSize: UInt64 = 64 * 1024 * 1024
    /// The most that all entries read together may unpack to; see `checkTotal(_:)`.
    static let maximumTotalSize: UInt64 = 256 * 1024 * 1024
    /// The highest uncompressed/compressed ratio accepted for entries over `ratioThreshold`.
    static let maximumRatio: UInt64 = 200
    /// Below this size the ratio is not checked: small XML parts compress very well.
    static let ratioThreshold: UInt64 = 1024 * 1024

    /// The entries in central directory order.
    let entries: [ZipEntry]
    private let bytes: ZipBytes
    private let indexByName: [String: Int]
    /// Where the central directory starts: all entry data must end before it.
    private let dataLimit: Int

    /// Parses the central directory of `data`; entry data is only read by `contents(of:)`.
    init(_ data: Data) throws(ZipError) {
        let bytes = ZipBytes(data)
        let directory = try ZipCentralDirectory.read(bytes)
        self.bytes = bytes
        self.entries = directory.entries
        self.dataLimit = directory.start
        // The first of two entries with the same name wins, as in most readers.
        self.indexByName = Dictionary(
            directory.entries.enumerated().map { ($0.element.name, $0.offset) },
            uniquingKeysWith: { first, _ in first })
    }

    /// The entry called `name`, or nil when the archive has none.
    func entry(named name: String) -> ZipEntry? {
        indexByName[name].map { entries[$0] }
    }

    /// The uncompressed bytes of `name`, or nil when the archive has no such entry.
    func contents(of name: String) throws(ZipError) -> Data? {
        guard let entry = entry(named: name) else { return nil }
        try Self.checkReadable(entry)
        let range = try dataRange(of: entry)
        // checkReadable capped the size far below Int.max.
        let size = Int(clamping: entry.uncompressedSize)
        let output: Data
        if entry.method == 0 {
            output = Data(bytes.slice(range))
        } else {
            output = try ZipInflater.inflate(bytes.slice(range), size: size, name: entry.name)
        }
        guard ZipInflater.checksum(output) == entry.crc32 else { throw .crcMismatch(entry.name) }
        return output
    }

    /// The bytes of `entry` (one of `entries`) as the archive stores them, compressed or not, without unpacking
    /// or checking them; what `ZipWriter.copy(_:from:)` carries over.
    func storedBytes(of entry: ZipEntry) throws(ZipError) -> Data {
        Data(bytes.slice(try dataRange(of: entry)))
    }

    /// Throws `.tooLarge` when `entries` together would unpack to more than `maximumTotalSize`.
    static func checkTotal(_ entries: some Sequence<ZipEntry>) throws(ZipError) {
        var total: UInt64 = 0
        for entry in entries {
            let (sum, overflow) = total.addingReportingOverflow(entry.uncompressedSize)
            guard !overflow, sum <= maximumTotalSize else { throw .tooLarge(entry.name) }
            total = sum
        }
    }

    /// Refuses entries Helder cannot or should not unpack, from the central directory alone.
    static func checkReadable(_ entry: ZipEntry) throws(ZipError) {
        if entry.isEncrypted { throw .encrypted }
        guard entry.method == 0 || entry.method == 8 else { throw .unsupportedMethod(entry.method) }
        guard entry.uncompressedSize <= maximumPartSize else { throw .tooLarge(entry.name) }
        if entry.uncompressedSize > ratioThreshold {
            // An overflowing limit is larger than any size, so such an entry passes this check.
            let (limit, overflow) = entry.compressedSize.multipliedReportingOverflow(by: maximumRatio)
            if !overflow && entry.uncompressedSize > limit { throw .tooLarge(entry.name) }
        }
        try checkStoredSizes(entry)
    }

    /// Refuses a stored (method 0) entry whose two sizes differ: one of them lies.
    static func checkStoredSizes(_ entry: ZipEntry) throws(ZipError) {
        if entry.method == 0 && entry.compressedSize != entry.uncompressedSize {
            throw .corrupt(.storedSizeMismatch(entry.name))
        }
    }

    /// Where the entry's stored bytes lie, found through its local header.
    private func dataRange(of entry: ZipEntry) throws(ZipError) -> Range<Int> {
        let missing = ZipError.corrupt(.missingLocalHeader(entry.name))
        guard let header = Int(exactly: entry.localHeaderOffset),
            bytes.contains(header, ZipSignature.localHeaderLength, limit: dataLimit),
            bytes.uint32(header) == ZipSignature.localHeader
        else { throw missing }
        if bytes.uint16(header + 6) & 1 != 0 { throw .encrypted }
        // The local name and extra field may differ from the central ones (ZIP64 extras often do),
        // and with a data descriptor the local sizes are zero, so only the lengths are used here.
        let nameLength = Int(bytes.uint16(header + 26))
        let extraLength = Int(bytes.uint16(header + 28))
        guard let length = Int(exactly: entry.compressedSize),
            let start = ZipBytes.add(header, ZipSignature.localHeaderLength, nameLength, extraLength),
            let end = ZipBytes.add(start, length),
            end <= dataLimit
        else { throw .corrupt(.dataRunsIntoDirectory(entry.name)) }
        return start..<end
    }
}
