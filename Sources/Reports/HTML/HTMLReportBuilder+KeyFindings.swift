import Findings

/// The report's key findings sections.
extension HTMLReportBuilder {
  mutating func howToRead(summary: Bool = false) {
    writer.raw(
      "<aside class=\"reading\" aria-labelledby=\"how-to-read-h\">\n"
        + "<h3 id=\"how-to-read-h\">How to read these figures</h3>\n")
    writer.list(
      (summary ? ReportWords.howToReadSummary : ReportWords.howToRead).map {
        $0.replacing("**", with: "")
      })
    writer.raw("</aside>\n")
  }

  mutating func keyFindings() {
    writer.raw("<section id=\"key-findings\" aria-labelledby=\"key-findings-h\">\n")
    writer.element("h2", "Summary of key findings", attributes: "id=\"key-findings-h\"")
    writer.paragraph(
      "The criteria and themes furthest below and above the standard, among those judged in at "
        + "least 5 cases. " + ReportWords.readingNotes.joined(separator: " "))
    if let overall = input.findings.overall {
      writer.notice(
        "Overall judgement:",
        "practice was judged acceptable overall in \(overall.acceptable.phrase)."
          + (overall.weightedAcceptable.map { " " + $0.sentence } ?? ""))
    }
    if let comparison = input.comparison {
      writer.notice("Compared with the earlier round:", Self.verdictSummary(comparison))
    }
    let keyFindings = input.findings.keyFindings
    if keyFindings.isEmpty {
      writer.paragraph(
        "No criterion or theme was judged in enough cases (at least 5) to rank it.")
    }
    for kind in KeyFinding.Kind.allCases {
      let list = keyFindings.filter { $0.kind == kind }
      guard !list.isEmpty else { continue }
      writer.element("h3", ReportWords.kind(kind))
      for finding in list { keyFinding(finding) }
    }
    writer.raw("</section>\n")
  }

  /// The comparison's verdicts counted in one sentence for the summary.
  static func verdictSummary(_ comparison: RoundComparison) -> String {
    let questions = comparison.questions
    let improved = questions.filter { $0.verdict == .improved }.count
    let worsened = questions.filter { $0.verdict == .worsened }.count
    let possible = questions.filter { $0.verdict == .possibleChange }
    let unclear = questions.count - improved - worsened - possible.count
    let family = comparison.familySize
    var text: String
    if let primary = comparison.primary {
      let secondary = questions.count - questions.count { primary.contains($0.id) }
      text =
        "against “\(comparison.before.round)”, of the \(family) primary criteria declared "
        + "before the comparison, \(improved) improved and \(worsened) worsened, confirmed "
        + "after adjusting for \(family == 1 ? "1 comparison" : "\(family) comparisons"); of "
        + "all \(questions.count) criteria compared, \(unclear) showed no clear change (the "
        + "\(secondary) secondary criteria are never counted as confirmed)."
    } else {
      let untested = questions.count - family
      text =
        "against “\(comparison.before.round)”, of \(questions.count) criteria compared"
        + (untested > 0 ? " (\(family) with cases in both rounds)" : "") + ", "
        + "\(improved) improved and \(worsened) worsened, confirmed after adjusting for "
        + "\(family == 1 ? "1 comparison" : "\(family) comparisons"); \(unclear) showed no "
        + "clear change."
    }
    if !possible.isEmpty {
      let names = possible.prefix(5).map { "“\($0.text)”" }.joined(separator: ", ")
      text +=
        " \(possible.count == 1 ? "One criterion shows" : "\(possible.count) criteria show") "
        + "a possible change that the adjustment does not confirm: \(names)"
        + (possible.count > 5 ? " and \(possible.count - 5) more." : ".")
    }
    let limitations = comparison.warnings.count { $0.severity == .limitation }
    if limitations > 0 {
      let count = limitations
      text += count == 1 ? " One limitation affects" : " \(count) limitations affect"
      text += " how far this can be read: see "
      text += "“Before and after”."
    }
    return text
  }

  mutating func keyFinding(_ finding: KeyFinding) {
    writer.raw("<article class=\"finding\">\n<p class=\"finding-text\">")
    writer.raw(HTMLText.escape(finding.text))
    if finding.indicativeOnly { writer.raw(" <span class=\"flag\">Indicative only</span>") }
    writer.raw("</p>\n")
    if let reference = finding.reference {
      writer.paragraph(
        ReportReference.sentence(reference, acceptable: finding.countsAcceptable),
        className: "reference")
    }
    for quote in finding.evidence { self.quote(quote) }
    writer.raw("</article>\n")
  }

  /// A quotation under its case reference and the level given.
  mutating func quote(_ quote: EvidenceQuote) {
    let level = model.levelLabel(question: quote.questionID, code: quote.level)
    writer.raw("<blockquote class=\"quote\"><p>")
    writer.raw(HTMLText.escape(quote.text))
    writer.raw("</p><p class=\"cite\">")
    writer.raw(HTMLText.escape("Case \(quote.caseReference) — rated “\(level)”"))
    writer.raw("</p></blockquote>\n")
  }
}
