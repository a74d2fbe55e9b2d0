/// The style sheet and the small script of the HTML reports, inlined into every page so a report
/// works offline and when mailed around.
enum HTMLStyle {
    /// Colours meet WCAG 2.1 AA: body text 16:1, muted text 7:1; every category has its own colour
    /// and underline style (dotted, solid, wavy, double), so colour is never the only cue.
    static let css = """
        :root { --tekst: #1b1b1b; --zacht: #4a4a4a; --lijn: #d0d5dd; --vlak: #f6f7f9; --focus: #1d4ed8; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 17px/1.6 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--tekst); background: #fff; }
        header.kop { padding: 1.2rem 1.5rem; border-bottom: 1px solid var(--lijn); background: var(--vlak); }
        header.kop h1 { margin: 0; font-size: 1.5rem; line-height: 1.3; overflow-wrap: anywhere; }
        header.kop p { margin: .2rem 0 0; color: var(--zacht); overflow-wrap: anywhere; }
        nav.sprong { padding: .4rem 1.5rem; }
        nav.sprong a { margin-right: 1rem; }
        nav.terug { padding: .4rem 1.5rem; }
        nav.terug p { margin: .2rem 0; }
        form.acties { display: flex; flex-wrap: wrap; align-items: center; gap: .6rem; margin: .4rem 0; }
        form.acties button { font: inherit; padding: .4rem .9rem; border-radius: 6px; border: 1px solid var(--focus); background: var(--focus); color: #fff; cursor: pointer; }
        form.acties button.tweede { background: #fff; color: var(--focus); }
        form.acties button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        form.acties .klein { color: var(--zacht); font-size: .95rem; }
        .rol { overflow-x: auto; }
        a { color: var(--focus); }
        a:focus-visible, .f:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .indeling { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 1.5rem 2rem; padding: 1.5rem; max-width: 84rem; margin: 0 auto; }
        .paneel { grid-column: 2; grid-row: 1 / span 3; }
        .brief, .lijst, .fout { grid-column: 1; }
        @media (max-width: 900px) {
          .indeling { grid-template-columns: minmax(0, 1fr); padding: 1rem; }
          .paneel, .brief, .lijst, .fout { grid-column: 1; grid-row: auto; }
        }
        h2 { font-size: 1.2rem; margin: 0 0 .6rem; }
        .paneel section { border: 1px solid var(--lijn); border-radius: 8px; padding: 1rem; margin-bottom: 1rem; background: #fff; }
        .score { display: flex; gap: 1rem; align-items: center; }
        .ring { flex: none; width: 120px; height: 120px; }
        .ring-getal { font-size: 34px; font-weight: 700; }
        .ring-woord { font-size: 14px; font-weight: 700; }
        .meter-tekst { font-size: 15px; font-weight: 700; fill: var(--tekst); }
        .meter-klein, .as { font-size: 12px; fill: var(--zacht); }
        .delen { list-style: none; padding: 0; margin: .4rem 0 0; }
        .delen li { display: grid; grid-template-columns: 7.5rem 1fr 2.5rem; gap: .5rem; align-items: center; font-size: .95rem; }
        .balk { height: .7rem; background: #e5e7eb; border-radius: 4px; overflow: hidden; }
        .balk span { display: block; height: 100%; background: #475569; }
        .delen .getal { text-align: right; font-variant-numeric: tabular-nums; }
        .eerst ol { padding-left: 1.3rem; margin: 0; }
        .eerst li { margin-bottom: .6rem; }
        ol.plichten li { margin-bottom: .5rem; }
        ol.plichten .kenmerk { display: block; }
        .winst { font-weight: 700; color: #15803d; white-space: nowrap; }
        dl.cijfers { margin: 0; }
        dl.cijfers dt { font-weight: 700; margin-top: .5rem; }
        dl.cijfers dd { margin: 0; color: var(--zacht); }
        .legenda { display: flex; flex-wrap: wrap; gap: .4rem 1rem; padding: 0; list-style: none; margin: 0 0 1rem; font-size: .95rem; }
        .tekst { border: 1px solid var(--lijn); border-radius: 8px; padding: 1.5rem 2rem; max-width: 46rem; }
        .tekst h3 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
        .tekst p { margin: 0 0 .9rem; }
        .tekst ul { margin: 0 0 .9rem; padding-left: 1.4rem; }
        .f { color: inherit; position: relative; border-radius: 2px; text-decoration-line: underline; text-underline-offset: 3px; text-decoration-thickness: 2px; cursor: help; }
        .f.error { text-decoration-thickness: 3px; }
        .f.info { text-decoration-thickness: 1px; }
        .lees { background: #fff4c2; text-decoration-style: dotted; text-decoration-color: #7a5c00; }
        .jargon { background: #dbe9ff; text-decoration-style: solid; text-decoration-color: #1d4ed8; }
        .dwang { background: #ffe1de; text-decoration-style: wavy; text-decoration-color: #b42318; }
        .opbouw { background: #ece6f7; text-decoration-style: double; text-decoration-color: #5b3f9e; }
        .f .f { background-image: linear-gradient(rgba(0,0,0,.06), rgba(0,0,0,.06)); }
        .voorbeeld { padding: 0 .3rem; text-decoration-line: underline; text-underline-offset: 3px; text-decoration-thickness: 2px; }
        .tekst { position: relative; }
        .uitleg { display: none; position: absolute; z-index: 10; margin-top: 1.7em; width: min(24rem, 80vw); padding: .6rem .8rem; background: #fff; color: var(--tekst); border: 1px solid #98a2b3; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.18); font-size: .92rem; line-height: 1.45; font-weight: 400; white-space: normal; text-align: left; }
        .uitleg > span { display: block; }
        .uitleg .soort, .uitleg .regel { color: var(--zacht); font-size: .85rem; }
        .uitleg .voorstel { margin-top: .3rem; }
        .f:focus + .uitleg, .f.toon + .uitleg { display: block; }
        .f.dicht + .uitleg { display: none; }
        @media (max-width: 900px) {
          .uitleg { position: fixed; top: auto; left: .75rem; right: .75rem; bottom: .75rem; width: auto; margin: 0; }
        }
        .lijst details.soort { border: 1px solid var(--lijn); border-radius: 8px; margin-bottom: .8rem; padding: .2rem .8rem; }
        .lijst details.soort > summary { cursor: pointer; padding: .5rem 0; font-weight: 700; }
        .lijst details.ernst { margin: 0 0 .6rem .2rem; }
        .lijst details.ernst > summary { cursor: pointer; padding: .2rem 0; }
        .lijst .aantal { display: inline-block; padding: 0 .4rem; border-radius: 4px; background: #e5e7eb; font-weight: 700; font-size: .9rem; }
        .filter { border: 1px solid var(--lijn); border-radius: 8px; padding: .4rem .8rem; margin: 0 0 .8rem; display: flex; flex-wrap: wrap; gap: .3rem 1rem; }
        .filter legend { font-weight: 700; padding: 0 .3rem; }
        .verberg-lees .lijst .lees, .verberg-jargon .lijst .jargon, .verberg-dwang .lijst .dwang, .verberg-opbouw .lijst .opbouw,
        .verberg-document .lijst .document, .verberg-error .lijst .error, .verberg-warning .lijst .warning, .verberg-info .lijst .info { display: none; }
        .verberg-lees mark.lees, .verberg-jargon mark.jargon, .verberg-dwang mark.dwang, .verberg-opbouw mark.opbouw,
        .verberg-error mark.error, .verberg-warning mark.warning, .verberg-info mark.info { background: none; text-decoration: none; }
        .geheel ul { padding-left: 1.2rem; margin: 0; }
        .geheel li { margin-bottom: .5rem; background: none; text-decoration: none; }
        .lijst ol { padding-left: 0; list-style: none; }
        .lijst li { border-left: 4px solid var(--lijn); padding: .4rem .8rem; margin-bottom: .6rem; background: var(--vlak); }
        .lijst li.lees { border-left-color: #7a5c00; border-left-style: dotted; }
        .lijst li.jargon { border-left-color: #1d4ed8; }
        .lijst li.dwang { border-left-color: #b42318; border-left-style: double; border-left-width: 6px; }
        .lijst li.opbouw { border-left-color: #5b3f9e; border-left-style: dashed; }
        .lijst .kenmerk { color: var(--zacht); font-size: .9rem; }
        .lijst .citaat { font-style: italic; }
        figure.grafiek { margin: 0; }
        figcaption { font-size: .9rem; color: var(--zacht); }
        table.brieven { border-collapse: collapse; width: 100%; font-size: .95rem; }
        table.brieven th, table.brieven td { border-bottom: 1px solid var(--lijn); padding: .4rem .5rem; text-align: left; vertical-align: top; }
        table.brieven td:first-child { overflow-wrap: anywhere; }
        @media (max-width: 600px) {
          table.brieven thead { display: none; }
          table.brieven tr { display: grid; grid-template-columns: 1fr 1fr; column-gap: 1.2rem; border-bottom: 1px solid var(--lijn); padding: .5rem 0; }
          table.brieven td { display: flex; justify-content: space-between; gap: .5rem; border: none; padding: .1rem 0; font-size: .9rem; }
          table.brieven td.getal { text-align: right; }
          table.brieven td::before { content: attr(data-kop); color: var(--zacht); text-align: left; }
          table.brieven td:first-child, table.brieven td[colspan] { grid-column: 1 / span 2; display: block; font-weight: 700; }
          table.brieven td:first-child::before { content: none; }
          .overzicht { padding: 1rem; }
        }
        table.brieven td.getal, table.brieven th.getal { text-align: right; font-variant-numeric: tabular-nums; }
        .overzicht { padding: 1.5rem; max-width: 84rem; margin: 0 auto; }
        .overzicht section { margin-bottom: 2rem; }
        .tweeluik { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1.5rem; }
        .melding-fout { border: 2px solid #b42318; border-radius: 8px; padding: 1rem; }
        @media print {
          @page { size: A4; margin: 15mm; }
          body { font-size: 11pt; line-height: 1.45; }
          .uitleg, .extra, .scherm, .filter, nav.sprong, nav.terug { display: none !important; }
          .indeling { display: block; padding: 0; }
          header.kop { padding: 0 0 .4rem; background: none; }
          .paneel section { padding: .3rem 0; margin: 0; border: none; border-bottom: 1px solid var(--lijn); border-radius: 0; }
          .paneel h2 { font-size: 12pt; margin: .2rem 0; }
          .paneel p, .paneel li { margin: .1rem 0; }
          .ring { width: 64px; height: 64px; }
          .paneel svg { max-width: 9cm; height: auto; }
          .delen li { grid-template-columns: 7rem 12rem 2rem; }
          .geheel li, .lijst li { background: none; }
          .brief { break-before: page; }
          .tekst { padding: 0; border: none; max-width: none; }
          .f { background: none; }
          .lijst { break-before: page; }
          .lijst details.ernst.info { display: none; }
        }
        """

    /// Shows the explanation of the highlight under the mouse or opened through a link (focus works
    /// without a script) and keeps it inside the window; Escape or a click elsewhere hides it without
    /// moving focus. The report is complete and readable without this script. It contains no `<` or `&`,
    /// so the page stays well-formed XML as well as HTML.
    static let script = """
        (function () {
          var shown = null;
          function hide() { if (shown) { shown.classList.remove('toon'); shown = null; } }
          function markAt(target) {
            if (!target.closest) { return null; }
            var piece = target.closest('mark.f');
            if (!piece) { return null; }
            return document.getElementById(piece.getAttribute('data-doel'));
          }
          function keepInView(mark) {
            var tip = mark.nextElementSibling;
            if (!tip) { return; }
            tip.style.marginLeft = '';
            var overflow = tip.getBoundingClientRect().right - (window.innerWidth - 8);
            if (overflow > 0) { tip.style.marginLeft = (-overflow) + 'px'; }
          }
          function show(mark) {
            if (mark === shown) { return; }
            hide();
            if (mark) { mark.classList.add('toon'); shown = mark; keepInView(mark); }
          }
          document.addEventListener('mouseover', function (event) { show(markAt(event.target)); });
          document.addEventListener('click', function (event) { if (!markAt(event.target)) { hide(); } });
          document.addEventListener('focusin', function (event) {
            var mark = markAt(event.target);
            if (mark) { mark.classList.remove('dicht'); keepInView(mark); }
          });
          document.addEventListener('keydown', function (event) {
            if (event.key !== 'Escape') { return; }
            hide();
            var mark = markAt(document.activeElement || document.body);
            if (mark) { mark.classList.add('dicht'); }
          });
          function fromLink() {
            var mark = location.hash ? document.getElementById(location.hash.slice(1)) : null;
            if (mark) { show(markAt(mark)); }
          }
          window.addEventListener('hashchange', fromLink);
          fromLink();
          var filter = document.querySelector('.filter');
          if (filter) {
            filter.removeAttribute('hidden');
            filter.addEventListener('change', function (event) {
              var kind = event.target.getAttribute('data-verberg');
              if (kind) { document.body.classList.toggle('verberg-' + kind, !event.target.checked); }
            });
          }
          function openFor(id) {
            var target = id ? document.getElementById(id) : null;
            while (target) {
              if (target.tagName === 'DETAILS') { target.open = true; }
              target = target.parentElement;
            }
          }
          window.addEventListener('hashchange', function () { openFor(location.hash.slice(1)); });
          openFor(location.hash.slice(1));
        })();
        """
}
