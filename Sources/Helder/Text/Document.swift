/// A letter as Helder sees it: blocks of text in reading order, each with where it came from.
///
/// Readers in `HelderDocuments` build documents from files; everything in `Helder` starts here.
public struct Document: Sendable, Equatable {
    /// The file path the document was read from, or `-` for standard input.
    public var source: String
    /// The file format the text was taken from.
    public var format: DocumentFormat
    /// The text in reading order.
    public var blocks: [Block]
    /// Things the reader of a report should know about how the file was read (in Dutch).
    public var notices: [String]
    /// Places where the letter itself asks Helder not to report some rules.
    public var suppressions: [Suppression]

    public init(
        source: String, format: DocumentFormat, blocks: [Block], notices: [String] = [],
        suppressions: [Suppression] = []
    ) {
        self.source = source
        self.format = format
        self.blocks = blocks
        self.notices = notices
        self.suppressions = suppressions
    }
}

/// Rules the letter switches off for some of its lines (`helder-disable-next-line jargon.ambtelijk`,
/// `<!-- helder-disable … -->` … `<!-- helder-enable … -->`) or paragraphs (a Word comment
/// `helder:negeer jargon.ambtelijk`).
public struct Suppression: Sendable, Equatable {
    /// What the covered range counts.
    public enum Scope: Sendable, Equatable {
        /// Source lines of a text, Markdown or HTML file.
        case lines
        /// Paragraph numbers of a Word or OpenDocument letter.
        case paragraphs
    }

    /// The rule ids; empty means every rule.
    public var rules: Set<String>
    /// The source lines (or paragraphs) it covers.
    public var lines: ClosedRange<Int>
    /// Whether `lines` counts lines or paragraphs.
    public var scope: Scope

    public init(rules: Set<String>, lines: ClosedRange<Int>, scope: Scope = .lines) {
        self.rules = rules
        self.lines = lines
        self.scope = scope
    }

    /// Whether `finding` falls under this suppression.
    public func covers(_ finding: Finding) -> Bool {
        guard rules.isEmpty || rules.contains(finding.rule) else { return false }
        switch scope {
        case .lines: return finding.location.paragraph == nil && lines.contains(finding.location.line)
        case .paragraphs: return finding.location.paragraph.map(lines.contains) ?? false
        }
    }

    /// What a Word or OpenDocument comment says to switch rules off: `helder:negeer [RULE …]`.
    public static let commentMarker = "helder:negeer"

    /// The rule ids written after a marker such as `helder-disable`, up to the end of a comment (`-->`, `#}`, `}}`).
    public static func rules(after marker: String, in text: Substring) -> Set<String>? {
        guard let range = text.range(of: marker) else { return nil }
        var rest = text[range.upperBound...]
        for end in ["-->", "#}", "%}", "}}"] {
            if let close = rest.range(of: end) { rest = rest[..<close.lowerBound] }
        }
        return Set(rest.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init))
    }
}

/// The file formats Helder reads.
public enum DocumentFormat: String, Sendable, Equatable, CaseIterable {
    case text
    case markdown
    case html
    case docx
    case odt
}

/// One unit of layout: a paragraph, heading, list item or table cell.
public struct Block: Sendable, Equatable {
    /// What kind of layout unit this is.
    public var kind: BlockKind
    /// The text, with line breaks inside the block kept as `\n`.
    public var text: String
    /// Where the block starts in the source file.
    public var origin: Origin
    /// For a list item: whether its list is numbered (`1.`, `a)`, `<ol>`, Word numbering) rather than
    /// bulleted, so a report can show the letter's list as the reader sees it.
    public var isNumbered: Bool

    public init(kind: BlockKind, text: String, origin: Origin, isNumbered: Bool = false) {
        self.kind = kind
        self.text = text
        self.origin = origin
        self.isNumbered = isNumbered
    }
}

/// The layout role of a block.
public enum BlockKind: String, Sendable, Equatable {
    case paragraph
    case heading
    case listItem
    case tableCell
}

/// Where a block starts in its source: a line and column in text files, a paragraph number in word processor files.
public enum Origin: Sendable, Equatable {
    /// 1-based line and column (in characters) of the block's first character.
    case text(line: Int, column: Int)
    /// 1-based paragraph number in a DOCX or ODT file.
    case paragraph(Int)
}
