import CaseList
import Findings
import Statistics

extension HTMLReportBuilder {
  // MARK: - Breakdown

  mutating func breakdown() {
    guard let breakdown = input.findings.breakdown else { return }
    let dimension = ReportWords.dimension(breakdown.dimension)
    writer.raw("<section id=\"breakdown\" aria-labelledby=\"breakdown-h\">\n")
    writer.element("h2", "Breakdown by \(dimension)", attributes: "id=\"breakdown-h\"")
    writer.paragraph(
      "Figures resting on fewer than \(breakdown.minimumCell) cases are suppressed, and so is "
        + "the next smallest where only one would be, so that no small group can be worked out "
        + "from the totals.")
    if breakdown.cellsOverlap {
      writer.paragraph("A case can fall in more than one group, so groups do not add up.")
    }
    if let note = breakdown.note { writer.paragraph(note, className: "muted") }
    let minimum = breakdown.minimumCell
    let cells = breakdown.cells
    func caseCount(_ cell: BreakdownCell) -> String {
      cell.cases.map(String.init) ?? ReportWords.suppression(cell.suppression, minimum: minimum)
    }
    writer.table(
      caption: "Cases by \(dimension)", columns: [ReportWords.humanise(dimension), "Cases"],
      rows: cells.map { [.text($0.label), .number(caseCount($0))] }, className: "compact")
    let themeTitles = input.findings.themes.map(\.title)
    if !themeTitles.isEmpty {
      writer.table(
        caption: "Cases below acceptable by theme and \(dimension)",
        columns: ["Theme"] + cells.map(\.label),
        rows: input.findings.themes.enumerated().map { index, theme in
          [.text(theme.title)]
            + cells.map { cell in
              guard index < cell.themes.count else { return .text("—") }
              let figure = cell.themes[index]
              guard let finding = figure.belowAcceptable else {
                return .text(ReportWords.suppression(figure.suppression, minimum: minimum))
              }
              return .number(ReportNumbers.finding(finding))
            }
        })
    }
    let grades = input.findings.questions.filter { $0.acceptable != nil }
    let gradeIDs = Set(grades.map(\.id))
    writer.table(
      caption: "Cases judged acceptable by criterion and \(dimension)",
      columns: ["Criterion"] + cells.map(\.label),
      rows: grades.map { question in
        [.text(question.text)]
          + cells.map { cell in
            guard let figure = cell.questions.first(where: { $0.id == question.id }),
              gradeIDs.contains(figure.id)
            else { return .text("—") }
            guard let finding = figure.acceptable else {
              return .text(ReportWords.suppression(figure.suppression, minimum: minimum))
            }
            return .number(ReportNumbers.finding(finding))
          }
      })
    writer.raw("</section>\n")
  }

  // MARK: - Agreement

  mutating func agreement() {
    guard let agreement = input.agreement else { return }
    writer.raw("<section id=\"agreement\" aria-labelledby=\"agreement-h\">\n")
    writer.element("h2", "Agreement between auditors", attributes: "id=\"agreement-h\"")
    writer.paragraph(
      "\(agreement.cases) cases were audited blind by two or more auditors (at most "
        + "\(agreement.raters) per case). Exact agreement is the share of auditor pairs giving "
        + "the same answer; kappa and alpha correct for agreement expected by chance (1 is "
        + "perfect, 0 no better than chance). Only auditors’ own final responses count.")
    if agreement.smallSample {
      writer.notice(
        "Small sample.",
        "Agreement rests on \(agreement.cases) double-audited cases, fewer than "
          + "\(AgreementReport.smallSampleThreshold): the intervals (95%, bootstrap over cases) "
          + "are wide, so read these figures as indicative.")
    }
    if !agreement.questions.isEmpty {
      writer.table(
        caption: "Agreement by question",
        columns: ["Question", "Cases audited twice", "Same answer", "Within one level"],
        rows: agreement.questions.map { question in
          let measures = question.measures
          return [
            .text(model.questionText(question.id)), .number("\(measures.units)"),
            .number(percentOrDash(measures.exactAgreement)),
            .number(percentOrDash(measures.withinOne)),
          ]
        })
      writer.paragraph(
        "The chance-corrected coefficients (kappa and alpha) with their ranges are in the "
          + "technical appendix.", className: "muted")
    }
    var reasons: [String] = []
    for question in agreement.questions {
      for reason in ReportModel.reasons(question.measures) where !reasons.contains(reason) {
        reasons.append(reason)
      }
    }
    if !reasons.isEmpty {
      writer.paragraph("Measures shown “—” are undefined here:", className: "muted")
      writer.list(reasons)
    }
    writer.element("h3", "Disagreements to take to moderation")
    if agreement.disagreements.isEmpty {
      writer.paragraph("No grades were two or more levels apart.")
    } else {
      writer.table(
        caption: "Grades two or more levels apart",
        columns: ["Case", "Question", "Grades given", "Levels apart"],
        rows: agreement.disagreements.map { disagreement in
          [
            .text(disagreement.caseReference), .text(model.questionText(disagreement.questionID)),
            .text(
              disagreement.ratings.map {
                "\($0.auditorID): "
                  + model.levelLabel(question: disagreement.questionID, code: $0.level)
              }.joined(separator: "; ")),
            .number("\(disagreement.spread)"),
          ]
        })
    }
    if !agreement.auditors.isEmpty {
      writer.element("h3", "Consistency with moderation")
      writer.table(
        caption: "How often each auditor’s grades differed from the moderated grades",
        columns: ["Auditor", "Agency", "Grades compared", "Differed", "Share", "95% CI"],
        rows: agreement.auditors.map { auditor in
          [
            .text(auditor.auditorID), .text(ReportWords.humanise(auditor.agency)),
            .number("\(auditor.compared)"), .number("\(auditor.differed)"),
            .number(auditor.proportion.proportion.map(ReportNumbers.percent) ?? "—"),
            .number(auditor.proportion.interval.map(ReportNumbers.interval) ?? "—"),
          ]
        })
    }
    writer.raw("</section>\n")
  }

  private func percentOrDash(_ value: Double?) -> String {
    value.map(ReportNumbers.percent) ?? "—"
  }
}
