/// The Dutch help text of `helder --help`; the subcommands' usage and summary and the options of `check`
/// come from their option tables.
enum HelpText {
    /// The option lines of `helder check --help`.
    private static var checkOptions: String {
        let help = CommandTables.check.helpText
        guard let start = help.range(of: "Opties:\n") else { return help }
        return String(help[start.upperBound...]).trimmingCharacters(in: .newlines)
    }

    /// Each subcommand with an option table: its usage line and what it does, from the table itself.
    private static var commands: String {
        let specs: [(usage: String, summary: String)] = [
            (CommandTables.check.usage, CommandTables.check.summary),
            (CommandTables.compare.usage, CommandTables.compare.summary),
            (CommandTables.annotate.usage, CommandTables.annotate.summary),
            (CommandTables.serve.usage, CommandTables.serve.summary),
            (CommandTables.rules.usage, CommandTables.rules.summary),
        ]
        return specs.map { spec in
            let summary = spec.summary.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n")
            return "  \(spec.usage)\n\(summary)"
        }.joined(separator: "\n")
    }

    static var main: String {
        """
        helder — controleert brieven van gemeenten op begrijpelijke taal (doel: taalniveau B1)

        Gebruik:
        \(commands)
          helder completions bash|zsh|fish
              Aanvulscript voor de shell (bijvoorbeeld: helder completions bash > ~/.helder.bash).
          helder explain <regel>
              Uitleg van één regel, bijvoorbeeld readability.lange-zin; een deel van de naam is genoeg
              als maar één regel erbij past (helder explain vaktaal).
          helder --version
              Versie van helder, de formules en de gebruikte bibliotheken.
          helder --help
              Deze uitleg.

        Opties bij check (ook: helder check --help; elke opdracht heeft zijn eigen --help):
        \(checkOptions)

        Afsluitstatus:
          0  alles gelezen, geen drempel overschreden
          1  een drempel overschreden (--fail-on, --min-score, --max-level)
          2  een bestand of map kon niet worden gelezen (de andere zijn wel gecontroleerd), er is geen
             enkele brief gevonden, of het rapport kon niet worden geschreven
          64 de opdracht klopt niet

        """
    }
}
