/// Writes the blank form as one self-contained HTML page: inline CSS, no scripts, no external
/// resources, headings in order, tables with captions, and print styles that keep each
/// question on one page.
struct HTMLFormWriter {
  let tool: AuditTool
  private let phrases: FormPhrases
  private var out: [String] = []

  init(tool: AuditTool) {
    self.tool = tool
    self.phrases = FormPhrases(tool: tool)
  }

  func render() -> String {
    var writer = self
    writer.write()
    return writer.out.joined(separator: "\n") + "\n"
  }

  /// Escapes text for HTML element content and quoted attribute values.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  private static let style = """
    :root { color: #111; background: #fff; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
      font-size: 11pt; line-height: 1.4; max-width: 50rem; margin: 1.5rem auto; padding: 0 1rem; }
    h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
    h2 { font-size: 1.25rem; border-bottom: 2px solid #333; padding-bottom: 0.2rem;
      margin-top: 2rem; }
    h3 { font-size: 1.05rem; margin: 0 0 0.4rem; }
    .meta { color: #333; }
    .qid { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85em;
      font-weight: normal; background: #eee; padding: 0 0.3em; border-radius: 3px; }
    table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
    caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
    th, td { border: 1px solid #555; padding: 0.3rem 0.5rem; text-align: left;
      vertical-align: top; }
    .case-details td { height: 1.8rem; width: 25%; }
    .question { border: 1px solid #999; border-radius: 4px; padding: 0.7rem 0.9rem;
      margin: 0.9rem 0; }
    .notes { list-style: none; padding: 0; margin: 0.3rem 0; font-size: 0.95em; }
    .notes li { margin: 0.1rem 0; }
    .boxes { list-style: none; padding: 0; margin: 0.4rem 0 0.6rem; }
    .boxes li { margin: 0.25rem 0; }
    .box { display: inline-block; width: 0.9em; height: 0.9em; border: 1.5px solid #111;
      vertical-align: -0.1em; margin-right: 0.5em; }
    .write-in { border-bottom: 1px solid #555; height: 1.6rem; margin: 0.2rem 0; }
    .guidance dt { font-weight: bold; }
    .guidance dd { margin: 0 0 0.4rem 0; }
    .reference { border-left: 4px solid #777; padding-left: 0.6rem; font-size: 0.95em; }
    .evidence-label { font-weight: bold; margin: 0.5rem 0 0; }
    @media (max-width: 40rem) {
      body { padding: 0 0.5rem; }
      table { table-layout: fixed; }
      th, td { overflow-wrap: break-word; hyphens: auto; padding: 0.25rem 0.3rem; }
      code, .qid { overflow-wrap: anywhere; }
    }
    @media print {
      @page { size: A4; margin: 15mm 14mm; }
      body { margin: 0; max-width: none; font-size: 10pt; }
      .question { break-inside: avoid; page-break-inside: avoid; }
      h2 { break-after: avoid; page-break-after: avoid; }
      a { color: inherit; text-decoration: none; }
    }
    """

  private mutating func line(_ text: String) { out.append(text) }

  private mutating func write() {
    line("<!DOCTYPE html>")
    line("<html lang=\"en-GB\">")
    line("<head>")
    line("<meta charset=\"utf-8\">")
    line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
    line("<title>\(Self.escape(tool.title)) (\(Self.escape(tool.version)))</title>")
    line("<style>")
    line(Self.style)
    line("</style>")
    line("</head>")
    line("<body>")
    line("<header>")
    line("<h1>\(Self.escape(tool.title))</h1>")
    line(
      "<p class=\"meta\">Audit tool <code>\(Self.escape(tool.id))</code>, version "
        + "\(Self.escape(tool.version))</p>")
    line("<p>\(Self.escape(tool.description))</p>")
    line("<table class=\"case-details\">")
    line("<caption>Case details</caption>")
    line(
      "<tr><th scope=\"col\">Case reference</th><th scope=\"col\">Stage</th>"
        + "<th scope=\"col\">Auditor</th><th scope=\"col\">Date of audit</th></tr>")
    line("<tr><td></td><td></td><td></td><td></td></tr>")
    line("</table>")
    line(
      "<p>Answer every question that applies to this case. A question marked “Only for” or "
        + "“Only if” is answered only when that holds; otherwise leave it blank. Tick one box "
        + "unless told to tick all that apply, and write the evidence from the case record "
        + "where asked.</p>")
    line("</header>")
    line("<main>")
    writeScales()
    writeThemes()
    for (number, section) in tool.sections.enumerated() {
      writeSection(section, number: number + 1)
    }
    if let rule = phrases.overallRule {
      line("<section aria-labelledby=\"overall-rule\">")
      line("<h2 id=\"overall-rule\">Overall judgement rule</h2>")
      line("<p>\(Self.escape(rule))</p>")
      line("</section>")
    }
    line("</main>")
    line("</body>")
    line("</html>")
  }

  private mutating func writeScales() {
    let scales = tool.scalesUsed
    guard !scales.isEmpty else { return }
    line("<section aria-labelledby=\"scales\">")
    line("<h2 id=\"scales\">Scales</h2>")
    for scale in scales {
      line("<table>")
      line(
        "<caption>\(Self.escape(scale.title)) (<code>\(Self.escape(scale.id))</code>). "
          + "\(Self.escape(phrases.scaleSummary(scale)))</caption>")
      line(
        "<tr><th scope=\"col\">Level</th><th scope=\"col\">Code</th>"
          + "<th scope=\"col\">Value</th><th scope=\"col\">Acceptable</th></tr>")
      for level in scale.levels {
        line(
          "<tr><th scope=\"row\">\(Self.escape(level.label))</th>"
            + "<td><code>\(Self.escape(level.code))</code></td>"
            + "<td>\(phrases.value(level))</td><td>\(level.acceptable ? "yes" : "no")</td></tr>")
      }
      line("</table>")
    }
    line("</section>")
  }

  private mutating func writeThemes() {
    guard !tool.themes.isEmpty else { return }
    line("<section aria-labelledby=\"themes\">")
    line("<h2 id=\"themes\">Themes</h2>")
    line("<dl>")
    for theme in tool.themes {
      line("<dt>\(Self.escape(theme.title)) <code>\(Self.escape(theme.id))</code></dt>")
      if !theme.description.isEmpty { line("<dd>\(Self.escape(theme.description))</dd>") }
    }
    line("</dl>")
    line("</section>")
  }

  private mutating func writeSection(_ section: AuditSection, number: Int) {
    let anchor = "section-" + Self.escape(section.id)
    line("<section aria-labelledby=\"\(anchor)\">")
    line("<h2 id=\"\(anchor)\">\(number). \(Self.escape(section.title))</h2>")
    if !section.description.isEmpty { line("<p>\(Self.escape(section.description))</p>") }
    for question in section.questions { writeQuestion(question) }
    line("</section>")
  }

  private mutating func writeQuestion(_ question: Question) {
    let anchor = "q-" + Self.escape(question.id)
    line("<article class=\"question\" aria-labelledby=\"\(anchor)\">")
    line(
      "<h3 id=\"\(anchor)\"><span class=\"qid\">\(Self.escape(question.id))</span> "
        + "\(Self.escape(question.text))</h3>")
    line("<ul class=\"notes\">")
    line("<li>\(phrases.requirement(question)). \(Self.escape(question.evidence.label)).</li>")
    if let notApplicable = phrases.writeInNotApplicable(question) {
      line("<li>\(Self.escape(notApplicable))</li>")
    }
    if let when = phrases.when(question) {
      line("<li><strong>When:</strong> \(Self.escape(when))</li>")
    }
    if let themes = phrases.themes(question) {
      line("<li><strong>Themes:</strong> \(Self.escape(themes))</li>")
    }
    line("</ul>")
    line("<p>\(Self.escape(phrases.howToAnswer(question))):</p>")
    switch question.type {
    case .grade, .choice, .multiChoice:
      line("<ul class=\"boxes\">")
      for box in phrases.boxes(question) {
        line("<li><span class=\"box\" aria-hidden=\"true\"></span>\(Self.escape(box))</li>")
      }
      line("</ul>")
    case .number, .date:
      line("<div class=\"write-in\" role=\"presentation\"></div>")
    case .text:
      for _ in 0..<3 { line("<div class=\"write-in\" role=\"presentation\"></div>") }
    }
    if let guidance = question.guidance {
      line("<dl class=\"guidance\">")
      line("<dt>Good looks like</dt>")
      line("<dd>\(Self.escape(guidance.good))</dd>")
      if let inadequate = guidance.inadequate {
        line("<dt>Inadequate looks like</dt>")
        line("<dd>\(Self.escape(inadequate))</dd>")
      }
      line("</dl>")
    }
    if let reference = question.reference {
      let (label, finding, source) = phrases.reference(reference)
      line(
        "<p class=\"reference\"><strong>\(Self.escape(label)):</strong> "
          + "\(Self.escape(finding)). <cite>\(Self.escape(source))</cite></p>")
    }
    line("<p class=\"evidence-label\">Evidence:</p>")
    line("<div class=\"write-in\" role=\"presentation\"></div>")
    line("<div class=\"write-in\" role=\"presentation\"></div>")
    line("</article>")
  }
}
