import CZlib

/// What inflating and deflating share: a `z_stream` at a fixed address with an output buffer, and
/// handing the input to zlib in pieces.
struct ZlibStream {
    /// How much output is taken from zlib per call.
    static let outputChunkSize = 64 * 1024
    /// How much input is handed to zlib at once; keeps `avail_in` far below UInt32.max.
    static let inputChunkSize = 1024 * 1024

    let stream: UnsafeMutablePointer<z_stream>
    let chunk: UnsafeMutablePointer<Bytef>
    private let input: UnsafeBufferPointer<Bytef>
    /// How much of the input zlib has been given.
    private(set) var consumed = 0

    /// Runs `body` with a fresh stream over `input`; the stream and its buffer live only inside.
    ///
    /// zlib keeps a pointer back to its z_stream and checks it on every call, so the stream needs a
    /// fixed address; an `&stream` inout argument may be a different temporary each time.
    static func with<Result>(_ input: UnsafeBufferPointer<Bytef>, _ body: (inout ZlibStream) -> Result) -> Result {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let chunk = UnsafeMutablePointer<Bytef>.allocate(capacity: outputChunkSize)
        defer {
            chunk.deallocate()
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
        var zlib = ZlibStream(stream: stream, chunk: chunk, input: input)
        return body(&zlib)
    }

    /// Whether all input has been handed to zlib and zlib has taken it.
    var inputDone: Bool { consumed == input.count && stream.pointee.avail_in == 0 }

    /// Hands zlib the next piece of input once it has used the last, and fresh output space.
    mutating func prepare() {
        if stream.pointee.avail_in == 0, consumed < input.count, let base = input.baseAddress {
            let length = min(input.count - consumed, Self.inputChunkSize)
            // zlib's next_in is not const unless ZLIB_CONST is defined; it only reads it.
            stream.pointee.next_in = UnsafeMutablePointer(mutating: base + consumed)
            stream.pointee.avail_in = uInt(length)
            consumed += length
        }
        stream.pointee.next_out = chunk
        stream.pointee.avail_out = uInt(Self.outputChunkSize)
    }

    /// How many bytes of `chunk` the last call produced.
    var produced: Int { Self.outputChunkSize - Int(stream.pointee.avail_out) }
}
