import CZlib
import Foundation

/// Raw deflate decompression and CRC-32 through zlib, with the output capped at the declared size.
enum ZipInflater {
    /// Inflates `compressed` into exactly `size` bytes; `.tooLarge(name)` as soon as it would produce more.
    static func inflate(_ compressed: Data, size: Int, name: String) throws(ZipError) -> Data {
        let result = compressed.withUnsafeBytes { input in
            inflate(input.bindMemory(to: Bytef.self), size: size, name: name)
        }
        return try result.get()
    }

    /// The zlib part: the stream, its buffers and every pointer into them live and die in this function.
    private static func inflate(
        _ input: UnsafeBufferPointer<Bytef>, size: Int, name: String
    ) -> Result<Data, ZipError> {
        ZlibStream.with(input) { zlib in
            guard helder_inflate_init_raw(zlib.stream) == Z_OK else {
                return .failure(.corrupt(.zlibUnavailable))
            }
            defer { inflateEnd(zlib.stream) }
            var output = Data()
            output.reserveCapacity(size)
            while true {
                zlib.prepare()
                let status = CZlib.inflate(zlib.stream, Z_NO_FLUSH)
                // The declared size is the cap: a lying size must not let a bomb through.
                guard zlib.produced <= size - output.count else { return .failure(.tooLarge(name)) }
                output.append(zlib.chunk, count: zlib.produced)
                switch status {
                case Z_OK:
                    continue
                case Z_STREAM_END:
                    guard output.count == size else {
                        return .failure(.corrupt(.shorterThanDirectory(name)))
                    }
                    return .success(output)
                case Z_BUF_ERROR:
                    // No progress with fresh output space: the input ran out before the stream ended.
                    return .failure(.truncated)
                default:
                    return .failure(.corrupt(.damagedCompressedData(name)))
                }
            }
        }
    }

    /// The CRC-32 of `data`, as ZIP stores it.
    static func checksum(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: Bytef.self)
            guard let base = bytes.baseAddress else { return 0 }
            var crc = CZlib.crc32(0, nil, 0)
            var offset = 0
            // crc32 takes a 32-bit length; entries are capped far below that, but stay correct anyway.
            while offset < bytes.count {
                let length = min(bytes.count - offset, ZlibStream.inputChunkSize)
                crc = CZlib.crc32(crc, base + offset, uInt(length))
                offset += length
            }
            return UInt32(truncatingIfNeeded: crc)
        }
    }
}
