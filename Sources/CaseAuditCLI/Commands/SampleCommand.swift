internal import AuditStore
internal import CaseList
internal import Findings
import Formats
internal import Foundation
internal import Sampling
internal import Statistics
internal import Workflows

/// `caseaudit sample …`: size, draw, verify and replace a round's random sample.
enum SampleCommand {
  static let definition = CommandDefinition(
    name: "sample", abstract: "Size, draw, verify and replace a round's random sample.",
    subcommands: [
      SampleSizeCommand.definition, drawCommand, verifyCommand, replaceCommand, showCommand,
    ])

  static let drawCommand = CommandDefinition(
    name: "draw", abstract: "Draw a round's random sample from its population snapshot.",
    discussion: """
      Eligible cases are put in canonical order (case id, byte-wise), split into strata (in
      stratum-key order), and each stratum is drawn by a partial Fisher–Yates shuffle with one
      xoshiro256** generator seeded from --seed: every eligible case in a stratum has the same
      chance n_h/N_h. The seed is always recorded (a fresh one when omitted), so
      'caseaudit sample verify' can re-derive the draw exactly. See the README for the method.
      """,
    arguments: [
      .option("round", valueName: "name", help: "The round to draw for."),
      .option("size", short: "n", valueName: "n", help: "How many cases (or families) to draw."),
      .option(
        "neglect", valueName: "status",
        help: "confirmed (default), possible (confirmed or possible), any, or multiple (plans "
          + "under 'Multiple/not recommended': possible neglect)."),
      .option(
        "stage", valueName: "stage", repeating: true,
        help: "Only these stages (default: every open stage; 'closed' must be named)."),
      .option("min-age", valueName: "years", help: "Youngest eligible age."),
      .option("max-age", valueName: "years", help: "Oldest eligible age (10 matches Ofsted 2014)."),
      .flag("long-term", help: "Only cases open 12 months or more."),
      .option("team", valueName: "team", repeating: true, help: "Only these teams."),
      .option(
        "stratify-by", valueName: "dims", repeating: true,
        help: "Strata over stage, team, ageBand, neglectStatus, longTerm (comma-separated)."),
      .option(
        "allocation", valueName: "method", help: "proportional (default) or equal across strata."),
      .option("min-per-stratum", valueName: "k", help: "At least k cases from every stratum."),
      .option(
        "unit", valueName: "unit", help: "child (default) or family (one child per family)."),
      .flag("whole-families", help: "Draw families and audit every child in each."),
      .option(
        "exclude-audited-within", valueName: "days",
        help: "Leave out cases sampled by another round in the last DAYS days."),
      .option(
        "exclude-case", valueName: "id", repeating: true,
        help: "Leave out this case (repeatable), e.g. one audited elsewhere."),
      .pair(
        "opened-between", first: "from", second: "to",
        help: "Only cases whose current involvement started between these dates (YYYY-MM-DD)."),
      .pair(
        "closed-between", first: "from", second: "to",
        help: "Only cases whose latest closure is between these dates (closed children too)."),
      .flag(
        "include-unborn",
        help: "Include unborn children on child-protection plans (left out and counted by "
          + "default)."),
      .option(
        "oversample", valueName: "group=share",
        help: "Give a group a fixed share of the sample, e.g. previousPlans>=1=0.3; findings "
          + "weight cases so partnership-wide figures stay unbiased."),
      .option("reserves", valueName: "k", help: "Ranked reserves per stratum (default 0)."),
      .option("seed", valueName: "seed", help: "A 64-bit seed (decimal or 0x-hex); recorded."),
      .flag("redraw", help: "Replace the round's existing sample (logged)."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in try runDraw(invocation) })

  /// The `--json` shape: the round's name followed by the draw's own fields.
  struct DrawOutput: Encodable {
    let round: String
    let draw: SampleDraw

    private enum Keys: String, CodingKey { case round }

    func encode(to encoder: any Encoder) throws {
      try draw.encode(to: encoder)
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(round, forKey: .round)
    }
  }

  static func runDraw(_ invocation: Invocation) throws -> Int32 {
    let arguments = invocation.arguments
    let roundName = try arguments.required("round")
    guard let size = try arguments.int("size", in: 1...Int.max) else {
      throw UsageError(message: "missing '--size'", commandPath: arguments.commandPath)
    }
    var unit = try arguments.choice("unit", as: SamplingUnit.self) ?? .child
    if arguments.flag("whole-families") {
      if arguments.value("unit") != nil {
        throw UsageError(
          message: "--whole-families draws whole families; it cannot be combined with --unit",
          commandPath: arguments.commandPath)
      }
      unit = .wholeFamilies
    }
    let minAge = try arguments.int("min-age", in: 0...30)
    let maxAge = try arguments.int("max-age", in: 0...30)
    if let minAge, let maxAge, minAge > maxAge {
      throw UsageError(
        message: "--min-age \(minAge) is above --max-age \(maxAge), so no case could qualify",
        commandPath: arguments.commandPath)
    }
    let neglect = try arguments.choice("neglect", as: NeglectFilter.self) ?? .confirmed
    let stages = try arguments.choices("stage", as: Stage.self)
    let stratifyBy = try arguments.choices("stratify-by", as: StratificationDimension.self)
    let allocation = try arguments.choice("allocation", as: AllocationMethod.self) ?? .proportional
    let minPerStratum = try arguments.int("min-per-stratum", in: 0...Int.max) ?? 0
    let reserves = try arguments.int("reserves", in: 0...Int.max) ?? 0
    let excludeDays = try arguments.int("exclude-audited-within", in: 0...36_500)
    let seed = try CommandInputs.parseSeed(
      arguments.value("seed"), commandPath: arguments.commandPath)
    let openedBetween = try dateRange("opened-between", arguments)
    let closedBetween = try dateRange("closed-between", arguments)
    var oversample: Oversample?
    if let text = arguments.value("oversample") {
      guard let parsed = Oversample.parse(text) else {
        throw UsageError(
          message: "'--oversample' takes GROUP=SHARE with a share between 0 and 1, e.g. "
            + "previousPlans>=1=0.3 or stage=childProtection=0.25 (fields: "
            + Oversample.Field.allCases.map(\.rawValue).joined(separator: ", ")
            + "), not '\(text)'",
          commandPath: arguments.commandPath)
      }
      oversample = parsed
    }

    let workspace = try invocation.openWorkspace()
    // SampleSpec puts the exclusions (and other sets) in canonical order itself.
    let requested = SampleSpec(
      size: size, neglect: neglect, stages: stages, minAge: minAge, maxAge: maxAge,
      longTermOnly: arguments.flag("long-term"), teams: arguments.values("team"),
      stratifyBy: stratifyBy, allocation: allocation, minPerStratum: minPerStratum, unit: unit,
      excludedCaseIds: arguments.values("exclude-case"), reservesPerStratum: reserves,
      seed: seed, openedBetween: openedBetween, closedBetween: closedBetween,
      includeUnborn: arguments.flag("include-unborn"), oversample: oversample)
    let (round, spec, draw) = try SampleWork.draw(
      round: roundName, spec: requested, excludeAuditedWithinDays: excludeDays,
      now: invocation.now(), replacingExisting: arguments.flag("redraw"), workspace: workspace,
      actor: invocation.actor)

    if arguments.flag("json") {
      try JSONOutput.write(DrawOutput(round: round.name, draw: draw), to: invocation)
      return ExitCode.success
    }
    let out = invocation.stdout
    out.line(
      "Drew \(draw.cases.count) case(s) from \(draw.eligible) eligible (population "
        + "\(draw.populationSize), snapshot \(round.snapshotID)) for round '\(round.name)'.")
    out.line(
      "Seed \(seed), \(draw.algorithm). Cases excluded: \(spec.excludedCaseIds.count). "
        + (spec.includeUnborn
          ? "Unborn children included."
          : "Unborn children left out: \(draw.unbornExcluded) (--include-unborn to include).")
    )
    if let oversample = spec.oversample {
      out.line(
        "Oversampled '\(oversample.key)' to \(Int((oversample.share * 100).rounded())) % of the "
          + "sample; findings weight each case by 1 / its inclusion probability.")
    }
    out.write(strataTable(draw))
    out.line("Next: caseaudit sample verify --round \(CommandInputs.shellQuoted(round.name))")
    return ExitCode.success
  }

  static func strataTable(_ draw: SampleDraw) -> String {
    TextTable.render(
      header: ["stratum", "eligible", "sampled", "reserves", "probability"],
      rows: draw.strata.map {
        [
          $0.key, String($0.eligible), String($0.sampled), String($0.reserves),
          $0.eligible > 0
            ? String(format: "%.4f", Double($0.sampled) / Double($0.eligible)) : "—",
        ]
      })
  }

  /// The date range of a `--NAME FROM TO` option, if given.
  static func dateRange(_ name: String, _ arguments: ParsedArguments) throws -> DateRange? {
    let values = arguments.values(name)
    guard values.count == 2 else { return nil }
    guard let from = CalendarDate(iso: values[0]), let to = CalendarDate(iso: values[1]) else {
      throw UsageError(
        message: "'--\(name)' takes two dates as YYYY-MM-DD, not '\(values[0]) \(values[1])'",
        commandPath: arguments.commandPath)
    }
    guard from <= to else {
      throw UsageError(
        message: "'--\(name) \(values[0]) \(values[1])' is empty: the first date is after the "
          + "second", commandPath: arguments.commandPath)
    }
    return DateRange(from: from, to: to)
  }

  // MARK: - verify

  static let verifyCommand = CommandDefinition(
    name: "verify",
    abstract:
      "Re-derive a round's draw from the stored snapshot and parameters; exit 0 only if identical.",
    arguments: [
      .option("round", valueName: "name", help: "The round to verify."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in try runVerify(invocation) })

  struct VerifyOutput: Encodable {
    let round: String
    let identical: Bool
    let snapshot: Int
    let sources: [String]
    let seed: String
    let algorithm: String
    let cases: Int
    let replacements: Int
    let differences: [String]
  }

  static func runVerify(_ invocation: Invocation) throws -> Int32 {
    let arguments = invocation.arguments
    let workspace = try invocation.openWorkspace()
    let round = try workspace.requireRound(named: try arguments.required("round"))
    let (_, draw, _) = try SampleWork.load(round, workspace: workspace)
    let differences = try SampleWork.verifyAndRecord(
      round, workspace: workspace, actor: invocation.actor)
    let identical = differences.isEmpty
    let snapshot = try workspace.snapshot(id: round.snapshotID)
    let output = VerifyOutput(
      round: round.name, identical: identical, snapshot: round.snapshotID,
      sources: snapshot?.sources.map { "\($0.file) sha256:\($0.sha256)" } ?? [],
      seed: String(draw.seed), algorithm: draw.algorithm, cases: draw.cases.count,
      replacements: draw.replacements.count,
      differences: differences)
    if arguments.flag("json") {
      try JSONOutput.write(output, to: invocation)
    } else if identical {
      invocation.stdout.line(
        "Verified: re-deriving round '\(round.name)' from snapshot \(round.snapshotID) with seed "
          + "\(draw.seed) (\(draw.algorithm)) reproduces its sample exactly: "
          + Plural.count(draw.cases.count, "case") + ", "
          + Plural.count(draw.reserves.count, "reserve") + ", "
          + Plural.count(draw.replacements.count, "replacement") + " in reserve order.")
      for source in output.sources { invocation.stdout.line("  source \(source)") }
    } else {
      for difference in output.differences { invocation.stderr.line("  \(difference)") }
    }
    guard identical else {
      throw CommandFailure.failed(
        "the stored sample of round '\(round.name)' does NOT match a fresh derivation "
          + "(\(output.differences.count) difference(s))")
    }
    return ExitCode.success
  }

  // MARK: - replace

  static let replaceCommand = CommandDefinition(
    name: "replace", abstract: "Swap a sampled case for its stratum's next reserve, saying why.",
    discussion: "Not possible once auditors are allocated: the sample is then locked.",
    arguments: [
      .option("round", valueName: "name", help: "The round."),
      .option("case", valueName: "id", help: "The sampled case to replace."),
      .option("reason", valueName: "text", help: "Why (recorded in the event log)."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in try runReplace(invocation) })

  static func runReplace(_ invocation: Invocation) throws -> Int32 {
    let arguments = invocation.arguments
    let caseID = try arguments.required("case")
    let reason = try arguments.required("reason").trimmingCharacters(in: .whitespacesAndNewlines)
    guard !reason.isEmpty else {
      throw UsageError(message: "'--reason' must say why", commandPath: arguments.commandPath)
    }
    let workspace = try invocation.openWorkspace()
    let (round, outgoing, incoming) = try SampleWork.replace(
      caseID: caseID, round: try arguments.required("round"), reason: reason,
      workspace: workspace, actor: invocation.actor)
    if arguments.flag("json") {
      struct Output: Encodable {
        let round: String
        let out: [String]
        let `in`: [String]
        let reason: String
      }
      try JSONOutput.write(
        Output(round: round.name, out: outgoing, in: incoming, reason: reason),
        to: invocation)
    } else {
      invocation.stdout.line(
        "Replaced \(outgoing.joined(separator: ", ")) with reserve "
          + "\(incoming.joined(separator: ", ")) in round '\(round.name)'.")
    }
    return ExitCode.success
  }

  // MARK: - show

  static let showCommand = CommandDefinition(
    name: "show", abstract: "Show a round's sample: strata, cases, reserves and replacements.",
    arguments: [
      .option("round", valueName: "name", help: "The round."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in
      let arguments = invocation.arguments
      let workspace = try invocation.openWorkspace()
      let round = try workspace.requireRound(named: try arguments.required("round"))
      let (_, draw, stored) = try SampleWork.load(round, workspace: workspace)
      if arguments.flag("json") {
        try JSONOutput.write(DrawOutput(round: round.name, draw: draw), to: invocation)
        return ExitCode.success
      }
      let pseudonyms = try workspace.pseudonymizer()
      let out = invocation.stdout
      out.line(
        "Round '\(round.name)': drawn \(stored.drawnAt), seed \(draw.seed) (\(draw.algorithm)).")
      out.write(strataTable(draw))
      out.line("")
      out.write(
        TextTable.render(
          header: ["case", "reference", "stratum", "probability"],
          rows: draw.cases.map {
            [
              $0.caseId, pseudonyms.reference(for: $0.caseId), $0.stratum,
              String(format: "%.4f", $0.inclusionProbability),
            ]
          }))
      if !draw.reserves.isEmpty {
        out.line("")
        out.write(
          TextTable.render(
            header: ["reserve", "stratum", "rank"],
            rows: draw.reserves.map { [$0.caseId, $0.stratum, String($0.rank)] }))
      }
      for replacement in draw.replacements {
        out.line(
          "Replaced \(replacement.casesOut.joined(separator: ", ")) with "
            + "\(replacement.casesIn.joined(separator: ", ")) (reserve rank \(replacement.rank)).")
      }
      return ExitCode.success
    })
}
