import CaseList
import Findings
import Formats
import Statistics

extension HTMLReportBuilder {
  // MARK: - Comparison

  mutating func comparison() {
    guard let comparison = input.comparison else { return }
    writer.raw("<section id=\"comparison\" aria-labelledby=\"comparison-h\">\n")
    writer.element("h2", "Before and after", attributes: "id=\"comparison-h\"")
    writer.paragraph(
      "“\(comparison.before.round)” (before) compared with “\(comparison.after.round)” (after): "
        + "the share of cases judged acceptable on each criterion in both rounds. A change is "
        + "called an improvement or a worsening only when the 95% interval for the difference "
        + "(Newcombe’s hybrid score) excludes zero and the change is still clear after allowing "
        + "for the number of criteria compared (Holm’s method).")
    for warning in comparison.warnings {
      if warning.severity == .note {
        writer.notice("Note:", warning.message)
      } else {
        writer.notice("Limitation:", warning.message, strong: true)
      }
    }
    writer.table(
      caption: "The two rounds",
      columns: ["Round", "Purpose", "Tool version", "Sampled", "Audited", "Training"],
      rows: [("Before", comparison.before), ("After", comparison.after)].map { side, summary in
        [
          .text("\(side): \(summary.round)"), .text(ReportWords.purpose(summary.purpose)),
          .text("\(summary.toolID) \(summary.toolVersion)"), .number("\(summary.sampledCases)"),
          .number("\(summary.cases)"), .text(summary.training ?? "—"),
        ]
      })
    if let caseMix = comparison.caseMix {
      writer.paragraph(
        "Case mix by stage: chi-square \(ReportNumbers.decimal(caseMix.statistic)) on "
          + "\(caseMix.degreesOfFreedom) degrees of freedom, p = "
          + "\(ReportNumbers.pValue(caseMix.pValue))"
          + (caseMix.cellsExpectedBelowFive > 0
            ? " (approximate: \(caseMix.cellsExpectedBelowFive) expected counts below 5)." : "."))
    }
    if !comparison.questions.isEmpty {
      let id = nextChartID()
      writer.raw("<figure>\n")
      writer.raw(
        SVGChart.dumbbell(
          id: id, title: "Share acceptable before and after, by criterion",
          description: comparison.questions.map { question in
            "\(question.text): before \(ReportNumbers.finding(question.before)), after "
              + "\(ReportNumbers.finding(question.after)); "
              + ReportWords.verdict(question.verdict).lowercased()
          }.joined(separator: ". ") + ".",
          rows: comparison.questions.map { question in
            SVGChart.DumbbellRow(
              label: question.text, before: question.before, after: question.after,
              verdict: ReportWords.verdict(question.verdict)
                + (question.caveat == nil ? "" : " (not after Holm)"))
          }))
      writer.element(
        "figcaption",
        "Hollow circle: before; filled diamond: after; each with its 95% Wilson interval. The "
          + "numbers and tests are in the table below.")
      writer.raw("</figure>\n")
      writer.table(
        caption: "Share acceptable before and after, by criterion",
        columns: ["Criterion", "Before", "After", "What it shows"],
        rows: comparison.questions.map { question in
          [
            .text(question.text), .number(ReportNumbers.finding(question.before)),
            .number(ReportNumbers.finding(question.after)),
            .text(
              question.before.n == 0 && question.after.n == 0
                ? "Applied to no sampled case in either round."
                : AtAGlance.changeWords(question)),
          ]
        })
      writer.paragraph(
        "The tests behind each verdict (Fisher’s exact test, Holm’s adjustment, Mann–Whitney, "
          + "Cliff’s δ) are in the technical appendix.", className: "muted")
    }
    if !comparison.themes.isEmpty {
      writer.table(
        caption: "Share of cases acceptable throughout each theme, before and after",
        columns: ["Theme", "Before", "After", "Difference (95% CI)", "Holm p", "Verdict"],
        rows: comparison.themes.map { theme in
          [
            .text(theme.title + (theme.compositionChanged ? " (criteria changed)" : "")),
            .number(ReportNumbers.finding(theme.before)),
            .number(ReportNumbers.finding(theme.after)),
            .number(ReportNumbers.difference(theme.difference, theme.interval)),
            .number(ReportNumbers.pValue(theme.holmP)),
            .text(Self.verdictText(theme.verdict, theme.caveat, theme.indicativeOnly)),
          ]
        })
    }
    if !comparison.unmatchedQuestions.isEmpty {
      writer.paragraph("Criteria not compared:", className: "muted")
      writer.list(
        comparison.unmatchedQuestions.map {
          "\($0.id): \(ReportWords.unmatched($0.reason))"
        })
    }
    strata(comparison)
    if let training = comparison.trainedWorkers { self.training(training) }
    writer.raw("</section>\n")
  }

  /// A verdict with its caveat and flag: "Improved — not significant after …".
  static func verdictText(_ verdict: ComparisonVerdict, _ caveat: String?, _ indicative: Bool)
    -> String
  {
    var text = ReportWords.verdict(verdict)
    if let caveat { text += " — \(caveat)" }
    if indicative { text += " (indicative only)" }
    return text
  }

  /// A criterion's verdict in plain words with its interval and both p-values.
  ///
  /// For example "Possible change, not confirmed: up 25 points (95% CI +3 to +44); p = 0.042
  /// on its own, 1.000 after allowing for 32 comparisons."
  static func verdictSentence(
    _ question: QuestionComparison, in comparison: RoundComparison
  ) -> String {
    if question.before.n == 0 && question.after.n == 0 {
      return "Applied to no sampled case in either round."
    }
    let family = comparison.familySize
    let secondary = comparison.primary.map { !$0.contains(question.id) } ?? false
    var text = ReportWords.verdict(question.verdict)
    if let difference = question.difference {
      let size = ReportNumbers.whole(abs(difference))
      let direction =
        size == 0
        ? "no change"
        : "\(difference > 0 ? "up" : "down") \(size) "
          + (size == 1 ? "point" : "points")
      text += ": \(direction)"
      if let interval = question.interval {
        text +=
          " (95% CI \(ReportNumbers.signedWhole(interval.lower)) to "
          + "\(ReportNumbers.signedWhole(interval.upper)))"
      }
    }
    if let raw = question.fisherP {
      text += "; p = \(ReportNumbers.pValue(raw))"
      if secondary {
        text += ", a secondary criterion (not among the declared primary ones), so not adjusted"
      } else if let adjusted = question.holmP {
        text +=
          " on its own, \(ReportNumbers.pValue(adjusted)) after allowing for "
          + (family == 1 ? "1 comparison" : "\(family) comparisons")
      }
    }
    if question.indicativeOnly { text += " (indicative only)" }
    return text + "."
  }

  private mutating func strata(_ comparison: RoundComparison) {
    guard let within = comparison.within, !comparison.strata.isEmpty else { return }
    writer.element("h3", "Within each \(ReportWords.dimension(within))")
    for stratum in comparison.strata {
      guard !stratum.suppressed else {
        writer.paragraph("\(stratum.label): \(ReportWords.withheld(stratum.suppression)).")
        continue
      }
      writer.table(
        caption:
          "\(stratum.label): \(stratum.beforeCases ?? 0) cases before, "
          + "\(stratum.afterCases ?? 0) after",
        columns: ["Criterion", "Before", "After", "Difference (95% CI)", "Verdict"],
        rows: stratum.questions.map { question in
          [
            .text(question.text), .number(ReportNumbers.finding(question.before)),
            .number(ReportNumbers.finding(question.after)),
            .number(ReportNumbers.difference(question.difference, question.interval)),
            .text(Self.verdictText(question.verdict, question.caveat, question.indicativeOnly)),
          ]
        })
      if !stratum.suppressedFigures.isEmpty {
        writer.paragraph(
          "Suppressed (small numbers): "
            + stratum.suppressedFigures.map(model.questionText).joined(separator: "; ") + ".",
          className: "muted")
      }
    }
  }

  private mutating func training(_ training: TrainingComparison) {
    writer.element("h3", "Trained and untrained workers’ cases (difference in differences)")
    writer.paragraph(
      "“\(training.course)”: the change in trained workers’ cases minus the change in untrained "
        + "workers’ cases, between \(ReportDates.long(training.beforeDate.description)) and "
        + "\(ReportDates.long(training.afterDate.description)), with a "
        + "95% interval that resamples whole workers (one worker’s cases tend to be alike, so "
        + "cases are not independent). It assumes both groups would otherwise have changed alike, and "
        + "workers were not assigned to training at random: read it as evidence, not proof.")
    let counts = training.cases
    writer.table(
      caption: "Cases in each group",
      columns: ["Group", "Cases before", "Cases after", "Workers"],
      rows: [
        [
          .text("Trained workers"), .number("\(counts.trainedBefore)"),
          .number("\(counts.trainedAfter)"), .number("\(training.clusters.trained)"),
        ],
        [
          .text("Untrained workers"), .number("\(counts.untrainedBefore)"),
          .number("\(counts.untrainedAfter)"), .number("\(training.clusters.untrained)"),
        ],
      ], className: "compact")
    writer.table(
      caption: "Difference in differences by criterion",
      columns: [
        "Criterion", "Trained before", "Trained after", "Untrained before", "Untrained after",
        "Difference in differences (95% CI, by worker)", "Verdict",
      ],
      rows: training.questions.map { effect in
        let verdict = ReportWords.trainingVerdict(effect)
        return [
          .text(model.questionText(effect.id)),
          .number(ReportNumbers.finding(effect.trainedBefore)),
          .number(ReportNumbers.finding(effect.trainedAfter)),
          .number(ReportNumbers.finding(effect.untrainedBefore)),
          .number(ReportNumbers.finding(effect.untrainedAfter)),
          .number(ReportNumbers.difference(effect.differenceInDifferences, effect.clusterInterval)),
          .text(verdict),
        ]
      })
    writer.list(training.notes)
  }
}
