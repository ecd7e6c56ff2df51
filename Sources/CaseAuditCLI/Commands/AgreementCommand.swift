internal import AuditStore
internal import Findings
internal import Foundation
internal import Statistics
internal import Workflows

/// `caseaudit agreement`: how far independent auditors agreed.
enum AgreementCommand {
  static let definition = CommandDefinition(
    name: "agreement", abstract: "Agreement between auditors on double-audited cases.",
    discussion: """
      Over cases with two or more independent submitted responses: exact agreement and agreement
      within one level, Cohen's kappa (unweighted and quadratic-weighted) for two raters,
      Fleiss' kappa, and Krippendorff's alpha (ordinal for grades, nominal for choices, interval
      for numbers). Undefined statistics are shown as — with the reason. Disagreements two or
      more levels apart are listed for moderation.
      """,
    arguments: [
      .option("round", valueName: "name", help: "The round."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in
      let workspace = try invocation.openWorkspace()
      let audited = try AuditedRound(
        roundName: try invocation.arguments.required("round"), workspace: workspace)
      let report = AgreementReport.compute(
        tool: audited.context.tool, round: audited.info, cases: audited.cases)
      if invocation.arguments.flag("json") {
        try JSONOutput.write(report, to: invocation)
        return ExitCode.success
      }
      invocation.stdout.write(render(report))
      return ExitCode.success
    })

  static func number(_ value: Double?) -> String {
    value.map { String(format: "%.2f", $0) } ?? "—"
  }

  static func render(_ report: AgreementReport) -> String {
    var text =
      "Agreement in round '\(report.round)': \(report.cases) double-audited "
      + "\(report.cases == 1 ? "case" : "cases"), up to \(report.raters) raters. Intervals: "
      + "95%, bias-corrected bootstrap over cases (\(report.bootstrap.replicates) replicates, "
      + "seed \(report.bootstrap.seed)).\n"
    if report.smallSample {
      text +=
        "Small sample: fewer than \(AgreementReport.smallSampleThreshold) double-audited cases, "
        + "so the intervals are wide; read these figures as indicative.\n"
    }
    func withInterval(_ value: Double?, _ interval: Bootstrap.Interval?) -> String {
      guard value != nil, let interval else { return number(value) }
      return "\(number(value)) (\(number(interval.lower))–\(number(interval.upper)))"
    }
    let rows = report.questions.map { question in
      let m = question.measures
      return [
        question.id, String(m.units), FindingsText.percent(m.exactAgreement),
        FindingsText.percent(m.withinOne), withInterval(m.cohenKappa, m.intervals["cohenKappa"]),
        number(m.weightedKappa), number(m.fleissKappa),
        withInterval(m.alpha, m.intervals["alpha"]) + " \(m.alphaMetric)",
      ]
    }
    // No pooled row: it would pool different scales, and shows a value even where every
    // question's coefficient is undefined.
    text += TextTable.render(
      header: ["question", "cases", "exact", "±1", "κ (95% CI)", "κw", "Fleiss κ", "α (95% CI)"],
      rows: rows)
    if !report.disagreements.isEmpty {
      text += "\nTo moderate: grades two or more levels apart\n"
      for disagreement in report.disagreements {
        let ratings = disagreement.ratings.map { "\($0.auditorID) \($0.level)" }
          .joined(separator: ", ")
        text += "  \(disagreement.caseReference) \(disagreement.questionID): \(ratings)\n"
      }
    }
    if !report.auditors.isEmpty {
      text += "\nAgainst the moderated answers\n"
      for auditor in report.auditors {
        text +=
          "  \(auditor.auditorID) (\(auditor.agency)): differed on \(auditor.differed) of "
          + "\(auditor.compared) (\(FindingsText.percent(auditor.proportion.proportion)))\n"
      }
    }
    return text
  }
}
