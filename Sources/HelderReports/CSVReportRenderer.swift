import Helder

/// One row per input (readable or not), for spreadsheets: RFC 4180 quoting and a UTF-8 byte order mark
/// so Excel shows `ë` correctly. With `;` as separator (Dutch Excel), decimals are written with a comma.
public enum CSVReportRenderer {
    /// The column names, in order.
    public static let columns = [
        "path", "format", "words", "sentences", "fleschDouma", "brouwer", "level", "readability", "jargon", "tone",
        "overall", "jargonPer100Words", "coercionPer100Words", "readabilityFindings", "jargonFindings",
        "coercionFindings", "structureFindings", "documentFindings", "errors", "warnings", "infos", "groups",
        "omittedFindings", "error",
    ]

    /// The CSV text of a run, starting with a byte order mark and ending with CRLF.
    public static func render(_ items: [ReportItem], separator: Character = ",") -> String {
        var stream = Stream(separator: separator)
        return stream.render(items)
    }

    /// The CSV written one row at a time.
    public struct Stream: ReportStream {
        let separator: Character

        public init(separator: Character = ",") { self.separator = separator }

        public mutating func head() -> String { "\u{FEFF}" + line(columns) }

        public mutating func part(for item: ReportItem) -> String { line(row(item, separator: separator)) }

        public mutating func tail() -> String { "" }

        private func line(_ fields: [String]) -> String {
            fields.map { field($0, separator) }.joined(separator: String(separator)) + "\r\n"
        }
    }

    static func row(_ item: ReportItem, separator: Character) -> [String] {
        switch item {
        case .failure(let path, let message):
            return [path] + Array(repeating: "", count: columns.count - 2) + [message]
        case .document(let report):
            let decimal = { (value: Double?) -> String in
                guard let value else { return "" }
                let text = String((value * 100).rounded() / 100)
                return separator == ";" ? text.replacingOccurrences(of: ".", with: ",") : text
            }
            let count = { (category: FindingCategory) in
                String(report.findings.filter { $0.category == category }.count)
            }
            let scores = report.scores
            return [
                report.source, report.format.rawValue, String(report.metrics.words), String(report.metrics.sentences),
                decimal(report.metrics.fleschDouma), decimal(report.metrics.brouwer), report.level.level?.code ?? "",
                scores.readability.map(String.init) ?? "", scores.jargon.map(String.init) ?? "",
                scores.tone.map(String.init) ?? "", scores.overall.map(String.init) ?? "",
                decimal(report.densities.jargonPer100Words), decimal(report.densities.coercionPer100Words),
                count(.readability), count(.jargon), count(.coercion), count(.structure), count(.document),
                String(report.count(.error)), String(report.count(.warning)), String(report.count(.info)),
                String(report.groups.count), String(report.omittedFindings.count), "",
            ]
        }
    }

    /// A field, quoted when it holds the separator, a quote or a line break (quotes doubled).
    static func field(_ value: String, _ separator: Character) -> String {
        guard value.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
