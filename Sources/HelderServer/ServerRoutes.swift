import Foundation
import Helder
import HelderDocuments
import HelderReports
import HelderWord

/// An HTTP response as the routes make it: status, headers and body.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: Data
    /// The Dutch message of an error response, so a page route can show it as a page.
    public var errorMessage: String?

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
        var response = HTTPResponse(
            status: status, contentType: "application/json; charset=utf-8",
            body: Data(JSONReportRenderer.error(message).utf8))
        response.errorMessage = message
        return response
    }

    /// The same error as a Dutch page with a way back, for what a browser sent from the page's forms.
    func asPage() -> HTTPResponse {
        guard let errorMessage else { return self }
        var page = HTTPResponse(
            status: status, contentType: "text/html; charset=utf-8",
            body: Data(ServerPage.error(errorMessage).utf8))
        page.headers += headers.filter { $0.name == "Allow" }
        page.errorMessage = errorMessage
        return page
    }

}

/// One field of a submitted form (`multipart/form-data`): a file with its name, or a text.
public struct FormField: Sendable, Equatable {
    public var filename: String?
    public var data: Data

    public init(filename: String? = nil, data: Data) {
        self.filename = filename
        self.data = data
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
    /// The fields of a submitted form, parsed by libmicrohttpd's post processor (empty for other bodies).
    public var form: [String: FormField]

    public init(
        method: String, path: String, query: [String: String] = [:], headers: [String: String] = [:],
        body: Data = Data(), form: [String: FormField] = [:]
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.form = form
    }
}

/// What `helder serve` answers, without any network: the routes are plain functions of a request, so they are
/// tested directly, and the engine (`HTTPServer`) only carries bytes.
public struct ServerRoutes: Sendable {
    let analyzer: Analyzer
    let tool: ToolInfo

    /// The largest upload the engine accepts, for the page's hint.
    let maxUploadMegabytes: Int

    public init(analyzer: Analyzer, tool: ToolInfo, maxUploadMegabytes: Int = 10) {
        self.analyzer = analyzer
        self.tool = tool
        self.maxUploadMegabytes = maxUploadMegabytes
    }

    /// What the page asks of a submitted letter.
    enum Answer {
        case report
        case annotated(suggest: Bool)
    }

    /// The letter of the page's form: the chosen file, else the pasted text, else a Word letter a report page sent
    /// back (`brief64`, with its `naam`); answered as the HTML report or as the Word letter with comments.
    func letter(from request: HTTPRequest, as answer: Answer) -> HTTPResponse {
        let file = request.form["brief"].flatMap { $0.data.isEmpty ? nil : $0 }
        let text = request.form["tekst"].flatMap { $0.data.isEmpty ? nil : $0 }
        let carried = request.form["brief64"].flatMap { field -> FormField? in
            guard let data = Data(base64Encoded: field.data, options: .ignoreUnknownCharacters), !data.isEmpty
            else { return nil }
            let name = request.form["naam"].map { String(decoding: $0.data, as: UTF8.self) }
            return FormField(filename: name, data: data)
        }
        guard let field = file ?? text ?? carried else {
            return .error(400, "Kies een brief of plak de tekst van een brief.")
        }
        let name = (file ?? carried).flatMap(\.filename).flatMap(Self.fileName) ?? "brief.txt"
        switch answer {
        case .report:
            let document: Document
            do throws(DocumentError) {
                document = try Self.read(field.data, name: name, contentType: nil)
            } catch {
                return Self.unreadable(error)
            }
            let page = HTMLReportRenderer.page(
                .document(analyzer.analyze(document)), tool: tool,
                navigation: navigation(for: field.data, name: name))
            return HTTPResponse(status: 200, contentType: "text/html; charset=utf-8", body: Data(page.utf8))
        case .annotated(let suggest):
            return annotate(field.data, name: name, suggest: suggest)
        }
    }

    /// Above a report: back to the page, and for a Word letter the buttons for a copy with comments, which carry
    /// the letter in the page so nothing is kept here; left out when the letter, carried as base64, would not fit
    /// in an upload.
    func navigation(for data: Data, name: String) -> ReportNavigation {
        var navigation = ReportNavigation(back: ("/", "← Nog een brief controleren"))
        let fits = (data.count + 2) / 3 * 4 + 64 * 1024 <= maxUploadMegabytes << 20
        if (name as NSString).pathExtension.lowercased() == "docx", fits {
            navigation.word = ReportNavigation.WordActions(
                name: name, data: data, comments: "/annoteren", suggestions: "/annoteren?suggest=1")
        }
        return navigation
    }

    /// A Word letter with Helder's comments (and, with `suggest`, the safe alternatives as tracked changes), as
    /// `helder annotate` makes it by default.
    func annotate(_ data: Data, name: String, suggest: Bool) -> HTTPResponse {
        guard (name as NSString).pathExtension.lowercased() == "docx" else {
            return .error(415, "Opmerkingen in de kantlijn kunnen alleen in een Word-brief (.docx).")
        }
        let annotated: DOCXAnnotator.Result
        do throws(DocumentError) {
            annotated = try WordReview.annotate(
                data, source: name, analyzer: analyzer, minimum: .warning,
                limitPerPage: ReviewComments.commentsPerPage, suggest: suggest, limits: Self.limits
            ).result
        } catch {
            return Self.unreadable(error)
        }
        let base = (name as NSString).deletingPathExtension
        var response = HTTPResponse(
            status: 200, contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            body: annotated.data)
        response.headers.append(("Content-Disposition", "attachment; filename=\"\(Self.safeName(base))-helder.docx\""))
        return response
    }

    /// Two versions from a form (`oud`, `nieuw`): the comparison as a page, or as JSON for `/api/compare`.
    func compare(_ request: HTTPRequest, json: Bool) -> HTTPResponse {
        var reports: [DocumentReport] = []
        for key in ["oud", "nieuw"] {
            guard let field = request.form[key], !field.data.isEmpty else {
                return .error(400, "Kies de oude en de nieuwe versie van de brief.")
            }
            let name = field.filename.flatMap(Self.fileName) ?? "\(key).txt"
            do throws(DocumentError) {
                reports.append(analyzer.analyze(try Self.read(field.data, name: name, contentType: nil)))
            } catch {
                return Self.unreadable(error)
            }
        }
        let comparison = LetterComparison(before: reports[0], after: reports[1])
        if json {
            return HTTPResponse(
                status: 200, contentType: "application/json; charset=utf-8",
                body: Data(comparison.json(tool: tool).utf8))
        }
        return HTTPResponse(
            status: 200, contentType: "text/html; charset=utf-8",
            body: Data(HTMLComparisonRenderer.page(comparison, tool: tool).utf8))
    }

    /// The file name of an upload or a `naam`: what follows the last `/` or `\\` (some browsers on Windows send
    /// the whole path, `C:\\Brieven\\brief.docx`); nil when nothing is left.
    static func fileName(_ sent: String) -> String? {
        let name = sent.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        return name.isEmpty ? nil : name
    }

    /// A file name for a download header: letters, digits and a few safe marks only.
    static func safeName(_ name: String) -> String {
        let kept = name.unicodeScalars.map { scalar -> Character in
            CharacterSet.alphanumerics.contains(scalar) || "-_. ".unicodeScalars.contains(scalar)
                ? Character(scalar) : "_"
        }
        return kept.isEmpty ? "brief" : String(kept)
    }

    /// The formats a letter may come in, by extension, and the content types that name them.
    static let contentTypes: [String: String] = [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
        "application/vnd.oasis.opendocument.text": "odt",
        "text/html": "html",
        "text/plain": "txt",
        "text/markdown": "md",
    ]

    /// What a browser reaches through the page; an error there is shown as a page, not as JSON.
    static let pagePaths: Set<String> = ["/", "/controleren", "/annoteren", "/vergelijken"]

    /// `response` as it should reach whoever asked for `path`: an error as a page on the page's own paths.
    public func shaped(_ response: HTTPResponse, for path: String) -> HTTPResponse {
        Self.pagePaths.contains(path) ? response.asPage() : response
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        shaped(route(request), for: request.path)
    }

    private func route(_ request: HTTPRequest) -> HTTPResponse {
        switch request.path {
        case "/":
            guard request.method == "GET" || request.method == "HEAD" else { return Self.wrongMethod("GET") }
            return HTTPResponse(
                status: 200, contentType: "text/html; charset=utf-8",
                body: Data(ServerPage.home(maxUploadMegabytes: maxUploadMegabytes).utf8))
        case "/controleren":
            guard request.method == "POST" else { return Self.wrongMethod("POST") }
            return letter(from: request, as: .report)
        case "/annoteren":
            guard request.method == "POST" else { return Self.wrongMethod("POST") }
            return letter(from: request, as: .annotated(suggest: request.query["suggest"] == "1"))
        case "/vergelijken", "/api/compare":
            guard request.method == "POST" else { return Self.wrongMethod("POST") }
            return compare(request, json: request.path == "/api/compare")
        case "/api/annotate":
            guard request.method == "POST" else { return Self.wrongMethod("POST") }
            let name = request.query["naam"].flatMap(Self.fileName) ?? "brief.docx"
            return annotate(request.body, name: name, suggest: request.query["suggest"] == "1")
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
        let name = request.query["naam"].flatMap(Self.fileName) ?? "brief"
        let document: Document
        do throws(DocumentError) {
            document = try Self.read(request.body, name: name, contentType: request.headers["content-type"])
        } catch {
            return Self.unreadable(error)
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
        return try DocumentLoader(limits: limits).read(data, source: name, fileExtension: fileExtension)
    }

    /// The most the service reads from one letter: 2 MB of text (about 300,000 words, a hundred times the longest
    /// letter, a third of a second's work) and 16 MB of unpacked XML (a Word letter has well under 1 MB). Without
    /// them a Word file of 1.7 MB that unpacks to 60 MB of XML held a thread for 20 seconds and 2.3 GB of memory.
    static let limits = DocumentLoader.ServiceLimits(text: 2 << 20, unpackedXML: 16 << 20)

    /// A letter that could not be read: 415 for a format Helder does not read, 413 for more text than the service
    /// takes, else 400; the message is the one `helder check` gives.
    static func unreadable(_ error: DocumentError) -> HTTPResponse {
        switch error.problem {
        case .unsupported: .error(415, error.message)
        case .tooLongForService: .error(413, error.message)
        default: .error(400, error.message)
        }
    }

    static func wrongMethod(_ allowed: String) -> HTTPResponse {
        var response = HTTPResponse.error(405, "Deze methode kan hier niet; gebruik \(allowed).")
        response.headers.append(("Allow", allowed))
        return response
    }
}
