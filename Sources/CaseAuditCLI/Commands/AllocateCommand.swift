internal import AuditStore
internal import CaseList
internal import Sampling
internal import Workflows

/// `caseaudit round allocate`: give each sampled case to auditors from other teams.
enum AllocateCommand {
  static let definition = CommandDefinition(
    name: "allocate", abstract: "Allocate a round's sampled cases to auditors.",
    discussion: """
      No auditor receives a case from their own team; extra raters on a case come from
      different agencies where the roster allows; workloads differ by at most one where
      feasible. Only roster members with role 'auditor' receive cases. Reproducible from --seed
      (recorded). Allocation locks the sample.
      """,
    arguments: [
      .option("round", valueName: "name", help: "The round."),
      .option("raters", valueName: "k", help: "Auditors per case (default 1)."),
      .option(
        "double-fraction", valueName: "f",
        help: "Fraction of cases given one extra, blind rater (default 0; e.g. 0.2)."),
      .option("seed", valueName: "seed", help: "A 64-bit seed (decimal or 0x-hex); recorded."),
      CommonArguments.workspace, CommonArguments.json,
    ],
    run: { invocation in try run(invocation) })

  struct Output: Encodable {
    let round: String
    let seed: String
    let assignments: [Assigned]
    struct Assigned: Encodable {
      let caseId: String
      let auditors: [String]
    }
  }

  static func run(_ invocation: Invocation) throws -> Int32 {
    let arguments = invocation.arguments
    let raters = try arguments.int("raters", in: 1...10) ?? 1
    let fraction = try arguments.double("double-fraction", in: 0...1) ?? 0
    let seed = try CommandInputs.parseSeed(
      arguments.value("seed"), commandPath: arguments.commandPath)
    let workspace = try invocation.openWorkspace()
    let allocated = try Allocation.allocate(
      round: try arguments.required("round"), raters: raters, doubleFraction: fraction,
      seed: seed, workspace: workspace, actor: invocation.actor)
    let round = allocated.round
    let assignments = allocated.assignments
    if arguments.flag("json") {
      try JSONOutput.write(
        Output(
          round: round.name, seed: String(seed),
          assignments: assignments.map { .init(caseId: $0.caseId, auditors: $0.auditors) }),
        to: invocation)
      return ExitCode.success
    }
    let names = allocated.roster
    let load = allocated.load
    invocation.stdout.line(
      "Allocated \(assignments.count) case(s) in round '\(round.name)' "
        + "(\(assignments.count { $0.isDoubleRated }) double-rated), seed \(seed).")
    invocation.stdout.write(
      TextTable.render(
        header: ["auditor", "name", "agency", "team", "cases"],
        rows: load.keys.sorted().map { id in
          [
            id, names[id]?.name ?? "", names[id]?.agency ?? "", names[id]?.team ?? "",
            String(load[id] ?? 0),
          ]
        }))
    invocation.stdout.line("The sample is now locked.")
    return ExitCode.success
  }
}
