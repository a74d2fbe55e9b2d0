import Foundation
import Helder
import HelderDocuments
import HelderReports

/// A Word letter with Helder's review in it: the one way `helder annotate` and the web service make it, so the
/// two cannot drift. The report decides what is said (`ReviewComments`), the annotator where it goes
/// (`DOCXAnnotator`).
public enum WordReview {
    /// What the review was made from, and the annotated document.
    public struct Outcome: Sendable {
        public var report: DocumentReport
        public var result: DOCXAnnotator.Result
    }

    /// `data` (a .docx from `source`) with comments: findings of at least `minimum` severity, one comment per
    /// group, and when `limitPerPage` is set at most that many comments per page of letter (the rest named in the
    /// summary). With `suggest`, the safe plain alternatives become tracked changes and get no comment of their own.
    public static func annotate(
        _ data: Data, source: String, analyzer: Analyzer, minimum: Severity, limitPerPage: Int?, suggest: Bool,
        limits: DocumentLoader.ServiceLimits? = nil
    ) throws(DocumentError) -> Outcome {
        let (document, map) = try DocumentLoader(limits: limits).readWord(data, source: source)
        let report = analyzer.analyze(document).showing(atLeast: minimum)
        let substituted = suggest ? ReviewComments.substitutedFindings(of: report) : []
        let limit = limitPerPage.map { $0 * ReviewComments.pages(of: report) }
        let result = try DOCXAnnotator.annotate(
            data, source: source, map: map,
            comments: ReviewComments.comments(for: report, substituted: substituted, limit: limit),
            substitutions: suggest ? ReviewComments.substitutions(for: report) : [], anchor: report.firstParagraph)
        return Outcome(report: report, result: result)
    }
}
