import Helder

/// The stable JSON report (documented in the README; `schemaVersion` rises on any breaking change).
public enum JSONReportRenderer {
    /// The version of the JSON shape.
    public static let schemaVersion = 1

    /// The JSON for a whole run, ending with a newline.
    public static func render(_ items: [ReportItem], tool: ToolInfo) -> String {
        var stream = Stream(tool: tool)
        return stream.render(items)
    }

    /// The JSON report written one document at a time.
    public struct Stream: ReportStream {
        let tool: ToolInfo
        private var json = JSONWriter(capacity: 64 * 1024)

        public init(tool: ToolInfo) { self.tool = tool }

        public mutating func head() -> String {
            json.beginObject()
            writeHeader(tool: tool, to: &json)
            json.member("formulaVersion", ReadabilityConstants.formulaVersion)
            json.key("documents")
            json.beginArray()
            return json.take()
        }

        public mutating func part(for item: ReportItem) -> String {
            write(item, to: &json)
            return json.take()
        }

        public mutating func tail() -> String {
            json.endArray()
            json.endObject()
            return json.text()
        }
    }

    /// The members every JSON output of helder starts with: `schemaVersion` and `tool`.
    static func writeHeader(tool: ToolInfo, to json: inout JSONWriter) {
        json.member("schemaVersion", schemaVersion)
        json.key("tool")
        json.beginObject()
        json.member("name", tool.name)
        json.member("version", tool.version)
        json.endObject()
    }

    static func write(_ item: ReportItem, to json: inout JSONWriter) {
        json.beginObject()
        defer { json.endObject() }
        switch item {
        case .failure(let path, let message):
            json.member("path", path)
            json.member("error", message)
        case .document(let report):
            json.member("path", report.source)
            json.member("format", report.format.rawValue)
            json.key("notices")
            json.beginArray()
            for notice in report.notices { json.string(notice) }
            json.endArray()
            json.key("metrics")
            write(report.metrics, to: &json)
            json.key("level")
            if let level = report.level.level { json.string(level.code) } else { json.null() }
            json.key("levelEstimate")
            write(report.level, to: &json)
            json.key("scores")
            json.beginObject()
            json.member("readability", report.scores.readability)
            json.member("jargon", report.scores.jargon)
            json.member("tone", report.scores.tone)
            json.member("overall", report.scores.overall)
            json.endObject()
            json.key("densities")
            json.beginObject()
            json.member("jargonPer100Words", report.densities.jargonPer100Words, decimals: 2)
            json.member("coercionPer100Words", report.densities.coercionPer100Words, decimals: 2)
            json.endObject()
            json.key("tone")
            write(report.tone, of: report, to: &json)
            json.key("length")
            json.beginObject()
            json.member("words", report.length.words)
            json.member("attachmentWords", report.length.attachmentWords)
            json.member("readingMinutes", report.length.readingMinutes)
            json.endObject()
            json.key("duties")
            json.beginArray()
            for duty in report.duties { write(duty, to: &json) }
            json.endArray()
            // What the findings show (`--min-severity`); the omitted ones still count in the scores.
            json.member("minSeverity", report.minimumShown.rawValue)
            json.member("omittedFindings", report.omittedFindings.count)
            json.key("findings")
            json.beginArray()
            // Every finding, each with the id of its group (the same rule on the same words).
            let groups = FindingGroup.ids(of: report.groups, findings: report.findings.count)
            for (index, finding) in report.findings.enumerated() { write(finding, group: groups[index], to: &json) }
            json.endArray()
        }
    }

    /// The tone model's reading: score, level on the readers' 1–5 scale, what drives it and the sentences behind it.
    static func write(_ tone: ToneAssessment, of report: DocumentReport, to json: inout JSONWriter) {
        json.beginObject()
        json.member("score", tone.score)
        json.member("level", tone.level)
        json.member("intensity", tone.intensity, decimals: 3)
        json.member("pressure", tone.pressure, decimals: 3)
        json.member("reliefFactor", tone.reliefFactor, decimals: 3)
        let drivers = tone.drivers
        json.key("drivers")
        json.beginObject()
        json.member("consequences", drivers.consequences)
        json.member("conditionalThreats", drivers.conditionalThreats)
        json.member("duties", drivers.duties)
        json.member("distrust", drivers.distrust)
        json.member("pressure", drivers.pressure)
        json.member("helpOffered", drivers.helpOffered)
        json.member("reasons", drivers.reasons)
        json.member("understanding", drivers.understanding)
        json.member("rightsNamed", drivers.rightsNamed)
        json.endObject()
        json.key("sentences")
        json.beginArray()
        for sentence in tone.sentences.sorted(by: { $0.value > $1.value }) {
            json.beginObject()
            json.member("line", sentence.location.line)
            json.member("column", sentence.location.column)
            json.member("pressure", sentence.value, decimals: 2)
            json.key("signals")
            json.beginArray()
            for signal in sentence.signalNames { json.string(signal) }
            json.endArray()
            json.member("excerpt", sentence.excerpt)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    static func write(_ metrics: Metrics, to json: inout JSONWriter) {
        json.beginObject()
        json.member("words", metrics.words)
        json.member("sentences", metrics.sentences)
        json.member("syllables", metrics.syllables)
        json.member("letters", metrics.letters)
        json.member("averageWordsPerSentence", metrics.averageWordsPerSentence, decimals: 4)
        json.member("averageSyllablesPerWord", metrics.averageSyllablesPerWord, decimals: 4)
        json.member("averageLettersPerWord", metrics.averageLettersPerWord, decimals: 4)
        json.member("longSentences", metrics.longSentences)
        json.member("longestSentenceWords", metrics.longestSentenceWords)
        json.member("longWords", metrics.longWords)
        json.member("frequentWords", metrics.frequentWords)
        json.member("frequentWordShare", metrics.frequentWordShare, decimals: 4)
        json.member("fleschDouma", metrics.fleschDouma, decimals: 2)
        json.member("brouwer", metrics.brouwer, decimals: 2)
        json.member("placeholders", metrics.placeholders)
        json.member("excludedUnits", metrics.excludedUnits)
        json.endObject()
    }

    static func write(_ estimate: LevelEstimate, to json: inout JSONWriter) {
        json.beginObject()
        json.key("level")
        if let level = estimate.level { json.string(level.code) } else { json.null() }
        json.member("target", LevelEstimate.target.code)
        json.member("meetsTarget", estimate.meetsTarget)
        json.member("uncertain", estimate.uncertain)
        json.key("indicators")
        json.beginArray()
        for indicator in estimate.indicators {
            json.beginObject()
            json.member("id", indicator.id)
            json.member("value", indicator.value, decimals: 4)
            json.member("level", indicator.level.code)
            json.member("targetForB1", indicator.targetForB1)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    static func write(_ duty: Duty, to json: inout JSONWriter) {
        json.beginObject()
        json.member("text", duty.text)
        json.member("line", duty.location.line)
        json.member("column", duty.location.column)
        if let paragraph = duty.location.paragraph { json.member("paragraph", paragraph) }
        json.key("deadline")
        if let deadline = duty.deadline {
            json.beginObject()
            json.member("text", deadline.text)
            json.key("date")
            if let date = deadline.date { json.string(date.iso) } else { json.null() }
            json.member("dateComputed", deadline.dateIsComputed)
            json.member("vague", deadline.isVague)
            json.endObject()
        } else {
            json.null()
        }
        json.endObject()
    }

    static func write(_ finding: Finding, group: Int? = nil, to json: inout JSONWriter) {
        json.beginObject()
        json.member("rule", finding.rule)
        json.member("category", finding.category.rawValue)
        json.member("severity", finding.severity.rawValue)
        json.member("message", finding.message)
        json.member("suggestion", finding.suggestion)
        json.member("line", finding.location.line)
        json.member("column", finding.location.column)
        json.member("length", finding.location.length)
        if let paragraph = finding.location.paragraph { json.member("paragraph", paragraph) }
        if let heading = finding.location.heading { json.member("heading", heading) }
        json.member("excerpt", finding.excerpt)
        // The words that may replace the excerpt as they stand (what --fix and annotate --suggest use).
        if let replacement = finding.replacement { json.member("replacement", replacement) }
        if let group { json.member("group", group) }
        json.endObject()
    }
}

extension JSONReportRenderer {
    /// `{"error": "…"}`: an error of the web service, with its Dutch message.
    public static func error(_ message: String) -> String {
        var json = JSONWriter(capacity: 128)
        json.beginObject()
        json.member("error", message)
        json.endObject()
        return json.text()
    }

    /// Every rule with its documentation and examples, for `helder rules --format json`.
    public static func rules(_ infos: [CheckInfo]) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.key("rules")
        json.beginArray()
        for info in infos {
            json.beginObject()
            json.member("id", info.id)
            json.member("category", info.category.rawValue)
            json.member("defaultSeverity", info.defaultSeverity.rawValue)
            json.member("scope", info.scope.rawValue)
            json.key("lexiconKinds")
            json.beginArray()
            for kind in info.lexiconKinds {
                json.beginObject()
                json.member("file", kind.file)
                json.member("kind", kind.kind)
                json.endObject()
            }
            json.endArray()
            json.member("summary", info.summary)
            json.member("rationale", info.rationale)
            json.key("triggeringExamples")
            json.beginArray()
            for example in info.triggeringExamples { json.string(example) }
            json.endArray()
            json.key("nonTriggeringExamples")
            json.beginArray()
            for example in info.nonTriggeringExamples { json.string(example) }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.text()
    }
}
