import Foundation
import Testing

@testable import HelderDocuments

/// The repository root, three levels above this file.
private let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// One entry to add: its name, its bytes and whether `add` may deflate it.
private struct SampleEntry {
    var name: String
    var data: Data
    var compress: Bool
}

/// The entries of the round-trip archive: empty, small, large and compressible, random, non-ASCII.
private enum Samples {
    /// The letter of Scripts/make-zip-fixtures, whose CRC-32 the reader tests know independently.
    static let letter = Data(
        "Geachte mevrouw De Vries,\n\nU krijgt één brief over uw bijstand.\nMet vriendelijke groet,\n".utf8)
    /// The CRC-32 of `letter`, as the reader tests know it.
    static let letterCRC: UInt32 = 0xF34D_6DAE
    /// 2 MiB of XML-like text that deflates very well.
    static let large: Data = {
        var text = ""
        var line = 0
        while text.utf8.count < 2 * 1024 * 1024 {
            line += 1
            text += "<w:p><w:r><w:t>Regel \(line): wij hebben uw aanvraag ontvangen.</w:t></w:r></w:p>\n"
        }
        return Data(text.utf8.prefix(2 * 1024 * 1024))
    }()
    /// 300 KB of seeded random bytes (the generator is HTMLReaderTests'), which deflate cannot shrink.
    static let random: Data = {
        var generator = SeededGenerator(seed: 0x2024_0601_DEAD_BEEF)
        return Data((0..<300 * 1024).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }()
    /// What the round-trip archive holds, in order; the stored mimetype first, as in an ODT.
    static let entries = [
        SampleEntry(name: "mimetype", data: Data("application/vnd.oasis.opendocument.text".utf8), compress: false),
        SampleEntry(name: "leeg.txt", data: Data(), compress: true),
        SampleEntry(name: "leeg-opgeslagen.txt", data: Data(), compress: false),
        SampleEntry(name: "map/", data: Data(), compress: false),
        SampleEntry(name: "brief.txt", data: letter, compress: true),
        SampleEntry(name: "brief-opgeslagen.txt", data: letter, compress: false),
        SampleEntry(name: "groot.xml", data: large, compress: true),
        SampleEntry(name: "groot-opgeslagen.xml", data: large, compress: false),
        SampleEntry(name: "willekeurig.bin", data: random, compress: true),
        SampleEntry(name: "wördlijst/ë.xml", data: Data("<woord>ëïé ĳs</woord>".utf8), compress: true),
    ]

    /// The archive `ZipWriter` makes of `entries`.
    static func archive() throws -> Data {
        var writer = ZipWriter()
        for entry in entries {
            try writer.add(entry.name, data: entry.data, compress: entry.compress)
        }
        return writer.finish()
    }
}

/// Copies every entry of `source` into a new archive, in order.
private func copyAll(_ source: ZipArchive) throws -> Data {
    var writer = ZipWriter()
    for entry in source.entries {
        try writer.copy(entry, from: source)
    }
    return writer.finish()
}

/// Runs `arguments` (the program first, looked up in PATH) and returns its exit status and output.
private func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    // Reading before waiting keeps a full pipe from blocking the child.
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
}

/// Python's zipfile: testzip() must find nothing; prints the names as JSON and writes entry i to `out/i`.
private let pythonCheck = """
    import json, os, sys, zipfile
    path, out = sys.argv[1], sys.argv[2]
    with zipfile.ZipFile(path) as archive:
        bad = archive.testzip()
        if bad is not None:
            sys.exit(f"testzip found a bad entry: {bad}")
        names = archive.namelist()
        for index, name in enumerate(names):
            with open(os.path.join(out, str(index)), "wb") as target:
                target.write(archive.read(name))
    print(json.dumps(names))
    """

/// Checks `archive` with Info-ZIP's `unzip -tq` and Python's zipfile, and compares what Python reads with
/// `expected` (names in order and contents).
private func validateExternally(_ archive: Data, expected: [(name: String, data: Data)]) throws {
    let unzip = "/usr/bin/unzip"
    try #require(
        FileManager.default.isExecutableFile(atPath: unzip),
        "\(unzip) is missing; install the unzip package to validate written archives")
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("helder-zipwriter-\(UUID())")
    let extracted = directory.appendingPathComponent("extracted")
    try FileManager.default.createDirectory(at: extracted, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("archief.zip")
    try archive.write(to: file)

    let tested = try run([unzip, "-tq", file.path])
    #expect(tested.status == 0, "unzip -tq: \(tested.output)")

    let python = try run(["python3", "-c", pythonCheck, file.path, extracted.path])
    try #require(python.status == 0, "python3 zipfile: \(python.output)")
    let names = try JSONDecoder().decode([String].self, from: Data(python.output.utf8))
    #expect(names == expected.map(\.name))
    for (index, entry) in expected.enumerated() {
        let contents = try Data(contentsOf: extracted.appendingPathComponent("\(index)"))
        #expect(contents == entry.data, "\(entry.name) as Python reads it")
    }
}

@Suite("ZIP writer: writing new entries")
struct ZipWriterAddTests {
    @Test("Entries come back through ZipArchive in order, with their contents, sizes, CRCs and fixed date")
    func roundTrip() throws {
        let archive = try ZipArchive(Samples.archive())
        #expect(archive.entries.map(\.name) == Samples.entries.map(\.name))
        for (entry, sample) in zip(archive.entries, Samples.entries) {
            #expect(try archive.contents(of: entry.name) == sample.data, "\(sample.name)")
            #expect(entry.crc32 == ZipInflater.checksum(sample.data), "\(sample.name)")
            #expect(entry.uncompressedSize == UInt64(sample.data.count), "\(sample.name)")
            #expect(entry.modificationTime == 0 && entry.modificationDate == 0x21, "1980-01-01 00:00")
            #expect(entry.flags & 0x08 == 0, "no data descriptor")
            let ascii = sample.name.utf8.allSatisfy { $0 < 0x80 }
            #expect((entry.flags & 0x800 != 0) == !ascii, "UTF-8 flag only for non-ASCII names")
        }
        // Independent of zlib's crc32 as the writer calls it: the value the reader tests know.
        #expect(archive.entry(named: "brief.txt")?.crc32 == Samples.letterCRC)
        #expect(archive.entry(named: "brief-opgeslagen.txt")?.crc32 == Samples.letterCRC)
        #expect(archive.entry(named: "leeg.txt")?.crc32 == 0)
    }

    @Test("Compressible entries are deflated and smaller; stored, empty and incompressible ones are stored")
    func methods() throws {
        let archive = try ZipArchive(Samples.archive())
        let large = try #require(archive.entry(named: "groot.xml"))
        #expect(large.method == 8)
        #expect(large.compressedSize * 20 < large.uncompressedSize)
        let letter = try #require(archive.entry(named: "brief.txt"))
        #expect(letter.method == 8)
        #expect(letter.compressedSize < letter.uncompressedSize)
        for name in ["mimetype", "leeg.txt", "leeg-opgeslagen.txt", "map/", "brief-opgeslagen.txt"]
            + ["groot-opgeslagen.xml", "willekeurig.bin"]
        {
            let entry = try #require(archive.entry(named: name))
            #expect(entry.method == 0, "\(name)")
            #expect(entry.compressedSize == entry.uncompressedSize, "\(name)")
        }
    }

    @Test("A stored mimetype added first sits where OpenDocument readers look for it")
    func mimetypeFirst() throws {
        let data = try Samples.archive()
        #expect(data.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        #expect(data[30..<38] == Data("mimetype".utf8))
        #expect(data[38..<77] == Data("application/vnd.oasis.opendocument.text".utf8))
        #expect(DocumentLoader.isOpenDocument(data))
    }

    @Test("A name ending in a slash is marked as a folder in the MS-DOS attributes; files have none")
    func folderAttribute() throws {
        let data = try Samples.archive()
        let archive = try ZipArchive(data)
        let bytes = ZipBytes(data)
        let directoryOffset = Int(bytes.uint32(data.count - ZipSignature.endLength + 16))
        var position = directoryOffset
        for entry in archive.entries {
            #expect(bytes.uint32(position) == ZipSignature.centralHeader)
            #expect(bytes.uint32(position + 38) == (entry.name == "map/" ? 0x10 : 0), "\(entry.name)")
            position += ZipSignature.centralHeaderLength + Int(bytes.uint16(position + 28))
        }
    }

    @Test("unzip -tq and Python's zipfile accept the archive and read the same names and contents")
    func externalValidation() throws {
        try validateExternally(
            Samples.archive(), expected: Samples.entries.map { (name: $0.name, data: $0.data) })
    }

    @Test("The same entries give the same bytes")
    func deterministic() throws {
        let first = try Samples.archive()
        let second = try Samples.archive()
        #expect(first == second)
        var other = ZipWriter()
        try other.add("brief.txt", data: Samples.letter)
        var again = ZipWriter()
        try again.add("brief.txt", data: Samples.letter)
        #expect(other.finish() == again.finish())
    }

    @Test("An archive without entries is just the end record, and ZipArchive reads it")
    func empty() throws {
        let data = ZipWriter().finish()
        #expect(data.count == ZipSignature.endLength)
        #expect(try ZipArchive(data).entries.isEmpty)
    }
}

@Suite("ZIP writer: copying entries")
struct ZipWriterCopyTests {
    /// The DOCX and ODT letters in Samples/, sorted by name.
    private func sampleDocuments() throws -> [URL] {
        let samples = repositoryRoot.appendingPathComponent("Samples")
        return try FileManager.default.contentsOfDirectory(at: samples, includingPropertiesForKeys: nil)
            .filter { ["docx", "odt"].contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test("Every sample DOCX and ODT is copied entry by entry: same names, stored bytes, contents and fields")
    func samples() throws {
        let documents = try sampleDocuments()
        #expect(documents.contains { $0.pathExtension == "docx" })
        #expect(documents.contains { $0.pathExtension == "odt" })
        for document in documents {
            let source = try ZipArchive(Data(contentsOf: document))
            let copy = try ZipArchive(copyAll(source))
            let label = document.lastPathComponent
            #expect(copy.entries.map(\.name) == source.entries.map(\.name), "\(label)")
            for (old, new) in zip(source.entries, copy.entries) {
                #expect(try copy.storedBytes(of: new) == source.storedBytes(of: old), "\(label) \(old.name)")
                #expect(try copy.contents(of: new.name) == source.contents(of: old.name), "\(label) \(old.name)")
                #expect(new.method == old.method && new.crc32 == old.crc32, "\(label) \(old.name)")
                #expect(new.compressedSize == old.compressedSize && new.uncompressedSize == old.uncompressedSize)
                #expect(new.modificationTime == old.modificationTime && new.modificationDate == old.modificationDate)
            }
        }
    }

    @Test("The DOCX and ODT readers read each copied sample to the same document as the original")
    func samplesReadTheSame() throws {
        for document in try sampleDocuments() {
            let original = try Data(contentsOf: document)
            let copied = try copyAll(ZipArchive(original))
            let label = document.lastPathComponent
            let fileExtension = document.pathExtension
            let before = try DocumentLoader().read(original, source: label, fileExtension: fileExtension)
            let after = try DocumentLoader().read(copied, source: label, fileExtension: fileExtension)
            #expect(!before.blocks.isEmpty, "\(label)")
            #expect(after == before, "\(label)")
            // Recognised by content too: an ODT copy still starts with its stored mimetype.
            #expect(DocumentLoader.isOpenDocument(copied) == (fileExtension == "odt"), "\(label)")
            let sniffed = try DocumentLoader().read(copied, source: label, fileExtension: "")
            #expect(sniffed == before, "\(label) without its extension")
        }
    }

    @Test("Entries with a data descriptor are copied with the CRC and sizes in the local header instead")
    func dataDescriptor() throws {
        let original = try fixture("data-descriptor.zip")
        let source = try ZipArchive(original)
        #expect(source.entries.allSatisfy { $0.flags & 0x08 != 0 })
        let copied = try copyAll(source)
        let copy = try ZipArchive(copied)
        #expect(copy.entries.map(\.name) == ["word/document.xml", "brief.txt"])
        let bytes = ZipBytes(copied)
        for (old, new) in zip(source.entries, copy.entries) {
            #expect(new.flags & 0x08 == 0, "\(new.name): descriptor flag cleared in the central header")
            let header = Int(new.localHeaderOffset)
            #expect(bytes.uint16(header + 6) & 0x08 == 0, "\(new.name): and in the local header")
            #expect(bytes.uint32(header + 14) == old.crc32)
            #expect(UInt64(bytes.uint32(header + 18)) == old.compressedSize)
            #expect(UInt64(bytes.uint32(header + 22)) == old.uncompressedSize)
            #expect(try copy.storedBytes(of: new) == source.storedBytes(of: old))
            #expect(try copy.contents(of: new.name) == source.contents(of: old.name))
        }
        // Each dropped descriptor had a signature, the CRC and two sizes: 16 bytes.
        #expect(copied.count == original.count - 2 * 16)
        var expected: [(name: String, data: Data)] = []
        for entry in source.entries {
            expected.append((entry.name, try #require(try source.contents(of: entry.name))))
        }
        try validateExternally(copied, expected: expected)
    }

    @Test("A Latin-1 name without the UTF-8 flag is copied as UTF-8 with flag bit 11")
    func latin1Name() throws {
        let source = try ZipArchive(fixture("latin1-name.zip"))
        let copy = try ZipArchive(copyAll(source))
        let entry = try #require(copy.entry(named: "café.txt"))
        #expect(entry.flags & 0x800 != 0)
        #expect(try copy.contents(of: "café.txt") == source.contents(of: "café.txt"))
    }

    @Test("Encrypted entries and unknown methods are refused instead of copied")
    func refusedEntries() throws {
        let encrypted = try ZipArchive(fixture("encrypted.zip"))
        var writer = ZipWriter()
        #expect(thrown { try writer.copy(encrypted.entries[0], from: encrypted) } == .encrypted)
        let unsupported = try ZipArchive(fixture("unsupported-method.zip"))
        #expect(thrown { try writer.copy(unsupported.entries[0], from: unsupported) } == .unsupportedMethod(12))
        #expect(writer.finish() == ZipWriter().finish(), "nothing was written")
    }
}

@Suite("ZIP writer: refused names and sizes")
struct ZipWriterRefusalTests {
    @Test("A second entry with the same name is refused, also when copied or when only the normalisation differs")
    func duplicates() throws {
        var writer = ZipWriter()
        try writer.add("brief.txt", data: Samples.letter)
        #expect(thrown { try writer.add("brief.txt", data: Data()) } == .duplicateName("brief.txt"))
        let source = try ZipArchive(fixture("stored.zip"))
        #expect(thrown { try writer.copy(source.entries[0], from: source) } == .duplicateName("brief.txt"))
        try writer.add("\u{E9}.txt", data: Data())
        #expect(thrown { try writer.add("e\u{301}.txt", data: Data()) } == .duplicateName("e\u{301}.txt"))
        #expect(try ZipArchive(writer.finish()).entries.map(\.name) == ["brief.txt", "\u{E9}.txt"])
    }

    @Test("Empty, absolute, parent, backslash, drive, NUL and overlong names are refused and leave nothing behind")
    func invalidNames() throws {
        var writer = ZipWriter()
        let bad = [
            "", "../x", "a/../b", "a/..", "..", "/abs", "/\u{301}abs", "../\u{301}x", "a\\b", "..\\x", "C:/x",
            "c:x", "a\u{0}b", String(repeating: "a", count: 65_536),
        ]
        for name in bad {
            #expect(
                thrown { try writer.add(name, data: Samples.letter) } == .invalidName(name), "\(name.debugDescription)")
        }
        #expect(writer.finish() == ZipWriter().finish())
        for name in ["..x/y", "a/..b", "a/b..", "word/", "1:x", String(repeating: "a", count: 65_535)] {
            #expect(thrown { try writer.add(name, data: Data()) } == nil, "\(name.prefix(10)) is allowed")
        }
        #expect(try ZipArchive(writer.finish()).entries.count == 6)
    }

    @Test("Sizes and offsets from 0xFFFFFFFF and a 65,535th entry would need ZIP64 and are refused")
    func zip64Limits() throws {
        let name = "groot.bin"
        #expect(thrown { try ZipWriter.checkClassicLimits(name, values: [0xFFFF_FFFE, 0], entryCount: 1) } == nil)
        #expect(
            thrown { try ZipWriter.checkClassicLimits(name, values: [0xFFFF_FFFF, 0], entryCount: 1) }
                == .needsZip64(name))
        #expect(
            thrown { try ZipWriter.checkClassicLimits(name, values: [0, 0, 0, 0x1_0000_0000], entryCount: 1) }
                == .needsZip64(name))
        #expect(thrown { try ZipWriter.checkClassicLimits(name, values: [], entryCount: 65_534) } == nil)
        #expect(thrown { try ZipWriter.checkClassicLimits(name, values: [], entryCount: 65_535) } == .needsZip64(name))
    }

    @Test("The writer itself stops at 65,534 entries, and the end record counts them")
    func entryLimit() throws {
        var writer = ZipWriter()
        for index in 0..<ZipWriter.maximumEntries {
            try writer.add("\(index)", data: Data(), compress: false)
        }
        #expect(thrown { try writer.add("laatste", data: Data()) } == .needsZip64("laatste"))
        let bytes = ZipBytes(writer.finish())
        let end = bytes.count - ZipSignature.endLength
        #expect(bytes.uint32(end) == ZipSignature.end)
        #expect(bytes.uint16(end + 8) == 65_534 && bytes.uint16(end + 10) == 65_534)
    }
}
