import Foundation

/// Builds a ZIP archive in memory, entry by entry, in the order added.
///
/// It writes only what every unzip tool reads: methods stored and deflated, sizes in the local headers,
/// no data descriptors, extra fields, comments, encryption or ZIP64. Entries from `add` carry a fixed
/// date, so the same entries always give the same bytes. Names are checked when added, and an entry
/// that would need ZIP64 is refused, so `finish()` cannot fail.
struct ZipWriter: Sendable {
    /// The most entries the classic end record counts: 0xFFFF itself tells readers to look for ZIP64.
    static let maximumEntries = 0xFFFE
    /// 00:00:00, the time of every entry `add` writes.
    static let fixedTime: UInt16 = 0
    /// 1980-01-01, the earliest MS-DOS date: the date of every entry `add` writes.
    static let fixedDate: UInt16 = 1 << 5 | 1
    /// Flag bit 11: the name is UTF-8.
    static let utf8NameFlag: UInt16 = 0x0800
    /// The flag bits a copy keeps: bits 1 and 2 only say how hard the stored bytes were deflated.
    static let copiedFlags: UInt16 = 0x0006

    /// The local headers with their stored bytes, in order.
    private var body = Data()
    /// The central directory headers, in the same order.
    private var directory = Data()
    /// The names added so far, for refusing duplicates.
    private var names: Set<String> = []

    /// An empty archive.
    init() {}

    /// Adds `data` under `name`, deflated unless `compress` is false or deflating would not make it smaller
    /// (then stored); e.g. ODT's `mimetype` must be stored and first.
    mutating func add(_ name: String, data: Data, compress: Bool = true) throws(ZipError) {
        try checkNew(name)
        var method: UInt16 = 0
        var stored = data
        if compress && !data.isEmpty {
            let deflated = try ZipDeflater.deflate(data, name: name)
            // Images and other compressed data grow a little when deflated again.
            if deflated.count < data.count {
                method = 8
                stored = deflated
            }
        }
        let record = ZipFileRecord(
            name: name, flags: Self.nameFlag(name), method: method,
            modificationTime: Self.fixedTime, modificationDate: Self.fixedDate,
            crc32: ZipInflater.checksum(data),
            compressedSize: UInt64(stored.count), uncompressedSize: UInt64(data.count))
        try append(record, stored: stored)
    }

    /// Copies `entry` from `archive` as it is stored there (same compressed bytes, method, CRC, sizes, name and
    /// modification time) without unpacking it, so parts Helder does not change are carried over byte for byte.
    ///
    /// A data descriptor (flag bit 3) is dropped: the new local header has the CRC and sizes from the
    /// central directory. Encrypted entries and methods other than stored and deflated are refused.
    mutating func copy(_ entry: ZipEntry, from archive: ZipArchive) throws(ZipError) {
        try checkNew(entry.name)
        if entry.isEncrypted { throw .encrypted }
        guard entry.method == 0 || entry.method == 8 else { throw .unsupportedMethod(entry.method) }
        try ZipArchive.checkStoredSizes(entry)
        let stored = try archive.storedBytes(of: entry)
        let record = ZipFileRecord(
            name: entry.name, flags: entry.flags & Self.copiedFlags | Self.nameFlag(entry.name),
            method: entry.method,
            modificationTime: entry.modificationTime, modificationDate: entry.modificationDate,
            crc32: entry.crc32,
            compressedSize: UInt64(stored.count), uncompressedSize: entry.uncompressedSize)
        try append(record, stored: stored)
    }

    /// The finished archive: local headers with data, central directory, end record.
    func finish() -> Data {
        var archive = body
        archive.append(directory)
        archive.append(
            ZipFileRecord.endRecord(
                entryCount: names.count, directorySize: directory.count, directoryOffset: body.count))
        return archive
    }

    /// Refuses a name that `checkName` refuses or that is already in the archive.
    private func checkNew(_ name: String) throws(ZipError) {
        try Self.checkName(name)
        // Set<String> compares canonically, so a decomposed "ë" is a duplicate of a composed one; the reader's
        // lookup by name could not tell the two apart either.
        guard !names.contains(name) else { throw .duplicateName(name) }
    }

    /// Refuses names that unzip tools would write outside the target folder or not at all (APPNOTE 4.4.17):
    /// empty, longer than the 16-bit length field, starting with `/` or a drive letter, with a backslash,
    /// a NUL or a `..` segment. The checks look at bytes, so a combining mark cannot hide a `/`.
    static func checkName(_ name: String) throws(ZipError) {
        let bytes = Array(name.utf8)
        let slash = UInt8(ascii: "/")
        let segments = bytes.split(separator: slash, omittingEmptySubsequences: false)
        let driveLetter =
            bytes.count >= 2 && bytes[1] == UInt8(ascii: ":")
            && (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[0] & 0xDF)
        guard !bytes.isEmpty, bytes.count <= Int(UInt16.max), bytes[0] != slash, !driveLetter,
            !bytes.contains(UInt8(ascii: "\\")), !bytes.contains(0),
            !segments.contains(where: { $0.elementsEqual("..".utf8) })
        else { throw .invalidName(name) }
    }

    /// Throws `.needsZip64(name)` unless every size and offset in `values` fits the classic 32-bit fields and
    /// `entryCount` the 16-bit count; the all-ones values themselves tell readers to look for ZIP64.
    static func checkClassicLimits(_ name: String, values: [UInt64], entryCount: Int) throws(ZipError) {
        guard entryCount <= maximumEntries, values.allSatisfy({ $0 < ZipSignature.zip64Marker }) else {
            throw .needsZip64(name)
        }
    }

    /// Flag bit 11 when `name` is not plain ASCII: the name is always written as UTF-8.
    static func nameFlag(_ name: String) -> UInt16 {
        name.utf8.allSatisfy { $0 < 0x80 } ? 0 : utf8NameFlag
    }

    /// Writes the local header, the stored bytes and the central header, once the archive is sure to stay
    /// within the classic limits with them: then `finish()` never needs ZIP64.
    private mutating func append(_ record: ZipFileRecord, stored: Data) throws(ZipError) {
        let header = record.localHeader()
        let offset = UInt64(body.count)
        let central = record.centralHeader(offset: offset)
        let directoryOffset = offset + UInt64(header.count) + UInt64(stored.count)
        let directorySize = UInt64(directory.count) + UInt64(central.count)
        try Self.checkClassicLimits(
            record.name,
            values: [record.compressedSize, record.uncompressedSize, offset, directoryOffset, directorySize],
            entryCount: names.count + 1)
        body.append(header)
        body.append(stored)
        directory.append(central)
        names.insert(record.name)
    }
}
