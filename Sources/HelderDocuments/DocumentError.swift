/// A file Helder cannot read, with the file's name and what the user can do about it.
public struct DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong with the file.
    public enum Problem: Sendable, Equatable {
        case notFound
        case isDirectory
        case permissionDenied
        case unreadable(String)
        case empty
        case binary
        case invalidEncoding(String)
        case unsupportedFormat(String)
        case tooLarge(maximumMegabytes: Int)
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

    /// The Dutch message without the file name.
    public var message: String {
        switch problem {
        case .notFound:
            "bestand niet gevonden. Controleer de naam en de map."
        case .isDirectory:
            "dit is een map, geen bestand. Geef de brieven in de map één voor één op."
        case .permissionDenied:
            "geen toestemming om dit bestand te lezen."
        case .unreadable(let reason):
            "kan dit bestand niet lezen (\(reason))."
        case .empty:
            "het bestand is leeg: er is geen tekst om te controleren."
        case .binary:
            "dit lijkt geen tekstbestand (het bevat binaire gegevens). Sla de brief op als platte tekst (.txt)."
        case .invalidEncoding(let encoding):
            "de tekst is geen geldige \(encoding)."
        case .unsupportedFormat(let advice):
            advice
        case .tooLarge(let maximum):
            "het bestand is groter dan \(maximum) MB; dat is geen brief. Controleer of dit het goede bestand is."
        }
    }
}
