internal import AuditStore
internal import Findings
internal import Foundation
internal import Statistics
internal import Workflows

/// `caseaudit findings`: thematic findings for a round, with their uncertainty.
enum FindingsCommand {
  static let definition = CommandDefinition(
    name: "findings",
    abstract: "Thematic findings for a round: per criterion, theme and breakdown.",
    discussion: """
      Uses the moderated answers where a case was moderated, otherwise the first allocated
      auditor's submitted answers; drafts never count. Every percentage comes with its count,
      denominator and Wilson 95% interval. Fewer than 10 cases: "indicative only". In
      breakdowns, cells under --min-cell cases (default 3) are suppressed, with a second cell
      where needed so none can be worked out by subtraction.
      """,
    arguments: [
      .option("round", valueName: "name", help: "The round."),
      .option(
        "by", valueName: "dimension",
        help: "Break down by stage, team, auditorAgency, ageBand, neglectType or longTerm."),
      .option(
        "min-cell", valueName: "k", help: "Suppress breakdown cells under k cases (default 3)."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in try run(invocation) })

  static func compute(_ invocation: Invocation) throws -> (AuditedRound, RoundFindings) {
    let arguments = invocation.arguments
    let dimension = try arguments.choice("by", as: BreakdownDimension.self)
    let minimumCell = try arguments.int("min-cell", in: 1...1000) ?? 3
    let workspace = try invocation.openWorkspace()
    let audited = try AuditedRound(roundName: try arguments.required("round"), workspace: workspace)
    let findings = try RoundFindings.compute(
      tool: audited.context.tool, round: audited.info, cases: audited.cases, breakdown: dimension,
      minimumCell: minimumCell, evidence: audited.evidence)
    return (audited, findings)
  }

  static func run(_ invocation: Invocation) throws -> Int32 {
    let (_, findings) = try compute(invocation)
    if invocation.arguments.flag("json") {
      try JSONOutput.write(findings, to: invocation)
      return ExitCode.success
    }
    invocation.stdout.write(FindingsText.render(findings))
    return ExitCode.success
  }
}

/// Plain-text renderings of findings for the terminal.
enum FindingsText {
  static func percent(_ value: Double?) -> String {
    guard let value else { return "—" }
    return ProportionFinding.percent(value)
  }

  static func interval(_ finding: ProportionFinding?) -> String {
    guard let interval = finding?.interval else { return "—" }
    return "\(percent(interval.lower))–\(percent(interval.upper))"
  }

  static func render(_ findings: RoundFindings) -> String {
    var text =
      "Findings for round '\(findings.round)' (\(findings.toolID) \(findings.toolVersion))\n"
    text +=
      "\(findings.cases) case(s) audited: \(findings.moderatedCases) moderated, "
      + "\(findings.primaryCases) first auditor's answers; \(findings.notAudited) not yet audited. "
      + "Source: \(findings.source.rawValue).\n"
    if findings.indicativeOnly {
      text += "Fewer than 10 cases: every figure is indicative only.\n"
    }
    text += "\nKey findings\n"
    for key in findings.keyFindings {
      text += "- \(key.text)\n"
      for quote in key.evidence { text += "    \"\(quote.text)\" — \(quote.caseReference)\n" }
      if let reference = key.reference { text += "    \(reference.text)\n" }
    }
    text += "\nCriteria (acceptable = good or better, yes, positive…)\n"
    text += TextTable.render(
      header: [
        "question", "applied", "answered", "n/a", "acceptable", "%", "95% CI", "median", "",
      ],
      rows: findings.questions.map { question in
        [
          question.id, String(question.applicable), String(question.answered),
          String(question.notApplicable),
          question.acceptable.map { "\($0.count)/\($0.n)" } ?? "—",
          percent(question.acceptable?.proportion), interval(question.acceptable),
          question.median ?? "—", question.indicativeOnly ? "indicative" : "",
        ]
      })
    text += "\nThemes (cases with at least one criterion below acceptable)\n"
    text += TextTable.render(
      header: ["theme", "below", "%", "95% CI", ""],
      rows: findings.themes.map { theme in
        [
          theme.id, "\(theme.belowAcceptable.count)/\(theme.belowAcceptable.n)",
          percent(theme.belowAcceptable.proportion), interval(theme.belowAcceptable),
          theme.indicativeOnly ? "indicative" : "",
        ]
      })
    if let overall = findings.overall {
      text += "\nOverall judgement (\(overall.questionID))\n"
      for level in overall.levels {
        text += "  \(level.label): \(level.share.phrase)\n"
      }
      if let weighted = overall.weightedAcceptable {
        text += "  Acceptable, weighted for the sample design: \(weighted.phrase)\n"
      }
    }
    if let breakdown = findings.breakdown {
      text +=
        "\nBy \(breakdown.dimension.rawValue) (cells under \(breakdown.minimumCell) cases suppressed)\n"
      if let note = breakdown.note { text += "  \(note)\n" }
      for cell in breakdown.cells {
        if cell.suppressed {
          text += "  \(cell.label): suppressed\n"
          continue
        }
        text += "  \(cell.label) (\(cell.cases.map(String.init) ?? "—") cases)\n"
        for question in cell.questions {
          guard let acceptable = question.acceptable, question.suppression == nil else { continue }
          text += "    \(question.id): \(acceptable.phrase)\n"
        }
      }
    }
    return text
  }
}
