import Foundation

/// Record signatures and fixed lengths from PKWARE's APPNOTE.TXT.
enum ZipSignature {
    static let localHeader: UInt32 = 0x0403_4B50
    static let centralHeader: UInt32 = 0x0201_4B50
    static let end: UInt32 = 0x0605_4B50
    static let zip64End: UInt32 = 0x0606_4B50
    static let zip64Locator: UInt32 = 0x0706_4B50

    static let localHeaderLength = 30
    static let centralHeaderLength = 46
    static let endLength = 22
    static let zip64EndLength = 56
    static let zip64LocatorLength = 20
    /// The comment length field is 16 bits, so the end record starts at most this far before the end.
    static let maximumCommentLength = 65_535
    /// A 32-bit size or offset with this value is stored in the ZIP64 extra field instead.
    static let zip64Marker: UInt64 = 0xFFFF_FFFF
}

/// Little-endian reads from the archive's bytes, at offsets counted from its first byte.
struct ZipBytes: Sendable {
    let data: Data

    /// Wraps `data`, which may be a slice that does not start at index 0.
    init(_ data: Data) { self.data = data }

    /// The number of bytes.
    var count: Int { data.count }

    /// Whether `length` bytes from `offset` lie within the first `limit` bytes (all bytes when nil).
    func contains(_ offset: Int, _ length: Int, limit: Int? = nil) -> Bool {
        guard offset >= 0, length >= 0, let end = Self.add(offset, length) else { return false }
        return end <= min(limit ?? count, count)
    }

    /// The byte at `offset`, or 0 outside the data; callers check `contains` first.
    func byte(_ offset: Int) -> UInt8 {
        guard offset >= 0, offset < count else { return 0 }
        return data[data.startIndex + offset]
    }

    /// The 16-bit value at `offset`; `&+` makes an offset near Int.max read as outside, not trap.
    func uint16(_ offset: Int) -> UInt16 {
        UInt16(byte(offset)) | UInt16(byte(offset &+ 1)) << 8
    }

    /// The 32-bit value at `offset`.
    func uint32(_ offset: Int) -> UInt32 {
        UInt32(uint16(offset)) | UInt32(uint16(offset &+ 2)) << 16
    }

    /// The 64-bit value at `offset`.
    func uint64(_ offset: Int) -> UInt64 {
        UInt64(uint32(offset)) | UInt64(uint32(offset &+ 4)) << 32
    }

    /// The bytes in `range`, without copying; `range` must satisfy `contains`.
    func slice(_ range: Range<Int>) -> Data {
        data[(data.startIndex + range.lowerBound)..<(data.startIndex + range.upperBound)]
    }

    /// The sum of `values`, or nil when it overflows.
    static func add(_ values: Int...) -> Int? {
        var total = 0
        for value in values {
            let (sum, overflow) = total.addingReportingOverflow(value)
            if overflow { return nil }
            total = sum
        }
        return total
    }
}

/// What the end of central directory records say, with ZIP64 values already applied.
struct ZipEndRecord {
    var entryCount: UInt64
    var directorySize: UInt64
    var directoryOffset: UInt64
    /// Where the central directory must end: at the ZIP64 end record or the classic one.
    var directoryLimit: Int

    /// Finds the end record by scanning backwards and follows the ZIP64 locator when there is one.
    static func locate(in bytes: ZipBytes) throws(ZipError) -> ZipEndRecord {
        guard let position = findClassic(in: bytes) else {
            // A file that starts like an archive but has no end record was cut off.
            throw bytes.count >= 4 && bytes.uint32(0) == ZipSignature.localHeader ? .truncated : .notAZip
        }
        let locator = position - ZipSignature.zip64LocatorLength
        if locator >= 0 && bytes.uint32(locator) == ZipSignature.zip64Locator {
            return try readZip64(locator: locator, in: bytes)
        }
        guard bytes.uint16(position + 4) == 0, bytes.uint16(position + 6) == 0,
            bytes.uint16(position + 8) == bytes.uint16(position + 10)
        else { throw .corrupt(.multipleDisks) }
        return ZipEndRecord(
            entryCount: UInt64(bytes.uint16(position + 10)),
            directorySize: UInt64(bytes.uint32(position + 12)),
            directoryOffset: UInt64(bytes.uint32(position + 16)),
            directoryLimit: position)
    }

    /// The offset of the classic end record: preferably one whose comment ends exactly at the end of the
    /// data, so a signature inside a comment is skipped; otherwise the last one followed by stray bytes.
    static func findClassic(in bytes: ZipBytes) -> Int? {
        let highest = bytes.count - ZipSignature.endLength
        guard highest >= 0 else { return nil }
        let lowest = max(0, highest - ZipSignature.maximumCommentLength)
        var fallback: Int?
        for position in stride(from: highest, through: lowest, by: -1)
        where bytes.byte(position) == 0x50 && bytes.uint32(position) == ZipSignature.end {
            let end = position + ZipSignature.endLength + Int(bytes.uint16(position + 20))
            if end == bytes.count { return position }
            if end < bytes.count && fallback == nil { fallback = position }
        }
        return fallback
    }

    /// Reads the ZIP64 end record that the locator at `locator` points to (APPNOTE 4.3.14, 4.3.15).
    private static func readZip64(locator: Int, in bytes: ZipBytes) throws(ZipError) -> ZipEndRecord {
        guard bytes.uint32(locator + 4) == 0, bytes.uint32(locator + 16) <= 1 else {
            throw .corrupt(.multipleDisks)
        }
        guard let record = Int(exactly: bytes.uint64(locator + 8)),
            bytes.contains(record, ZipSignature.zip64EndLength, limit: locator),
            bytes.uint32(record) == ZipSignature.zip64End
        else { throw .corrupt(.missingZip64End) }
        let entryCount = bytes.uint64(record + 32)
        guard bytes.uint32(record + 16) == 0, bytes.uint32(record + 20) == 0,
            bytes.uint64(record + 24) == entryCount
        else { throw .corrupt(.multipleDisks) }
        return ZipEndRecord(
            entryCount: entryCount,
            directorySize: bytes.uint64(record + 40),
            directoryOffset: bytes.uint64(record + 48),
            directoryLimit: record)
    }
}

/// The central directory: the list of entries and where it starts.
struct ZipCentralDirectory {
    var entries: [ZipEntry]
    /// The offset of the first central header; entry data lies before it.
    var start: Int

    /// Reads every central header, refusing absurd counts before looking at them.
    static func read(_ bytes: ZipBytes) throws(ZipError) -> ZipCentralDirectory {
        let end = try ZipEndRecord.locate(in: bytes)
        guard end.entryCount <= UInt64(ZipArchive.maximumEntries) else { throw .tooManyEntries }
        let outside = ZipError.corrupt(.directoryOutsideArchive)
        guard let start = Int(exactly: end.directoryOffset), let size = Int(exactly: end.directorySize),
            bytes.contains(start, size, limit: end.directoryLimit)
        else { throw outside }
        let count = Int(end.entryCount)  // at most maximumEntries
        guard count * ZipSignature.centralHeaderLength <= size else { throw outside }
        var entries: [ZipEntry] = []
        entries.reserveCapacity(count)
        var position = start
        for _ in 0..<count {
            let (entry, next) = try readEntry(at: position, limit: start + size, in: bytes)
            try checkBounds(entry, directoryStart: start)
            entries.append(entry)
            position = next
        }
        return ZipCentralDirectory(entries: entries, start: start)
    }

    /// Reads the central header at `position` and returns the entry with the offset of the next header.
    private static func readEntry(at position: Int, limit: Int, in bytes: ZipBytes) throws(ZipError) -> (
        ZipEntry, Int
    ) {
        guard bytes.contains(position, ZipSignature.centralHeaderLength, limit: limit),
            bytes.uint32(position) == ZipSignature.centralHeader
        else { throw .corrupt(.damagedDirectoryEntry) }
        let nameStart = position + ZipSignature.centralHeaderLength
        let nameLength = Int(bytes.uint16(position + 28))
        let extraLength = Int(bytes.uint16(position + 30))
        let commentLength = Int(bytes.uint16(position + 32))
        let next = nameStart + nameLength + extraLength + commentLength
        guard next <= limit else { throw .corrupt(.damagedDirectoryEntry) }
        var entry = ZipEntry(
            name: decodeName(bytes.slice(nameStart..<(nameStart + nameLength))),
            method: bytes.uint16(position + 10),
            flags: bytes.uint16(position + 8),
            crc32: bytes.uint32(position + 16),
            compressedSize: UInt64(bytes.uint32(position + 20)),
            uncompressedSize: UInt64(bytes.uint32(position + 24)),
            localHeaderOffset: UInt64(bytes.uint32(position + 42)),
            modificationTime: bytes.uint16(position + 12),
            modificationDate: bytes.uint16(position + 14))
        let extraStart = nameStart + nameLength
        try applyZip64(extra: extraStart..<(extraStart + extraLength), to: &entry, in: bytes)
        return (entry, next)
    }

    /// Replaces 32-bit fields that hold 0xFFFFFFFF with the 64-bit values of extra field 0x0001 (APPNOTE 4.5.3).
    private static func applyZip64(extra: Range<Int>, to entry: inout ZipEntry, in bytes: ZipBytes) throws(ZipError) {
        var values = [entry.uncompressedSize, entry.compressedSize, entry.localHeaderOffset]
        guard values.contains(ZipSignature.zip64Marker) else { return }
        let missing = ZipError.corrupt(.missingZip64Fields(entry.name))
        var block = extra.lowerBound
        while block + 4 <= extra.upperBound {
            let blockEnd = block + 4 + Int(bytes.uint16(block + 2))
            guard blockEnd <= extra.upperBound else { throw missing }
            if bytes.uint16(block) == 0x0001 {
                // Only the fields that overflowed are present, always in this order.
                var field = block + 4
                for index in values.indices where values[index] == ZipSignature.zip64Marker {
                    guard field + 8 <= blockEnd else { throw missing }
                    values[index] = bytes.uint64(field)
                    field += 8
                }
                entry.uncompressedSize = values[0]
                entry.compressedSize = values[1]
                entry.localHeaderOffset = values[2]
                return
            }
            block = blockEnd
        }
        throw missing
    }

    /// Refuses an entry whose local header and data cannot fit before the central directory.
    private static func checkBounds(_ entry: ZipEntry, directoryStart: Int) throws(ZipError) {
        guard let header = Int(exactly: entry.localHeaderOffset), let size = Int(exactly: entry.compressedSize),
            let end = ZipBytes.add(header, ZipSignature.localHeaderLength, size),
            end <= directoryStart
        else { throw .corrupt(.entryOutsideArchive(entry.name)) }
    }

    /// The name as UTF-8 (what Word and flag bit 11 use), else as ISO-8859-1, which never fails;
    /// the official fallback is CP437, but both agree on ASCII, which is all Word writes without the flag.
    static func decodeName(_ raw: Data) -> String {
        if let name = String(validating: raw, as: UTF8.self) { return name }
        return String(String.UnicodeScalarView(raw.map { Unicode.Scalar($0) }))
    }
}
