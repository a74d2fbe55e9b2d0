import Foundation
import Helder
import HelderTestSupport
import Testing

@testable import HelderServer

/// Clients that try to hold, flood or break the server, on loopback only and bounded in count and time: each
/// test checks that the server refuses the one client and goes on serving the others.
@Suite("Web service against hostile clients")
struct HostileClientTests {
    @Test("A body over the limit is refused with 413 before it is sent")
    func tooLarge() throws {
        let server = try EndpointTests.started { $0.maxUpload = 1 << 20 }
        defer { server.stop() }
        let connection = try TestConnection(port: server.port)
        // Announces 50 MB and sends only the head: the answer comes without the body.
        connection.send(
            "POST /api/check?naam=brief.txt HTTP/1.1\r\nHost: x\r\nContent-Length: \(50 << 20)\r\n\r\n")
        let answer = try #require(TestResponse(connection.readAll()))
        #expect(answer.status == 413)
        #expect(answer.text.contains("te groot"))
        // A body without a declared length that grows past the limit: the connection is closed.
        let chunked = try TestConnection(port: server.port)
        chunked.send("POST /api/check?naam=brief.txt HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
        let piece = Data("10000\r\n".utf8) + Data(repeating: 0x61, count: 0x10000) + Data("\r\n".utf8)
        var pieces = 0
        while pieces < 256, chunked.send(piece) { pieces += 1 }
        #expect(pieces < 256, "the server read 16 MB of a body limited to 1 MB")
        #expect(TestResponse(chunked.readAll())?.status != 200)
        #expect(try HTTP.request(port: server.port, "GET", "/healthz").status == 200)
    }

    @Test("A client that sends a byte a second is dropped at the timeout while others are served")
    func slowClient() throws {
        let server = try EndpointTests.started { $0.timeout = 2 }
        defer { server.stop() }
        let slow = try TestConnection(port: server.port)
        slow.send("POST /api/check?naam=brief.txt HTTP/1.1\r\nHost: x\r\nContent-Length: 60\r\n\r\n")
        let began = Date()
        var sent = 0
        var servedOthers = 0
        while sent < 12, slow.send("a") {
            sent += 1
            // Meanwhile others are answered quickly.
            let asked = Date()
            let other = try HTTP.request(port: server.port, "POST", "/api/check?naam=b.txt", body: ServerTests.letter)
            if other.status == 200, Date().timeIntervalSince(asked) < 2 { servedOthers += 1 }
            Thread.sleep(forTimeInterval: 1)
        }
        let answer = slow.readAll()
        #expect(TestResponse(answer)?.status != 200)
        #expect(sent < 12, "the slow client was never dropped")
        #expect(Date().timeIntervalSince(began) < 10)
        #expect(servedOthers >= 2)
    }

    @Test("A connection that says nothing is closed after the timeout")
    func idleClient() throws {
        let server = try EndpointTests.started { $0.timeout = 1 }
        defer { server.stop() }
        let idle = try TestConnection(port: server.port, timeout: 8)
        let began = Date()
        #expect(idle.readAll().isEmpty)
        #expect(Date().timeIntervalSince(began) < 6)
    }

    @Test("200 requests from 20 clients at once are all answered, each with its own report, and nothing is kept")
    func concurrentClients() throws {
        let server = try EndpointTests.started()
        defer { server.stop() }
        let letters = (0..<20).map { client in
            Data("Geachte heer Smit,\n\nIndien u vragen heeft over zaak \(client), kunt u ons bellen.\n".utf8)
        }
        let expected = letters.map { letter in
            ServerTests.routes.respond(
                to: HTTPRequest(method: "POST", path: "/api/check", query: ["naam": "brief.txt"], body: letter)
            ).body
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 20) { client in
            for _ in 0..<10 {
                let answer = try? HTTP.request(
                    port: server.port, "POST", "/api/check?naam=brief.txt", body: letters[client])
                results.add(answer?.status == 200 && answer?.body == expected[client])
            }
        }
        #expect(results.count == 200)
        #expect(results.correct == 200)
        // Once the clients have gone the server holds nothing of them: no connection, no request, no body.
        let deadline = Date().addingTimeInterval(5)
        while server.held != (0, 0), Date() < deadline { usleep(10_000) }
        #expect(server.held == (0, 0))
    }

    @Test("Bytes that are not HTTP, and a head too large, fail that connection; the server goes on")
    func garbage() throws {
        let server = try EndpointTests.started()
        defer { server.stop() }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5 {
            let noise = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
            let connection = try TestConnection(port: server.port, timeout: 5)
            connection.send(noise + Data("\r\n\r\n".utf8))
            let answer = TestResponse(connection.readAll())
            #expect(answer == nil || (400..<500).contains(answer!.status))
        }
        let huge = try TestConnection(port: server.port, timeout: 5)
        huge.send("GET / HTTP/1.1\r\nHost: x\r\nX-Vulling: " + String(repeating: "a", count: 200_000) + "\r\n\r\n")
        let answer = TestResponse(huge.readAll())
        #expect(answer == nil || (400..<500).contains(answer!.status))
        #expect(try HTTP.request(port: server.port, "GET", "/healthz").status == 200)
    }

    @Test(
        "Hostile Word files fail that one request with 400 and the server goes on",
        arguments: [
            "zip/bomb.zip", "zip/ratio-bomb.zip", "zip/lying-size.zip", "zip/truncated.zip", "zip/random.bin",
            "docx/laughs.docx", "docx/deep.docx", "docx/encrypted.docx",
        ])
    func hostileDocument(_ fixture: String) throws {
        let server = try EndpointTests.started()
        defer { server.stop() }
        let data = try Repository.file("Tests/HelderDocumentsTests/Fixtures/\(fixture)")
        let checked = try HTTP.request(port: server.port, "POST", "/api/check?naam=brief.docx", body: data)
        #expect(checked.status == 400)
        let message = try JSONDecoder().decode([String: String].self, from: checked.body)["error"]
        #expect(message?.isEmpty == false)
        let form = HTTP.form([("brief", "brief.docx", data)])
        let page = try HTTP.request(
            port: server.port, "POST", "/controleren", headers: ["Content-Type": form.type], body: form.body)
        #expect(page.status == 400)
        let annotated = try HTTP.request(port: server.port, "POST", "/api/annotate?naam=brief.docx", body: data)
        #expect(annotated.status == 400)
        #expect(try HTTP.request(port: server.port, "GET", "/healthz").status == 200)
    }

    @Test("A Word file that names an outside entity is read without it")
    func externalEntity() throws {
        let server = try EndpointTests.started()
        defer { server.stop() }
        let data = try Repository.file("Tests/HelderDocumentsTests/Fixtures/docx/xxe.docx")
        let checked = try HTTP.request(port: server.port, "POST", "/api/check?naam=brief.docx", body: data)
        #expect(checked.status == 200)
        #expect(!checked.text.contains("root:"))
    }
}

/// Tallies answers from many threads.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var all = 0
    private var right = 0
    var count: Int { lock.withLock { all } }
    var correct: Int { lock.withLock { right } }
    func add(_ correct: Bool) {
        lock.withLock {
            all += 1
            if correct { right += 1 }
        }
    }
}

/// Letters that are small to send and large to read: each is refused with 413 (before it is unpacked, or once its
/// text is known) and the server goes on.
@Suite("Web service against letters that unpack too large")
struct ServiceLimitTests {
    /// A Word letter of `paragraphs` numbered paragraphs (about 95 bytes of XML each): compressed some thirty times
    /// smaller, so no zip bomb by the reader's measure.
    static func longLetter(paragraphs: Int) throws -> Data {
        try makeDOCX(
            body: (0..<paragraphs).map { number in
                "<w:p><w:r><w:t>Wij hebben uw aanvraag \(number) voor bijstand ontvangen.</w:t></w:r></w:p>"
            }.joined())
    }

    static func expectRefused(_ response: TestResponse, _ comment: Comment) throws {
        #expect(response.status == 413, comment)
        let message = try JSONDecoder().decode([String: String].self, from: response.body)["error"] ?? ""
        #expect(message.contains("te groot voor de webdienst"), comment)
        #expect(message.contains("helder check"), comment)
    }

    @Test("A Word letter that unpacks to more XML than the service reads is refused on every route")
    func unpacksTooLarge() throws {
        let server = try EndpointTests.started()
        defer { server.stop() }
        // 17 MB of XML in well under the upload limit.
        let data = try Self.longLetter(paragraphs: 180_000)
        #expect(data.count < 1 << 20)
        try Self.expectRefused(
            try HTTP.request(port: server.port, "POST", "/api/check?naam=brief.docx", body: data), "check")
        try Self.expectRefused(
            try HTTP.request(port: server.port, "POST", "/api/annotate?naam=brief.docx", body: data), "annotate")
        // From the page's form the same refusal comes as a page.
        let form = HTTP.form([("brief", "brief.docx", data)])
        let page = try HTTP.request(
            port: server.port, "POST", "/controleren", headers: ["Content-Type": form.type], body: form.body)
        #expect(page.status == 413)
        #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
        #expect(page.text.contains("te groot voor de webdienst"))
        #expect(try HTTP.request(port: server.port, "GET", "/healthz").status == 200)
    }

    @Test("More text than the service analyses is refused, in a plain text and in a Word letter")
    func tooMuchText() throws {
        let server = try EndpointTests.started()
        defer { server.stop() }
        let sentence = "Wij hebben uw aanvraag voor bijstand ontvangen en bekeken.\n"
        let text = Data(String(repeating: sentence, count: (2 << 20) / sentence.utf8.count + 10).utf8)
        try Self.expectRefused(
            try HTTP.request(port: server.port, "POST", "/api/check?naam=brief.txt", body: text), "text")
        // About 5 MB of XML (under the XML limit) holding more than 2 MB of text.
        let word = try Self.longLetter(paragraphs: 40_000)
        try Self.expectRefused(
            try HTTP.request(port: server.port, "POST", "/api/check?naam=brief.docx", body: word), "Word")
        // A long letter well under the limits is checked as usual.
        let allowed = Data(String(repeating: sentence, count: 1_000).utf8)
        #expect(try HTTP.request(port: server.port, "POST", "/api/check?naam=brief.txt", body: allowed).status == 200)
    }
}
