/// A JSON value with object keys kept in the order they were written, so the output is stable and readable.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number written with at most `decimals` digits after the point.
    case number(Double, decimals: Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// An optional number, `null` when absent.
    static func number(_ value: Double?, decimals: Int) -> JSONValue {
        value.map { .number($0, decimals: decimals) } ?? .null
    }

    /// An optional integer, `null` when absent.
    static func int(_ value: Int?) -> JSONValue {
        value.map { .int($0) } ?? .null
    }

    /// The value as pretty-printed JSON (two-space indent), ending without a newline.
    public func serialized() -> String {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(to: &output, indent: 0)
        return String(decoding: output, as: UTF8.self)
    }

    private static func append(_ text: String, to output: inout [UInt8]) {
        output.append(contentsOf: text.utf8)
    }

    private static func indent(_ level: Int, to output: inout [UInt8]) {
        for _ in 0..<(level * 2) { output.append(0x20) }
    }

    private func write(to output: inout [UInt8], indent: Int) {
        switch self {
        case .null: Self.append("null", to: &output)
        case .bool(let value): Self.append(value ? "true" : "false", to: &output)
        case .int(let value): Self.append(String(value), to: &output)
        case .number(let value, let decimals): Self.append(Self.format(value, decimals: decimals), to: &output)
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let values):
            guard !values.isEmpty else { return Self.append("[]", to: &output) }
            Self.append("[\n", to: &output)
            for (index, value) in values.enumerated() {
                Self.indent(indent + 1, to: &output)
                value.write(to: &output, indent: indent + 1)
                Self.append(index == values.count - 1 ? "\n" : ",\n", to: &output)
            }
            Self.indent(indent, to: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return Self.append("{}", to: &output) }
            Self.append("{\n", to: &output)
            for (index, (key, value)) in members.enumerated() {
                Self.indent(indent + 1, to: &output)
                Self.writeString(key, to: &output)
                Self.append(": ", to: &output)
                value.write(to: &output, indent: indent + 1)
                Self.append(index == members.count - 1 ? "\n" : ",\n", to: &output)
            }
            Self.indent(indent, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// A finite number rounded to `decimals`, without trailing zeros; non-finite numbers become `null`.
    static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "null" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// Writes `value` as a JSON string: UTF-8 passes through in runs, control characters, quotes,
    /// backslashes and U+2028/2029 are escaped.
    private static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let escape: String?
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x00..<0x20:
                    let hex = String(byte, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                case 0xE2
                where index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    // Valid JSON, but it breaks JavaScript that embeds the report.
                    escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                default:
                    escape = nil
                }
                guard let escape else {
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output.append(contentsOf: escape.utf8)
                index += byte == 0xE2 ? 3 : 1
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
