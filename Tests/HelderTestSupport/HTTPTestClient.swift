import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A plain HTTP/1.1 client on a socket, for the web service's tests: it sends exactly the bytes it is given, so hostile clients
/// (slow, garbage, lying lengths) are as easy to write as well-behaved ones.
public struct TestConnection: ~Copyable {
    public let descriptor: Int32

    /// Connects to 127.0.0.1:`port`; reads give up after `timeout` seconds.
    public init(port: UInt16, timeout: Int = 20) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw TestClientError("socket: \(errno)") }
        var wait = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(descriptor)
            throw TestClientError("connect: \(errno)")
        }
    }

    deinit { close(descriptor) }

    /// Sends all of `bytes`; false when the server closed the connection first.
    @discardableResult
    public func send(_ bytes: Data) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let written = bytes[(bytes.startIndex + sent)...].withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if written <= 0 { return false }
            sent += written
        }
        return true
    }

    @discardableResult
    public func send(_ text: String) -> Bool { send(Data(text.utf8)) }

    /// Everything the server sends until it closes the connection (or the read times out).
    public func readAll() -> Data {
        var answer = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let read = recv(descriptor, &buffer, buffer.count, 0)
            if read <= 0 { break }
            answer.append(contentsOf: buffer[..<read])
        }
        return answer
    }
}

public struct TestClientError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// An answer as the tests read it.
public struct TestResponse {
    public var status: Int
    /// Header names lower-cased.
    public var headers: [String: String]
    public var body: Data
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// Parses a whole answer; nil when it is no HTTP response (for example an empty read).
    public init?(_ data: Data) {
        guard let end = data.firstRange(of: Data("\r\n\r\n".utf8)) else { return nil }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let first = head[0].split(separator: " ")
        guard first.count >= 2, first[0].hasPrefix("HTTP/1."), let status = Int(first[1]) else { return nil }
        self.status = status
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        self.headers = headers
        body = Data(data[end.upperBound...])
    }
}

/// Whole requests over a fresh connection each (`Connection: close`).
public enum HTTP {
    public static func request(
        port: UInt16, _ method: String, _ target: String, headers: [String: String] = [:], body: Data = Data()
    ) throws -> TestResponse {
        let connection = try TestConnection(port: port)
        var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        if method == "POST" || !body.isEmpty { head += "Content-Length: \(body.count)\r\n" }
        connection.send(Data((head + "\r\n").utf8) + body)
        guard let response = TestResponse(connection.readAll()) else {
            throw TestClientError("no HTTP answer to \(method) \(target)")
        }
        return response
    }

    /// A `multipart/form-data` body of `fields` (name, file name or nil for a text field, content), and its
    /// content type.
    public static func form(_ fields: [(name: String, filename: String?, data: Data)]) -> (body: Data, type: String) {
        let boundary = "----helder-test-\(UInt32.random(in: 0...UInt32.max))"
        var body = Data()
        for field in fields {
            var part = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field.name)\""
            if let filename = field.filename {
                part += "; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream"
            }
            body += Data((part + "\r\n\r\n").utf8) + field.data + Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return (body, "multipart/form-data; boundary=\(boundary)")
    }
}
