import CZlib
import Foundation

/// Raw deflate decompression and CRC-32 through zlib, with the output capped at the declared size.
enum ZipInflater {
    /// How much is inflated per zlib call; also the most the output buffer can be asked to hold beyond its size.
    static let outputChunkSize = 64 * 1024
    /// How much compressed input is handed to zlib at once; keeps `avail_in` far below UInt32.max.
    static let inputChunkSize = 1024 * 1024

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
        // zlib keeps a pointer back to its z_stream and checks it on every call, so the stream needs
        // a fixed address; an `&stream` inout argument may be a different temporary each time.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let chunk = UnsafeMutablePointer<Bytef>.allocate(capacity: outputChunkSize)
        defer {
            chunk.deallocate()
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
        guard helder_inflate_init_raw(stream) == Z_OK else { return .failure(.corrupt("zlib kon niet starten")) }
        defer { inflateEnd(stream) }

        var output = Data()
        output.reserveCapacity(size)
        var consumed = 0
        while true {
            if stream.pointee.avail_in == 0, consumed < input.count, let base = input.baseAddress {
                let length = min(input.count - consumed, inputChunkSize)
                // zlib's next_in is not const unless ZLIB_CONST is defined; inflate only reads it.
                stream.pointee.next_in = UnsafeMutablePointer(mutating: base + consumed)
                stream.pointee.avail_in = uInt(length)
                consumed += length
            }
            stream.pointee.next_out = chunk
            stream.pointee.avail_out = uInt(outputChunkSize)
            let status = CZlib.inflate(stream, Z_NO_FLUSH)
            let produced = outputChunkSize - Int(stream.pointee.avail_out)
            // The declared size is the cap: a lying size must not let a bomb through.
            guard produced <= size - output.count else { return .failure(.tooLarge(name)) }
            output.append(chunk, count: produced)
            switch status {
            case Z_OK:
                continue
            case Z_STREAM_END:
                guard output.count == size else {
                    return .failure(.corrupt("\(name) is kleiner dan de inhoudsopgave aangeeft"))
                }
                return .success(output)
            case Z_BUF_ERROR:
                // No progress with fresh output space: the input ran out before the stream ended.
                return .failure(.truncated)
            default:
                return .failure(.corrupt("de gecomprimeerde gegevens van \(name) zijn beschadigd"))
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
                let length = min(bytes.count - offset, inputChunkSize)
                crc = CZlib.crc32(crc, base + offset, uInt(length))
                offset += length
            }
            return UInt32(truncatingIfNeeded: crc)
        }
    }
}
