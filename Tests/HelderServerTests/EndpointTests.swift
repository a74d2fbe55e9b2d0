import Foundation
import Helder
import HelderReports
import HelderTestSupport
import Testing

@testable import HelderServer

/// Every endpoint of `helder serve` and every error status, over real HTTP on a free loopback port.
@Suite("Web service over HTTP")
struct EndpointTests {
    /// A server on a free port for one test; stopped when the test ends.
    static func started(_ adjust: (inout HTTPServer.Options) -> Void = { _ in }) throws -> HTTPServer {
        var options = HTTPServer.Options()
        options.port = 0
        adjust(&options)
        let server = HTTPServer(routes: ServerTests.routes, options: options)
        try server.start()
        return server
    }

    static let word = "Samples/toekenningsbrief-bijstand.docx"

    @Test("The page, the health check and the rules")
    func pages() throws {
        let server = try Self.started()
        defer { server.stop() }
        let home = try HTTP.request(port: server.port, "GET", "/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.text.contains("<html lang=\"nl\">"))
        #expect(home.headers["content-security-policy"]?.contains("default-src 'none'") == true)
        #expect(home.headers["referrer-policy"] == "no-referrer")
        #expect(home.headers["x-content-type-options"] == "nosniff")
        let health = try HTTP.request(port: server.port, "GET", "/healthz")
        #expect(health.status == 200 && health.text == "ok\n")
        let rules = try HTTP.request(port: server.port, "GET", "/api/rules")
        #expect(rules.status == 200)
        #expect(rules.text == JSONReportRenderer.rules(AllChecks.infos))
    }

    @Test("POST /api/check: a Word letter by name, an HTML letter by content type, JSON as the routes make it")
    func check() throws {
        let server = try Self.started()
        defer { server.stop() }
        let word = try Repository.file(Self.word)
        let checked = try HTTP.request(
            port: server.port, "POST", "/api/check?naam=toekenningsbrief-bijstand.docx", body: word)
        #expect(checked.status == 200)
        #expect(checked.headers["cache-control"] == "no-store")
        let expected = JSONReportRenderer.render(
            [
                .document(
                    Analyzer().analyze(try HelderDocumentsBridge.read(word, name: "toekenningsbrief-bijstand.docx")))
            ],
            tool: ServerTests.tool)
        #expect(checked.text == expected)
        let report = try JSONSerialization.jsonObject(with: checked.body) as? [String: Any]
        let documents = report?["documents"] as? [[String: Any]]
        #expect((documents?.first?["findings"] as? [Any])?.isEmpty == false)

        let html = try Repository.file("Samples/terugvorderingsbrief.html")
        let typed = try HTTP.request(
            port: server.port, "POST", "/api/check", headers: ["Content-Type": "text/html; charset=utf-8"], body: html)
        #expect(typed.status == 200)
        let direct = JSONReportRenderer.render(
            [.document(Analyzer().analyze(try HelderDocumentsBridge.read(html, name: "brief.html")))],
            tool: ServerTests.tool)
        // The same findings as the file read as HTML; only the name differs ("brief", as no name was sent).
        #expect(typed.text == direct.replacingOccurrences(of: "\"path\": \"brief.html\"", with: "\"path\": \"brief\""))
    }

    @Test(
        "POST /api/annotate: a Word letter with comments that reads back with the same findings; with suggest=1 tracked changes"
    )
    func annotate() throws {
        let server = try Self.started()
        defer { server.stop() }
        let word = try Repository.file(Self.word)
        let annotated = try HTTP.request(port: server.port, "POST", "/api/annotate?naam=brief.docx", body: word)
        #expect(annotated.status == 200)
        #expect(annotated.headers["content-type"]?.contains("wordprocessingml") == true)
        #expect(annotated.headers["content-disposition"] == "attachment; filename=\"brief-helder.docx\"")
        let original = try HelderDocumentsBridge.read(word, name: "brief.docx")
        let reread = try HelderDocumentsBridge.read(annotated.body, name: "brief-helder.docx")
        #expect(reread.blocks == original.blocks)
        let findings = Analyzer().analyze(original).findings
        #expect(!findings.isEmpty)
        #expect(Analyzer().analyze(reread).findings == findings)
        let comments = try ZipEntries.text(of: "word/comments.xml", in: annotated.body)
        #expect(comments.contains("<w:comment "))

        let suggested = try HTTP.request(
            port: server.port, "POST", "/api/annotate?naam=brief.docx&suggest=1", body: word)
        #expect(suggested.status == 200)
        #expect(try ZipEntries.text(of: "word/document.xml", in: suggested.body).contains("<w:ins "))
    }

    @Test("The page's forms over HTTP: a real Word letter uploaded, annotated, and two versions compared")
    func forms() throws {
        let server = try Self.started()
        defer { server.stop() }
        let word = try Repository.file(Self.word)
        let upload = HTTP.form([("brief", "C:\\Brieven\\toekenning.docx", word), ("tekst", nil, Data())])
        let report = try HTTP.request(
            port: server.port, "POST", "/controleren", headers: ["Content-Type": upload.type], body: upload.body)
        #expect(report.status == 200)
        #expect(report.headers["content-type"] == "text/html; charset=utf-8")
        #expect(report.text.contains("Helder-rapport: toekenning.docx"))
        #expect(report.text.contains("<mark"))
        // The report's own buttons send the same letter back, carried in the page: nothing is kept on the server.
        #expect(report.text.contains("<a href=\"/\">← Nog een brief controleren</a>"))
        let carried = try #require(Self.hiddenField("brief64", in: report.text))
        #expect(Data(base64Encoded: carried) == word)
        #expect(Self.hiddenField("naam", in: report.text) == "toekenning.docx")
        #expect(report.text.contains("formaction=\"/annoteren?suggest=1\""))
        let sentBack = HTTP.form([("naam", nil, Data("toekenning.docx".utf8)), ("brief64", nil, Data(carried.utf8))])
        let fromReport = try HTTP.request(
            port: server.port, "POST", "/annoteren?suggest=1", headers: ["Content-Type": sentBack.type],
            body: sentBack.body)
        #expect(fromReport.status == 200)
        #expect(fromReport.headers["content-disposition"] == "attachment; filename=\"toekenning-helder.docx\"")
        #expect(try ZipEntries.text(of: "word/document.xml", in: fromReport.body).contains("<w:ins "))
        // A pasted text has no Word letter to send back.
        let pasted = HTTP.form([("tekst", nil, ServerTests.letter)])
        let textReport = try HTTP.request(
            port: server.port, "POST", "/controleren", headers: ["Content-Type": pasted.type], body: pasted.body)
        #expect(textReport.status == 200)
        #expect(!textReport.text.contains("brief64"))
        #expect(textReport.text.contains("← Nog een brief controleren"))
        let annotated = try HTTP.request(
            port: server.port, "POST", "/annoteren", headers: ["Content-Type": upload.type], body: upload.body)
        #expect(annotated.status == 200)
        #expect(annotated.headers["content-disposition"] == "attachment; filename=\"toekenning-helder.docx\"")
        #expect(annotated.body.starts(with: [0x50, 0x4B, 0x03, 0x04]))

        let versions = HTTP.form([
            ("oud", "oud.docx", word),
            ("nieuw", "nieuw.docx", try Repository.file("Samples/toekenningsbrief-bijstand-b1.docx")),
        ])
        let compared = try HTTP.request(
            port: server.port, "POST", "/api/compare", headers: ["Content-Type": versions.type], body: versions.body)
        #expect(compared.status == 200)
        #expect(compared.text.contains("\"verdict\": \"better\""))
        let page = try HTTP.request(
            port: server.port, "POST", "/vergelijken", headers: ["Content-Type": versions.type], body: versions.body)
        #expect(page.status == 200 && page.text.contains("<html lang=\"nl\">"))
    }

    /// The value of the hidden field `name` in a page.
    static func hiddenField(_ name: String, in page: String) -> String? {
        guard let start = page.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return page[start.upperBound...].split(separator: "\"", maxSplits: 1).first.map(String.init)
    }

    @Test("Every error status, each JSON with a Dutch message")
    func errors() throws {
        let server = try Self.started { $0.maxUpload = 1 << 20 }
        defer { server.stop() }
        func message(_ response: TestResponse) -> String? {
            (try? JSONDecoder().decode([String: String].self, from: response.body))?["error"]
        }
        let empty = try HTTP.request(port: server.port, "POST", "/api/check?naam=brief.txt")
        #expect(empty.status == 400)
        #expect(message(empty)?.hasPrefix("het bestand is leeg") == true)
        let unknown = try HTTP.request(port: server.port, "GET", "/wp-admin")
        #expect(unknown.status == 404 && message(unknown) == "Deze pagina bestaat niet: /wp-admin")
        let method = try HTTP.request(port: server.port, "DELETE", "/api/check")
        #expect(method.status == 405 && method.headers["allow"] == "POST")
        let pdf = try HTTP.request(port: server.port, "POST", "/api/check?naam=brief.pdf", body: Data("%PDF-1.7".utf8))
        #expect(pdf.status == 415 && message(pdf)?.isEmpty == false)
        let large = try HTTP.request(
            port: server.port, "POST", "/api/check?naam=brief.txt", body: Data(repeating: 0x61, count: (1 << 20) + 1))
        #expect(large.status == 413 && message(large) == "Het bestand is te groot: hooguit 1 MB.")
        for response in [empty, unknown, method, pdf, large] {
            #expect(response.headers["content-type"] == "application/json; charset=utf-8")
        }
        // When more connections are open than the queue allows, a new request is answered 503 at once; the health
        // check is still answered.
        let busy = try Self.started { $0.queue = 0 }
        defer { busy.stop() }
        let refused = try HTTP.request(port: busy.port, "POST", "/api/check?naam=brief.txt", body: ServerTests.letter)
        #expect(refused.status == 503 && message(refused)?.contains("druk") == true)
        #expect(try HTTP.request(port: busy.port, "GET", "/healthz").status == 200)
    }
}
