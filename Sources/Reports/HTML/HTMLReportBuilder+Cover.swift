import Findings

/// The report's cover sections.
extension HTMLReportBuilder {
  mutating func cover() {
    let round = input.round
    let findings = input.findings
    writer.raw("<header class=\"cover\">\n")
    if let partnership = input.partnership {
      writer.paragraph(partnership, className: "partnership")
    }
    writer.paragraph("Multi-agency case-file audit", className: "kicker")
    writer.element("h1", round.name)
    writer.paragraph(
      "A paper for the safeguarding partnership’s quality-assurance sub-group: "
        + "\(findings.cases) \(findings.cases == 1 ? "case" : "cases") audited"
        + (round.auditDate.map { " on \(ReportDates.long($0))" } ?? "") + ".",
      className: "lede")
    if input.identified {
      writer.notice("Real case identifiers.", model.referenceNote, strong: true)
    }
    writer.raw("</header>\n")
  }

  /// The round's facts, the pseudonym notice and who took part.
  mutating func about() {
    let round = input.round
    let findings = input.findings
    writer.raw("<section id=\"about\" aria-labelledby=\"about-h\">\n")
    writer.element("h2", "About this audit", attributes: "id=\"about-h\"")
    var facts: [(String, String)] = [
      ("Purpose", ReportWords.purpose(round.purpose)),
      ("Audit tool", "\(round.toolTitle), version \(round.toolVersion) (\(round.toolID))"),
      ("Audit date", round.auditDate.map(ReportDates.long) ?? "not set"),
      ("Report date", ReportDates.long(input.generatedAt)),
    ]
    if let training = round.training { facts.append(("Training evaluated", training)) }
    facts.append(
      (
        "Cases audited",
        "\(findings.cases) of \(findings.cases + findings.notAudited) sampled"
          + " (\(findings.moderatedCases) moderated)"
      ))
    facts.append(("Findings rest on", ReportWords.source(findings.source)))
    writer.definitions(facts)
    if !input.identified { writer.notice("Pseudonymous.", model.referenceNote) }
    if findings.indicativeOnly {
      writer.notice(
        "Indicative only.",
        "The whole round rests on fewer than 10 cases: read every figure as an indication, not "
          + "a measurement.", strong: true)
    }
    participants()
    writer.raw("</section>\n")
  }

  /// The round at a glance: the first two printed pages.
  mutating func atAGlance() {
    let glance = AtAGlance(model)
    writer.raw("<section id=\"at-a-glance\" class=\"glance\" aria-labelledby=\"glance-h\">\n")
    writer.element("h2", "The round at a glance", attributes: "id=\"glance-h\"")
    if let now = glance.overallNow {
      writer.raw("<div class=\"headline\">\n")
      writer.paragraph(now, className: "headline-now")
      if let before = glance.overallBefore { writer.paragraph(before) }
      writer.raw("</div>\n")
    }
    if let compared = glance.overallComparison {
      let id = nextChartID()
      writer.raw("<figure>\n")
      writer.raw(
        SVGChart.dumbbell(
          id: id, title: "Overall judgement acceptable, before and after",
          description:
            "Before: \(ReportNumbers.plainPhrase(compared.before)). After: "
            + "\(ReportNumbers.plainPhrase(compared.after)).",
          rows: [
            SVGChart.DumbbellRow(
              label: "Acceptable overall", before: compared.before, after: compared.after,
              verdict: ReportWords.verdict(compared.verdict))
          ]))
      writer.element(
        "figcaption",
        "Hollow circle: the previous round; filled diamond: this round; the line either side "
          + "is the range the true share is likely to lie in.")
      writer.raw("</figure>\n")
    }
    if !glance.changes.isEmpty {
      writer.element("h3", "What changed since the previous round")
      writer.list(glance.changes)
    }
    if !glance.shortfalls.isEmpty {
      writer.element("h3", "Where practice most often fell short")
      writer.list(glance.shortfalls)
    }
    if !glance.cannotShow.isEmpty {
      writer.element("h3", "What this round cannot show")
      writer.list(glance.cannotShow)
    }
    writer.raw("</section>\n")
  }

  mutating func participants() {
    guard !input.participants.isEmpty else { return }
    let rows: [[HTMLWriter.Cell]] = input.participants.map {
      [
        .text(ReportWords.humanise($0.agency)), .number("\($0.auditors)"),
        .number("\($0.responses)"), .number("\($0.moderations)"),
      ]
    }
    let auditors = input.participants.reduce(0) { $0 + $1.auditors }
    let responses = input.participants.reduce(0) { $0 + $1.responses }
    let moderations = input.participants.reduce(0) { $0 + $1.moderations }
    writer.table(
      caption: "Who took part, by agency",
      columns: ["Agency", "Auditors", "Audits submitted", "Cases moderated"],
      rows: rows + [
        [
          .text("All agencies"), .number("\(auditors)"), .number("\(responses)"),
          .number("\(moderations)"),
        ]
      ],
      className: "compact")
  }

  mutating func contents() {
    var entries: [(String, String)] = [
      ("at-a-glance", "The round at a glance"), ("about", "About this audit"),
      ("key-findings", "Summary of key findings"), ("themes", "Results by theme"),
      ("sections", "Results by section"),
    ]
    if input.findings.breakdown != nil { entries.append(("breakdown", "Breakdown")) }
    if input.agreement != nil { entries.append(("agreement", "Agreement between auditors")) }
    if input.comparison != nil { entries.append(("comparison", "Before and after")) }
    if !model.quotesByTheme.isEmpty { entries.append(("evidence", "Evidence by theme")) }
    entries.append(("methods", "Methods"))
    entries.append(("data-quality", "Data quality"))
    entries.append(("technical", "Technical appendix"))
    writer.raw("<nav class=\"contents\" aria-labelledby=\"contents-heading\">\n")
    writer.element("h2", "Contents", attributes: "id=\"contents-heading\"")
    writer.raw("<ol>\n")
    for (id, title) in entries {
      writer.raw("<li><a href=\"#\(id)\">\(HTMLText.escape(title))</a></li>\n")
    }
    writer.raw("</ol>\n</nav>\n")
  }
}
