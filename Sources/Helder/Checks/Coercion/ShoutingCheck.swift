/// Ordinary words in capitals that shout at the reader (`LET OP`, `NIET`), in running text only.
public struct ShoutingCheck: Check {
    public init() {}

    public let info = CheckInfo(
        id: "coercion.schreeuwen",
        category: .coercion,
        defaultSeverity: .warning,
        summary: "Gewone woorden in hoofdletters in lopende tekst, zoals ‘LET OP’ of ‘NIET’.",
        rationale: """
            Hoofdletters lezen als schreeuwen en zijn moeilijker te lezen dan gewone letters. Wil je iets \
            belangrijk maken, zet het dan vooraan in een korte zin of maak het vet. Codes, afkortingen, namen \
            en plaatsnamen in hoofdletters tellen niet.
            """,
        triggeringExamples: ["«LET OP»: u moet de formulieren op tijd sturen.", "Dit mag u «NOOIT» vergeten."],
        nonTriggeringExamples: [
            "Schrijf u in bij het UWV.", "U krijgt bijstand volgens de Participatiewet (PW).",
            "Uw klantmanager is A.B. de Vries.", "Vul op het formulier code EB003 in.",
            "Stuur het naar Postbus 12, 2661 LB BERGSCHENHOEK.",
        ]
    )

    public func findings(in document: AnalyzedDocument) -> [Finding] {
        document.tone.shouting.map { span in
            finding(
                message: "‘\(document.excerpt(of: span))’ staat in hoofdletters; dat leest als schreeuwen.",
                suggestion: "Schrijf het in gewone letters. Is het belangrijk? Zet het dan vooraan in een korte zin.",
                at: span, in: document)
        }
    }
}
