import Foundation
import Helder
import HelderReports
import HelderTestSupport
import Testing

@testable import HelderServer

/// `helder serve`: the routes as plain functions, and the libmicrohttpd engine end to end on a free port.
@Suite("Web service")
struct ServerTests {
    static let tool = ToolInfo(name: "helder", version: "test")
    static let routes = ServerRoutes(analyzer: Analyzer(), tool: tool)
    static let letter = Data(
        "Geachte heer Smit,\n\nIndien u vragen heeft, kunt u ons bellen.\n\nMet vriendelijke groet,\n".utf8)

    @Test("Health, rules, and a letter checked as helder check --format json reports it")
    func routes() throws {
        let health = Self.routes.respond(to: HTTPRequest(method: "GET", path: "/healthz"))
        #expect(health.status == 200 && health.body == Data("ok\n".utf8))
        let rules = Self.routes.respond(to: HTTPRequest(method: "GET", path: "/api/rules"))
        #expect(rules.status == 200)
        #expect(String(decoding: rules.body, as: UTF8.self) == JSONReportRenderer.rules(AllChecks.infos))
        let checked = Self.routes.respond(
            to: HTTPRequest(method: "POST", path: "/api/check", query: ["naam": "map/brief.txt"], body: Self.letter))
        #expect(checked.status == 200)
        let expected = JSONReportRenderer.render(
            [.document(Analyzer().analyze(try HelderDocumentsBridge.read(Self.letter, name: "brief.txt")))],
            tool: Self.tool)
        #expect(String(decoding: checked.body, as: UTF8.self) == expected)
        #expect(expected.contains("\"path\": \"brief.txt\""))
        for response in [health, rules, checked] {
            let names = response.headers.map(\.name)
            #expect(names.contains("Content-Security-Policy") && names.contains("Cache-Control"))
            #expect(response.headers.contains { $0.name == "X-Content-Type-Options" && $0.value == "nosniff" })
        }
    }

    @Test("Bad requests: wrong method, unknown path, unsupported and unreadable documents, each a Dutch JSON error")
    func errors() throws {
        let method = Self.routes.respond(to: HTTPRequest(method: "GET", path: "/api/check"))
        #expect(method.status == 405)
        #expect(method.headers.contains { $0.name == "Allow" && $0.value == "POST" })
        #expect(Self.routes.respond(to: HTTPRequest(method: "GET", path: "/geheim")).status == 404)
        let pdf = Self.routes.respond(
            to: HTTPRequest(
                method: "POST", path: "/api/check", query: ["naam": "brief.pdf"], body: Data("%PDF-1.7".utf8)))
        #expect(pdf.status == 415)
        let empty = Self.routes.respond(to: HTTPRequest(method: "POST", path: "/api/check", body: Data()))
        #expect(empty.status == 400)
        let message = try JSONDecoder().decode([String: String].self, from: empty.body)["error"]
        #expect(message?.isEmpty == false)
        let broken = Self.routes.respond(
            to: HTTPRequest(
                method: "POST", path: "/api/check", query: ["naam": "brief.docx"], body: Data("PK\u{3}\u{4}kapot".utf8))
        )
        #expect(broken.status == 400)
    }

    @Test("End to end over HTTP: health, a checked letter, and an upload that is too large while it streams")
    func endToEnd() throws {
        var options = HTTPServer.Options()
        options.port = 0
        options.maxUpload = 4096
        let server = HTTPServer(routes: Self.routes, options: options)
        try server.start()
        defer { server.stop() }
        #expect(server.port > 0)
        let health = try Self.exchange(
            port: server.port, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(health.hasPrefix("HTTP/1.1 200"))
        #expect(health.hasSuffix("\r\n\r\nok\n"))
        let body = String(decoding: Self.letter, as: UTF8.self)
        let checked = try Self.exchange(
            port: server.port,
            "POST /api/check?naam=brief.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Length: \(Self.letter.count)\r\n\r\n\(body)")
        #expect(checked.hasPrefix("HTTP/1.1 200"))
        #expect(checked.contains("\"rule\": \"jargon.ambtelijk\""))
        // The label `curl --data-binary` puts on a body does not make the letter a form.
        let labelled = try Self.exchange(
            port: server.port,
            "POST /api/check?naam=brief.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: \(Self.letter.count)\r\n\r\n\(body)")
        #expect(labelled.hasPrefix("HTTP/1.1 200"))
        #expect(labelled.contains("\"rule\": \"jargon.ambtelijk\""))
        let large = String(repeating: "Indien u wilt. ", count: 1000)
        let refused = try Self.exchange(
            port: server.port,
            "POST /api/check HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: \(large.utf8.count)\r\n\r\n"
                + large)
        #expect(refused.hasPrefix("HTTP/1.1 413"))
        #expect(refused.contains("te groot"))
        // A broken Word file fails that one request, and the server goes on.
        let broken = "PK\u{3}\u{4}kapot, geen Word-bestand"
        let failed = try Self.exchange(
            port: server.port,
            "POST /api/check?naam=brief.docx HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Length: \(broken.utf8.count)\r\n\r\n\(broken)")
        #expect(failed.hasPrefix("HTTP/1.1 400"))
        #expect(failed.contains("\"error\""))
        let after = try Self.exchange(
            port: server.port, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(after.hasPrefix("HTTP/1.1 200"))
    }

    @Test("The page: a form that works without a script; its buttons give the report, Word with comments, a comparison")
    func page() throws {
        let home = Self.routes.respond(to: HTTPRequest(method: "GET", path: "/"))
        #expect(home.status == 200)
        let html = String(decoding: home.body, as: UTF8.self)
        #expect(html.contains("<html lang=\"nl\">"))
        #expect(html.contains("action=\"/controleren\" enctype=\"multipart/form-data\""))
        #expect(html.contains("formaction=\"/annoteren?suggest=1\""))
        #expect(!html.contains("http://") && !html.contains("https://"))
        let report = Self.routes.respond(
            to: HTTPRequest(method: "POST", path: "/controleren", form: ["tekst": FormField(data: Self.letter)]))
        #expect(report.status == 200)
        #expect(String(decoding: report.body, as: UTF8.self).contains("Helder-rapport: brief.txt"))
        let nothing = Self.routes.respond(to: HTTPRequest(method: "POST", path: "/controleren"))
        #expect(nothing.status == 400)
        let word = try Repository.file("Samples/terugvorderingsbrief.docx")
        let annotated = Self.routes.respond(
            to: HTTPRequest(
                method: "POST", path: "/annoteren", query: ["suggest": "1"],
                form: ["brief": FormField(filename: "C:\\brieven\\terug.docx", data: word)]))
        #expect(annotated.status == 200)
        #expect(annotated.body.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(annotated.headers.contains { $0.name == "Content-Disposition" && $0.value.contains("-helder.docx") })
        let text = Self.routes.respond(
            to: HTTPRequest(method: "POST", path: "/annoteren", form: ["tekst": FormField(data: Self.letter)]))
        #expect(text.status == 415)
        let api = Self.routes.respond(
            to: HTTPRequest(method: "POST", path: "/api/annotate", query: ["naam": "brief.docx"], body: word))
        #expect(api.status == 200 && api.body.starts(with: [0x50, 0x4B]))
        let versions: [String: FormField] = [
            "oud": FormField(filename: "oud.txt", data: try Repository.file("Samples/toekenningsbrief-bijstand.txt")),
            "nieuw": FormField(
                filename: "nieuw.txt", data: try Repository.file("Samples/toekenningsbrief-bijstand-b1.txt")),
        ]
        let compared = Self.routes.respond(to: HTTPRequest(method: "POST", path: "/api/compare", form: versions))
        #expect(compared.status == 200)
        #expect(String(decoding: compared.body, as: UTF8.self).contains("\"verdict\": \"better\""))
        let page = Self.routes.respond(to: HTTPRequest(method: "POST", path: "/vergelijken", form: versions))
        #expect(page.status == 200 && String(decoding: page.body, as: UTF8.self).contains("<html"))
        #expect(Self.routes.respond(to: HTTPRequest(method: "POST", path: "/vergelijken")).status == 400)
    }

    @Test("What goes wrong with a letter from the page is a Dutch page with a way back; the API keeps JSON")
    func pageErrors() throws {
        let doc = FormField(filename: "oude-brief.doc", data: Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        let page = Self.routes.respond(to: HTTPRequest(method: "POST", path: "/controleren", form: ["brief": doc]))
        let text = String(decoding: page.body, as: UTF8.self)
        #expect(page.status == 415)
        #expect(page.headers.contains { $0.name == "Content-Type" && $0.value.hasPrefix("text/html") })
        #expect(text.contains("<html lang=\"nl\">") && text.contains("<h1>Dit lukte niet</h1>"))
        #expect(text.contains("Word 97-2003 (.doc) wordt niet ondersteund"))
        #expect(text.contains("<a href=\"/\">"))
        // Nothing chosen, a page opened by its address, and a comparison with one version: pages too.
        let empty = Self.routes.respond(to: HTTPRequest(method: "POST", path: "/annoteren"))
        #expect(empty.status == 400 && String(decoding: empty.body, as: UTF8.self).contains("Kies een brief"))
        let opened = Self.routes.respond(to: HTTPRequest(method: "GET", path: "/controleren"))
        #expect(opened.status == 405 && opened.headers.contains { $0.name == "Allow" && $0.value == "POST" })
        #expect(String(decoding: opened.body, as: UTF8.self).contains("<h1>Dit lukte niet</h1>"))
        let half = Self.routes.respond(to: HTTPRequest(method: "POST", path: "/vergelijken", form: ["oud": doc]))
        #expect(String(decoding: half.body, as: UTF8.self).contains("<html"))
        // A message that holds markup (a part name from inside a ZIP file can) is shown as text.
        let marked = String(
            decoding: HTTPResponse.error(400, "onderdeel <script>x</script> is kapot").asPage().body, as: UTF8.self)
        #expect(!marked.contains("<script>x") && marked.contains("Onderdeel &lt;script&gt;x&lt;/script&gt; is kapot"))
        // The API answers the same letter with JSON.
        let api = Self.routes.respond(
            to: HTTPRequest(method: "POST", path: "/api/check", query: ["naam": "oude-brief.doc"], body: doc.data))
        #expect(api.status == 415)
        #expect(api.headers.contains { $0.name == "Content-Type" && $0.value.hasPrefix("application/json") })
    }

    @Test("A form sent over HTTP is parsed by libmicrohttpd's post processor")
    func multipart() throws {
        var options = HTTPServer.Options()
        options.port = 0
        let server = HTTPServer(routes: Self.routes, options: options)
        try server.start()
        defer { server.stop() }
        let boundary = "----helder-grens"
        let text = String(decoding: Self.letter, as: UTF8.self)
        let body =
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"brief\"; filename=\"\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n\r\n"
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"tekst\"\r\n\r\n\(text)\r\n--\(boundary)--\r\n"
        let answer = try Self.exchange(
            port: server.port,
            "POST /controleren HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: multipart/form-data; boundary=\(boundary)\r\nContent-Length: \(body.utf8.count)\r\n\r\n"
                + body)
        #expect(answer.hasPrefix("HTTP/1.1 200"))
        #expect(answer.contains("Helder-rapport: brief.txt"))
        #expect(answer.contains("Indien"))
    }

    /// Sends `request` to 127.0.0.1:`port` and reads the whole answer (the request asks to close).
    static func exchange(port: UInt16, _ request: String) throws -> String {
        let connection = try TestConnection(port: port)
        connection.send(request)
        return String(decoding: connection.readAll(), as: UTF8.self)
    }
}

/// Reading a letter the way the service does, for the expected report.
enum HelderDocumentsBridge {
    static func read(_ data: Data, name: String) throws -> Document {
        try ServerRoutes.read(data, name: name, contentType: nil)
    }
}
