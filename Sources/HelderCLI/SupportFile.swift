import Foundation
import HelderDocuments

/// Reads a file that steers a run (`.helder.json`, a lexicon, a baseline), with why not in a few
/// Dutch words that fit after "kan … niet lezen".
enum SupportFile {
    /// Why a support file cannot be read, in Dutch, without its name.
    struct Unreadable: Error {
        var reason: String
    }

    static func contents(of path: String) throws(Unreadable) -> Data {
        do throws(DocumentError) {
            return try DocumentLoader().contents(ofFile: path)
        } catch {
            let reason =
                switch error.problem {
                case .notFound: "het bestand bestaat niet"
                case .isDirectory: "dit is een map, geen bestand"
                case .permissionDenied: "geen toestemming om het te lezen"
                case .notRegularFile: "dit is geen gewoon bestand"
                case .readFailed(let reason): reason
                case .tooLarge(let maximum): "het bestand is groter dan \(maximum) MB"
                default: error.message
                }
            throw Unreadable(reason: reason)
        }
    }
}
