import CMicroHTTPD
import Foundation

/// Why the server could not start.
public struct ServerError: Error, CustomStringConvertible {
    public var description: String
}

/// GNU libmicrohttpd carrying requests to `ServerRoutes` and responses back: HTTP parsing, connections,
/// timeouts and threads are the library's; this class only collects each request's body (refusing more than
/// `maxUpload` bytes while it streams in, not after), counts requests in flight (answering 503 rather than
/// queueing without end) and logs method, path, status, size and duration, never content.
public final class HTTPServer: @unchecked Sendable {
    public struct Options: Sendable {
        public var host = "127.0.0.1"
        public var port: UInt16 = 8080
        /// The largest request body, in bytes.
        public var maxUpload = 10 << 20
        /// Connections at the same time; more are refused by the library.
        public var connections = 64
        /// Seconds a connection may stay idle (slow clients cannot hold the server).
        public var timeout = 30
        /// Threads that analyse letters.
        public var threads = 2
        /// Requests being answered at the same time before the next gets 503.
        public var maxInFlight = 16

        public init() {}
    }

    let routes: ServerRoutes
    public let options: Options
    private let log: @Sendable (String) -> Void
    private var daemon: OpaquePointer?
    private let lock = NSLock()
    private var inFlight = 0
    /// The port the server listens on (the free one chosen when `options.port` is 0).
    public private(set) var port: UInt16 = 0

    public init(routes: ServerRoutes, options: Options, log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.routes = routes
        self.options = options
        self.log = log
    }

    deinit { stop() }

    public func start() throws(ServerError) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        guard
            let started = helder_mhd_start(
                options.host, options.port, UInt32(options.connections), UInt32(options.timeout),
                UInt32(options.threads), accessHandler, context, completedHandler)
        else {
            throw ServerError(
                description:
                    "kan niet luisteren op \(options.host):\(options.port) (is het een IPv4-adres van deze machine, "
                    + "en is de poort vrij?)")
        }
        daemon = started
        port = helder_mhd_port(started)
    }

    /// Stops taking new connections, lets the requests in flight finish, then stops.
    public func stop() {
        guard let running = daemon else { return }
        daemon = nil
        _ = MHD_quiesce_daemon(running)
        while lock.withLock({ inFlight }) > 0 { usleep(10_000) }
        MHD_stop_daemon(running)
    }

    /// One request's body as it arrives, kept in the connection's slot between the library's calls.
    final class Pending {
        var body = Data()
        /// A form's fields, filled by libmicrohttpd's post processor as the body arrives.
        var form: [String: FormField] = [:]
        /// The post processor of a form body (`multipart/form-data`).
        var processor: OpaquePointer?
        /// Bytes received so far, for the limit.
        var received = 0
        var tooLarge = false
        let started = Date()

        deinit {
            if let processor { MHD_destroy_post_processor(processor) }
        }
    }

    /// The library's call for a request: first with no state (make it), then once per piece of the body, then
    /// once more with nothing left to read (answer).
    fileprivate func access(
        _ connection: OpaquePointer?, url: String, method: String, upload: UnsafePointer<CChar>?,
        uploadSize: UnsafeMutablePointer<Int>?, state: UnsafeMutablePointer<UnsafeMutableRawPointer?>?
    ) -> MHD_Result {
        guard let state else { return helder_mhd_no() }
        guard let slot = state.pointee else {
            let pending = Pending()
            if let length = header(connection, "Content-Length").flatMap(Int.init),
                length > options.maxUpload
            {
                pending.tooLarge = true
            }
            let slot = Unmanaged.passRetained(pending).toOpaque()
            state.pointee = slot
            // The page's forms (multipart) are parsed by the library while they stream in; any other body is kept
            // as it is, also one labelled `application/x-www-form-urlencoded` (what `curl --data-binary` sends).
            let type = header(connection, "Content-Type")?.lowercased() ?? ""
            if type.hasPrefix("multipart/form-data") {
                pending.processor = MHD_create_post_processor(connection, 64 * 1024, formHandler, slot)
            }
            return helder_mhd_yes()
        }
        let pending = Unmanaged<Pending>.fromOpaque(slot).takeUnretainedValue()
        if let uploadSize, uploadSize.pointee > 0 {
            if !pending.tooLarge, let upload {
                pending.received += uploadSize.pointee
                if pending.received > options.maxUpload {
                    pending.tooLarge = true
                    pending.body = Data()
                    pending.form = [:]
                } else if let processor = pending.processor {
                    if MHD_post_process(processor, upload, uploadSize.pointee) != helder_mhd_yes() {
                        pending.form = [:]
                    }
                } else {
                    upload.withMemoryRebound(to: UInt8.self, capacity: uploadSize.pointee) {
                        pending.body.append($0, count: uploadSize.pointee)
                    }
                }
            }
            uploadSize.pointee = 0
            return helder_mhd_yes()
        }
        let response: HTTPResponse
        if pending.tooLarge {
            let megabytes = options.maxUpload >> 20
            response = .error(413, "Het bestand is te groot: hooguit \(megabytes) MB.")
        } else if !enter() {
            response = .error(503, "Helder is nu druk; probeer het over een minuut opnieuw.")
        } else {
            defer { leave() }
            var query: [String: String] = [:]
            for key in ["naam", "suggest"] {
                if let found = argument(connection, key) { query[key] = found }
            }
            var headers: [String: String] = [:]
            if let type = header(connection, "Content-Type") { headers["content-type"] = type }
            let path = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
            response = routes.respond(
                to: HTTPRequest(
                    method: method, path: path, query: query, headers: headers, body: pending.body, form: pending.form))
        }
        let milliseconds = Int(Date().timeIntervalSince(pending.started) * 1000)
        log(
            "\(method) \(url.split(separator: "?").first ?? "") \(response.status) \(response.body.count) B \(milliseconds) ms"
        )
        return send(response, on: connection)
    }

    private func enter() -> Bool {
        lock.withLock {
            guard inFlight < options.maxInFlight else { return false }
            inFlight += 1
            return true
        }
    }

    private func leave() { lock.withLock { inFlight -= 1 } }

    private func header(_ connection: OpaquePointer?, _ key: String) -> String? {
        helder_mhd_header(connection, key).map { String(cString: $0) }
    }

    private func argument(_ connection: OpaquePointer?, _ key: String) -> String? {
        helder_mhd_argument(connection, key).map { String(cString: $0) }
    }

    private func send(_ response: HTTPResponse, on connection: OpaquePointer?) -> MHD_Result {
        let made = response.body.withUnsafeBytes { helder_mhd_response($0.baseAddress, $0.count) }
        for header in response.headers { _ = MHD_add_response_header(made, header.name, header.value) }
        let result = MHD_queue_response(connection, UInt32(response.status), made)
        MHD_destroy_response(made)
        return result
    }
}

/// The library calls these on its own threads: plain C functions that hand over to the server object.
private let accessHandler: MHD_AccessHandlerCallback = {
    context, connection, url, method, _, upload, uploadSize, state in
    guard let context, let url, let method else { return helder_mhd_no() }
    let server = Unmanaged<HTTPServer>.fromOpaque(context).takeUnretainedValue()
    return server.access(
        connection, url: String(cString: url), method: String(cString: method), upload: upload,
        uploadSize: uploadSize, state: state)
}

/// Collects a form's fields as the post processor hands them over, piece by piece.
private let formHandler: MHD_PostDataIterator = { context, _, key, filename, _, _, data, _, size in
    guard let context, let key else { return helder_mhd_no() }
    let pending = Unmanaged<HTTPServer.Pending>.fromOpaque(context).takeUnretainedValue()
    let name = String(cString: key)
    var field = pending.form[name] ?? FormField(filename: filename.map { String(cString: $0) }, data: Data())
    if let data, size > 0 {
        data.withMemoryRebound(to: UInt8.self, capacity: size) { field.data.append($0, count: size) }
    }
    pending.form[name] = field
    return helder_mhd_yes()
}

/// Frees a request's body when the library is done with the connection's request.
private let completedHandler: MHD_RequestCompletedCallback = { _, _, state, _ in
    guard let state, let slot = state.pointee else { return }
    Unmanaged<HTTPServer.Pending>.fromOpaque(slot).release()
    state.pointee = nil
}
