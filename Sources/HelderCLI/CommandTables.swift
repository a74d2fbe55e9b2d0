import Foundation
import Helder

/// The option tables of the subcommands: what each option is called, what it takes, its Dutch help and
/// what it sets. Parsing, `--help` and shell completion all read these tables.
enum CommandTables {
    static let check = CommandSpec<CheckOptions>(
        name: "check", usage: "helder check [opties] <bestand>...",
        summary: """
            Controleer brieven of mappen met brieven (tekst, Markdown, HTML, Word, ODT) op begrijpelijke taal;
            - leest standaardinvoer.
            """,
        options: [
            OptionSpec(
                names: ["--format", "-f"], value: "text|json|csv|sarif|html",
                choices: OutputFormat.allCases.map(\.rawValue),
                help: """
                    text (standaard): regels 'pad:regel:kolom: ernst: melding [regel]' en een samenvatting;
                    json: het vaste JSON-formaat (zie README); csv: één regel per bestand; sarif: SARIF 2.1.0
                    voor code scanning; html: de brief met alle bevindingen gemarkeerd (bij meer brieven een map)
                    """
            ) { options, value throws(UsageError) in options.format = try formatValue(value) },
            OptionSpec(
                names: ["--output", "-o"], value: "<pad>", takesFile: true,
                help: "schrijf het rapport naar dit bestand (in zijn geheel of helemaal niet); html: een map"
            ) { options, value throws(UsageError) in options.output = try outputPath(value) },
            OptionSpec(
                names: ["--csv-separator"], value: ", | ;", choices: [",", ";"],
                help: "scheidingsteken voor --format csv (; voor Nederlandse Excel)"
            ) { options, value throws(UsageError) in
                guard value.count == 1, let separator = value.first, ",;\t|".contains(separator) else {
                    throw UsageError(
                        message: "--csv-separator verwacht één teken: , of ; (of een tab), niet '\(value)'")
                }
                options.csvSeparator = separator
            },
            OptionSpec(
                names: ["--fail-on"], value: "error|warning|info|never",
                choices: ["error", "warning", "info", "never"],
                help: "eindig met status 1 bij een bevinding van deze ernst of erger (standaard: error)"
            ) { options, value throws(UsageError) in
                if value == "never" || value == "nooit" {
                    options.failOn = .never
                } else if let severity = Severity(name: value) {
                    options.failOn = .severity(severity)
                } else {
                    throw UsageError(
                        message:
                            "--fail-on verwacht error, warning, info of never (of fout, waarschuwing, tip, nooit), "
                            + "niet '\(value)'")
                }
            },
            OptionSpec(
                names: ["--min-score"], value: "<0-100>",
                help: "eindig met status 1 als de taalscore van een brief lager is"
            ) { options, value throws(UsageError) in
                guard let score = Int(value), (0...100).contains(score) else {
                    throw UsageError(message: "--min-score verwacht een getal van 0 tot en met 100, niet '\(value)'")
                }
                options.minScore = score
            },
            OptionSpec(
                names: ["--max-level"], value: "A2|B1|B2|C1", choices: ["A2", "B1", "B2", "C1"],
                help: "eindig met status 1 als een brief een hoger taalniveau vraagt"
            ) { options, value throws(UsageError) in
                guard let level = LanguageLevel(code: value) else {
                    throw UsageError(message: "--max-level verwacht A2, B1, B2 of C1, niet '\(value)'")
                }
                options.maxLevel = level
            },
            minSeverityOption(default: "info: alles"), configOption(), lexiconOption(),
            OptionSpec(
                names: ["--write-baseline"], value: "<bestand>", takesFile: true,
                help: "schrijf alle bevindingen van deze run naar een baseline"
            ) { options, value throws(UsageError) in options.writeBaseline = value },
            OptionSpec(
                names: ["--baseline"], value: "<bestand>", takesFile: true,
                help: "meld alleen bevindingen die niet in de baseline staan (op regel en tekst)"
            ) { options, value throws(UsageError) in options.baseline = value },
            OptionSpec(
                names: ["--quiet", "-q"], value: nil,
                help: "geen voortgangsbalk (die staat alleen op een terminal, bij meer brieven) en geen\n"
                    + "melding waar het rapport staat"
            ) { options, _ throws(UsageError) in options.quiet = true },
            jobsOption(),
            OptionSpec(
                names: ["--fix"], value: nil,
                help: """
                    vervang in tekst-, Markdown- en HTML-sjablonen de woorden die veilig een-op-een kunnen
                    (indien → als, reeds → al) en controleer daarna; Word-brieven: annotate --suggest
                    """
            ) { options, _ throws(UsageError) in try setFix(.apply, in: &options) },
            OptionSpec(
                names: ["--fix-dry-run"], value: nil,
                help: "laat die vervangingen zien als diff (voor patch -p0) en verander niets"
            ) { options, _ throws(UsageError) in try setFix(.dryRun, in: &options) },
        ])

    static let compare = CommandSpec<CompareOptions>(
        name: "compare", usage: "helder compare [opties] <oud> <nieuw>",
        summary: """
            Vergelijk twee versies van een brief: scores, cijfers, opgeloste en nieuwe bevindingen;
            status 1 als de nieuwe versie slechter is.
            """,
        options: [
            OptionSpec(
                names: ["--format", "-f"], value: "text|json|html", choices: ["text", "json", "html"],
                help: "text (standaard), json of html (de twee versies naast elkaar)"
            ) { options, value throws(UsageError) in
                options.format = try formatValue(value)
                guard [.text, .json, .html].contains(options.format) else {
                    throw UsageError(message: "'helder compare' kent --format text, json of html")
                }
            },
            OptionSpec(
                names: ["--output", "-o"], value: "<pad>", takesFile: true,
                help: "schrijf de vergelijking naar dit bestand"
            ) { options, value throws(UsageError) in options.output = try outputPath(value) },
            minSeverityOption(default: "info: alles"), configOption(), lexiconOption(),
        ])

    static let annotate = CommandSpec<AnnotateOptions>(
        name: "annotate", usage: "helder annotate [opties] <brief.docx>",
        summary: """
            Maak een kopie van een Word-brief met de bevindingen als opmerkingen in de kantlijn en een
            samenvatting bovenaan. Het origineel blijft zoals het was.
            """,
        options: [
            OptionSpec(
                names: ["--output", "-o"], value: "<nieuw.docx>", takesFile: true,
                help: "naam van de kopie (standaard: <brief>-helder.docx naast de brief)"
            ) { options, value throws(UsageError) in
                guard !value.isEmpty, value != "-" else {
                    throw UsageError(message: "--output verwacht de naam van het nieuwe Word-bestand")
                }
                options.output = value
            },
            OptionSpec(
                names: ["--suggest"], value: nil,
                help: "zet de veilige eenvoudige woorden erbij als wijzigingen (bijhouden) om te accepteren"
            ) { options, _ throws(UsageError) in options.suggest = true },
            minSeverityOption(default: "warning: tips staan alleen in de samenvatting"), configOption(),
            lexiconOption(),
        ])

    static let serve = CommandSpec<ServeOptions>(
        name: "serve", usage: "helder serve [opties]",
        summary: """
            Start de webdienst voor het team op het eigen netwerk: een pagina (GET /) om een brief te
            controleren, te voorzien van opmerkingen of twee versies te vergelijken, en een API
            (POST /api/check, /api/annotate, /api/compare; GET /api/rules, /healthz). Ctrl-C of SIGTERM
            laat lopende verzoeken afmaken en stopt hem netjes.
            """,
        options: [
            OptionSpec(
                names: ["--host"], value: "<adres>",
                help: "IPv4- of IPv6-adres om op te luisteren (standaard 127.0.0.1: alleen deze machine)"
            ) { options, value throws(UsageError) in
                guard !value.isEmpty else {
                    throw UsageError(message: "--host verwacht een IP-adres, zoals 127.0.0.1, 0.0.0.0 of ::1")
                }
                options.host = value
            },
            OptionSpec(
                names: ["--port", "-p"], value: "<poort>", help: "poort (standaard 8080)"
            ) { options, value throws(UsageError) in
                guard let port = UInt16(value), port > 0 else {
                    throw UsageError(message: "--port verwacht een getal van 1 tot en met 65535, niet '\(value)'")
                }
                options.port = port
            },
            OptionSpec(
                names: ["--max-upload"], value: "<MB>", help: "grootste brief die binnenkomt (standaard 10 MB)"
            ) { options, value throws(UsageError) in
                guard let megabytes = Int(value), (1...256).contains(megabytes) else {
                    throw UsageError(
                        message: "--max-upload verwacht een getal van 1 tot en met 256 (MB), niet '\(value)'")
                }
                options.maxUploadMegabytes = megabytes
            },
            OptionSpec(
                names: ["--timeout"], value: "<seconden>",
                help:
                    "een verbinding die zo lang stilvalt, of een brief die er langer over doet, wordt verbroken (standaard 30)"
            ) { options, value throws(UsageError) in
                guard let seconds = Int(value), (1...3600).contains(seconds) else {
                    throw UsageError(
                        message: "--timeout verwacht een getal van 1 tot en met 3600 (seconden), niet '\(value)'")
                }
                options.timeout = seconds
            },
            jobsOption(),
            configOption(
                help: """
                    instellingen en lexicons voor elk verzoek, één keer gelezen bij het starten (standaard: de
                    dichtstbijzijnde .helder.json boven de map waar de dienst start)
                    """),
            lexiconOption(),
        ])

    static let rules = CommandSpec<OutputFormat>(
        name: "rules", usage: "helder rules [--format text|json]",
        summary: "Alle regels met uitleg en voorbeelden.",
        options: [
            OptionSpec(
                names: ["--format", "-f"], value: "text|json", choices: ["text", "json"],
                help: "text (standaard) of json"
            ) { format, value throws(UsageError) in
                format = try formatValue(value)
                guard format == .text || format == .json else {
                    throw UsageError(message: "'helder rules' kent alleen --format text of json")
                }
            }
        ])

    /// `--jobs N`, shared by check and serve.
    private static func jobsOption<Options: JobsOptions>() -> OptionSpec<Options> {
        OptionSpec(
            names: ["--jobs", "-j"], value: "<n>",
            help: "zoveel brieven tegelijk (standaard: het aantal processorkernen)"
        ) { options, value throws(UsageError) in
            guard let jobs = Int(value), (1...256).contains(jobs) else {
                throw UsageError(message: "--jobs verwacht een getal van 1 tot en met 256, niet '\(value)'")
            }
            options.jobs = jobs
        }
    }

    /// `--min-severity LEVEL`, shared by check, compare and annotate: what is shown, never what is counted.
    private static func minSeverityOption<Options: ThresholdOptions>(default shown: String) -> OptionSpec<Options> {
        OptionSpec(
            names: ["--min-severity"], value: "info|warning|error", choices: ["info", "warning", "error"],
            help: """
                toon alleen bevindingen van deze ernst of erger (standaard \(shown)); de scores tellen altijd
                alles; ook tip, waarschuwing, fout
                """
        ) { options, value throws(UsageError) in
            guard let severity = Severity(name: value) else {
                throw UsageError(
                    message:
                        "--min-severity verwacht info, warning of error (of tip, waarschuwing, fout), niet '\(value)'")
            }
            options.minSeverity = severity
        }
    }

    /// `--config FILE`, shared by check, compare, annotate and serve (which reads it once, not per letter).
    private static func configOption<Options: LexiconOptions>(
        help: String = "instellingen (standaard: de dichtstbijzijnde .helder.json boven elke brief)"
    ) -> OptionSpec<Options> {
        OptionSpec(names: ["--config"], value: "<bestand>", takesFile: true, help: help) {
            options, value throws(UsageError) in
            guard !value.isEmpty else { throw UsageError(message: "--config verwacht een bestandsnaam") }
            options.configuration = value
        }
    }

    /// `--lexicon FILE` (repeatable), shared by check, compare and annotate.
    private static func lexiconOption<Options: LexiconOptions>() -> OptionSpec<Options> {
        OptionSpec(
            names: ["--lexicon"], value: "<bestand>", takesFile: true,
            help: """
                eigen termen erbij (het formaat van Lexicons/jargon.tsv, dwang.tsv, toon.tsv, letterwoorden.tsv
                of briefopbouw.tsv); ernst 'uit' of gewicht 0 zet een ingebouwde term uit
                """
        ) { options, value throws(UsageError) in
            guard !value.isEmpty else { throw UsageError(message: "--lexicon verwacht een bestandsnaam") }
            options.lexicons.append(value)
        }
    }

    private static func outputPath(_ value: String) throws(UsageError) -> String? {
        guard !value.isEmpty else { throw UsageError(message: "--output verwacht een bestandsnaam") }
        // `-` means standard output, as for the inputs.
        return value == "-" ? nil : value
    }

    private static func setFix(_ mode: FixMode, in options: inout CheckOptions) throws(UsageError) {
        guard options.fix == nil || options.fix == mode else {
            throw UsageError(message: "kies --fix of --fix-dry-run, niet allebei")
        }
        options.fix = mode
    }

    static func formatValue(_ text: String) throws(UsageError) -> OutputFormat {
        guard let format = OutputFormat(rawValue: text) else {
            let known = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw UsageError(message: "onbekend formaat '\(text)'; kies uit: \(known)")
        }
        return format
    }
}

/// Options that take `--config` and `--lexicon`. The options' types are
/// captured by the `@Sendable` closures of their table, hence `SendableMetatype`.
protocol LexiconOptions: SendableMetatype {
    var configuration: String? { get set }
    var lexicons: [String] { get set }
}

/// Options that take `--min-severity` (what a report shows).
protocol ThresholdOptions: SendableMetatype {
    var minSeverity: Severity? { get set }
}

/// Options that take `--jobs`.
protocol JobsOptions: SendableMetatype {
    var jobs: Int { get set }
}

extension CheckOptions: LexiconOptions, ThresholdOptions, JobsOptions {}
extension CompareOptions: LexiconOptions, ThresholdOptions {}
extension AnnotateOptions: LexiconOptions, ThresholdOptions {}
extension ServeOptions: LexiconOptions, JobsOptions {}
