import Findings

extension HTMLReportBuilder {
  // MARK: - Evidence

  mutating func evidence() {
    guard !model.quotesByTheme.isEmpty else { return }
    writer.raw("<section id=\"evidence\" aria-labelledby=\"evidence-h\">\n")
    writer.element("h2", "Evidence by theme", attributes: "id=\"evidence-h\"")
    writer.paragraph(
      "What auditors wrote, quoted under "
        + (input.identified ? "case identifiers" : "pseudonymous case references")
        + "; each quote is trimmed to 300 characters and any case identifier in it is replaced.")
    for theme in model.quotesByTheme {
      writer.element("h3", theme.title)
      for quote in theme.quotes {
        writer.paragraph(model.questionText(quote.questionID), className: "quote-question")
        self.quote(quote)
      }
    }
    writer.raw("</section>\n")
  }

  // MARK: - Methods

  mutating func methods() {
    let methods = input.methods
    writer.raw("<section id=\"methods\" aria-labelledby=\"methods-h\">\n")
    writer.element("h2", "Methods", attributes: "id=\"methods-h\"")
    writer.element("h3", "Population")
    writer.definitions([
      ("Snapshot", methods.snapshotID),
      ("As at", ReportDates.long(methods.asOf)),
      ("Children in the snapshot", "\(methods.populationSize)"),
      ("Eligible after filters", "\(methods.eligible)"),
      ("Filters", methods.filters),
    ])
    if !methods.sources.isEmpty {
      writer.table(
        caption: "Source files and their SHA-256 fingerprints",
        columns: ["File", "SHA-256", "Rows"],
        rows: methods.sources.map {
          [
            .text(ReportWords.fileName($0.file)),
            .markup("<code>\(HTMLText.escape($0.sha256))</code>"),
            .number("\($0.rows)"),
          ]
        }, className: "fingerprints")
    }
    writer.element("h3", "Sample")
    writer.definitions([
      ("Algorithm", methods.algorithm),
      ("Seed", methods.seed),
      ("Replacements", "\(methods.replacements)"),
    ])
    if !methods.strata.isEmpty {
      let eligible = methods.strata.reduce(0) { $0 + $1.eligible }
      let sampled = methods.strata.reduce(0) { $0 + $1.sampled }
      writer.table(
        caption: "Strata", columns: ["Stratum", "Eligible", "Sampled"],
        rows: methods.strata.map {
          [
            .text(ReportWords.stratum($0.key)), .number("\($0.eligible)"),
            .number("\($0.sampled)"),
          ]
        } + [[.text("All strata"), .number("\(eligible)"), .number("\(sampled)")]],
        className: "compact")
    }
    writer.notice("Verification.", methods.verification)
    if let allocation = methods.allocation {
      writer.element("h3", "Allocation to auditors")
      writer.definitions([
        ("Auditors allocated cases", "\(allocation.auditors)"),
        ("Auditors per case", ReportWords.auditorsPerCase(allocation)),
        ("Double-audited (blind)", "\(ReportNumbers.percent(allocation.doubleFraction)) of cases"),
        ("Allocation seed", allocation.seed),
      ])
    }
    writer.element("h3", "Statistical methods")
    writer.raw("<ul class=\"references\">\n")
    for (method, reference) in ReportWords.methods {
      writer.raw(
        "<li>\(HTMLText.escape(method)) <span class=\"muted\">\(HTMLText.escape(reference))</span></li>\n"
      )
    }
    writer.raw("</ul>\n")
    writer.list(ReportWords.readingNotes)
    writer.raw("</section>\n")
  }

  // MARK: - Data quality

  mutating func dataQuality() {
    let quality = input.findings.dataQuality
    writer.raw("<section id=\"data-quality\" aria-labelledby=\"data-quality-h\">\n")
    writer.element("h2", "Data quality", attributes: "id=\"data-quality-h\"")
    writer.definitions([
      ("Cases sampled", "\(quality.sampledCases)"),
      ("Cases with usable answers", "\(quality.auditedCases)"),
      ("No final response", "\(quality.noFinalResponse)"),
      ("Awaiting the first auditor", "\(quality.primaryNotFinal)"),
      ("Answers to questions the tool does not have", "\(quality.unknownQuestionAnswers)"),
    ])
    let rows = model.dataQualityRows
    if rows.isEmpty {
      writer.paragraph("Every question that applied was answered, with no N/A or unusable answers.")
    } else {
      writer.table(
        caption: "Missing, N/A and unusable answers by question",
        columns: [
          "Question", "Missing", "N/A", "Unusable", "Answered though not asked",
          "Not needed (left out)",
        ],
        rows: rows.map { row in
          [
            .text(model.questionText(row.id)), .number("\(row.missing)"),
            .number("\(row.notApplicable)"), .number("\(row.invalid)"),
            .number("\(row.answeredNotAsked)"), .number("\(row.excluded)"),
          ]
        })
    }
    if !input.dataQuality.isEmpty {
      writer.element("h3", "Further notes")
      writer.list(input.dataQuality)
    }
    writer.raw("</section>\n")
  }
}
