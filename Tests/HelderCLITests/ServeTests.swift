#if canImport(HelderServer)
    import Foundation
    import HelderServer
    import HelderTestSupport
    import Testing

    @testable import HelderCLI

    /// `helder serve` as the CLI starts it: the same settings, and the same report, as `helder check`.
    @Suite("helder serve")
    struct ServeTests {
        static let configuration = packageRoot.appendingPathComponent("Deploy/voorbeeld/helder.json").path

        /// The service as `helder serve --config Deploy/voorbeeld/helder.json` makes it, on a free port.
        static func started() throws -> HTTPServer {
            var options = ServeOptions()
            options.port = 0
            options.configuration = configuration
            let captured = CapturedOutput()
            let (routes, settings) = try #require(ServeCommand.service(options, console: captured.console))
            #expect(captured.err.isEmpty)
            let server = HTTPServer(routes: routes, options: settings)
            try server.start()
            return server
        }

        @Test(
            "POST /api/check gives byte for byte the document entry helder check --format json writes for that file",
            arguments: [
                "toekenningsbrief-bijstand.docx", "terugvorderingsbrief.html", "herinnering-inlichtingenplicht.odt",
                "sjabloon-herinnering.txt",
            ])
        func sameReportAsCheck(_ name: String) throws {
            let server = try Self.started()
            defer { server.stop() }
            let cli = runHelder(["check", "--format", "json", "--config", Self.configuration, sample(name)])
            let served = try HTTP.request(
                port: server.port, "POST", "/api/check?naam=\(name)",
                body: try Data(contentsOf: URL(fileURLWithPath: sample(name))))
            #expect(served.status == 200)
            // The CLI names the file as it was given; the service has only its name.
            let expected = cli.out.replacingOccurrences(
                of: "\"path\": \"Samples/\(name)\"", with: "\"path\": \"\(name)\"")
            #expect(expected != cli.out)
            #expect(served.text == expected)
        }

        @Test("The sample configuration is applied to every request: its own lexicon and rule settings")
        func configurationApplies() throws {
            let server = try Self.started()
            defer { server.stop() }
            let letter = Data("Uw inkomensconsulent belt u volgende week.\n".utf8)
            let served = try HTTP.request(port: server.port, "POST", "/api/check?naam=brief.txt", body: letter)
            let findings = try jsonFindings(served.text)
            #expect(findings.contains { $0.rule == "jargon.vaktaal" && $0.excerpt == "inkomensconsulent" })
        }

        @Test("Bad options and an unreadable configuration are refused before the service starts")
        func refused() {
            let port = runHelder(["serve", "--port", "0"])
            #expect(port.status == .usage)
            #expect(port.err.contains("--port verwacht een getal van 1 tot en met 65535"))
            let timeout = runHelder(["serve", "--timeout", "nooit"])
            #expect(timeout.status == .usage && timeout.err.contains("--timeout"))
            let missing = runHelder(["serve", "--config", "/bestaat/niet/helder.json"])
            #expect(missing.status == .inputError)
            #expect(missing.err.contains("/bestaat/niet/helder.json"))
            let host = runHelder(["serve", "--host", "mijn-server", "--port", "1"])
            #expect(host.status == .inputError)
            #expect(host.err.contains("kan niet luisteren op mijn-server"))
        }
    }
#endif
