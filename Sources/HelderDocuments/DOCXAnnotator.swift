import Foundation
import Helder

/// Writes a copy of a Word document with review comments on the words they are about and, where
/// asked, plain alternatives as tracked changes, the way a colleague reviews a letter in Word.
///
/// Only `word/document.xml`, `word/comments.xml`, `[Content_Types].xml` and the document's
/// relationships change; every other part is copied byte for byte, existing comments and revisions
/// included. Runs are split where a comment starts or ends inside one (Word splits runs in the middle
/// of words all the time), so a comment spans exactly its words, across as many runs as they take.
public enum DOCXAnnotator {
    static let main = XMLNamespace.wordprocessingML
    static let xmlNamespace = XMLNamespace.xml
    static let documentPart = "word/document.xml"
    static let commentsPart = "word/comments.xml"
    static let relationshipsPart = "word/_rels/document.xml.rels"
    static let contentTypesPart = "[Content_Types].xml"
    static let commentsType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
    static let commentsContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"

    /// What was written.
    public struct Result: Sendable {
        /// The annotated document.
        public var data: Data
        /// Comments added.
        public var comments: Int
        /// Tracked changes added (one deletion and one insertion each).
        public var substitutions: Int
        /// Substitutions left out because the words sit where a tracked change cannot safely go (inside
        /// an earlier revision, a field or a content control, or crossing another comment's edge).
        public var skipped: [Substitution]
    }

    /// The annotated copy of `data`, whose blocks `map` describes (from `DOCXReader.readMapped`).
    ///
    /// Comments without a span, or on text outside the body (the letterhead in a header), are
    /// anchored on block `anchor` when it is in the body (the letter's first paragraph), else on the
    /// first block of the body. `date` and `author` go into every comment and change.
    public static func annotate(
        _ data: Data, source: String, map: DOCXSourceMap, comments: [ReviewComment],
        substitutions: [Substitution] = [], anchor: Int? = nil, author: String = "Helder", date: Date = Date()
    ) throws(DocumentError) -> Result {
        let archive: ZipArchive
        do {
            archive = try ZipArchive(data)
        } catch {
            throw DocumentError(source: source, problem: DOCXReader.problem(for: error))
        }
        guard let document = try part(documentPart, of: archive, source: source) else {
            throw DocumentError(
                source: source,
                problem: .notWordDocument)
        }
        // Strict Open XML names its elements in other namespaces, for which Helder writes no markup.
        guard document.namespaceURI(document.root) == main else {
            throw DocumentError(
                source: source,
                problem: .strictOpenXML)
        }
        let commentsXML = try part(commentsPart, of: archive, source: source) ?? EditableXML(emptyComments)!
        var editor = DOCXRunEditor(xml: document, map: map)
        let preferred = anchor.flatMap { block in
            editor.isPlaceable(TextSpan(block: block, range: 0..<1)) ? block : nil
        }
        guard let anchor = preferred ?? editor.firstBodyBlock else {
            throw DocumentError(
                source: source,
                problem: .nothingToAnnotate)
        }
        let wordParts = archive.entries.filter { $0.name.hasPrefix("word/") && $0.name.hasSuffix(".xml") }
        var ids = IDCounter(after: wordParts.compactMap { try? archive.contents(of: $0.name) })
        let stamp = timestamp(date)

        // Which substitutions can be made: not where a change cannot safely go, and not with another edge inside
        // the words (it would end up inside the deletion). A substitution that cannot be made gives its advice as
        // a comment instead, whose edges may in turn cross another substitution: settle that first.
        var comments = comments
        var wanted = substitutions.filter { editor.isPlaceable($0.span) }
        var skipped = substitutions.filter { !editor.isPlaceable($0.span) }
        comments += skipped.compactMap(\.comment)
        var placements: [DOCXRunEditor.Placement]
        var edges: [DOCXRunEditor.Edge]
        while true {
            placements = comments.map { editor.place($0.span, fallback: anchor) }
            edges =
                placements.flatMap { [$0.start, $0.end] }
                + wanted.flatMap { [$0.span.start, $0.span.end] }.enumerated().map { index, point in
                    DOCXRunEditor.Edge(point: point, side: index % 2 == 0 ? .start : .end)
                }
            let crossed = wanted.filter { substitution in
                edges.contains {
                    $0.point.block == substitution.span.block && $0.point.isStrictlyInside(substitution.span)
                }
            }
            if crossed.isEmpty { break }
            wanted.removeAll { crossed.contains($0) }
            skipped += crossed
            comments += crossed.compactMap(\.comment)
        }
        // Split the runs at every edge first, then wrap the substitutions, then put the comment markers.
        editor.splitRuns(at: edges)
        var applied = 0
        for substitution in wanted {
            if editor.replace(
                substitution, deletionID: ids.next(), insertionID: ids.next(), author: author, date: stamp)
            {
                applied += 1
            } else {
                // Not plain runs (inside someone's tracked change, say): the advice goes into a comment on the
                // same words, whose edges were split above with the substitution's.
                skipped.append(substitution)
                if let comment = substitution.comment {
                    comments.append(comment)
                    placements.append(editor.place(comment.span, fallback: anchor))
                }
            }
        }
        for (comment, placement) in zip(comments, placements) {
            let id = ids.next()
            editor.mark(placement, commentID: id)
            appendComment(comment.paragraphs, id: id, author: author, date: stamp, to: commentsXML)
        }
        let package = try repackage(
            archive, document: document, comments: commentsXML, source: source)
        return Result(data: package, comments: comments.count, substitutions: applied, skipped: skipped)
    }

    /// The archive with the changed document and comments, the comments part declared and related,
    /// and every other part copied as it is stored.
    private static func repackage(
        _ archive: ZipArchive, document: EditableXML, comments: EditableXML, source: String
    ) throws(DocumentError) -> Data {
        var changed: [String: Data] = [documentPart: document.serialized(), commentsPart: comments.serialized()]
        if let types = try part(contentTypesPart, of: archive, source: source), addCommentsOverride(to: types) {
            changed[contentTypesPart] = types.serialized()
        }
        let relationships =
            try part(relationshipsPart, of: archive, source: source) ?? EditableXML(emptyRelationships)!
        if addCommentsRelationship(to: relationships) {
            changed[relationshipsPart] = relationships.serialized()
        }
        do {
            var writer = ZipWriter()
            for entry in archive.entries {
                if let replacement = changed.removeValue(forKey: entry.name) {
                    try writer.add(entry.name, data: replacement)
                } else {
                    try writer.copy(entry, from: archive)
                }
            }
            // New parts (comments, relationships) after the existing ones, in a fixed order.
            for name in changed.keys.sorted() { try writer.add(name, data: changed[name]!) }
            return writer.finish()
        } catch {
            throw DocumentError(source: source, problem: DOCXReader.problem(for: error))
        }
    }

    /// The part `name` of `archive` parsed for editing; nil when the archive has no such part.
    private static func part(_ name: String, of archive: ZipArchive, source: String) throws(DocumentError)
        -> EditableXML?
    {
        let data: Data
        do {
            guard let contents = try archive.contents(of: name) else { return nil }
            data = contents
        } catch {
            throw DocumentError(source: source, problem: DOCXReader.problem(for: error))
        }
        guard let xml = EditableXML(data) else {
            throw DocumentError(source: source, problem: .invalidXML(part: name))
        }
        return xml
    }

    /// `2026-11-29T14:05:00Z`: the form Word writes in `w:date`.
    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(parts.year ?? 1970)-\(two(parts.month))-\(two(parts.day))T"
            + "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))Z"
    }

    // Computed, not stored: a global `Data` is reported as a leak by LeakSanitizer (fuzzing, ASan).
    static var emptyComments: Data {
        Data(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:comments xmlns:w="\(main)"/>
            """.utf8)
    }

    static var emptyRelationships: Data {
        Data(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>
            """.utf8)
    }

    /// Appends `<w:comment>` with one paragraph per text; the first starts with the annotation mark Word expects.
    static func appendComment(_ paragraphs: [String], id: Int, author: String, date: String, to xml: EditableXML) {
        let root = xml.root
        let comment = xml.makeElement("comment", namespace: main, prefix: "w", context: root)
        xml.setAttribute(comment, "id", String(id), namespace: main)
        xml.setAttribute(comment, "author", author, namespace: main)
        xml.setAttribute(comment, "date", date, namespace: main)
        xml.setAttribute(comment, "initials", String(author.prefix(1)), namespace: main)
        for (index, text) in paragraphs.enumerated() {
            let paragraph = xml.makeElement("p", namespace: main, prefix: "w", context: root)
            if index == 0 {
                let markRun = xml.makeElement("r", namespace: main, prefix: "w", context: root)
                xml.append(xml.makeElement("annotationRef", namespace: main, prefix: "w", context: root), to: markRun)
                xml.append(markRun, to: paragraph)
            }
            let run = xml.makeElement("r", namespace: main, prefix: "w", context: root)
            xml.append(textElement("t", text, in: xml, context: root), to: run)
            xml.append(run, to: paragraph)
            xml.append(paragraph, to: comment)
        }
        xml.append(comment, to: root)
    }

    /// `<w:t xml:space="preserve">text</w:t>` (or another text element such as `w:delText`).
    static func textElement(_ name: String, _ text: String, in xml: EditableXML, context: EditableXML.NodeRef)
        -> EditableXML.NodeRef
    {
        let element = xml.makeElement(name, namespace: main, prefix: "w", context: context)
        xml.setAttribute(element, "space", "preserve", namespace: xmlNamespace, prefix: "xml")
        xml.append(xml.makeText(text), to: element)
        return element
    }

    /// Declares the comments part's content type; false when it already was.
    static func addCommentsOverride(to types: EditableXML) -> Bool {
        let overrides = types.elements(named: "Override")
        guard !overrides.contains(where: { types.attribute($0, "PartName", in: nil) == "/" + commentsPart }) else {
            return false
        }
        let root = types.root
        let href = types.namespaceURI(root)
        let override = types.makeElement("Override", namespace: href, prefix: "", context: root)
        types.setAttribute(override, "PartName", "/" + commentsPart, namespace: nil)
        types.setAttribute(override, "ContentType", commentsContentType, namespace: nil)
        types.append(override, to: root)
        return true
    }

    /// Relates the document to `comments.xml`; false when it already was.
    static func addCommentsRelationship(to relationships: EditableXML) -> Bool {
        let existing = relationships.elements(named: "Relationship")
        guard !existing.contains(where: { relationships.attribute($0, "Type", in: nil) == commentsType }) else {
            return false
        }
        let taken = Set(existing.compactMap { relationships.attribute($0, "Id", in: nil) })
        var number = 1
        while taken.contains("rIdHelder\(number)") { number += 1 }
        let root = relationships.root
        let href = relationships.namespaceURI(root)
        let relationship = relationships.makeElement("Relationship", namespace: href, prefix: "", context: root)
        relationships.setAttribute(relationship, "Id", "rIdHelder\(number)", namespace: nil)
        relationships.setAttribute(relationship, "Type", commentsType, namespace: nil)
        relationships.setAttribute(relationship, "Target", "comments.xml", namespace: nil)
        relationships.append(relationship, to: root)
        return true
    }
}

/// Hands out `w:id` values above every id already in the package (document, comments, headers,
/// footers, notes), so added comments and revisions never collide with existing ones.
struct IDCounter {
    private var last: Int

    /// Above the highest `w:id="…"` in any of `parts` (their XML bytes; no parsing needed for this).
    init(after parts: [Data]) {
        let marker = Array("w:id=\"".utf8)
        var highest = -1
        for part in parts {
            let bytes = [UInt8](part)
            bytes.withUnsafeBufferPointer { buffer in
                marker.withUnsafeBufferPointer { marker in
                    var from = 0
                    while let hit = ByteSearch.firstIndex(of: marker, in: buffer, from: from) {
                        var index = hit + marker.count
                        var value = 0
                        while index < buffer.count, buffer[index] >= 0x30, buffer[index] <= 0x39, value < Int.max / 20 {
                            value = value * 10 + Int(buffer[index] - 0x30)
                            index += 1
                        }
                        if index > hit + marker.count { highest = max(highest, value) }
                        from = index
                    }
                }
            }
        }
        last = highest
    }

    mutating func next() -> Int {
        last += 1
        return last
    }
}

/// A place between two characters of a block's text.
struct TextPoint: Hashable {
    var block: Int
    var offset: Int

    /// Whether the point lies inside `span` and not on its edges.
    func isStrictlyInside(_ span: TextSpan) -> Bool {
        span.range.lowerBound < offset && offset < span.range.upperBound
    }
}

extension TextSpan {
    var start: TextPoint { TextPoint(block: block, offset: range.lowerBound) }
    var end: TextPoint { TextPoint(block: block, offset: range.upperBound) }
}
