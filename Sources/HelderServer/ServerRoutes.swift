import Foundation
import Helder
import HelderDocuments
import HelderReports

/// An HTTP response as the routes make it: status, headers and body.
public struct HTTPResponse: Sendable, Equatable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: Data

    public init(status: Int, contentType: String, body: Data) {
        self.status = status
        self.body = body
        headers = [("Content-Type", contentType)] + Self.safetyHeaders
    }

    /// On every response: nothing of the page may come from elsewhere, no type guessing, no referrer, no caching
    /// (reports hold personal data).
    static let safetyHeaders: [(name: String, value: String)] = [
        (
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        ),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("Cache-Control", "no-store"),
    ]

    /// A JSON error with a Dutch message: `{"error": "…"}`.
    public static func error(_ status: Int, _ message: String) -> HTTPResponse {
        HTTPResponse(
            status: status, contentType: "application/json; charset=utf-8",
            body: Data(JSONReportRenderer.error(message).utf8))
    }

    public static func == (lhs: HTTPResponse, rhs: HTTPResponse) -> Bool {
        lhs.status == rhs.status && lhs.body == rhs.body && lhs.headers.elementsEqual(rhs.headers) { $0 == $1 }
    }
}

/// A request as the engine hands it over, the body complete.
public struct HTTPRequest: Sendable {
    public var method: String
    public var path: String
    /// The query's arguments (`naam=brief.docx`), decoded.
    public var query: [String: String]
    /// Request headers, by lower-cased name.
    public var headers: [String: String]
    public var body: Data

    public init(
        method: String, path: String, query: [String: String] = [:], headers: [String: String] = [:],
        body: Data = Data()
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }
}

/// What `helder serve` answers, without any network: the routes are plain functions of a request, so they are
/// tested directly, and the engine (`HTTPServer`) only carries bytes.
public struct ServerRoutes: Sendable {
    let analyzer: Analyzer
    let tool: ToolInfo

    public init(analyzer: Analyzer, tool: ToolInfo) {
        self.analyzer = analyzer
        self.tool = tool
    }

    /// The formats a letter may come in, by extension, and the content types that name them.
    static let contentTypes: [String: String] = [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
        "application/vnd.oasis.opendocument.text": "odt",
        "text/html": "html",
        "text/plain": "txt",
        "text/markdown": "md",
    ]

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        switch request.path {
        case "/healthz":
            guard request.method == "GET" || request.method == "HEAD" else { return Self.wrongMethod("GET") }
            return HTTPResponse(status: 200, contentType: "text/plain; charset=utf-8", body: Data("ok\n".utf8))
        case "/api/rules":
            guard request.method == "GET" else { return Self.wrongMethod("GET") }
            return HTTPResponse(
                status: 200, contentType: "application/json; charset=utf-8",
                body: Data(JSONReportRenderer.rules(AllChecks.infos).utf8))
        case "/api/check":
            guard request.method == "POST" else { return Self.wrongMethod("POST") }
            return check(request)
        default:
            return HTTPResponse.error(404, "Deze pagina bestaat niet: \(request.path)")
        }
    }

    /// `POST /api/check[?naam=brief.docx]`: the body is the letter; the JSON report as `helder check --format json`
    /// writes it for that file.
    func check(_ request: HTTPRequest) -> HTTPResponse {
        let name = request.query["naam"].map { ($0 as NSString).lastPathComponent } ?? "brief"
        let document: Document
        do throws(DocumentError) {
            document = try Self.read(request.body, name: name, contentType: request.headers["content-type"])
        } catch {
            if case .unsupported = error.problem { return HTTPResponse.error(415, error.message) }
            return HTTPResponse.error(400, error.message)
        }
        let report = analyzer.analyze(document)
        return HTTPResponse(
            status: 200, contentType: "application/json; charset=utf-8",
            body: Data(JSONReportRenderer.render([.document(report)], tool: tool).utf8))
    }

    /// A letter sent as `name` (only its file name counts; its extension, else the content type, names the
    /// format), read as `helder check` reads a file.
    static func read(_ data: Data, name: String, contentType: String?) throws(DocumentError) -> Document {
        var fileExtension = (name as NSString).pathExtension.lowercased()
        if fileExtension.isEmpty, let type = contentType {
            let bare = type.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            if let bare, let known = contentTypes[bare] { fileExtension = known }
        }
        return try DocumentLoader().read(data, source: name, fileExtension: fileExtension)
    }

    static func wrongMethod(_ allowed: String) -> HTTPResponse {
        var response = HTTPResponse.error(405, "Deze methode kan hier niet; gebruik \(allowed).")
        response.headers.append(("Allow", allowed))
        return response
    }
}
