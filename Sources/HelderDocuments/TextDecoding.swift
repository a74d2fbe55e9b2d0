import Foundation
import Helder

/// Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252 for old templates.
enum TextDecoding {
    /// The decoded text with line breaks as `\n`, and a Dutch notice when the encoding had to be guessed.
    static func decode(_ data: Data, source: String) throws(DocumentError) -> (text: String, notice: String?) {
        var bytes = [UInt8](data)
        var bomEncoding: String.Encoding?
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            bomEncoding = .utf8
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            bomEncoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            bytes.removeFirst(2)
            guard bytes.count % 2 == 0, let text = String(data: Data(bytes), encoding: bomEncoding!) else {
                throw DocumentError(source: source, problem: .invalidEncoding("UTF-16"))
            }
            guard !text.unicodeScalars.contains("\u{0}") else { throw DocumentError(source: source, problem: .binary) }
            return (normalizeLineBreaks(text), nil)
        }
        if bytes.contains(0) {
            throw DocumentError(source: source, problem: .binary)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (bytes.contains(0x0D) ? normalizeLineBreaks(text) : text, nil)
        }
        if bomEncoding == .utf8 || containsUTF8Sequences(bytes) {
            // Mostly UTF-8 with a few bad bytes: keep the good text and mark the bad bytes.
            return (
                normalizeLineBreaks(String(decoding: bytes, as: UTF8.self)),
                "Dit bestand bevat bytes die geen geldige UTF-8 zijn; die zijn vervangen door �. Controleer de tekst op die plekken."
            )
        }
        return (
            normalizeLineBreaks(windows1252(bytes)),
            "Dit bestand is geen geldige UTF-8 en is gelezen als Windows-1252. Controleer of letters als ë en é goed zijn overgekomen."
        )
    }

    /// Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence (a sign the file is UTF-8).
    private static func containsUTF8Sequences(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length =
                lead >= 0xF0 && lead < 0xF5 ? 4 : lead >= 0xE0 && lead < 0xF0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 1
            if length > 1, index + length <= bytes.count,
                (1..<length).allSatisfy({ bytes[index + $0] & 0xC0 == 0x80 })
            {
                return true
            }
            index += 1
        }
        return false
    }

    private static func normalizeLineBreaks(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Windows-1252: Latin-1 except 0x80–0x9F, which hold typographic quotes, the euro sign and dashes.
    private static func windows1252(_ bytes: [UInt8]) -> String {
        let high: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
            0xFFFD,
            0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161,
            0x203A,
            0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = byte >= 0x80 && byte <= 0x9F ? high[Int(byte - 0x80)] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
