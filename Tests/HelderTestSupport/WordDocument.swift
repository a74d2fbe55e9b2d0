import Foundation

@testable import HelderDocuments

/// A small Word document built in the test: `[Content_Types].xml`, relationships, `word/document.xml`
/// with the given body, and optionally `word/comments.xml`.
public func makeDOCX(body: String, comments: String? = nil, parts: [String: String] = [:]) throws -> Data {
    let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    var types = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
        """
    var relationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId9" Type="\(r)/hyperlink" Target="https://www.lindewaard.nl" TargetMode="External"/>
        """
    if comments != nil {
        types +=
            "<Override PartName=\"/word/comments.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>"
        relationships += "<Relationship Id=\"rId3\" Type=\"\(r)/comments\" Target=\"comments.xml\"/>"
    }
    var writer = ZipWriter()
    try writer.add("[Content_Types].xml", data: Data((types + "</Types>").utf8))
    try writer.add(
        "_rels/.rels",
        data: Data(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/></Relationships>
            """.utf8))
    try writer.add("word/_rels/document.xml.rels", data: Data((relationships + "</Relationships>").utf8))
    try writer.add(
        "word/document.xml",
        data: Data(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(w)" xmlns:r="\(r)"><w:body>\(body)</w:body></w:document>
            """.utf8))
    for (name, text) in parts.sorted(by: { $0.key < $1.key }) { try writer.add(name, data: Data(text.utf8)) }
    if let comments {
        try writer.add(
            "word/comments.xml",
            data: Data(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:comments xmlns:w="\(w)">\(comments)</w:comments>
                """.utf8))
    }
    return writer.finish()
}
