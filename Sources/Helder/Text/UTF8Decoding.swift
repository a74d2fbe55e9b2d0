/// Decoding single scalars from well-formed UTF-8, for the byte-level readers and scanners.
public enum UTF8Decoding {
    /// The scalar value at `index` and its width in bytes; U+FFFD (width 1) for a truncated sequence.
    @inline(__always)
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0, index + 1 < bytes.count {
            return ((UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead < 0xF0, index + 2 < bytes.count {
            return (
                (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F),
                3
            )
        }
        if index + 3 < bytes.count {
            return (
                (UInt32(lead & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
                    | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F), 4
            )
        }
        return (0xFFFD, 1)
    }
}

/// Shorthand for `UTF8Decoding.scalar(in:at:)` inside the library.
@inline(__always)
func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
    UTF8Decoding.scalar(in: bytes, at: index)
}
