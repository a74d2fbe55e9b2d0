/// The Dutch help text of `helder --help`.
enum HelpText {
    static let main = """
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
          helder explain <regel>               uitleg van één regel, bijvoorbeeld readability.lange-zin
          helder --version                     versie van helder, de formules en de gebruikte bibliotheken
          helder --help                        deze uitleg

        Opties bij check:
          --format text|json|csv|sarif|html
                                     text (standaard): regels 'pad:regel:kolom: ernst: melding [regel]' en een
                                     samenvatting met alle cijfers; json: het vaste JSON-formaat (zie README);
                                     csv: één regel per bestand; sarif: SARIF 2.1.0 voor code scanning (GitHub);
                                     html: de brief zelf met alle bevindingen gemarkeerd, score en uitleg, in één
                                     bestand; bij meer brieven een map (--output MAP) met index.html
          --csv-separator , | ;       scheidingsteken voor --format csv (; voor Nederlandse Excel, met decimale komma)
          --output <pad>             schrijf het rapport naar dit bestand (in zijn geheel of helemaal niet);
                                     bij --format html en meer brieven: naar deze map
          --fail-on error|warning|info|never
                                     eindig met status 1 bij een bevinding van deze ernst of erger (standaard: error)
          --min-score <0-100>        eindig met status 1 als de totaalscore van een brief lager is
          --max-level A2|B1|B2|C1    eindig met status 1 als een brief een hoger taalniveau vraagt
          --config <bestand>         instellingen (standaard: de dichtstbijzijnde .helder.json boven elke brief)
          --write-baseline <bestand> schrijf alle bevindingen van deze run naar een baseline
          --baseline <bestand>       meld alleen bevindingen die niet in de baseline staan (op regel en tekst)
          --quiet                    geen voortgangsbalk (die staat alleen op een terminal, bij meer brieven)
          --jobs <n>                 zoveel brieven tegelijk (standaard: het aantal processorkernen)
          --fix                      vervang in tekst-, Markdown- en HTML-sjablonen de woorden die veilig een-op-een
                                     kunnen (indien → als, reeds → al) en controleer daarna; invulvelden, opmaak en
                                     attributen blijven onaangeroerd; Word-brieven: gebruik annotate --suggest
          --fix-dry-run              laat die vervangingen zien als diff (voor patch -p0) en verander niets;
                                     status 1 als er iets te vervangen is, 0 als niet
          --lexicon <bestand>        eigen termen erbij (zelfde formaat als Lexicons/jargon.tsv, dwang.tsv of
                                     letterwoorden.tsv); ernst 'uit' of gewicht 0 zet een ingebouwde term uit

        Afsluitstatus:
          0  alles gelezen, geen drempel overschreden
          1  een drempel overschreden (--fail-on, --min-score, --max-level)
          2  een bestand kon niet worden gelezen (de andere zijn wel gecontroleerd)
          64 de opdracht klopt niet

        """
}
