import Foundation

/// What leads on from a report page: a link back (to the index of a batch, or to the web service's page) and, on
/// the web service, buttons that send the same Word letter back for a copy with Helder's comments. The letter then
/// travels inside the page (base64 in a hidden field), so the service never has to keep it between two requests.
public struct ReportNavigation: Sendable {
    /// Where the link leads, and what it says.
    public var back: (href: String, label: String)
    /// The Word letter the buttons send back, and where they send it; nil: no buttons.
    public var word: WordActions?

    public init(back: (href: String, label: String), word: WordActions? = nil) {
        self.back = back
        self.word = word
    }

    /// A batch report's page, back to its index.
    public static let index = ReportNavigation(back: ("index.html", "← Alle brieven"))

    /// Buttons that post a Word letter (fields `naam` and `brief64`) to `comments` and to `suggestions`.
    public struct WordActions: Sendable {
        public var name: String
        public var data: Data
        public var comments: String
        public var suggestions: String

        public init(name: String, data: Data, comments: String, suggestions: String) {
            self.name = name
            self.data = data
            self.comments = comments
            self.suggestions = suggestions
        }
    }

    /// The navigation as HTML, everything escaped.
    var html: String {
        let label = word == nil ? "Terug" : "Verder"
        var html = "<nav class=\"terug\" aria-label=\"\(label)\"><p><a href=\"\(HTML.escape(back.href))\">"
        html += "\(HTML.escape(back.label))</a></p>"
        if let word {
            html += "<form class=\"acties\" method=\"post\" action=\"\(HTML.escape(word.comments))\" "
            html += "enctype=\"multipart/form-data\">"
            html += "<input type=\"hidden\" name=\"naam\" value=\"\(HTML.escape(word.name))\"/>"
            html += "<input type=\"hidden\" name=\"brief64\" value=\"\(word.data.base64EncodedString())\"/>"
            html += "<button type=\"submit\">Word-brief met opmerkingen</button>"
            html += "<button type=\"submit\" class=\"tweede\" formaction=\"\(HTML.escape(word.suggestions))\">"
            html += "Met voorstellen als wijzigingen</button>"
            html += "<span class=\"klein\">Dezelfde brief, met Helders opmerkingen in de kantlijn (of ook met "
            html += "eenvoudiger woorden als wijzigingen).</span></form>"
        }
        return html + "</nav>\n"
    }
}
