import Foundation
import Helder

/// Splits the runs of `word/document.xml` at the edges of comments and substitutions, and puts
/// comment markers and tracked changes there.
///
/// A place in a block's text (block, UTF-8 offset) is found back through the `DOCXSourceMap`: the
/// text node it falls in and the offset inside it. Splitting a run keeps the original run as the
/// part before the split and moves what follows into a new run with a copy of the run properties,
/// so places already split (earlier in the document) keep pointing at the right runs; edges are
/// therefore split in document order.
struct DOCXRunEditor {
    /// Where markers go: right before or after a node, or at the end of a paragraph.
    enum Gap: Equatable {
        case before(EditableXML.NodeRef)
        case after(EditableXML.NodeRef)
        case end(of: EditableXML.NodeRef)
    }

    /// Which edge of a range a place is: a start belongs with the text after it, an end with the text before.
    enum Side: Hashable { case start, end }

    /// One edge of a comment or substitution.
    struct Edge: Hashable {
        var point: TextPoint
        var side: Side
    }

    /// A comment's two edges.
    struct Placement {
        var start: Edge
        var end: Edge
    }

    let xml: EditableXML
    let map: DOCXSourceMap
    /// The gap each edge became after splitting.
    private var gaps: [Edge: Gap] = [:]
    /// A place in the XML: a text node (by its number in document order) and a byte offset in it.
    struct NodeOffset: Hashable, Comparable {
        var node: Int
        var offset: Int

        static func < (lhs: NodeOffset, rhs: NodeOffset) -> Bool { (lhs.node, lhs.offset) < (rhs.node, rhs.offset) }
    }

    /// Where each edge fell in the XML, to see whether a range shrank to nothing (inside a merge field).
    private var positions: [Edge: NodeOffset] = [:]
    /// For text nodes already split: the node now holding the rest of the text, and where it starts.
    private var remainders: [Int: (node: EditableXML.NodeRef, base: Int)] = [:]
    /// The first block of the body with text, where comments without a place of their own go.
    let firstBodyBlock: Int?

    private var w: String { DOCXAnnotator.main }

    init(xml: EditableXML, map: DOCXSourceMap) {
        self.xml = xml
        self.map = map
        firstBodyBlock = map.blocks.indices.first { index in
            map.blocks[index].part == DOCXAnnotator.documentPart && !map.blocks[index].pieces.isEmpty
        }
    }

    // MARK: Places

    /// Whether `span` lies in the body, in a block with text from the file.
    func isPlaceable(_ span: TextSpan?) -> Bool {
        guard let span, map.blocks.indices.contains(span.block) else { return false }
        let source = map.blocks[span.block]
        guard source.part == DOCXAnnotator.documentPart, let last = source.pieces.last else { return false }
        return span.range.lowerBound >= 0 && span.range.upperBound <= last.start + last.length
            && !span.range.isEmpty
    }

    /// The edges of `span`, or of the whole block `fallback` when `span` has no place in the body.
    func place(_ span: TextSpan?, fallback: Int) -> Placement {
        let target: TextSpan
        if let span, isPlaceable(span) {
            target = span
        } else {
            let last = map.blocks[fallback].pieces.last!
            target = TextSpan(block: fallback, range: 0..<(last.start + last.length))
        }
        return Placement(start: Edge(point: target.start, side: .start), end: Edge(point: target.end, side: .end))
    }

    /// The text node and offset in it of an edge: a start moves forward off text that has no node of
    /// its own (a merge field's `«naam»`, a tab), an end moves back.
    private func locate(_ edge: Edge) -> NodeOffset {
        let pieces = map.blocks[edge.point.block].pieces
        let offset = edge.point.offset
        switch edge.side {
        case .start:
            if let piece = pieces.first(where: { $0.start + $0.length > offset }) {
                return NodeOffset(node: piece.node, offset: piece.offset + max(offset - piece.start, 0))
            }
            let last = pieces.last!
            return NodeOffset(node: last.node, offset: last.offset + last.length)
        case .end:
            if let piece = pieces.last(where: { $0.start < offset }) {
                return NodeOffset(node: piece.node, offset: piece.offset + min(offset - piece.start, piece.length))
            }
            let first = pieces.first!
            return NodeOffset(node: first.node, offset: first.offset)
        }
    }

    // MARK: Splitting

    /// Splits runs so that every edge falls between runs, and remembers each edge's gap.
    mutating func splitRuns(at edges: [Edge]) {
        for edge in Set(edges) { positions[edge] = locate(edge) }
        var made: [NodeOffset: Gap] = [:]
        // In document order: a split keeps the original run for the text before it, so the gaps
        // already made (all earlier) stay where they are.
        for (edge, place) in positions.sorted(by: { $0.value < $1.value }) {
            let gap = made[place] ?? split(node: place.node, at: place.offset)
            made[place] = gap
            gaps[edge] = gap
        }
    }

    /// Makes a gap at byte `offset` of the text node numbered `order`.
    private mutating func split(node order: Int, at offset: Int) -> Gap {
        let (textNode, base) = remainders[order] ?? (xml.nodes[order], 0)
        guard let textElement = xml.parent(textNode), xml.isElement(textElement, "t", in: w),
            let run = xml.parent(textElement), xml.isElement(run, "r", in: w)
        else {
            return Gap.end(of: paragraph(containing: textNode) ?? xml.parent(textNode)!)
        }
        // A w:t holding more than its text (an XML comment between two halves, which Word never
        // writes) is not split: the gap goes after its run.
        guard xml.children(textElement).count == 1 else { return .after(run) }
        let bytes = Array(xml.text(textNode).utf8)
        var local = min(max(offset - base, 0), bytes.count)
        // Never between the bytes of one character.
        while local < bytes.count, bytes[local] & 0xC0 == 0x80 { local += 1 }
        let siblings = xml.children(run)
        let position = siblings.firstIndex(of: textElement)!
        let contentBefore = siblings[..<position].contains { isContent($0) }
        let contentAfter = siblings[(position + 1)...].contains { isContent($0) }
        if local == 0, !contentBefore { return .before(run) }
        if local == bytes.count, !contentAfter { return .after(run) }

        // The original run keeps what comes before the gap; a new run takes the rest.
        let tail = xml.makeElement("r", namespace: w, prefix: "w", context: run)
        if let properties = siblings.first(where: { xml.isElement($0, "rPr", in: w) }) {
            xml.append(copyProperties(properties), to: tail)
        }
        if local == 0 {
            xml.append(textElement, to: tail)
        } else if local < bytes.count {
            // Without xml:space="preserve" the spaces at the element's edges were invisible: they stay
            // out, and the space at the new edges (inside the text until now) is kept visible.
            let preserved =
                xml.attribute(textElement, "space", in: DOCXAnnotator.xmlNamespace) == "preserve"
            var head = bytes[..<local]
            var rest = bytes[local...]
            if !preserved {
                while let first = head.first, DOCXReader.isEdgeSpace(first) { head = head.dropFirst() }
                while let last = rest.last, DOCXReader.isEdgeSpace(last) { rest = rest.dropLast() }
            }
            xml.setText(textNode, String(decoding: head, as: UTF8.self))
            let restElement = DOCXAnnotator.textElement(
                "t", String(decoding: rest, as: UTF8.self), in: xml, context: run)
            xml.setAttribute(textElement, "space", "preserve", namespace: DOCXAnnotator.xmlNamespace, prefix: "xml")
            xml.append(restElement, to: tail)
            remainders[order] = (xml.children(restElement)[0], base + local)
        }
        for sibling in siblings[(position + 1)...] { xml.append(sibling, to: tail) }
        xml.insert(tail, after: run)
        return .after(run)
    }

    /// A copy of run properties without a tracked formatting change (`w:rPrChange`): its revision id
    /// must stay unique, and text Helder inserts or splits off has no formatting history of its own.
    private func copyProperties(_ properties: EditableXML.NodeRef) -> EditableXML.NodeRef {
        let copy = xml.copy(properties)
        for child in xml.elementChildren(copy) where xml.isElement(child, "rPrChange", in: w) { xml.remove(child) }
        return copy
    }

    /// Whether a run child carries something of the letter (text, a tab, a drawing), unlike run properties.
    private func isContent(_ node: EditableXML.NodeRef) -> Bool {
        xml.name(node) != nil && !xml.isElement(node, "rPr", in: w)
    }

    private func paragraph(containing node: EditableXML.NodeRef) -> EditableXML.NodeRef? {
        var current = xml.parent(node)
        while let candidate = current {
            if xml.isElement(candidate, "p", in: w) { return candidate }
            current = xml.parent(candidate)
        }
        return nil
    }

    // MARK: Comments

    /// Puts `commentRangeStart`, `commentRangeEnd` and the reference run for comment `id` at its edges.
    mutating func mark(_ placement: Placement, commentID id: Int) {
        guard let startGap = gaps[placement.start], var endGap = gaps[placement.end],
            let start = positions[placement.start], let end = positions[placement.end]
        else { return }
        // A range that lies entirely inside a merge field shrinks to a point at its start.
        if end < start { endGap = startGap }
        let rangeStart = marker("commentRangeStart", id: id)
        let rangeEnd = marker("commentRangeEnd", id: id)
        let reference = xml.makeElement("r", namespace: w, prefix: "w", context: xml.root)
        xml.append(marker("commentReference", id: id), to: reference)
        put(rangeStart, at: startGap, side: .start)
        if startGap == endGap {
            put(rangeEnd, after: rangeStart)
            put(reference, after: rangeEnd)
        } else {
            put(rangeEnd, at: endGap, side: .end)
            put(reference, after: rangeEnd)
        }
    }

    private func marker(_ name: String, id: Int) -> EditableXML.NodeRef {
        let element = xml.makeElement(name, namespace: w, prefix: "w", context: xml.root)
        xml.setAttribute(element, "id", String(id), namespace: w)
        return element
    }

    /// Inserts `node` at `gap`: an end goes right against the text before it, a start right against the text after it.
    private func put(_ node: EditableXML.NodeRef, at gap: Gap, side: Side) {
        switch (gap, side) {
        case (.before(let next), .start): xml.insert(node, before: next)
        case (.before(let next), .end):
            // Ends go first in the gap, before any start already waiting there.
            var anchor = next
            while let previous = xml.previousSibling(anchor), isStartMarker(previous) { anchor = previous }
            xml.insert(node, before: anchor)
        case (.after(let previous), .end): xml.insert(node, after: previous)
        case (.after(let previous), .start):
            var anchor = previous
            while let next = xml.nextSibling(anchor), isEndOrReference(next) { anchor = next }
            xml.insert(node, after: anchor)
        case (.end(let paragraph), _): xml.append(node, to: paragraph)
        }
    }

    private func put(_ node: EditableXML.NodeRef, after previous: EditableXML.NodeRef) {
        xml.insert(node, after: previous)
    }

    private func isStartMarker(_ node: EditableXML.NodeRef) -> Bool {
        xml.isElement(node, "commentRangeStart", in: w)
    }

    private func isEndOrReference(_ node: EditableXML.NodeRef) -> Bool {
        if xml.isElement(node, "commentRangeEnd", in: w) { return true }
        guard xml.isElement(node, "r", in: w) else { return false }
        let children = xml.elementChildren(node)
        return children.count == 1 && xml.isElement(children[0], "commentReference", in: w)
    }

    // MARK: Tracked changes

    /// Wraps the runs of `substitution` in `w:del` and puts `w:ins` with the replacement after them;
    /// false (and nothing changed) when the words are not plain runs of one paragraph or hyperlink.
    mutating func replace(
        _ substitution: Substitution, deletionID: Int, insertionID: Int, author: String, date: String
    ) -> Bool {
        let startEdge = Edge(point: substitution.span.start, side: .start)
        let endEdge = Edge(point: substitution.span.end, side: .end)
        guard let startGap = gaps[startEdge], let endGap = gaps[endEdge],
            let first = firstNode(after: startGap), let last = lastNode(before: endGap),
            let parent = xml.parent(first), xml.parent(last) == parent,
            xml.isElement(parent, "p", in: w) || xml.isElement(parent, "hyperlink", in: w)
        else { return false }
        var nodes: [EditableXML.NodeRef] = []
        var current: EditableXML.NodeRef? = first
        while let node = current {
            nodes.append(node)
            if node == last { break }
            current = xml.nextSibling(node)
        }
        guard nodes.last == last, !isInsideComplexField(first, in: parent) else { return false }
        var text = ""
        for node in nodes {
            if xml.isElement(node, "r", in: w) {
                for child in xml.elementChildren(node) {
                    if xml.isElement(child, "t", in: w) {
                        text += xml.children(child).map(xml.text).joined()
                    } else if !xml.isElement(child, "rPr", in: w) {
                        return false
                    }
                }
            } else if !["proofErr", "bookmarkStart", "bookmarkEnd"].contains(where: { xml.isElement(node, $0, in: w) })
            {
                return false
            }
        }
        guard text == substitution.original else { return false }

        let deletion = revision("del", id: deletionID, author: author, date: date, context: parent)
        xml.insert(deletion, before: first)
        for node in nodes {
            xml.append(node, to: deletion)
            if xml.isElement(node, "r", in: w) {
                for child in xml.elementChildren(node) where xml.isElement(child, "t", in: w) {
                    xml.rename(child, to: "delText")
                }
            }
        }
        let insertion = revision("ins", id: insertionID, author: author, date: date, context: parent)
        let run = xml.makeElement("r", namespace: w, prefix: "w", context: parent)
        let firstRun = nodes.first { xml.isElement($0, "r", in: w) }
        if let properties = firstRun.flatMap({ xml.elementChildren($0).first }), xml.isElement(properties, "rPr", in: w)
        {
            xml.append(copyProperties(properties), to: run)
        }
        xml.append(DOCXAnnotator.textElement("t", substitution.replacement, in: xml, context: parent), to: run)
        xml.append(run, to: insertion)
        xml.insert(insertion, after: deletion)
        // Comments on these words now start before the deletion and end after the insertion.
        for (edge, gap) in gaps {
            if gap == .before(first) { gaps[edge] = .before(deletion) }
            if gap == .after(last) { gaps[edge] = .after(insertion) }
        }
        return true
    }

    /// Whether `node` lies between a complex field's `begin` and `end` (`w:fldChar`) among the
    /// children of `parent`: a field's result is rewritten when the field updates, so no change goes there.
    private func isInsideComplexField(_ node: EditableXML.NodeRef, in parent: EditableXML.NodeRef) -> Bool {
        var depth = 0
        for sibling in xml.children(parent) {
            if sibling == node { return depth > 0 }
            guard xml.isElement(sibling, "r", in: w) else { continue }
            for child in xml.elementChildren(sibling) where xml.isElement(child, "fldChar", in: w) {
                switch xml.attribute(child, "fldCharType", in: w) {
                case "begin": depth += 1
                case "end": depth = max(0, depth - 1)
                default: break
                }
            }
        }
        return false
    }

    private func revision(
        _ name: String, id: Int, author: String, date: String, context: EditableXML.NodeRef
    ) -> EditableXML.NodeRef {
        let element = xml.makeElement(name, namespace: w, prefix: "w", context: context)
        xml.setAttribute(element, "id", String(id), namespace: w)
        xml.setAttribute(element, "author", author, namespace: w)
        xml.setAttribute(element, "date", date, namespace: w)
        return element
    }

    private func firstNode(after gap: Gap) -> EditableXML.NodeRef? {
        switch gap {
        case .before(let node): node
        case .after(let node): xml.nextSibling(node)
        case .end: nil
        }
    }

    private func lastNode(before gap: Gap) -> EditableXML.NodeRef? {
        switch gap {
        case .before(let node): xml.previousSibling(node)
        case .after(let node): node
        case .end: nil
        }
    }
}
