internal import AuditStore
internal import Findings
internal import Foundation
internal import Statistics

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
      "Agreement in round '\(report.round)': \(report.cases) double-audited case(s), "
      + "up to \(report.raters) raters.\n"
    let rows = report.questions.map { question in
      let m = question.measures
      return [
        question.id, String(m.units), FindingsText.percent(m.exactAgreement),
        FindingsText.percent(m.withinOne), number(m.cohenKappa), number(m.weightedKappa),
        number(m.fleissKappa), number(m.alpha) + " \(m.alphaMetric)",
      ]
    }
    let o = report.overall
    text += TextTable.render(
      header: ["question", "units", "exact", "±1", "κ", "κw", "Fleiss κ", "α"],
      rows: rows + [
        [
          "overall", String(o.units), FindingsText.percent(o.exactAgreement),
          FindingsText.percent(o.withinOne), number(o.cohenKappa), number(o.weightedKappa),
          number(o.fleissKappa), number(o.alpha) + " \(o.alphaMetric)",
        ]
      ])
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
