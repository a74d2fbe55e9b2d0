import CZlib
import Foundation

/// Raw deflate compression through zlib, as ZIP's method 8 stores it (no zlib header or trailer).
enum ZipDeflater {
    /// `data` deflated at zlib's default level; the same input always gives the same bytes.
    static func deflate(_ data: Data, name: String) throws(ZipError) -> Data {
        let result = data.withUnsafeBytes { input in
            deflate(input.bindMemory(to: Bytef.self), name: name)
        }
        return try result.get()
    }

    /// The zlib part: the stream, its buffers and every pointer into them live and die in this function.
    private static func deflate(_ input: UnsafeBufferPointer<Bytef>, name: String) -> Result<Data, ZipError> {
        ZlibStream.with(input) { zlib in
            guard helder_deflate_init_raw(zlib.stream) == Z_OK else {
                return .failure(.corrupt(.zlibUnavailable))
            }
            defer { deflateEnd(zlib.stream) }
            var output = Data()
            while true {
                zlib.prepare()
                // Finishing only once all input has been handed over keeps the stream one deflate block sequence.
                let status = CZlib.deflate(zlib.stream, zlib.inputDone ? Z_FINISH : Z_NO_FLUSH)
                output.append(zlib.chunk, count: zlib.produced)
                switch status {
                case Z_OK:
                    continue
                case Z_STREAM_END:
                    return .success(output)
                default:
                    // With fresh output space every call, zlib only fails here on a broken stream.
                    return .failure(.corrupt(.compressionFailed(name)))
                }
            }
        }
    }
}
