/// A report written while a run goes on: a head, one part per input in input order, and a tail.
///
/// A batch of thousands of letters never holds more than the reports in flight: each part is
/// written out as soon as its input and every input before it are done. What the tail needs
/// (a batch overview, the unreadable files) is kept as a small summary, not as whole reports.
public protocol ReportStream {
    /// The text before the first input.
    mutating func head() -> String
    /// The text for one input.
    mutating func part(for item: ReportItem) -> String
    /// The text after the last input.
    mutating func tail() -> String
}

extension ReportStream {
    /// The whole report for `items` at once.
    public mutating func render(_ items: [ReportItem]) -> String {
        var output = head()
        for item in items { output += part(for: item) }
        return output + tail()
    }
}
