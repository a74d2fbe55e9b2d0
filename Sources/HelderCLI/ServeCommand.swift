import Foundation
import Helder
import HelderReports

#if canImport(HelderServer)
    import HelderServer
#endif

/// `helder serve`: the web service for a team, on GNU libmicrohttpd. Runs until SIGINT or SIGTERM, then lets the
/// requests in flight finish and exits 0. Logs one line per request (method, path, status, size, duration) and
/// nothing of a letter's content.
struct ServeCommand {
    let options: ServeOptions
    let console: Console

    func run() -> CommandStatus {
        #if canImport(HelderServer)
            guard let (routes, settings) = Self.service(options, console: console) else { return .inputError }
            // The signals go to this thread only: block them before the library starts its threads.
            var signals = sigset_t()
            sigemptyset(&signals)
            sigaddset(&signals, SIGINT)
            sigaddset(&signals, SIGTERM)
            pthread_sigmask(SIG_BLOCK, &signals, nil)
            let console = self.console
            let server = HTTPServer(routes: routes, options: settings) { line in console.err(line + "\n") }
            do {
                try server.start()
            } catch {
                console.err("helder: \(error)\n")
                return .inputError
            }
            if !["127.0.0.1", "localhost", "::1"].contains(options.host) {
                console.err(
                    "helder: let op: de dienst luistert op \(options.host), dus ook andere machines kunnen brieven "
                        + "sturen. Zet hem alleen open op een vertrouwd netwerk.\n")
            }
            let shown = options.host.contains(":") ? "[\(options.host)]" : options.host
            console.err("Helder luistert op http://\(shown):\(server.port)/ (Ctrl-C stopt)\n")
            var received: Int32 = 0
            sigwait(&signals, &received)
            server.stop()
            console.err(
                "helder: gestopt (\(received == SIGTERM ? "SIGTERM" : "Ctrl-C")); lopende verzoeken zijn afgemaakt.\n")
            return .clean
        #else
            console.err(
                "helder: deze helder is gebouwd zonder webdienst. Installeer GNU libmicrohttpd "
                    + "(apt-get install libmicrohttpd-dev), voer 'swift package reset' uit en bouw opnieuw.\n")
            return .inputError
        #endif
    }

    #if canImport(HelderServer)
        /// The routes and engine settings `options` ask for: the organisation's settings and lexicons (found from
        /// the working folder) loaded once, for every request. Nil when they cannot be read (said on `console`).
        static func service(_ options: ServeOptions, console: Console) -> (ServerRoutes, HTTPServer.Options)? {
            guard
                let (analyzer, _) = CompareCommand.analyzer(
                    for: ".", configuration: options.configuration, lexicons: options.lexicons, console: console)
            else { return nil }
            let routes = ServerRoutes(
                analyzer: analyzer, tool: ToolInfo(name: "helder", version: HelderCommand.version),
                maxUploadMegabytes: options.maxUploadMegabytes)
            var settings = HTTPServer.Options()
            settings.host = options.host
            settings.port = options.port
            settings.maxUpload = options.maxUploadMegabytes << 20
            settings.timeout = options.timeout
            settings.threads = max(1, options.jobs)
            return (routes, settings)
        }
    #endif
}
