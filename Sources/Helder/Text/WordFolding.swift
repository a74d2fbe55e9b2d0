import Foundation

/// Turns a word as written into the key lexicons are looked up by: lowercase, NFC, typographic apostrophe as `'`.
///
/// ASCII words (the vast majority) are folded byte by byte; anything else goes through Foundation,
/// so decomposed Word text (`e` + U+0308) meets the precomposed `ë` in the lexicons.
enum WordFolding {
    /// Writes the folded form of `word` into `buffer` (replacing its contents).
    static func fold(_ word: UnsafeBufferPointer<UInt8>, into buffer: inout [UInt8]) {
        // Keep the capacity: the buffer is reused for many words.
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: repeatElement(0, count: word.count))
        if let length = buffer.withUnsafeMutableBufferPointer({ foldSimple(word, into: $0) }) {
            buffer.removeLast(buffer.count - length)
            return
        }
        buffer = Array(fold(String(decoding: word, as: UTF8.self)).utf8)
    }

    /// Folds byte by byte what Dutch text mostly holds: ASCII, precomposed Latin-1 letters, typographic
    /// punctuation (`’` becomes `'`), into `output` (at least as long as `word`); returns the length, or nil
    /// when Foundation is needed (combining marks, other capitals, other scripts).
    static func foldSimple(_ word: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var index = 0
        var length = 0
        while index < word.count {
            let byte = word[index]
            if byte < 0x80 {
                output[length] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                index += 1
                length += 1
            } else if byte == 0xC3 || byte == 0xC2, index + 1 < word.count {
                // U+00C0–U+00DE (except ×) are capitals whose small letter is 0x20 further; U+0080–U+00BF have no case.
                let next = word[index + 1]
                output[length] = byte
                output[length + 1] = byte == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next
                index += 2
                length += 2
            } else if byte == 0xE2, index + 2 < word.count, word[index + 1] == 0x80 || word[index + 1] == 0x82 {
                // General punctuation and currency signs have no case; the typographic apostrophe becomes `'`.
                if word[index + 1] == 0x80, word[index + 2] == 0x99 || word[index + 2] == 0x98 {
                    output[length] = UInt8(ascii: "'")
                    length += 1
                } else {
                    output[length] = byte
                    output[length + 1] = word[index + 1]
                    output[length + 2] = word[index + 2]
                    length += 3
                }
                index += 3
            } else {
                return nil
            }
        }
        return length
    }

    /// The folded form of `word`.
    static func fold(_ word: String) -> String {
        var word = word
        let fast: String? = word.withUTF8 { bytes in
            var output = [UInt8](repeating: 0, count: bytes.count)
            guard let length = output.withUnsafeMutableBufferPointer({ foldSimple(bytes, into: $0) }) else {
                return nil
            }
            return String(decoding: output[0..<length], as: UTF8.self)
        }
        if let fast { return fast }
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
