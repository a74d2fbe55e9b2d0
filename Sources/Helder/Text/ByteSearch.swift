import Foundation

/// Substring search on UTF-8 bytes: `memchr` finds candidates for the first byte, `memcmp` checks them.
///
/// Foundation's `String.range(of:)` and `contains(_:)` go through `NSString` on Linux, which on a
/// large letter costs more than the whole analysis; these work on the bytes Helder already has.
public enum ByteSearch {
    /// Where `needle` first occurs in `haystack` at or after `from`; nil when it does not, or when `needle` is empty.
    public static func firstIndex(
        of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int = 0
    ) -> Int? {
        guard let first = needle.first, let base = haystack.baseAddress, let pattern = needle.baseAddress,
            from >= 0, needle.count <= haystack.count
        else { return nil }
        let lastStart = haystack.count - needle.count
        var offset = from
        while offset <= lastStart {
            guard let found = memchr(base + offset, Int32(first), lastStart - offset + 1) else { return nil }
            let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + position, pattern, needle.count) == 0 { return position }
            offset = position + 1
        }
        return nil
    }

    /// Whether `needle` occurs in `haystack`; an empty needle always does.
    public static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { firstIndex(of: $0, in: hay) != nil }
        }
    }
}
