/// The report's inline stylesheet: a calm, readable page on screen and a clean printed paper.
enum HTMLReportStyle {
  /// The CSS for a round's report, with the round's name in the printed page margins.
  static func css(roundName: String) -> String {
    // A CSS string: backslash and double quote escaped, line breaks as spaces (CSS Syntax
    // Level 3, §4.3.5).
    var quoted = ""
    for character in roundName {
      switch character {
      case "\\": quoted += "\\\\"
      case "\"": quoted += "\\\""
      case "\n", "\r": quoted += " "
      case "<": quoted += "\\3C "
      default: quoted.append(character)
      }
    }
    return base + """
        @media print {
          @page { @top-left { content: "\(quoted)"; font-size: 8pt; color: #555; }
            @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt;
              color: #555; } }
        }

      """
  }

  /// The CSS without the page margins, built from `ReportPalette`.
  static let base: String = {
    let p = ReportPalette.self
    return """
      :root { color-scheme: light; }
      * { box-sizing: border-box; }
      html { background: \(p.background); }
      body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 4rem; color: \(p.text);
        background: \(p.background);
        font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
          "Noto Sans", "Liberation Sans", sans-serif; }
      h1, h2, h3 { color: \(p.accent); line-height: 1.25; }
      h1 { font-size: 2.1rem; margin: 0.2rem 0 0.6rem; }
      h2 { font-size: 1.55rem; margin: 3rem 0 1rem; padding-bottom: 0.35rem;
        border-bottom: 2px solid \(p.accent); }
      h3 { font-size: 1.2rem; margin: 2rem 0 0.75rem; }
      p { margin: 0.6rem 0; }
      a { color: \(p.accent); }
      a:focus-visible { outline: 3px solid \(p.accent); outline-offset: 2px; }
      .skip { position: absolute; left: -999px; }
      .skip:focus { left: 1rem; top: 1rem; background: \(p.background); padding: 0.5rem; }
      .muted, figcaption, .cite, .reference { color: \(p.muted); }
      .cover { border-bottom: 4px solid \(p.accent); padding-bottom: 1.5rem; }
      .partnership { font-weight: 600; margin: 0; }
      .kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.85rem;
        color: \(p.muted); margin: 1.5rem 0 0; }
      .lede { font-size: 1.15rem; color: \(p.muted); margin-top: 0; }
      dl.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
        gap: 0.5rem 1.5rem; margin: 1.25rem 0; }
      dl.facts div { border-left: 3px solid \(p.grid); padding-left: 0.75rem; }
      dt { font-size: 0.85rem; color: \(p.muted); }
      dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
      .notice { background: \(p.notice); border-left: 6px solid \(p.noticeBorder);
        padding: 0.5rem 1rem; margin: 1rem 0; border-radius: 0 4px 4px 0; }
      .notice.strong { border-left-width: 10px; font-size: 1.05rem; }
      .notice p { margin: 0.3rem 0; }
      aside.reading { border: 2px solid \(p.grid); padding: 0.25rem 1rem; margin: 1.25rem 0;
        border-radius: 4px; break-inside: avoid; }
      aside.reading h3 { margin-top: 0.5rem; }
      .flag { display: inline-block; font-size: 0.8rem; font-weight: 700; padding: 0 0.4rem;
        border: 1.5px solid \(p.noticeBorder); border-radius: 3px; background: \(p.notice);
        color: \(p.text); }
      nav.contents ol { columns: 2; padding-left: 1.25rem; }
      nav.contents h2 { margin-top: 2rem; }
      .table-wrap { overflow-x: auto; margin: 1rem 0 1.5rem; }
      table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
      table.compact { width: auto; min-width: 50%; }
      caption { text-align: left; font-weight: 700; padding: 0 0 0.4rem; color: \(p.text); }
      th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.6rem;
        border-bottom: 1px solid \(p.grid); }
      thead th { background: \(p.tint); border-bottom: 2px solid \(p.rule); }
      tbody tr:nth-child(even) { background: \(p.tint); }
      tbody th { font-weight: 600; }
      .num { text-align: right; font-variant-numeric: tabular-nums; }
      table.fingerprints code { font-size: 0.8rem; overflow-wrap: anywhere; }
      figure { margin: 1.25rem 0; }
      svg.chart { display: block; width: 100%; height: auto; max-width: 100%; }
      figcaption { font-size: 0.85rem; margin-top: 0.3rem; }
      .legend p { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0.3rem 0;
        font-size: 0.85rem; }
      .key { display: inline-flex; align-items: center; gap: 0.35rem; }
      .swatch { display: inline-block; width: 1.1rem; height: 0.9rem;
        border: 1px solid \(p.rule); }
      .swatch.hatched { background-image: repeating-linear-gradient(45deg,
        rgba(26, 31, 38, 0.45) 0 1.5px, transparent 1.5px 5px); }
      article.finding { border-left: 4px solid \(p.grades[1]); padding: 0.25rem 0 0.25rem 1rem;
        margin: 1rem 0 1.5rem; }
      .finding-text { font-weight: 600; }
      blockquote.quote { margin: 0.6rem 0 0.6rem 0.5rem; padding: 0.4rem 0.9rem;
        border-left: 3px solid \(p.grid); background: \(p.tint); }
      blockquote.quote p { margin: 0.2rem 0; }
      .cite { font-size: 0.85rem; }
      .quote-question { font-weight: 600; margin-top: 1rem; }
      ul.references li { margin-bottom: 0.5rem; }
      .glance .headline { border: 3px solid \(p.accent); border-radius: 6px; padding: 0.5rem 1.25rem;
        margin: 1rem 0; }
      .glance .headline-now { font-size: 1.35rem; font-weight: 700; color: \(p.text); }
      .glance li { margin-bottom: 0.4rem; }
      .page-footer { margin-top: 3rem; border-top: 1px solid \(p.grid); font-size: 0.85rem;
        color: \(p.muted); }
      @media print {
        @page { size: A4; margin: 16mm 14mm; }
        body { max-width: none; padding: 0; font-size: 10.5pt; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .skip, nav.contents { display: none; }
        main > section#about, main > section#technical { break-before: page; }
        h2, h3, h4, caption { break-after: avoid; break-inside: avoid; }
        p, li { orphans: 2; widows: 2; }
        figure, tr, blockquote, .notice, dl.facts, table.compact { break-inside: avoid; }
        thead { display: table-header-group; }
        .table-wrap { overflow: visible; }
        a { color: inherit; text-decoration: none; }
      }

      """
  }()
}
