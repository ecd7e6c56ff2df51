internal import AuditStore
internal import CaseList
internal import Findings
internal import Foundation
internal import Statistics
internal import Workflows

/// `caseaudit compare`: before/after training-impact comparison of two rounds.
enum CompareCommand {
  static let definition = CommandDefinition(
    name: "compare", abstract: "Compare two rounds criterion by criterion (training impact).",
    discussion: """
      For the questions both rounds share (by stable id): the proportion acceptable before and
      after, the difference with Newcombe's hybrid score 95% interval, Fisher's exact p,
      Mann-Whitney U over the grades, Cliff's delta and Holm-adjusted p. A change is claimed
      only when the interval excludes zero. --trained-workers COURSE splits each round's cases
      by whether the case's worker attended COURSE before the round's audit date and reports
      the difference-in-differences.
      """,
    arguments: [
      .option("before", valueName: "round", help: "The earlier (baseline) round."),
      .option("after", valueName: "round", help: "The later (follow-up) round."),
      .option(
        "within", valueName: "dimension",
        help: "Compare stage by stage (stage), or by another dimension."),
      .option(
        "trained-workers", valueName: "course",
        help: "Difference-in-differences by training attendance."),
      .option(
        "primary", valueName: "id,...",
        help: "Declare the follow-up round's primary criteria (recorded with the round, once): "
          + "Holm's adjustment then runs over these alone and every other criterion is "
          + "secondary, never confirmed."),
      .option(
        "design", valueName: "cohort|per-round",
        help: "With --trained-workers: cohort (default; each worker classified once, by the "
          + "follow-up's audit date) or per-round (by each round's own audit date; the groups "
          + "then change between rounds)."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in
      let comparison = try compute(invocation)
      if invocation.arguments.flag("json") {
        try JSONOutput.write(comparison, to: invocation)
        return ExitCode.success
      }
      invocation.stdout.write(render(comparison))
      return ExitCode.success
    })

  static func compute(_ invocation: Invocation) throws -> RoundComparison {
    let arguments = invocation.arguments
    let within = try arguments.choice("within", as: BreakdownDimension.self)
    let workspace = try invocation.openWorkspace()
    let before = try AuditedRound(roundName: try arguments.required("before"), workspace: workspace)
    let after = try AuditedRound(roundName: try arguments.required("after"), workspace: workspace)
    var result = try RoundComparisonAssembly.compare(
      before: before, after: after, within: within, course: arguments.value("trained-workers"),
      design: try arguments.trainingDesign(), workspace: workspace)
    if let list = arguments.value("primary") {
      let ids = try declarePrimary(
        list, compared: result, after: after, workspace: workspace, invocation: invocation)
      result.declarePrimary(ids)
    }
    return result
  }

  /// Records `--primary`'s criteria with the follow-up round, after checking each names a
  /// criterion the two rounds share.
  static func declarePrimary(
    _ list: String, compared: RoundComparison, after: AuditedRound, workspace: Workspace,
    invocation: Invocation
  ) throws -> [String] {
    let ids = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    let commandPath = invocation.arguments.commandPath
    guard !ids.isEmpty else {
      throw UsageError(
        message: "'--primary' needs one or more criterion ids", commandPath: commandPath)
    }
    let shared = Set(compared.questions.map(\.id))
    let unknown = ids.filter { !shared.contains($0) }
    guard unknown.isEmpty else {
      throw UsageError(
        message: "'--primary' names "
          + unknown.map { "'\($0)'" }.joined(separator: ", ")
          + ", not a criterion both rounds share (they share: "
          + shared.sorted().prefix(8).joined(separator: ", ")
          + (shared.count > 8 ? ", …" : "") + ")",
        commandPath: commandPath)
    }
    guard Set(ids).count == ids.count else {
      throw UsageError(message: "'--primary' names a criterion twice", commandPath: commandPath)
    }
    try workspace.declarePrimaryCriteria(ids, round: after.context.round, actor: invocation.actor)
    return ids
  }

  static func signedPoints(_ value: Double?) -> String {
    guard let value else { return "—" }
    let points = Int((value * 100).rounded())
    return (points > 0 ? "+" : "") + "\(points)"
  }

  static func pValue(_ value: Double?) -> String {
    guard let value else { return "—" }
    return value < 0.001 ? "<0.001" : String(format: "%.3f", value)
  }

  static func render(_ comparison: RoundComparison) -> String {
    var text =
      "Comparing '\(comparison.before.round)' (\(comparison.before.cases) cases) with "
      + "'\(comparison.after.round)' (\(comparison.after.cases) cases)\n"
    for warning in comparison.warnings { text += "Warning: \(warning.message)\n" }
    text += "\nProportion acceptable, before → after (difference in points, 95% CI)\n"
    text += TextTable.render(
      header: [
        "question", "before", "after", "diff", "95% CI", "Fisher p", "Holm p", "δ", "verdict",
      ],
      rows: comparison.questions.map { question in
        [
          question.id, "\(question.before.count)/\(question.before.n)",
          "\(question.after.count)/\(question.after.n)", signedPoints(question.difference),
          question.interval.map { "\(signedPoints($0.lower)) to \(signedPoints($0.upper))" } ?? "—",
          pValue(question.fisherP), pValue(question.holmP),
          question.cliffsDelta.map { String(format: "%.2f", $0) } ?? "—",
          question.verdict.rawValue + (question.indicativeOnly ? " (indicative)" : ""),
        ]
      })
    text += "\nThemes (cases acceptable on every judged criterion of the theme)\n"
    text += TextTable.render(
      header: ["theme", "before", "after", "diff", "95% CI", "verdict"],
      rows: comparison.themes.map { theme in
        [
          theme.id, "\(theme.before.count)/\(theme.before.n)",
          "\(theme.after.count)/\(theme.after.n)", signedPoints(theme.difference),
          theme.interval.map { "\(signedPoints($0.lower)) to \(signedPoints($0.upper))" } ?? "—",
          theme.verdict.rawValue,
        ]
      })
    if let trained = comparison.trainedWorkers {
      text += "\nTrained workers ('\(trained.course)'): difference-in-differences, in points\n"
      text += TextTable.render(
        header: [
          "question", "trained before→after", "untrained before→after", "DiD", "95% CI by worker",
          "verdict",
        ],
        rows: trained.questions.map { effect in
          [
            effect.id,
            "\(FindingsText.percent(effect.trainedBefore.proportion))→\(FindingsText.percent(effect.trainedAfter.proportion))",
            "\(FindingsText.percent(effect.untrainedBefore.proportion))→\(FindingsText.percent(effect.untrainedAfter.proportion))",
            signedPoints(effect.differenceInDifferences),
            effect.clusterInterval.map {
              "\(signedPoints($0.lower)) to \(signedPoints($0.upper))"
            } ?? "—",
            effect.flags.isEmpty
              ? effect.verdict.rawValue
              : effect.flags.allSatisfy { $0.flag == .fewWorkers }
                ? "no claim (a group under 5 workers)" : "counts only (a group under 10)",
          ]
        })
      for note in trained.notes { text += "  \(note)\n" }
    }
    if let primary = comparison.primary {
      text +=
        "\nPrimary criteria, declared with the follow-up round: "
        + primary.joined(separator: ", ") + ". A change is confirmed only where its 95% "
        + "interval excludes zero and it survives Holm's adjustment for the "
        + "\(comparison.familySize) primary criteria; every other criterion is secondary, at "
        + "most a possible change.\n"
    } else {
      text +=
        "\nA change is confirmed only where its 95% interval excludes zero and it survives Holm's "
        + "adjustment for the \(comparison.familySize) criteria compared; otherwise it is at most a "
        + "possible change.\n"
    }
    return text
  }
}
