/// Numbers as Dutch readers write them: `1.234` and `19,8`.
enum DutchNumberFormat {
    /// An integer with dots between thousands.
    static func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "." }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// A number with exactly `decimals` decimals after a comma.
    static func decimal(_ value: Double, decimals: Int = 1) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = scaled % Int(scale)
        var text = integer(whole)
        if decimals > 0 {
            let digits = String(fraction)
            text += "," + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return value < 0 && scaled != 0 ? "-" + text : text
    }

    /// Items as a Dutch list: `4`, `4 en 7`, `4, 7 en 9`; past `limit` items the rest is counted
    /// (`4, 7, 9 en 5 andere`).
    static func list(_ items: [String], limit: Int = 8) -> String {
        var shown = Array(items.prefix(limit))
        if items.count > limit { shown.append("\(items.count - limit) andere") }
        guard shown.count > 1 else { return shown.first ?? "" }
        return shown.dropLast().joined(separator: ", ") + " en " + shown.last!
    }

    /// A share (0–1) as a percentage with one decimal: `78,2 %`.
    static func percentage(_ share: Double) -> String {
        decimal(share * 100, decimals: 1) + " %"
    }
}
