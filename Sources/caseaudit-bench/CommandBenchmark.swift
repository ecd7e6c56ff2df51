import AuditForms
import AuditStore
import CaseList
import Foundation
import Sampling
import Statistics
import Workflows

/// `caseaudit-bench commands`: the commands as a user runs them, each beside its peer.
///
/// Each is the release binary in a fresh process, from spawn to exit with its peak memory,
/// beside the peer the issue on command costs names, measured in the same run and interleaved
/// run by run:
///
/// - on a population workspace (1,000,000 children by default): `cases show` beside
///   `caseaudit --version`; `sample draw` of 200 by stage beside the sqlite3 shell reading the
///   same columns of the snapshot; `report --format html` of a 200-case round beside
///   `findings` on it;
/// - on an aggregation workspace holding two rounds of 100,000 submitted responses × 40
///   questions each (varied answers, evidence on the weaker ones, 10 % of cases double-audited):
///   `findings`, `agreement` and `compare` beside `scipy_workspace.py` doing the same work with
///   pandas and SciPy on the same workspace file.
///
/// The workspaces are built once per folder (in-process, through `Workflows`) and reused. A
/// peer whose tool is missing is SKIPPED, never a figure.
enum CommandBenchmark {
  struct Options {
    var children = 1_000_000
    var responses = 100_000
    var runs = 3
    var directory: String?
  }

  static func run(arguments: [String]) throws {
    var options = Options()
    var index = 0
    while index < arguments.count {
      let value = index + 1 < arguments.count ? arguments[index + 1] : nil
      switch (arguments[index], value.flatMap { Int($0) }, value) {
      case ("--children", let number?, _): options.children = number
      case ("--responses", let number?, _): options.responses = number
      case ("--runs", let number?, _): options.runs = max(1, number)
      case ("--dir", _, let path?): options.directory = path
      default: throw BenchError.usage("unknown or incomplete argument '\(arguments[index])'")
      }
      index += 2
    }
    let caseaudit = ChildProcess.selfFolder + "/caseaudit"
    guard FileManager.default.isExecutableFile(atPath: caseaudit) else {
      throw BenchError.file(
        path: caseaudit, reason: "not built; run 'swift build -c release' first")
    }
    let folder = options.directory ?? NSTemporaryDirectory() + "caseaudit-commands"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    print(
      "caseaudit commands as a user runs them (\(caseaudit); this machine: "
        + "\(ProcessInfo.processInfo.activeProcessorCount) cores; best of \(options.runs) runs, "
        + "peak memory the largest seen)")
    var table = ResultTable()
    try populationRows(options: options, caseaudit: caseaudit, folder: folder, into: &table)
    try aggregationRows(options: options, caseaudit: caseaudit, folder: folder, into: &table)
    table.print()
  }

  // MARK: - The population workspace

  private static let drawRound = "Bench: draw"
  private static let reportRound = "Bench: 200-case round"

  private static func populationRows(
    options: Options, caseaudit: String, folder: String, into table: inout ResultTable
  ) throws {
    let path = folder + "/population-\(options.children).db"
    try build("population", path: path, size: options.children, folder: folder)
    let probe = try probeCase(path: path, children: options.children)
    let workspaceArguments = ["--workspace", path]
    print("Population workspace: \(options.children) children (\(path))")
    let sqlite3 = ChildProcess.onPath("sqlite3")
    let columns =
      "case_id, family_key, stage, neglect_status, team, worker, age, gender, ethnicity, "
      + "disability, start_date, months_open, previous_plans, abuse_category, unborn, end_date"
    let query = folder + "/read-columns.sql"
    try "SELECT \(columns) FROM cases WHERE snapshot_id = 1;\n"
      .write(toFile: query, atomically: true, encoding: .utf8)
    var version = Best()
    var show = Best()
    var draw = Best()
    var shell = Best()
    var findings = Best()
    var report = Best()
    for _ in 0..<options.runs {
      version.add(try ChildProcess.run(caseaudit, ["--version"]))
      show.add(try ChildProcess.run(caseaudit, ["cases", "show", probe] + workspaceArguments))
      draw.add(
        try ChildProcess.run(
          caseaudit,
          [
            "sample", "draw", "--round", drawRound, "--size", "200", "--neglect", "any",
            "--stratify-by", "stage", "--seed", "7", "--redraw",
          ] + workspaceArguments))
      if let sqlite3 {
        shell.add(try ChildProcess.run(sqlite3, [path], stdin: query))
      }
      findings.add(
        try ChildProcess.run(caseaudit, ["findings", "--round", reportRound] + workspaceArguments))
      report.add(
        try ChildProcess.run(
          caseaudit,
          ["report", "--round", reportRound, "--format", "html", "--out", folder + "/report.html"]
            + workspaceArguments))
    }
    let n = options.children
    table.add("`cases show ID`, \(n) children", show, peer: ("`caseaudit --version`", version))
    table.add(
      "`sample draw --size 200 --stratify-by stage`, \(n) children", draw,
      peer: sqlite3 == nil ? nil : ("sqlite3 shell reading the 16 columns", shell),
      skipped: sqlite3 == nil
        ? "sqlite3 shell: SKIPPED (not installed; apt-get install sqlite3)" : nil)
    table.add(
      "`report --format html`, 200-case round, \(n) children", report,
      peer: ("`findings` on the same round", findings))
  }

  /// The population workspace: `caseaudit cases import` of the synthetic lists, the bench
  /// tool, a roster, a round to draw in and a 200-case round audited.
  private static func populationWorkspace(
    path: String, children: Int, caseaudit: String, folder: String
  ) throws {
    let marker = path + ".ready"
    if !FileManager.default.fileExists(atPath: marker) {
      let start = ContinuousClock.now
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: path + suffix)
      }
      let files = try ImportBenchmark.lists(children: children, in: folder + "/lists-\(children)")
      guard try ChildProcess.run(caseaudit, ["init", "--workspace", path]).status == 0,
        try ChildProcess.run(
          caseaudit, ["cases", "import"] + files + ["--as-of", "2027-03-31", "--workspace", path]
        ).status == 0
      else { throw BenchError.inconsistent("caseaudit could not import the lists") }
      let workspace = try Workspace.open(at: path, actor: "bench")
      let tool = try benchTool(workspace: workspace)
      try roster(workspace: workspace)
      for name in [drawRound, reportRound] {
        _ = try RoundSetup.create(
          name: name, toolID: tool.id, toolVersion: tool.version, purpose: .routine,
          training: nil, snapshotID: nil, auditDate: nil, workspace: workspace, actor: "bench")
      }
      try audit(
        round: reportRound, size: 200, seed: 11, shift: 0, tool: tool, workspace: workspace)
      _ = FileManager.default.createFile(atPath: marker, contents: Data())
      print(String(format: "  built the population workspace in %.0f s", seconds(since: start)))
    }
  }

  /// A case id of the population to show, from the middle of the snapshot.
  private static func probeCase(path: String, children: Int) throws -> String {
    let workspace = try Workspace.open(at: path, actor: "bench")
    guard let id = try workspace.caseIDs(inSnapshot: 1).dropFirst(children / 2).first else {
      throw BenchError.inconsistent("the population workspace holds no cases")
    }
    return id
  }

  // MARK: - The aggregation workspace

  private static let before = "Bench: before"
  private static let after = "Bench: after"

  private static func aggregationRows(
    options: Options, caseaudit: String, folder: String, into table: inout ResultTable
  ) throws {
    let path = folder + "/aggregate-\(options.responses).db"
    try build("aggregation", path: path, size: options.responses, folder: folder)
    print(
      "Aggregation workspace: 2 rounds × \(options.responses) submitted responses × "
        + "\(AggregationBenchmark.questionCount) questions (\(path))")
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("scipy_workspace.py").path
    let python = ChildProcess.onPath("python3")
    let peerReady =
      try python.map { try ChildProcess.run($0, ["-c", "import pandas, scipy"]).status == 0 }
      ?? false
    let skipped =
      peerReady
      ? nil
      : "pandas + SciPy: SKIPPED (python3 with pandas and scipy not found; "
        + "pip install pandas scipy)"
    let commands: [(label: String, arguments: [String], peer: [String])] = [
      ("`findings`", ["findings", "--round", after], ["findings", path, after]),
      ("`agreement`", ["agreement", "--round", after], ["agreement", path, after]),
      (
        "`compare`", ["compare", "--before", before, "--after", after],
        ["compare", path, before, after]
      ),
    ]
    for command in commands {
      var ours = Best()
      var theirs = Best()
      for _ in 0..<options.runs {
        ours.add(try ChildProcess.run(caseaudit, command.arguments + ["--workspace", path]))
        if peerReady, let python {
          theirs.add(try ChildProcess.run(python, [script] + command.peer))
        }
      }
      let scope = command.label == "`compare`" ? "2 × \(options.responses)" : "\(options.responses)"
      table.add(
        "\(command.label), \(scope) responses × 40", ours,
        peer: peerReady ? ("pandas + SciPy, same work, same file", theirs) : nil, skipped: skipped)
    }
  }

  private static func aggregationWorkspace(
    path: String, responses: Int, caseaudit: String, folder: String
  ) throws {
    let marker = path + ".ready"
    if FileManager.default.fileExists(atPath: marker) { return }
    let start = ContinuousClock.now
    for suffix in ["", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: path + suffix)
    }
    // Enough children that each round's sample (responses / 1.1 cases) is a minority of the
    // open cases; lists generated and imported as for the population.
    let children = responses * 4
    let files = try ImportBenchmark.lists(children: children, in: folder + "/lists-\(children)")
    guard try ChildProcess.run(caseaudit, ["init", "--workspace", path]).status == 0,
      try ChildProcess.run(
        caseaudit, ["cases", "import"] + files + ["--as-of", "2027-03-31", "--workspace", path]
      ).status == 0
    else { throw BenchError.inconsistent("caseaudit could not import the lists") }
    let workspace = try Workspace.open(at: path, actor: "bench")
    let tool = try benchTool(workspace: workspace)
    try roster(workspace: workspace)
    for (name, purpose) in [(before, RoundPurpose.baseline), (after, .postTraining)] {
      _ = try RoundSetup.create(
        name: name, toolID: tool.id, toolVersion: tool.version, purpose: purpose,
        training: purpose == .postTraining ? "Bench course" : nil, snapshotID: nil,
        auditDate: nil, workspace: workspace, actor: "bench")
    }
    // 10 % of cases have a second auditor: responses / 1.1 cases give `responses` responses.
    let size = Int((Double(responses) / 1.1).rounded())
    try audit(round: before, size: size, seed: 21, shift: 0, tool: tool, workspace: workspace)
    try audit(round: after, size: size, seed: 22, shift: 0.15, tool: tool, workspace: workspace)
    _ = FileManager.default.createFile(atPath: marker, contents: Data())
    print(String(format: "  built the aggregation workspace in %.0f s", seconds(since: start)))
  }

  // MARK: - Building blocks

  /// Builds a workspace in a child process (`_commands-build`), so this process stays small:
  /// Linux counts the memory a spawned child had before its `exec` (this process's, when it is
  /// spawned by vfork) in the child's peak (`ru_maxrss`), which would floor every figure.
  private static func build(_ kind: String, path: String, size: Int, folder: String) throws {
    let run = try ChildProcess.run(
      ChildProcess.selfPath, ["_commands-build", kind, path, String(size), folder],
      output: folder + "/build.log")
    let log = (try? String(contentsOfFile: folder + "/build.log", encoding: .utf8)) ?? ""
    if !log.isEmpty { Swift.print(log, terminator: "") }
    guard run.status == 0 else {
      throw BenchError.inconsistent("building the \(kind) workspace failed")
    }
  }

  /// `_commands-build KIND PATH SIZE FOLDER`, run by ``build(_:path:size:folder:)``.
  static func runBuild(arguments: [String]) throws {
    guard arguments.count == 4, let size = Int(arguments[2]) else {
      throw BenchError.usage("_commands-build KIND PATH SIZE FOLDER")
    }
    let caseaudit = ChildProcess.selfFolder + "/caseaudit"
    switch arguments[0] {
    case "population":
      try populationWorkspace(
        path: arguments[1], children: size, caseaudit: caseaudit, folder: arguments[3])
    default:
      try aggregationWorkspace(
        path: arguments[1], responses: size, caseaudit: caseaudit, folder: arguments[3])
    }
  }

  /// The aggregation benchmark's 40-question tool, installed.
  private static func benchTool(workspace: Workspace) throws -> AuditTool {
    let json = AggregationBenchmark.toolJSON()
    guard case .success(let tool) = AuditToolLoader.load(text: json, fileName: "bench.json") else {
      throw BenchError.inconsistent("the bench tool does not load")
    }
    _ = try ToolCatalog.install(tool, definition: json, workspace: workspace, actor: "bench")
    return tool
  }

  /// Forty auditors from five agencies, none in a case-holding team.
  private static func roster(workspace: Workspace) throws {
    let agencies = ["Health", "Police", "Education", "Housing", "Social care"]
    let auditors = (0..<40).map { index in
      Auditor(
        id: String(format: "A%02d", index), name: "Auditor \(index)",
        agency: agencies[index % agencies.count], team: nil, role: .auditor)
    }
    _ = try workspace.importAuditors(auditors, source: "bench-roster.csv", actor: "bench")
  }

  /// Draws `size` cases for `round`, allocates them (10 % double-audited) and records a
  /// submitted response from every allocated auditor, `shift` better on every third criterion.
  private static func audit(
    round name: String, size: Int, seed: UInt64, shift: Double, tool: AuditTool,
    workspace: Workspace
  ) throws {
    _ = try SampleWork.draw(
      round: name, spec: SampleSpec(size: size, neglect: .any, seed: seed), now: Date(),
      replacingExisting: false, workspace: workspace, actor: "bench")
    let allocated = try Allocation.allocate(
      round: name, raters: 1, doubleFraction: 0.1, seed: seed, workspace: workspace,
      actor: "bench")
    let context = try RoundContext(roundName: name, workspace: workspace)
    var random = Xoshiro256StarStar(seed: seed)
    let ofsted = ["outstanding", "good", "requiresImprovement", "inadequate"]
    let yesPartlyNo = ["yes", "partly", "no"]
    let notes = [
      "No chronology on file", "Plan not reviewed at the last core group",
      "Child not seen alone", "Father not contacted", "Supervision notes missing",
      "GCP2 not repeated", "Escalation not recorded", "School not invited",
    ]
    for batch in stride(from: 0, to: allocated.assignments.count, by: 2_000) {
      try workspace.atomically {
        for assignment in allocated.assignments[
          batch..<min(batch + 2_000, allocated.assignments.count)]
        {
          // A case's quality is its own, the same whoever audits it; raters add noise.
          // (FNV-1a of the id: Swift's own hash is seeded per process.)
          let hash = assignment.caseId.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) {
            ($0 ^ UInt64($1)) &* 0x100_0000_01b3
          }
          let quality = Double(hash % 1_000) / 1_000
          for auditor in assignment.auditors {
            var answers = AnswerSet()
            for question in 0..<AggregationBenchmark.questionCount {
              let levels = question < 30 ? ofsted : yesPartlyNo
              let better = question % 3 == 0 ? shift : 0
              let score = min(
                0.999, max(0, 1 - quality - better + random.unitDouble() * 0.5 - 0.25))
              let level = Int(score * Double(levels.count))
              let weak = level >= (question < 30 ? 2 : 1)
              answers["q\(question)"] = Answer(
                .level(levels[level]),
                evidence: weak
                  ? notes[random.uniform(below: notes.count)]
                    + " (seen \(random.uniform(below: 28) + 1) days before the audit)."
                  : nil)
            }
            _ = try workspace.recordResponse(
              round: context.round, caseID: assignment.caseId,
              caseReference: context.pseudonyms.reference(for: assignment.caseId),
              auditorID: auditor, kind: .audit, status: .submitted,
              answersJSON: answers.canonicalJSON(), rationale: nil, unallocated: false,
              actor: "bench")
          }
        }
      }
    }
  }
}
