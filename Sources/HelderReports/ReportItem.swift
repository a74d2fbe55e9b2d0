import Helder

/// One input of a run: a report, or the reason its file could not be read.
public enum ReportItem: Sendable {
    case document(DocumentReport)
    /// `path` could not be read; `message` says why (in Dutch).
    case failure(path: String, message: String)

    /// The path of the input.
    public var path: String {
        switch self {
        case .document(let report): report.source
        case .failure(let path, _): path
        }
    }
}

/// The name and version of the tool, as written into machine-readable reports.
public struct ToolInfo: Sendable {
    public var name: String
    public var version: String

    public init(name: String, version: String) {
        self.name = name
        self.version = version
    }
}
