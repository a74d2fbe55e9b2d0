/// Text made safe for HTML: in element content and in quoted attribute values alike (also for the web service's
/// own pages).
public enum HTML {
    /// `&`, `<`, `>`, `"` and `'` as character references; control characters other than tab and
    /// line breaks, and noncharacters, are dropped (they are not allowed in HTML).
    public static func escape(_ text: some StringProtocol) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            default:
                // Control characters and noncharacters (U+FDD0–FDEF, U+xFFFE and U+xFFFF) are not allowed in HTML.
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value)
                    || value & 0xFFFE == 0xFFFE
                {
                    continue
                }
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
