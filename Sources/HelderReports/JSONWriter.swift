/// Writes pretty-printed JSON (two-space indent) straight into a byte buffer, in the order it is called.
///
/// Reports can hold tens of thousands of findings; writing them directly, without building a tree of
/// values first, keeps rendering proportional to the output.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Per open container: how many members or elements it has so far.
    private var counts: [Int] = []
    /// Whether a key was just written, so the value follows on the same line.
    private var afterKey = false

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// The JSON written since the last call, without a final newline; what comes next continues it.
    mutating func take() -> String {
        defer { bytes.removeAll(keepingCapacity: true) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The JSON text with a final newline.
    mutating func text() -> String {
        bytes.append(0x0A)
        defer { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    mutating func beginObject() {
        startValue()
        bytes.append(UInt8(ascii: "{"))
        counts.append(0)
    }

    mutating func endObject() { end(UInt8(ascii: "}")) }

    mutating func beginArray() {
        startValue()
        bytes.append(UInt8(ascii: "["))
        counts.append(0)
    }

    mutating func endArray() { end(UInt8(ascii: "]")) }

    /// Starts a member of the current object.
    mutating func key(_ name: String) {
        newElement()
        writeString(name)
        bytes.append(contentsOf: [UInt8(ascii: ":"), 0x20])
        afterKey = true
    }

    mutating func string(_ value: String) {
        startValue()
        writeString(value)
    }

    mutating func int(_ value: Int?) {
        startValue()
        if let value { bytes.append(contentsOf: String(value).utf8) } else { appendNull() }
    }

    /// A finite number rounded to `decimals`, without trailing zeros; `null` when absent or not finite.
    mutating func number(_ value: Double?, decimals: Int) {
        startValue()
        guard let value, value.isFinite else { return appendNull() }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            bytes.append(contentsOf: String(Int(rounded)).utf8)
            return
        }
        bytes.append(contentsOf: String(rounded).utf8)
    }

    mutating func bool(_ value: Bool) {
        startValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func null() {
        startValue()
        appendNull()
    }

    /// `"key": "value"` in one call.
    mutating func member(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    /// `"key": 12` (or `null`) in one call.
    mutating func member(_ name: String, _ value: Int?) {
        key(name)
        int(value)
    }

    /// `"key": 1.25` (rounded to `decimals`, or `null`) in one call.
    mutating func member(_ name: String, _ value: Double?, decimals: Int) {
        key(name)
        number(value, decimals: decimals)
    }

    /// `"key": true` in one call.
    mutating func member(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }

    private mutating func appendNull() {
        bytes.append(contentsOf: "null".utf8)
    }

    /// Before a value: inside an array it is a new element; after a key it follows on the line.
    private mutating func startValue() {
        if afterKey {
            afterKey = false
        } else if !counts.isEmpty {
            newElement()
        }
    }

    /// A comma (after the first element), a line break and the indentation.
    private mutating func newElement() {
        if counts[counts.count - 1] > 0 { bytes.append(UInt8(ascii: ",")) }
        counts[counts.count - 1] += 1
        bytes.append(0x0A)
        indent(counts.count)
    }

    private mutating func end(_ closer: UInt8) {
        let count = counts.removeLast()
        if count > 0 {
            bytes.append(0x0A)
            indent(counts.count)
        }
        bytes.append(closer)
    }

    private mutating func indent(_ level: Int) {
        for _ in 0..<(level * 2) { bytes.append(0x20) }
    }

    /// A JSON string: UTF-8 passes through in runs; quotes, backslashes, control characters and
    /// U+2028/2029 (valid JSON that breaks JavaScript embedding the report) are escaped.
    private mutating func writeString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { source in
            var runStart = 0
            var index = 0
            while index < source.count {
                let byte = source[index]
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
                where index + 2 < source.count && source[index + 1] == 0x80
                    && (source[index + 2] == 0xA8 || source[index + 2] == 0xA9):
                    escape = source[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                default:
                    escape = nil
                }
                guard let escape else {
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                bytes.append(contentsOf: escape.utf8)
                index += byte == 0xE2 ? 3 : 1
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
