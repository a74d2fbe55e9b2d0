import Foundation
import Testing

@testable import HelderDocuments

/// The archive in a fixture, opened.
private func archive(_ name: String) throws -> ZipArchive {
    try ZipArchive(fixture(name))
}

/// Whether `error` is `.corrupt`, whatever its text.
private func isCorrupt(_ error: ZipError?) -> Bool {
    if case .corrupt = error { return true }
    return false
}

/// The texts the fixture script stores; they must match Scripts/make-zip-fixtures byte for byte.
private enum Expected {
    static let letter = Data(
        "Geachte mevrouw De Vries,\n\nU krijgt één brief over uw bijstand.\nMet vriendelijke groet,\n".utf8)
    static let letterCRC: UInt32 = 0xF34D_6DAE
    static let documentXML = Data(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + (1...40).map { "<w:p><w:r><w:t>Alinea \($0): wij hebben uw aanvraag ontvangen.</w:t></w:r></w:p>" }
            .joined()
            + "</w:body></w:document>\n").utf8)
}

@Suite("ZIP archive: reading")
struct ZipArchiveReadingTests {
    @Test("A stored entry comes back byte for byte, with its central directory fields")
    func stored() throws {
        let zip = try archive("stored.zip")
        #expect(zip.entries.count == 1)
        let entry = try #require(zip.entry(named: "brief.txt"))
        #expect(entry.method == 0)
        #expect(entry.crc32 == Expected.letterCRC)
        #expect(entry.compressedSize == UInt64(Expected.letter.count))
        #expect(entry.uncompressedSize == UInt64(Expected.letter.count))
        #expect(entry.localHeaderOffset == 0)
        #expect(try zip.contents(of: "brief.txt") == Expected.letter)
    }

    @Test("A deflated entry is inflated to the original text")
    func deflated() throws {
        let zip = try archive("deflated.zip")
        let entry = try #require(zip.entry(named: "word/document.xml"))
        #expect(entry.method == 8)
        #expect(entry.compressedSize < entry.uncompressedSize)
        #expect(try zip.contents(of: "word/document.xml") == Expected.documentXML)
    }

    @Test("Entries with a data descriptor take sizes and CRC from the central directory")
    func dataDescriptor() throws {
        let data = try fixture("data-descriptor.zip")
        // The fixture must really have zero CRC and sizes in the first local header.
        #expect(data[14..<26].allSatisfy { $0 == 0 })
        let zip = try ZipArchive(data)
        #expect(zip.entries.map(\.name) == ["word/document.xml", "brief.txt"])
        #expect(zip.entries.allSatisfy { $0.flags & 0x08 != 0 })
        #expect(try zip.contents(of: "word/document.xml") == Expected.documentXML)
        #expect(try zip.contents(of: "brief.txt") == Expected.letter)
    }

    @Test("ZIP64 end records and extra fields give sizes and offsets")
    func zip64() throws {
        let zip = try archive("zip64.zip")
        #expect(zip.entries.map(\.name) == ["word/document.xml", "brief.txt"])
        let document = try #require(zip.entry(named: "word/document.xml"))
        #expect(document.uncompressedSize == UInt64(Expected.documentXML.count))
        #expect(document.compressedSize == 311)
        let letter = try #require(zip.entry(named: "brief.txt"))
        #expect(letter.localHeaderOffset == 378)
        #expect(try zip.contents(of: "word/document.xml") == Expected.documentXML)
        #expect(try zip.contents(of: "brief.txt") == Expected.letter)
    }

    @Test("A ZIP64 extra field only in the local header shifts the data start")
    func zip64LocalOnly() throws {
        let data = try fixture("zip64-local.zip")
        #expect(data[28] == 20)  // local extra length; the central header has none
        #expect(try ZipArchive(data).contents(of: "word/document.xml") == Expected.documentXML)
    }

    @Test("A multi-entry archive lists its entries in central directory order")
    func multipleEntries() throws {
        let names = ["[Content_Types].xml", "_rels/.rels", "word/", "word/document.xml", "bijlagen/café.txt"]
        for name in ["multi.zip", "comment-signature.zip"] {
            let zip = try archive(name)
            #expect(zip.entries.map(\.name) == names, "\(name)")
            #expect(try zip.contents(of: "word/") == Data())
            #expect(try zip.contents(of: "word/document.xml") == Expected.documentXML)
            #expect(try zip.contents(of: "bijlagen/café.txt") == Expected.letter)
            let flags = zip.entry(named: "bijlagen/café.txt")?.flags ?? 0
            #expect(flags & 0x800 != 0, "Python sets the UTF-8 flag for non-ASCII names")
        }
    }

    @Test("A name without the UTF-8 flag that is not UTF-8 is read as Latin-1")
    func latin1Name() throws {
        let zip = try archive("latin1-name.zip")
        #expect(zip.entries.map(\.name) == ["café.txt"])
        #expect(try zip.contents(of: "café.txt") == Expected.letter)
    }

    @Test("An archive without entries is valid and a missing entry gives nil")
    func emptyArchiveAndMissingEntry() throws {
        #expect(try archive("empty-archive.zip").entries.isEmpty)
        let zip = try archive("stored.zip")
        #expect(zip.entry(named: "word/document.xml") == nil)
        #expect(try zip.contents(of: "word/document.xml") == nil)
    }

    @Test("A Data slice that does not start at index 0 is read correctly")
    func sliceInput() throws {
        let padded = Data([1, 2, 3]) + (try fixture("deflated.zip"))
        let zip = try ZipArchive(padded[3...])
        #expect(try zip.contents(of: "word/document.xml") == Expected.documentXML)
    }
}

@Suite("ZIP archive: broken and hostile files")
struct ZipArchiveHardeningTests {
    @Test("Empty and random files are not ZIP archives")
    func notAZip() throws {
        #expect(thrown { _ = try ZipArchive(Data()) } == .notAZip)
        let empty = try fixture("empty.zip")
        #expect(thrown { _ = try ZipArchive(empty) } == .notAZip)
        let random = try fixture("random.bin")
        #expect(thrown { _ = try ZipArchive(random) } == .notAZip)
        #expect(thrown { _ = try ZipArchive(Expected.letter) } == .notAZip)
    }

    @Test("An archive cut in the middle or just before its end is truncated")
    func truncated() throws {
        let half = try fixture("truncated.zip")
        #expect(thrown { _ = try ZipArchive(half) } == .truncated)
        let stored = try fixture("stored.zip")
        #expect(thrown { _ = try ZipArchive(stored.dropLast(5)) } == .truncated)
    }

    @Test("A changed byte in stored data is a CRC mismatch")
    func crcMismatch() throws {
        let zip = try archive("crc-mismatch.zip")
        #expect(thrown { _ = try zip.contents(of: "brief.txt") } == .crcMismatch("brief.txt"))
    }

    @Test("An entry with the encryption flag is refused")
    func encrypted() throws {
        let zip = try archive("encrypted.zip")
        #expect(zip.entries.first?.isEncrypted == true)
        #expect(thrown { _ = try zip.contents(of: "brief.txt") } == .encrypted)
    }

    @Test("Methods other than stored and deflated are refused")
    func unsupportedMethod() throws {
        let zip = try archive("unsupported-method.zip")
        #expect(thrown { _ = try zip.contents(of: "brief.txt") } == .unsupportedMethod(12))
    }

    @Test("A million claimed entries are refused before the directory is read")
    func tooManyEntries() throws {
        let data = try fixture("too-many-entries.zip")
        #expect(thrown { _ = try ZipArchive(data) } == .tooManyEntries)
    }

    @Test("A 100 MiB zip bomb is refused from its declared size, without inflating")
    func bomb() throws {
        let data = try fixture("bomb.zip")
        #expect(data.count < 200 * 1024)
        let zip = try ZipArchive(data)
        let entry = try #require(zip.entry(named: "word/document.xml"))
        #expect(entry.uncompressedSize == 100 * 1024 * 1024)
        // checkReadable looks at the central directory only, so this is the check contents(of:) makes first.
        #expect(thrown { try ZipArchive.checkReadable(entry) } == .tooLarge("word/document.xml"))
        #expect(thrown { _ = try zip.contents(of: "word/document.xml") } == .tooLarge("word/document.xml"))
    }

    @Test("A 10 MiB entry that compresses more than 200 times is refused")
    func ratioBomb() throws {
        let zip = try archive("ratio-bomb.zip")
        let entry = try #require(zip.entry(named: "word/document.xml"))
        #expect(entry.uncompressedSize <= ZipArchive.maximumPartSize)
        #expect(entry.uncompressedSize / entry.compressedSize > ZipArchive.maximumRatio)
        #expect(thrown { _ = try zip.contents(of: "word/document.xml") } == .tooLarge("word/document.xml"))
    }

    @Test("Inflating stops when the output passes a declared size that lies")
    func lyingSize() throws {
        let zip = try archive("lying-size.zip")
        #expect(zip.entry(named: "word/document.xml")?.uncompressedSize == 1000)
        #expect(thrown { _ = try zip.contents(of: "word/document.xml") } == .tooLarge("word/document.xml"))
    }

    @Test("A local header offset past the end is corrupt")
    func offsetPastEnd() throws {
        let data = try fixture("offset-past-end.zip")
        let error = thrown { _ = try ZipArchive(data) }
        #expect(isCorrupt(error))
    }

    @Test("The total check adds declared sizes and catches overflow")
    func total() throws {
        let zip = try archive("multi.zip")
        let small = thrown { try ZipArchive.checkTotal(zip.entries) }
        #expect(small == nil)
        var part = try #require(zip.entries.first)
        part.uncompressedSize = ZipArchive.maximumPartSize
        part.name = "word/media/image5.png"
        let atCap = thrown { try ZipArchive.checkTotal(Array(repeating: part, count: 4)) }
        #expect(atCap == nil)
        let overCap = thrown { try ZipArchive.checkTotal(Array(repeating: part, count: 5)) }
        #expect(overCap == .tooLarge(part.name))
        part.uncompressedSize = .max
        let overflow = thrown { try ZipArchive.checkTotal([part, part]) }
        #expect(overflow == .tooLarge(part.name))
    }
}

/// A seeded xorshift64 generator, so the fuzz test mutates the same way on every run.
private struct Xorshift64: RandomNumberGenerator {
    var state: UInt64

    /// The next pseudo-random value.
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}

@Suite("ZIP archive: fuzzing")
struct ZipArchiveFuzzTests {
    /// `data` with one random flip, overwrite, insertion, deletion or truncation.
    private func mutate(_ data: inout Data, with generator: inout Xorshift64) {
        guard !data.isEmpty else { return }
        let index = Int.random(in: 0..<data.count, using: &generator)
        switch Int.random(in: 0..<5, using: &generator) {
        case 0: data[index] ^= UInt8.random(in: 1...255, using: &generator)
        case 1: data[index] = [0x00, 0xFF, 0x7F, 0x80].randomElement(using: &generator) ?? 0
        case 2: data.insert(UInt8.random(in: 0...255, using: &generator), at: index)
        case 3: data.remove(at: index)
        default: data = data.prefix(index)
        }
    }

    /// Opens `data` and reads every entry; true when nothing threw.
    private func readEverything(_ data: Data) -> Bool {
        do {
            let zip = try ZipArchive(data)
            for entry in zip.entries {
                let contents = try zip.contents(of: entry.name)
                // Whatever passes the CRC check has exactly the declared size.
                #expect(contents.map { UInt64($0.count) } == entry.uncompressedSize)
            }
            return true
        } catch {
            return false
        }
    }

    @Test("2,000 mutated archives either read or throw a ZipError, never crash")
    func mutations() throws {
        let originals = try ["stored.zip", "deflated.zip", "data-descriptor.zip", "zip64.zip"].map(fixture)
        var generator = Xorshift64(state: 0x9E37_79B9_7F4A_7C15)
        var succeeded = 0
        var failed = 0
        for round in 0..<2_000 {
            var data = originals[round % originals.count]
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                mutate(&data, with: &generator)
            }
            if readEverything(data) { succeeded += 1 } else { failed += 1 }
        }
        #expect(succeeded > 0)
        #expect(failed > 0)
        #expect(succeeded + failed == 2_000)
    }
}

/// Reading errors are cases a caller can switch on; the Dutch wording is made in one place.
@Suite("Typed reading errors")
struct TypedReadingErrorTests {
    @Test("A damaged Word package is a typed problem with its ZIP reason; the message is Dutch and names the file")
    func damagedPackage() throws {
        do {
            _ = try DocumentLoader().read(
                Data("PK\u{3}\u{4}afgebroken".utf8), source: "kapot.docx", fileExtension: "docx")
            Issue.record("read a broken package")
        } catch {
            guard case .damagedPackage(let zip) = error.problem else {
                Issue.record("not a damaged package: \(error.problem)")
                return
            }
            #expect(zip == .notAZip || zip == .truncated)
            #expect(error.description.hasPrefix("kapot.docx: kan dit bestand niet lezen ("))
        }
    }

    @Test(
        "Formats Helder does not read are typed, each with its own advice",
        arguments: [
            (
                "brief.pdf", Array("%PDF-1.7".utf8), DocumentError.Problem.unsupported(.pdf),
                "PDF wordt niet ondersteund"
            ),
            ("brief.doc", [0xD0, 0xCF, 0x11, 0xE0, 0, 0, 0, 0], .unsupported(.legacyWord), "Word 97-2003 (.doc)"),
            ("brief.docx", [0xD0, 0xCF, 0x11, 0xE0, 0, 0, 0, 0], .encrypted, "versleuteld"),
            ("foto.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0], .unsupported(.image), "afbeelding"),
        ])
    func unsupported(_ name: String, _ bytes: [UInt8], _ problem: DocumentError.Problem, _ words: String) {
        let fileExtension = (name as NSString).pathExtension
        do {
            _ = try DocumentLoader().read(Data(bytes), source: name, fileExtension: fileExtension)
            Issue.record("read \(name)")
        } catch {
            #expect(error.problem == problem)
            #expect(error.message.contains(words), "\(error.message)")
        }
    }
}
