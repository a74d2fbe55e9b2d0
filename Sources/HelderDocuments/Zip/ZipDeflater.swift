import CZlib
import Foundation

/// Raw deflate compression through zlib, as ZIP's method 8 stores it (no zlib header or trailer).
enum ZipDeflater {
    /// How much compressed output is taken from zlib per call.
    static let outputChunkSize = 64 * 1024
    /// How much input is handed to zlib at once; keeps `avail_in` far below UInt32.max.
    static let inputChunkSize = 1024 * 1024

    /// `data` deflated at zlib's default level; the same input always gives the same bytes.
    static func deflate(_ data: Data, name: String) throws(ZipError) -> Data {
        let result = data.withUnsafeBytes { input in
            deflate(input.bindMemory(to: Bytef.self), name: name)
        }
        return try result.get()
    }

    /// The zlib part: the stream, its buffers and every pointer into them live and die in this function.
    private static func deflate(_ input: UnsafeBufferPointer<Bytef>, name: String) -> Result<Data, ZipError> {
        // zlib checks that the z_stream stays where it was initialised, so it needs a fixed address.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let chunk = UnsafeMutablePointer<Bytef>.allocate(capacity: outputChunkSize)
        defer {
            chunk.deallocate()
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
        guard helder_deflate_init_raw(stream) == Z_OK else { return .failure(.corrupt("zlib kon niet starten")) }
        defer { deflateEnd(stream) }

        var output = Data()
        var consumed = 0
        while true {
            if stream.pointee.avail_in == 0, consumed < input.count, let base = input.baseAddress {
                let length = min(input.count - consumed, inputChunkSize)
                // zlib's next_in is not const unless ZLIB_CONST is defined; deflate only reads it.
                stream.pointee.next_in = UnsafeMutablePointer(mutating: base + consumed)
                stream.pointee.avail_in = uInt(length)
                consumed += length
            }
            // Finishing only once all input has been handed over keeps the stream one deflate block sequence.
            let flush = consumed == input.count && stream.pointee.avail_in == 0 ? Z_FINISH : Z_NO_FLUSH
            stream.pointee.next_out = chunk
            stream.pointee.avail_out = uInt(outputChunkSize)
            let status = CZlib.deflate(stream, flush)
            output.append(chunk, count: outputChunkSize - Int(stream.pointee.avail_out))
            switch status {
            case Z_OK:
                continue
            case Z_STREAM_END:
                return .success(output)
            default:
                // With fresh output space every call, zlib only fails here on a broken stream.
                return .failure(.corrupt("zlib kon \(name) niet comprimeren"))
            }
        }
    }
}
