/// A file Helder cannot read, with the file's name and what the user can do about it.
public struct DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong with the file.
    public enum Problem: Sendable, Equatable {
        case notFound
        case isDirectory
        case permissionDenied
        /// Neither a file nor a pipe: a socket or a block device.
        case notRegularFile
        /// The system could not read the file (why, in Dutch: `SystemErrorText`).
        case readFailed(String)
        case empty
        case binary
        case invalidEncoding(String)
        case tooLarge(maximumMegabytes: Int)
        /// More than a service takes from one upload (`DocumentLoader.limits`): text, or XML parts of a Word or
        /// OpenDocument file unpacked.
        case tooLongForService(textMegabytes: Int, unpackedMegabytes: Int)
        /// A format Helder does not read (Word 97-2003, PDF, an image).
        case unsupported(UnsupportedFormat)
        /// Password-protected or encrypted.
        case encrypted
        /// The ZIP package of a Word or OpenDocument file cannot be read.
        case damagedPackage(ZipError)
        /// A part of the package is not well-formed XML (`word/document.xml`).
        case invalidXML(part: String)
        /// An HTML file without anything that can be read.
        case invalidHTML
        /// A ZIP archive without `word/document.xml`.
        case notWordDocument
        /// A ZIP archive without `content.xml`.
        case notOpenDocumentText
        /// `helder annotate` on an OpenDocument file.
        case cannotAnnotateOpenDocument
        /// `helder annotate` on a Word file saved as Strict Open XML.
        case strictOpenXML
        /// `helder annotate` on a Word file without text in its body.
        case nothingToAnnotate
    }

    /// Formats Helder recognises but does not read.
    public enum UnsupportedFormat: Sendable, Equatable {
        case legacyWord
        case pdf
        case image
    }

    /// The path as the user gave it.
    public var source: String
    public var problem: Problem

    public init(source: String, problem: Problem) {
        self.source = source
        self.problem = problem
    }

    /// The Dutch message, starting with the file name.
    public var description: String { "\(source): \(message)" }

    /// The Dutch message without the file name: all wording of reading errors is here.
    public var message: String {
        switch problem {
        case .notFound:
            "bestand niet gevonden. Controleer de naam en de map."
        case .isDirectory:
            "dit is een map, geen bestand. Geef de brieven in de map één voor één op."
        case .permissionDenied:
            "geen toestemming om dit bestand te lezen. Controleer de rechten van het bestand en van de map."
        case .notRegularFile:
            "dit is geen gewoon bestand (maar bijvoorbeeld een socket of een schijf); geef een brief op."
        case .readFailed(let reason):
            "kan dit bestand niet lezen (\(reason))."
        case .empty:
            "het bestand is leeg: er is geen tekst om te controleren."
        case .binary:
            "dit lijkt geen tekstbestand (het bevat binaire gegevens). Sla de brief op als platte tekst (.txt)."
        case .invalidEncoding(let encoding):
            "de tekst is geen geldige \(encoding)."
        case .tooLarge(let maximum):
            "het bestand is groter dan \(maximum) MB; dat is geen brief. Controleer of dit het goede bestand is."
        case .tooLongForService(let text, let unpacked):
            "dit document is te groot voor de webdienst (hooguit \(text) MB tekst, ongeveer \(text * 150).000 "
                + "woorden, en \(unpacked) MB aan uitgepakte onderdelen van een Word- of ODT-bestand). Controleer het "
                + "met helder check op de opdrachtregel."
        case .unsupported(.legacyWord):
            "Word 97-2003 (.doc) wordt niet ondersteund: open de brief in Word of LibreOffice en sla hem op als "
                + "Word-document (.docx)."
        case .unsupported(.pdf):
            "PDF wordt niet ondersteund: Helder controleert de tekst van een brief, niet de opmaak. Gebruik het "
                + "Word-bestand (.docx) waar de pdf van gemaakt is, of de tekst van de brief."
        case .unsupported(.image):
            "dit is een afbeelding; Helder leest alleen tekst. Gebruik het Word-bestand (.docx) van de brief, of de tekst."
        case .encrypted:
            "dit document is versleuteld of met een wachtwoord beveiligd; sla het op zonder wachtwoord."
        case .damagedPackage(let error):
            "kan dit bestand niet lezen (\(Self.reason(error)))."
        case .invalidXML(let part):
            "kan dit bestand niet lezen (\(part) is geen geldige XML)."
        case .invalidHTML:
            "kan dit bestand niet lezen (geen leesbare HTML)."
        case .notWordDocument:
            "dit ZIP-bestand heeft geen word/document.xml: het is geen Word-document."
        case .notOpenDocumentText:
            "dit ZIP-bestand heeft geen content.xml: het is geen OpenDocument-tekst."
        case .cannotAnnotateOpenDocument:
            "dit is een OpenDocument-bestand; opmerkingen zetten kan (nog) alleen in Word-bestanden."
        case .strictOpenXML:
            "dit Word-document is opgeslagen als ‘Strict Open XML’; sla het op als gewoon Word-document "
                + "(.docx) om er opmerkingen in te zetten."
        case .nothingToAnnotate:
            "kan dit bestand niet lezen (de brief heeft geen tekst in word/document.xml om opmerkingen bij te zetten)."
        }
    }

    /// Why a package cannot be read, in Dutch.
    static func reason(_ error: ZipError) -> String {
        switch error {
        case .notAZip: "dit is geen geldig Word-bestand (geen ZIP-archief)"
        case .truncated: "het bestand is afgebroken of onvolledig"
        case .corrupt(let damage): "het bestand is beschadigd: \(reason(damage))"
        case .encrypted: "het bestand is versleuteld"
        case .unsupportedMethod(let method): "onbekende compressiemethode \(method)"
        case .tooLarge(let name): "onderdeel \(name) is onwaarschijnlijk groot (mogelijk een zip-bom)"
        case .crcMismatch(let name): "onderdeel \(name) is beschadigd (controlegetal klopt niet)"
        case .tooManyEntries: "het archief heeft onwaarschijnlijk veel onderdelen"
        case .duplicateName(let name): "onderdeel \(name) komt twee keer voor"
        case .invalidName(let name): "onderdeel \"\(name)\" heeft een ongeldige naam"
        case .needsZip64(let name): "het archief wordt bij onderdeel \(name) te groot voor ZIP zonder ZIP64"
        }
    }

    /// Where a package contradicts itself, in Dutch.
    static func reason(_ damage: ZipDamage) -> String {
        switch damage {
        case .zlibUnavailable: "zlib kon niet starten"
        case .compressionFailed(let name): "zlib kon \(name) niet comprimeren"
        case .storedSizeMismatch(let name): "\(name) is opgeslagen zonder compressie maar de groottes verschillen"
        case .missingLocalHeader(let name): "de lokale kop van \(name) ontbreekt"
        case .dataRunsIntoDirectory(let name): "de gegevens van \(name) lopen door in de inhoudsopgave"
        case .shorterThanDirectory(let name): "\(name) is kleiner dan de inhoudsopgave aangeeft"
        case .damagedCompressedData(let name): "de gecomprimeerde gegevens van \(name) zijn beschadigd"
        case .multipleDisks: "het archief bestaat uit meerdere delen"
        case .missingZip64End: "het ZIP64-eindrecord ontbreekt"
        case .directoryOutsideArchive: "de inhoudsopgave valt buiten het archief"
        case .damagedDirectoryEntry: "een onderdeel in de inhoudsopgave is beschadigd"
        case .missingZip64Fields(let name): "de ZIP64-gegevens van \(name) ontbreken"
        case .entryOutsideArchive(let name): "\(name) verwijst naar een plaats buiten het archief"
        }
    }
}
