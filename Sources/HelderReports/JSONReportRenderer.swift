import Helder

/// The stable JSON report (documented in the README; `schemaVersion` rises on any breaking change).
public enum JSONReportRenderer {
    /// The version of the JSON shape.
    public static let schemaVersion = 1

    /// The JSON for a whole run, ending with a newline.
    public static func render(_ items: [ReportItem], tool: ToolInfo) -> String {
        let root = JSONValue.object([
            ("schemaVersion", .int(schemaVersion)),
            ("tool", .object([("name", .string(tool.name)), ("version", .string(tool.version))])),
            ("formulaVersion", .string(ReadabilityConstants.formulaVersion)),
            ("documents", .array(items.map(document))),
        ])
        return root.serialized() + "\n"
    }

    static func document(_ item: ReportItem) -> JSONValue {
        switch item {
        case .failure(let path, let message):
            return .object([("path", .string(path)), ("error", .string(message))])
        case .document(let report):
            return .object([
                ("path", .string(report.source)),
                ("format", .string(report.format.rawValue)),
                ("notices", .array(report.notices.map(JSONValue.string))),
                ("metrics", metrics(report.metrics)),
                ("level", report.level.level.map { .string($0.code) } ?? .null),
                ("levelEstimate", levelEstimate(report.level)),
                (
                    "scores",
                    .object([
                        ("readability", .int(report.scores.readability)), ("jargon", .int(report.scores.jargon)),
                        ("tone", .int(report.scores.tone)), ("overall", .int(report.scores.overall)),
                    ])
                ),
                (
                    "densities",
                    .object([
                        ("jargonPer100Words", .number(report.densities.jargonPer100Words, decimals: 2)),
                        ("coercionPer100Words", .number(report.densities.coercionPer100Words, decimals: 2)),
                    ])
                ),
                ("findings", .array(report.findings.map(finding))),
            ])
        }
    }

    static func metrics(_ metrics: Metrics) -> JSONValue {
        .object([
            ("words", .int(metrics.words)),
            ("sentences", .int(metrics.sentences)),
            ("syllables", .int(metrics.syllables)),
            ("letters", .int(metrics.letters)),
            ("averageWordsPerSentence", .number(metrics.averageWordsPerSentence, decimals: 4)),
            ("averageSyllablesPerWord", .number(metrics.averageSyllablesPerWord, decimals: 4)),
            ("averageLettersPerWord", .number(metrics.averageLettersPerWord, decimals: 4)),
            ("longSentences", .int(metrics.longSentences)),
            ("longestSentenceWords", .int(metrics.longestSentenceWords)),
            ("longWords", .int(metrics.longWords)),
            ("frequentWords", .int(metrics.frequentWords)),
            ("frequentWordShare", .number(metrics.frequentWordShare, decimals: 4)),
            ("fleschDouma", .number(metrics.fleschDouma, decimals: 2)),
            ("brouwer", .number(metrics.brouwer, decimals: 2)),
            ("placeholders", .int(metrics.placeholders)),
            ("excludedUnits", .int(metrics.excludedUnits)),
        ])
    }

    static func levelEstimate(_ estimate: LevelEstimate) -> JSONValue {
        .object([
            ("level", estimate.level.map { .string($0.code) } ?? .null),
            ("target", .string(LevelEstimate.target.code)),
            ("meetsTarget", .bool(estimate.meetsTarget)),
            ("uncertain", .bool(estimate.uncertain)),
            (
                "indicators",
                .array(
                    estimate.indicators.map { indicator in
                        .object([
                            ("id", .string(indicator.id)), ("value", .number(indicator.value, decimals: 4)),
                            ("level", .string(indicator.level.code)), ("targetForB1", .string(indicator.targetForB1)),
                        ])
                    })
            ),
        ])
    }

    static func finding(_ finding: Finding) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("rule", .string(finding.rule)),
            ("category", .string(finding.category.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)),
            ("suggestion", .string(finding.suggestion)),
            ("line", .int(finding.location.line)),
            ("column", .int(finding.location.column)),
            ("length", .int(finding.location.length)),
        ]
        if let paragraph = finding.location.paragraph { members.append(("paragraph", .int(paragraph))) }
        members.append(("excerpt", .string(finding.excerpt)))
        return .object(members)
    }
}
