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

    public init(source: String, format: DocumentFormat, blocks: [Block], notices: [String] = []) {
        self.source = source
        self.format = format
        self.blocks = blocks
        self.notices = notices
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

    public init(kind: BlockKind, text: String, origin: Origin) {
        self.kind = kind
        self.text = text
        self.origin = origin
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
