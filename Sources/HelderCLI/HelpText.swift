/// The Dutch help text of `helder --help`; the options of `check` come from its option table.
enum HelpText {
    /// The option lines of `helder check --help`.
    private static var checkOptions: String {
        let help = CommandTables.check.helpText
        guard let start = help.range(of: "Opties:\n") else { return help }
        return String(help[start.upperBound...]).trimmingCharacters(in: .newlines)
    }

    static var main: String {
        """
        helder — controleert brieven van gemeenten op begrijpelijke taal (doel: taalniveau B1)

        Gebruik:
          helder check [opties] <bestand>...   controleer brieven of mappen met brieven (tekst, Markdown, HTML, Word, ODT);
                                               - leest standaardinvoer
          helder compare <oud> <nieuw>         vergelijk twee versies van een brief: scores, cijfers, opgeloste en
                                               nieuwe bevindingen (--format text|json|html, --output <pad>);
                                               status 1 als de nieuwe versie slechter is
          helder annotate <brief.docx> [--output <nieuw.docx>] [--suggest]
                                               kopie van een Word-brief met de bevindingen als opmerkingen in de
                                               kantlijn en een samenvatting bovenaan; --suggest zet de veilige
                                               eenvoudige woorden erbij als wijzigingen (bijhouden) om te accepteren
                                               of te weigeren. Standaard: <brief>-helder.docx; het origineel blijft
                                               zoals het was. Ook --config en --lexicon.
          helder rules [--format text|json]    alle regels met uitleg en voorbeelden
          helder completions bash|zsh|fish     aanvulscript voor de shell (bijvoorbeeld: helder completions bash > ~/.helder.bash)
          helder explain <regel>               uitleg van één regel, bijvoorbeeld readability.lange-zin
          helder --version                     versie van helder, de formules en de gebruikte bibliotheken
          helder --help                        deze uitleg

        Opties bij check (ook: helder check --help; elke opdracht heeft zijn eigen --help):
        \(checkOptions)

        Afsluitstatus:
          0  alles gelezen, geen drempel overschreden
          1  een drempel overschreden (--fail-on, --min-score, --max-level)
          2  een bestand kon niet worden gelezen (de andere zijn wel gecontroleerd)
          64 de opdracht klopt niet

        """
    }
}
