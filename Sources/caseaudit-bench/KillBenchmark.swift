import AuditStore
import Foundation
import Statistics

/// `caseaudit-bench kills`: a laptop lid closed mid-import, a thousand times.
///
/// Issue 17, crash safety: `caseaudit cases import` of a list-6 export is SIGKILLed at a moment drawn
/// uniformly over 125 % of an uninterrupted import; after each kill the workspace must open,
/// pass `PRAGMA integrity_check`, and hold the whole snapshot or none of it, its event log
/// agreeing. The 50-kill version of the same check runs in `swift test`
/// (`KillDuringImportTests`).
enum KillBenchmark {
  struct Options {
    var kills = 1000
    var children = 300_000
    var seed: UInt64 = 17
    var directory: String?
  }

  private static let header =
    "Child Unique ID,Family ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),"
    + "Does the Child have a Disability,CIN Start Date,Primary Need Code,Case Status,"
    + "CIN Closure Date,Allocated Team,Allocated Worker"

  static func run(arguments: [String]) throws {
    var options = Options()
    var index = 0
    while index < arguments.count {
      let value = index + 1 < arguments.count ? arguments[index + 1] : nil
      switch (arguments[index], value.flatMap { Int($0) }, value) {
      case ("--kills", let number?, _): options.kills = max(1, number)
      case ("--children", let number?, _): options.children = max(1, number)
      case ("--seed", let number?, _): options.seed = UInt64(max(0, number))
      case ("--dir", _, let path?): options.directory = path
      default: throw BenchError.usage("unknown or incomplete argument '\(arguments[index])'")
      }
      index += 2
    }
    let caseaudit = ChildProcess.selfFolder + "/caseaudit"
    let folder = options.directory ?? NSTemporaryDirectory() + "caseaudit-kills"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let list = folder + "/list6-\(options.children).csv"
    if !FileManager.default.fileExists(atPath: list) {
      let rows = (0..<options.children).map { index in
        "C\(1_000_000 + index),,Female,WBRI,05/06/2015,,No,01/04/2026,N\(1 + index % 9),"
          + "c) Child in need plan,,Team \(index % 7),Worker \(index % 40)"
      }
      try ([header] + rows).joined(separator: "\n").appending("\n")
        .write(toFile: list, atomically: true, encoding: .utf8)
    }
    let blank = folder + "/blank.db"
    let path = folder + "/killed.db"
    func clear(_ file: String) {
      for suffix in ["", "-wal", "-shm", "-journal"] {
        try? FileManager.default.removeItem(atPath: file + suffix)
      }
    }
    clear(blank)
    guard try ChildProcess.run(caseaudit, ["init", "--workspace", blank]).status == 0 else {
      throw BenchError.inconsistent("caseaudit init failed")
    }
    let importing = ["cases", "import", list, "--as-of", "2027-03-31", "--workspace", path]
    clear(path)
    try FileManager.default.copyItem(atPath: blank, toPath: path)
    let full = try ChildProcess.run(caseaudit, importing)
    guard full.status == 0 else { throw BenchError.inconsistent("an uninterrupted import failed") }
    print(
      "caseaudit cases import of \(options.children) children, SIGKILLed at a random moment "
        + "over 125 % of an uninterrupted import (\(String(format: "%.2f", full.seconds)) s), "
        + "\(options.kills) times (seed \(options.seed))")

    var generator = Xoshiro256StarStar(seed: options.seed)
    var whole = 0
    var none = 0
    var killed = 0
    var failures: [String] = []
    let start = ContinuousClock.now
    for kill in 0..<options.kills {
      clear(path)
      try FileManager.default.copyItem(atPath: blank, toPath: path)
      let delay = generator.unitDouble() * full.seconds * 1.25
      let run = try ChildProcess.runKilled(caseaudit, importing, after: delay)
      if run.status == 128 + SIGKILL { killed += 1 }
      do {
        let workspace = try Workspace.open(at: path, actor: "bench")
        if let problem = try workspace.integrityProblem() {
          failures.append("kill \(kill): integrity_check: \(problem)")
          continue
        }
        let snapshots = try workspace.snapshots()
        let logged = try workspace.events().filter { $0.action == "snapshot.imported" }.count
        switch snapshots.count {
        case 0 where logged == 0: none += 1
        case 1 where logged == 1 && snapshots[0].cases == options.children:
          let stored = try workspace.cases(inSnapshot: snapshots[0].id).count
          if stored == options.children {
            whole += 1
          } else {
            failures.append("kill \(kill): \(stored) of \(options.children) cases stored")
          }
        default:
          failures.append(
            "kill \(kill): \(snapshots.count) snapshot(s), \(logged) import event(s)")
        }
      } catch {
        failures.append("kill \(kill): the workspace does not open: \(error)")
      }
    }
    let elapsed = ContinuousClock.now - start
    print(
      "  \(options.kills) runs in \(elapsed.components.seconds) s: \(killed) killed before they "
        + "finished; afterwards \(whole) held the whole snapshot, \(none) none, "
        + "\(failures.count) anything else")
    for failure in failures.prefix(20) { print("  " + failure) }
    print(
      "RESULT kills runs=\(options.kills) killed=\(killed) whole=\(whole) none=\(none) "
        + "failures=\(failures.count)")
    clear(path)
    clear(blank)
    if !failures.isEmpty { throw BenchError.inconsistent("\(failures.count) workspace(s) damaged") }
  }
}
