internal import AuditStore
internal import CaseList
import Formats
internal import Foundation
internal import Workflows

/// `caseaudit demo`: the whole journey on the synthetic Northbridge samples, in one command.
///
/// It builds a fresh workspace from `Samples/northbridge` through the real commands — import,
/// round, draw with the recorded seeds, allocate, record, moderate — then writes the reports,
/// and leaves the workspace beside them to explore with every other command.
enum DemoCommand {
  static let definition = CommandDefinition(
    name: "demo",
    abstract:
      "Build a demo workspace from the synthetic Northbridge samples and write its reports.",
    discussion: """
      Everything in the samples is invented. The samples are compiled into caseaudit: the demo
      writes them to DIR/samples (so you can read and re-import them) and replays them from
      there. The workspace is kept as DIR/caseaudit.db, so you can go on with, for example,
      'caseaudit findings --workspace DIR/caseaudit.db --round …'.
      """,
    arguments: [
      .option("out", valueName: "dir", help: "Where to write (default: demo-output)."),
      .option(
        "samples", valueName: "dir",
        help: "Replay this samples folder instead of the built-in one (it needs a demo.json)."),
    ],
    run: { invocation in try run(invocation) })

  struct Manifest: Decodable {
    struct Round: Decodable {
      struct Allocation: Decodable {
        let raters: Int
        let doubleFraction: Double
        let seed: String
      }
      let name: String
      /// The round's own snapshot: its case lists, exported on `asOf`.
      let asOf: String
      let caseLists: [String]
      let tool: String
      let toolVersion: String
      let purpose: String
      let training: String?
      let auditDate: String
      let sample: Sample
      let allocation: Allocation
      let responses: String
    }
    struct Sample: Decodable {
      let size: Int
      let neglect: String
      let stages: [String]
      let minAge: Int?
      let maxAge: Int?
      let longTermOnly: Bool
      let teams: [String]
      let stratifyBy: [String]
      let allocation: String
      let minPerStratum: Int
      let unit: String
      let excludedCaseIds: [String]
      let reservesPerStratum: Int
      let seed: String
    }
    let partnership: String
    let auditors: String
    let training: String
    let rounds: [Round]
  }

  struct Responses: Decodable {
    struct Response: Decodable {
      let caseId: String
      let auditor: String
      let answers: JSONValue
    }
    struct Moderation: Decodable {
      let caseId: String
      let moderator: String
      let rationale: String?
      let answers: JSONValue
    }
    let responses: [Response]
    let moderations: [Moderation]
  }

  /// The samples folder: the option's, else the built-in samples written to `out/samples`.
  static func samplesFolder(_ invocation: Invocation, out: String) throws -> String {
    if let given = invocation.arguments.value("samples") {
      let folder = invocation.resolve(given)
      guard FileManager.default.fileExists(atPath: folder + "/demo.json") else {
        throw CommandFailure.failed("\(given) has no demo.json; it is not a samples folder")
      }
      return folder
    }
    let folder = out + "/samples"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (name, bytes) in DemoSampleFiles.all {
      guard !bytes.isEmpty else {
        throw CommandFailure.failed("the built-in sample \(name) does not decode")
      }
      let path = folder + "/" + name
      guard FileManager.default.createFile(atPath: path, contents: bytes) else {
        throw CommandFailure.failed("cannot write \(path)")
      }
    }
    return folder
  }

  static func run(_ invocation: Invocation) throws -> Int32 {
    let started = Date()
    let out = invocation.resolve(invocation.arguments.value("out") ?? "demo-output")
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    let samples = try samplesFolder(invocation, out: out)
    let workspace = out + "/caseaudit.db"
    try removeOldWorkspace(at: workspace)

    let manifest = try JSONDecoder().decode(
      Manifest.self, from: Data(contentsOf: URL(fileURLWithPath: samples + "/demo.json")))
    let ws = ["--workspace", workspace]
    let step = Stepper(invocation: invocation)
    invocation.note("Building the Northbridge demo workspace in \(workspace) …")
    try step.run(["init"] + ws)
    try step.run(["auditors", "import", samples + "/" + manifest.auditors] + ws)
    try step.run(["training", "import", samples + "/" + manifest.training] + ws)

    var recorded = 0
    var moderated = 0
    for round in manifest.rounds {
      // Each round draws from its own snapshot: import it just before creating the round, which
      // binds the latest snapshot.
      try step.run(
        ["cases", "import"] + round.caseLists.map { samples + "/" + $0 }
          + ["--as-of", round.asOf] + ws)
      var create = [
        "round", "create", round.name, "--tool", round.tool, "--tool-version", round.toolVersion,
        "--purpose", round.purpose, "--audit-date", round.auditDate,
      ]
      if let training = round.training { create += ["--training", training] }
      try step.run(create + ws)
      try step.run(drawArguments(round) + ws)
      // Verified once, as a QA lead would before the audit day; the reports cite it.
      try step.run(["sample", "verify", "--round", round.name] + ws)
      try step.run(
        [
          "round", "allocate", "--round", round.name, "--raters", String(round.allocation.raters),
          "--double-fraction", String(round.allocation.doubleFraction),
          "--seed", round.allocation.seed,
        ] + ws)
      let responses = try JSONDecoder().decode(
        Responses.self,
        from: Data(contentsOf: URL(fileURLWithPath: samples + "/" + round.responses)))
      for response in responses.responses {
        try step.run(
          [
            "audit", "record", "--round", round.name, "--case", response.caseId,
            "--auditor", response.auditor, "--answers", "-",
          ] + ws, stdin: try answersFile(response.answers))
        recorded += 1
      }
      for moderation in responses.moderations {
        var arguments = [
          "moderate", "--round", round.name, "--case", moderation.caseId,
          "--moderator", moderation.moderator, "--answers", "-",
        ]
        if let rationale = moderation.rationale { arguments += ["--rationale", rationale] }
        try step.run(arguments + ws, stdin: try answersFile(moderation.answers))
        moderated += 1
      }
    }
    let outputs = try DemoReports.write(
      manifest: manifest, workspace: workspace, out: out, step: step)

    let seconds = Date().timeIntervalSince(started)
    let o = invocation.stdout
    o.line("CaseAudit demo — \(manifest.partnership) (synthetic: every name is invented)")
    let snapshots = manifest.rounds.map(\.asOf).joined(separator: " and ")
    o.line(
      "Imported the Annex A lists as at \(snapshots), one snapshot per round; ran "
        + "\(manifest.rounds.count) rounds with \(recorded) audits and \(moderated) moderations "
        + String(format: "in %.1f s.", seconds))
    o.line("")
    o.line("Wrote:")
    for (label, path) in outputs {
      o.line("  \(label.padding(toLength: 18, withPad: " ", startingAt: 0)) \(path)")
    }
    o.line("  workspace          \(workspace)")
    o.line("")
    o.line("Next, try:")
    let first = CommandInputs.shellQuoted(manifest.rounds.first?.name ?? "")
    let last = CommandInputs.shellQuoted(manifest.rounds.last?.name ?? "")
    let w = "--workspace " + CommandInputs.shellQuoted(workspace)
    o.line("  caseaudit status \(w)")
    o.line("  caseaudit sample verify --round \(first) \(w)")
    o.line("  caseaudit findings --round \(last) --by stage \(w)")
    o.line("  caseaudit agreement --round \(first) \(w)")
    o.line(
      "  caseaudit compare --before \(first) --after \(last) --trained-workers \(CommandInputs.shellQuoted(manifest.rounds.first?.training ?? "")) \(w)"
    )
    o.line("  open \(outputs.first?.1 ?? "")")
    return ExitCode.success
  }

  /// The `sample draw` arguments that reproduce a recorded specification.
  static func drawArguments(_ round: Manifest.Round) -> [String] {
    let sample = round.sample
    var arguments = [
      "sample", "draw", "--round", round.name, "--size", String(sample.size),
      "--neglect", sample.neglect, "--allocation", sample.allocation,
      "--min-per-stratum", String(sample.minPerStratum),
      "--reserves", String(sample.reservesPerStratum), "--seed", sample.seed,
    ]
    for stage in sample.stages { arguments += ["--stage", stage] }
    for team in sample.teams { arguments += ["--team", team] }
    if !sample.stratifyBy.isEmpty {
      arguments += ["--stratify-by", sample.stratifyBy.joined(separator: ",")]
    }
    if let minAge = sample.minAge { arguments += ["--min-age", String(minAge)] }
    if let maxAge = sample.maxAge { arguments += ["--max-age", String(maxAge)] }
    if sample.longTermOnly { arguments.append("--long-term") }
    if sample.unit != "child" { arguments += ["--unit", sample.unit] }
    for id in sample.excludedCaseIds { arguments += ["--exclude-case", id] }
    return arguments
  }

  static func answersFile(_ answers: JSONValue) throws -> Data {
    try JSONOutput.compact(["answers": answers])
  }

  /// Removes an earlier demo's workspace, but never a file that is not a CaseAudit workspace.
  static func removeOldWorkspace(at path: String) throws {
    guard FileManager.default.fileExists(atPath: path) else { return }
    do {
      _ = try Workspace.open(at: path)
    } catch {
      throw CommandFailure.failed(
        "\(path) exists and is not a CaseAudit workspace; choose another --out folder")
    }
    for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
      try FileManager.default.removeItem(atPath: path + suffix)
    }
  }

  /// Runs commands in-process with quiet output, failing loudly with their messages.
  final class Stepper {
    let invocation: Invocation

    init(invocation: Invocation) { self.invocation = invocation }

    /// Runs one command; returns what it wrote to standard output.
    @discardableResult
    func run(_ arguments: [String], stdin: Data = Data()) throws -> String {
      let out = OutputSink()
      let err = OutputSink()
      let step = Invocation(
        stdout: out, stderr: err, readStandardInput: { stdin },
        environment: invocation.environment.merging(["CASEAUDIT_ACTOR": "demo"]) { _, new in new },
        currentDirectory: invocation.currentDirectory, now: invocation.now)
      let code = CaseAudit.run(arguments, invocation: step)
      guard code == ExitCode.success else {
        throw CommandFailure.failed(
          "the demo step 'caseaudit \(arguments.prefix(2).joined(separator: " "))' failed "
            + "(exit \(code)):\n\(err.text)")
      }
      return out.text
    }
  }
}
