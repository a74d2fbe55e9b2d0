import Foundation
import Helder

/// Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252 for old templates.
enum TextDecoding {
    /// The decoded text with line breaks as `\n`, and a Dutch notice when the encoding had to be guessed.
    static func decode(_ data: Data, source: String) throws(DocumentError) -> (text: String, notice: String?) {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw DocumentError(source: source, problem: .invalidEncoding("UTF-8 (met BOM)"))
            }
            return (normalizeLineBreaks(text), nil)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard (bytes.count - 2) % 2 == 0, let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding)
            else {
                throw DocumentError(source: source, problem: .invalidEncoding("UTF-16"))
            }
            return (normalizeLineBreaks(text), nil)
        }
        if bytes.contains(0) {
            throw DocumentError(source: source, problem: .binary)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (bytes.contains(0x0D) ? normalizeLineBreaks(text) : text, nil)
        }
        return (
            normalizeLineBreaks(windows1252(bytes)),
            "Dit bestand is geen geldige UTF-8 en is gelezen als Windows-1252. Controleer of letters als ë en é goed zijn overgekomen."
        )
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
