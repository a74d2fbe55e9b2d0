import Foundation
import HelderReports

/// The Dutch page of the web service: choose or drop a letter, or paste its text, and press a button: the
/// report, the letter with comments, or with suggestions as tracked changes; or compare two versions. Plain
/// forms, so it works without a script; nothing comes from elsewhere.
enum ServerPage {
    static let style = """
        body { margin: 0 auto; max-width: 46rem; padding: 1.5rem; font: 17px/1.6 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1b1b1b; }
        h1 { font-size: 1.6rem; margin: 0 0 .4rem; }
        h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; }
        form { border: 1px solid #d0d5dd; border-radius: 8px; padding: 1rem 1.2rem; }
        label { display: block; font-weight: 700; margin: .8rem 0 .3rem; }
        textarea { width: 100%; box-sizing: border-box; min-height: 9rem; font: inherit; }
        .knoppen { display: flex; flex-wrap: wrap; gap: .6rem; margin-top: 1rem; }
        button { font: inherit; padding: .5rem 1rem; border-radius: 6px; border: 1px solid #1d4ed8; background: #1d4ed8; color: #fff; cursor: pointer; }
        button.tweede { background: #fff; color: #1d4ed8; }
        button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
        .klein { color: #4a4a4a; font-size: .95rem; }
        form.sleep { border-color: #1d4ed8; background: #eef2ff; }
        """

    /// Only an improvement: a letter dropped anywhere on the form lands in its file field (browsers without
    /// script, or without `DataTransfer`, keep the plain field, which takes a dropped file itself).
    static let script = """
        (function () {
          var form = document.getElementById('controleren');
          var input = document.getElementById('brief');
          if (!form || !input || !window.DataTransfer) { return; }
          form.addEventListener('dragover', function (event) { event.preventDefault(); form.classList.add('sleep'); });
          form.addEventListener('dragleave', function () { form.classList.remove('sleep'); });
          form.addEventListener('drop', function (event) {
            event.preventDefault();
            form.classList.remove('sleep');
            if (event.dataTransfer && event.dataTransfer.files.length) { input.files = event.dataTransfer.files; }
          });
        })();
        """

    /// A whole page around `main`: Dutch, the page's style, and a script only where one is given.
    static func document(title: String, main: String, script: String? = nil) -> String {
        """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(title)</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        <main>
        \(main)
        </main>
        \(script.map { "<script>\n\($0)\n</script>\n" } ?? "")</body>
        </html>

        """
    }

    /// What went wrong with a letter sent from the page (unreadable, too large, no letter chosen), in the words
    /// `helder check` would use, with the way back.
    static func error(_ message: String) -> String {
        document(
            title: "Helder: dit lukte niet",
            main: """
                <h1>Dit lukte niet</h1>
                <p role="alert">\(HTML.escape(message.prefix(1).uppercased() + message.dropFirst()))</p>
                <p><a href="/">← Terug: kies een andere brief of plak de tekst</a></p>
                """)
    }

    static func home(maxUploadMegabytes: Int) -> String {
        document(
            title: "Helder: is deze brief begrijpelijk?",
            main: """
                <h1>Is deze brief begrijpelijk?</h1>
                <p>Helder controleert een brief op begrijpelijke taal (B1), ambtelijke woorden en een dwingende toon, en
                zegt wat er beter kan. De brief blijft op deze server van de organisatie en wordt nergens bewaard.</p>
                <form id="controleren" method="post" action="/controleren" enctype="multipart/form-data">
                <label for="brief">Kies een brief of sleep hem hierheen (Word .docx, OpenDocument .odt, HTML of tekst; hooguit \(maxUploadMegabytes) MB)</label>
                <input id="brief" name="brief" type="file" accept=".docx,.odt,.html,.htm,.txt,.md"/>
                <label for="tekst">of plak de tekst van de brief</label>
                <textarea id="tekst" name="tekst"></textarea>
                <div class="knoppen">
                <button type="submit">Controleren</button>
                <button type="submit" class="tweede" formaction="/annoteren">Word-brief met opmerkingen</button>
                <button type="submit" class="tweede" formaction="/annoteren?suggest=1">Met voorstellen als wijzigingen</button>
                </div>
                <p class="klein">De twee Word-knoppen werken met een .docx-bestand: u krijgt een kopie met Helders opmerkingen
                in de kantlijn, of ook met eenvoudiger woorden als wijzigingen die u accepteert of weigert.</p>
                </form>
                <h2>Twee versies vergelijken</h2>
                <form method="post" action="/vergelijken" enctype="multipart/form-data">
                <label for="oud">De oude versie</label>
                <input id="oud" name="oud" type="file" accept=".docx,.odt,.html,.htm,.txt,.md"/>
                <label for="nieuw">De nieuwe versie</label>
                <input id="nieuw" name="nieuw" type="file" accept=".docx,.odt,.html,.htm,.txt,.md"/>
                <div class="knoppen"><button type="submit">Vergelijken</button></div>
                </form>
                <p class="klein">Voor systemen: POST /api/check, /api/annotate en /api/compare, GET /api/rules.</p>
                """,
            script: script)
    }
}
