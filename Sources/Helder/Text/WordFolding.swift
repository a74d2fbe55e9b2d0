import Foundation

/// Turns a word as written into the key lexicons are looked up by: lowercase, NFC, typographic apostrophe as `'`.
///
/// ASCII words (the vast majority) are folded byte by byte; anything else goes through Foundation,
/// so decomposed Word text (`e` + U+0308) meets the precomposed `ë` in the lexicons.
enum WordFolding {
    /// Writes the folded form of `word` into `buffer` (replacing its contents).
    static func fold(_ word: UnsafeBufferPointer<UInt8>, into buffer: inout [UInt8]) {
        if buffer.count < word.count { buffer = [UInt8](repeating: 0, count: word.count) }
        if let length = buffer.withUnsafeMutableBufferPointer({ foldSimple(word, into: $0) }) {
            buffer.removeLast(buffer.count - length)
            return
        }
        buffer = Array(fold(String(decoding: word, as: UTF8.self)).utf8)
    }

    /// Folds ASCII and precomposed Latin-1 letters byte by byte into `output` (at least as long as `word`)
    /// and returns the length; nil when Foundation is needed (combining marks, typographic apostrophes, other scripts).
    static func foldSimple(_ word: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < word.count {
            let byte = word[index]
            if byte < 0x80 {
                output[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                index += 1
            } else if byte == 0xC3, index + 1 < word.count {
                // U+00C0–U+00DE (except ×) are capitals whose small letter is 0x20 further.
                let next = word[index + 1]
                output[index] = byte
                output[index + 1] = next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next
                index += 2
            } else {
                return nil
            }
        }
        return word.count
    }

    /// The folded form of `word`.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            guard word.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return word }
            return String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return word.replacingOccurrences(of: "\u{2019}", with: "'")
            .lowercased()
            .precomposedStringWithCanonicalMapping
    }
}

/// A reusable buffer for folding one word at a time without allocating per word.
struct FoldBuffer {
    private var storage = [UInt8](repeating: 0, count: 64)
    private var spill: [UInt8] = []

    /// Folds `word` and hands the folded UTF-8 bytes to `body`.
    mutating func fold<R>(_ word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if storage.count < word.count { storage = [UInt8](repeating: 0, count: word.count * 2) }
        let length = storage.withUnsafeMutableBufferPointer { WordFolding.foldSimple(word, into: $0) }
        if let length {
            return storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<length])) }
        }
        WordFolding.fold(word, into: &spill)
        return spill.withUnsafeBufferPointer(body)
    }
}
