import CMicroHTTPD
import Foundation

/// Why the server could not start.
public struct ServerError: Error, CustomStringConvertible {
    public var description: String
}

/// GNU libmicrohttpd carrying requests to `ServerRoutes` and responses back: HTTP parsing, connections,
/// timeouts and threads are the library's. This class collects each request's body and bounds what a client can
/// take: a body larger than `maxUpload` is refused with 413 before it is read (from its declared length) or the
/// moment it grows past the limit; a body that takes longer than `timeout` seconds to arrive is dropped; when more
/// connections are open than `queue`, a new request gets 503 at once instead of waiting. It logs method, path,
/// status, size and duration, never content.
public final class HTTPServer: @unchecked Sendable {
    public struct Options: Sendable {
        /// A numeric address: IPv4 (`127.0.0.1`, `0.0.0.0`) or IPv6 (`::1`, `::`); `localhost` means `127.0.0.1`.
        public var host = "127.0.0.1"
        public var port: UInt16 = 8080
        /// The largest request body, in bytes.
        public var maxUpload = 10 << 20
        /// Connections the library keeps at the same time; it closes any beyond them at once.
        public var connections = 128
        /// Seconds a connection may stay idle, and seconds a request's body may take to arrive (a client that
        /// sends one byte a second cannot hold a connection).
        public var timeout = 30
        /// Threads that answer requests (and analyse letters).
        public var threads = 2
        /// Open connections beyond which a new request is answered 503 at once (`/healthz` excepted), so waiting
        /// work cannot grow without end.
        public var queue = 32

        public init() {}
    }

    let routes: ServerRoutes
    public let options: Options
    private let log: @Sendable (String) -> Void
    private var daemon: OpaquePointer?
    private let lock = NSLock()
    /// Requests begun and not yet completed (answered and sent, or dropped), for a clean stop.
    private var inFlight = 0
    /// Connections open now, for the queue limit.
    private var open = 0
    /// The port the server listens on (the free one chosen when `options.port` is 0).
    public private(set) var port: UInt16 = 0

    /// Connections open and requests not yet completed: both back to zero once every client has gone, or the
    /// server keeps something of them (for the tests).
    var held: (connections: Int, requests: Int) { lock.withLock { (open, inFlight) } }

    public init(routes: ServerRoutes, options: Options, log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.routes = routes
        self.options = options
        self.log = log
    }

    deinit { stop() }

    public func start() throws(ServerError) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        let host = options.host == "localhost" ? "127.0.0.1" : options.host
        guard
            let started = helder_mhd_start(
                host, options.port, UInt32(options.connections), UInt32(options.timeout),
                UInt32(options.threads), accessHandler, context, completedHandler, connectionHandler)
        else {
            throw ServerError(
                description:
                    "kan niet luisteren op \(options.host) poort \(options.port) (is het een IPv4- of IPv6-adres van "
                    + "deze machine, en is de poort vrij?)")
        }
        daemon = started
        port = helder_mhd_port(started)
    }

    /// Stops taking new connections, lets the requests begun finish (answered and sent; a body still arriving gets
    /// until the timeout), then stops.
    public func stop() {
        guard let running = daemon else { return }
        daemon = nil
        _ = MHD_quiesce_daemon(running)
        let deadline = Date().addingTimeInterval(Double(options.timeout + 1))
        while lock.withLock({ inFlight }) > 0, Date() < deadline { usleep(10_000) }
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
        let started = Date()

        deinit {
            if let processor { MHD_destroy_post_processor(processor) }
        }
    }

    /// The library's call for a request: first with no state (make it, or answer at once: too large, too busy),
    /// then once per piece of the body, then once more with nothing left to read (answer).
    fileprivate func access(
        _ connection: OpaquePointer?, url: String, method: String, upload: UnsafePointer<CChar>?,
        uploadSize: UnsafeMutablePointer<Int>?, state: UnsafeMutablePointer<UnsafeMutableRawPointer?>?
    ) -> MHD_Result {
        guard let state else { return helder_mhd_no() }
        let path = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
        guard let slot = state.pointee else {
            let pending = Pending()
            state.pointee = Unmanaged.passRetained(pending).toOpaque()
            lock.withLock { inFlight += 1 }
            // Answered before a byte of the body is read; the library then closes the connection.
            if let length = header(connection, "Content-Length").flatMap(Int.init), length > options.maxUpload {
                return answer(
                    routes.shaped(Self.tooLarge(options.maxUpload), for: path), to: method, path, on: connection,
                    since: pending.started)
            }
            if path != "/healthz", lock.withLock({ open > options.queue }) {
                return answer(
                    routes.shaped(.error(503, "Helder is nu druk; probeer het over een minuut opnieuw."), for: path),
                    to: method, path, on: connection, since: pending.started)
            }
            // The page's forms (multipart) are parsed by the library while they stream in; any other body is kept
            // as it is, also one labelled `application/x-www-form-urlencoded` (what `curl --data-binary` sends).
            let type = header(connection, "Content-Type")?.lowercased() ?? ""
            if type.hasPrefix("multipart/form-data") {
                pending.processor = MHD_create_post_processor(connection, 64 * 1024, formHandler, state.pointee)
            }
            return helder_mhd_yes()
        }
        let pending = Unmanaged<Pending>.fromOpaque(slot).takeUnretainedValue()
        if let uploadSize, uploadSize.pointee > 0 {
            guard let upload else { return helder_mhd_no() }
            pending.received += uploadSize.pointee
            // A body without a declared length that grows too large, or one that trickles in: the connection is
            // closed (the library cannot answer in the middle of a body).
            if pending.received > options.maxUpload {
                drop(method, path, "te groot", since: pending.started)
                return helder_mhd_no()
            }
            if Date().timeIntervalSince(pending.started) > Double(options.timeout) {
                drop(method, path, "te traag", since: pending.started)
                return helder_mhd_no()
            }
            if let processor = pending.processor {
                if MHD_post_process(processor, upload, uploadSize.pointee) != helder_mhd_yes() {
                    pending.form = [:]
                }
            } else {
                upload.withMemoryRebound(to: UInt8.self, capacity: uploadSize.pointee) {
                    pending.body.append($0, count: uploadSize.pointee)
                }
            }
            uploadSize.pointee = 0
            return helder_mhd_yes()
        }
        var query: [String: String] = [:]
        for key in ["naam", "suggest"] {
            if let found = argument(connection, key) { query[key] = found }
        }
        var headers: [String: String] = [:]
        if let type = header(connection, "Content-Type") { headers["content-type"] = type }
        let response = routes.respond(
            to: HTTPRequest(
                method: method, path: path, query: query, headers: headers, body: pending.body, form: pending.form))
        return answer(response, to: method, path, on: connection, since: pending.started)
    }

    static func tooLarge(_ maxUpload: Int) -> HTTPResponse {
        .error(413, "Het bestand is te groot: hooguit \(max(1, maxUpload >> 20)) MB.")
    }

    /// Sends `response` and logs it (never the content).
    private func answer(
        _ response: HTTPResponse, to method: String, _ path: String, on connection: OpaquePointer?, since: Date
    ) -> MHD_Result {
        let milliseconds = Int(Date().timeIntervalSince(since) * 1000)
        log("\(method) \(path) \(response.status) \(response.body.count) B \(milliseconds) ms")
        return send(response, on: connection)
    }

    /// Logs a request whose connection is closed without an answer.
    private func drop(_ method: String, _ path: String, _ reason: String, since: Date) {
        let milliseconds = Int(Date().timeIntervalSince(since) * 1000)
        log("\(method) \(path) verbroken (\(reason)) \(milliseconds) ms")
    }

    /// A request is done: its answer is sent, or its connection is gone.
    fileprivate func completed() {
        lock.withLock { inFlight -= 1 }
    }

    fileprivate func connection(opened: Bool) {
        lock.withLock { open += opened ? 1 : -1 }
    }

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

/// Counts connections as they open and close.
private let connectionHandler: MHD_NotifyConnectionCallback = { context, _, _, code in
    guard let context else { return }
    Unmanaged<HTTPServer>.fromOpaque(context).takeUnretainedValue().connection(opened: helder_mhd_opened(code) != 0)
}

/// Frees a request's body when the library is done with the connection's request.
private let completedHandler: MHD_RequestCompletedCallback = { context, _, state, _ in
    guard let state, let slot = state.pointee else { return }
    Unmanaged<HTTPServer.Pending>.fromOpaque(slot).release()
    state.pointee = nil
    if let context { Unmanaged<HTTPServer>.fromOpaque(context).takeUnretainedValue().completed() }
}
