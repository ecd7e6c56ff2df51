import AuditStore
import CaseList
import Formats
import Foundation
import Statistics
import TestSupport
import Testing

/// `cases show` and `cases list` on a 10,000-child workspace print what they printed before.
///
/// Before: before their reads moved into SQL and `cases list` began to stream (issue 15). Each
/// output's line count and SHA-256, and its first lines, pinned in
/// `Goldens/cases-10k.txt`. After an intended change, run
/// `UPDATE_GOLDEN=1 swift test --filter CaseQueryGoldenTests` and review the diff.
@Suite struct CaseQueryGoldenTests {
  static let commands: [[String]] = [
    ["cases", "show", "C000042"],
    ["cases", "show", "C009999", "--json"],
    ["cases", "list", "--stage", "childProtection"],
    [
      "cases", "list", "--stage", "childInNeed", "--stage", "lookedAfter", "--neglect", "confirmed",
    ],
    ["cases", "list", "--stage", "referral", "-n", "25"],
    ["cases", "list", "--stage", "lookedAfter", "--json"],
    ["cases", "list"],
    ["cases", "list", "--stage", "closed", "--neglect", "none"],
    ["cases", "list", "--stage", "closed", "--neglect", "none", "--json"],
  ]

  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Goldens/cases-10k.txt")

  /// 10,000 generated children: every stage and neglect status (closed children never 'none',
  /// so one list is empty), missing values, unborn children and closures; non-ASCII team names
  /// only in early help, so the lists of the other stages are laid out from SQL's widths and
  /// the others from the rows.
  static func population() -> [CaseRecord] {
    var random = TestRandom(seed: 10_000)
    let teams = ["North", "South", "East", "West", "Long-term team A"]
    let earlyHelpTeams = teams + ["Café team", "Ünit 7"]
    return (0..<10_000).map { index in
      let stage = Stage.allCases[random.uniform(below: Stage.allCases.count)]
      let missing = random.uniform(below: 10) == 0
      return CaseRecord(
        id: String(format: "C%06d", index),
        familyKey: random.uniform(below: 3) == 0 ? nil : "F\(index / 3)",
        stage: stage,
        neglectStatus: stage == .closed
          ? .confirmed
          : NeglectStatus.allCases[random.uniform(below: NeglectStatus.allCases.count)],
        team: missing
          ? nil
          : stage == .earlyHelp
            ? earlyHelpTeams[random.uniform(below: earlyHelpTeams.count)]
            : teams[random.uniform(below: teams.count)],
        worker: missing ? nil : "W\(random.uniform(below: 300))",
        age: missing ? nil : random.uniform(below: 18),
        gender: ["1", "2", nil][random.uniform(below: 3)],
        ethnicity: ["WBRI", "ASIA", "BCRB", nil][random.uniform(below: 4)],
        disability: [true, false, nil][random.uniform(below: 3)],
        startDate: CalendarDate(daysSinceEpoch: 19_000 + random.uniform(below: 1_500)),
        monthsOpen: missing ? nil : random.uniform(below: 140),
        previousPlans: random.uniform(below: 4) == 0 ? nil : random.uniform(below: 4),
        abuseCategory: random.uniform(below: 2) == 0 ? .neglect : nil,
        isUnborn: stage == .childProtection && random.uniform(below: 50) == 0,
        endDate: random.uniform(below: 6) == 0
          ? CalendarDate(daysSinceEpoch: 20_500 + random.uniform(below: 300)) : nil)
    }
  }

  /// Each command's output as the golden records it.
  static func summaries() throws -> String {
    let temp = try TemporaryWorkspace()
    let asOf = try #require(CalendarDate(year: 2027, month: 3, day: 31))
    _ = try temp.workspace.saveSnapshot(
      asOf: asOf, format: "annex-a", sources: [], records: CaseRecords(population()),
      actor: "test")
    var text = ""
    for command in commands {
      let run = InProcessCLI.run(command + ["--workspace", temp.path])
      #expect(run.exitCode == 0, "\(command): \(run.stderr)")
      let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      text += "## caseaudit \(command.joined(separator: " "))\n"
      text += "lines \(lines.count) sha256 \(SHA256.hash(Array(run.stdout.utf8)).hexString)\n"
      text += lines.prefix(12).joined(separator: "\n") + "\n\n"
    }
    return text
  }

  @Test func casesShowAndListPrintWhatTheyPrinted() throws {
    let current = try Self.summaries()
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
      try FileManager.default.createDirectory(
        at: Self.golden.deletingLastPathComponent(), withIntermediateDirectories: true)
      try current.write(to: Self.golden, atomically: true, encoding: .utf8)
    }
    let pinned = try String(contentsOf: Self.golden, encoding: .utf8)
    let currentSections = current.components(separatedBy: "\n## ")
    let pinnedSections = pinned.components(separatedBy: "\n## ")
    #expect(currentSections.count == pinnedSections.count)
    for (now, then) in zip(currentSections, pinnedSections) {
      #expect(now == then)
    }
  }
}
