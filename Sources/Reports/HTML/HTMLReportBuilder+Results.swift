import Findings

/// The report's results sections.
extension HTMLReportBuilder {
  mutating func themes() {
    writer.raw("<section id=\"themes\" aria-labelledby=\"themes-h\">\n")
    writer.element("h2", "Results by theme", attributes: "id=\"themes-h\"")
    let themes = input.findings.themes
    guard !themes.isEmpty else {
      writer.paragraph("The audit tool defines no themes.")
      writer.raw("</section>\n")
      return
    }
    writer.paragraph(
      "For each theme, the cases where at least one of its criteria was judged below the "
        + "acceptable standard, out of the cases where any of them was judged. Lower is better.")
    let id = nextChartID()
    writer.raw("<figure>\n")
    writer.raw(
      SVGChart.dotPlot(
        id: id, title: "Cases below the acceptable standard, by theme",
        description: themes.map {
          "\($0.title): \(ReportNumbers.finding($0.belowAcceptable))"
        }.joined(separator: "; ") + ".",
        // Themes have no natural order: the chart ranks them, most cases below first.
        rows: themes.sorted {
          ($0.belowAcceptable.proportion ?? -1) > ($1.belowAcceptable.proportion ?? -1)
        }.map { SVGChart.DotRow(label: $0.title, finding: $0.belowAcceptable) }))
    writer.element(
      "figcaption",
      "Dots show the share of cases below acceptable; bars show the 95% Wilson interval. "
        + "† indicative only (fewer than 10 cases). The numbers are in the table below.")
    writer.raw("</figure>\n")
    writer.table(
      caption: "Cases below the acceptable standard, by theme",
      columns: ["Theme", "Below acceptable", "Cases judged", "Share", "95% CI", "Note"],
      rows: themes.map { theme in
        let finding = theme.belowAcceptable
        return [
          .text(theme.title), .number("\(finding.count)"), .number("\(finding.n)"),
          .number(finding.proportion.map(ReportNumbers.percent) ?? "—"),
          .number(finding.interval.map(ReportNumbers.interval) ?? "—"),
          .text(theme.indicativeOnly ? "indicative only" : ""),
        ]
      })
    writer.raw("</section>\n")
  }

  mutating func sections() {
    writer.raw("<section id=\"sections\" aria-labelledby=\"sections-h\">\n")
    writer.element("h2", "Results by section", attributes: "id=\"sections-h\"")
    writer.paragraph(
      "For each criterion, the bar shows how the cases were graded, best level (darkest) on the "
        + "left; hatched levels are below the acceptable standard. The dot beneath shows the "
        + "share judged acceptable and the line its 95% Wilson interval.")
    for section in model.sections {
      writer.element("h3", section.title)
      if !section.grades.isEmpty { gradeFigure(section) }
      if !section.others.isEmpty { otherQuestions(section) }
    }
    writer.raw("</section>\n")
  }

  mutating func gradeFigure(_ section: ReportModel.SectionGroup) {
    legend(section.grades)
    let id = nextChartID()
    let rows = section.grades.map { question in
      SVGChart.BarRow(
        label: question.text, segments: segments(question), acceptable: question.acceptable)
    }
    writer.raw("<figure>\n")
    writer.raw(
      SVGChart.stackedBars(
        id: id, title: "Grades and acceptable proportion: \(section.title)",
        description: section.grades.map { question in
          let levels = question.distribution.map { "\($0.label) \($0.count)" }
            .joined(separator: ", ")
          let acceptable = question.acceptable.map(ReportNumbers.finding) ?? "no grades"
          return "\(question.text): \(levels); acceptable \(acceptable)"
        }.joined(separator: ". ") + ".",
        rows: rows))
    writer.element(
      "figcaption",
      "Grade distribution and share acceptable with its 95% interval. † indicative only. The "
        + "numbers are in the table below.")
    writer.raw("</figure>\n")
    writer.table(
      caption: "Grades and acceptable proportion: \(section.title)",
      columns: ["Criterion", "Grades (cases)", "Acceptable", "Judged", "Share", "95% CI", "Notes"],
      rows: section.grades.map { question in
        let acceptable = question.acceptable
        return [
          .text(question.text),
          .text(ReportWords.grades(question)),
          .number(acceptable.map { "\($0.count)" } ?? "—"),
          .number(acceptable.map { "\($0.n)" } ?? "—"),
          .number(acceptable?.proportion.map(ReportNumbers.percent) ?? "—"),
          .number(acceptable?.interval.map(ReportNumbers.interval) ?? "—"),
          .text(Self.notes(question)),
        ]
      })
  }

  /// The notes column for a criterion: N/A, excluded grades, the indicative flag, the
  /// published reference.
  static func notes(_ question: QuestionFinding) -> String {
    var notes: [String] = []
    if question.indicativeOnly && question.applicable > 0 { notes.append("indicative only") }
    if question.notApplicable > 0 { notes.append("\(question.notApplicable) N/A") }
    if question.excluded > 0 { notes.append("\(question.excluded) not needed (left out)") }
    if let reference = question.reference {
      notes.append(ReportReference.sentence(reference, acceptable: true))
    }
    return notes.joined(separator: "; ")
  }

  /// The bar segments for a grade question, best level first.
  func segments(_ question: QuestionFinding) -> [SVGChart.Segment] {
    let acceptable = model.acceptableLevels(question: question.id)
    let count = question.distribution.count
    return question.distribution.enumerated().map { rank, level in
      SVGChart.Segment(
        label: level.label, count: level.count,
        fill: ReportPalette.gradeIndex(
          rank: rank, count: count, code: level.code, acceptable: acceptable),
        hatched: acceptable.map { !$0.contains(level.code) } ?? false)
    }
  }

  mutating func legend(_ questions: [QuestionFinding]) {
    var seen: Set<[String]> = []
    writer.raw("<div class=\"legend\" aria-hidden=\"true\">\n")
    for question in questions {
      let labels = question.distribution.map(\.label)
      guard seen.insert(labels).inserted else { continue }
      writer.raw("<p>")
      for segment in segments(question) {
        let fill = ReportPalette.grades[segment.fill]
        writer.raw(
          "<span class=\"key\"><span class=\"swatch\(segment.hatched ? " hatched" : "")\" "
            + "style=\"background-color:\(fill)\"></span>\(HTMLText.escape(segment.label))</span>")
      }
      writer.raw("</p>\n")
    }
    writer.raw(
      "<p class=\"muted\">Every chart uses the same colours: darkest for a scale’s best level, "
        + "then acceptable, then below acceptable (hatched), palest for the worst level.</p>\n")
    writer.raw("</div>\n")
  }

  mutating func otherQuestions(_ section: ReportModel.SectionGroup) {
    let rows: [[HTMLWriter.Cell]] = section.others.compactMap { question in
      switch question.type {
      case "choice", "multiChoice":
        return [
          .text(question.text), .text(ReportWords.choices(question)),
          .number("\(question.answered)"),
        ]
      case "number":
        return [
          .text(question.text), .text(ReportWords.numbers(question)),
          .number("\(question.answered)"),
        ]
      case "grade":
        return [.text(question.text), .text("no grades"), .number("\(question.answered)")]
      default:
        return nil
      }
    }
    guard !rows.isEmpty else { return }
    writer.table(
      caption: "Other questions: \(section.title)",
      columns: ["Question", "Answers", "Answered"], rows: rows)
  }
}
