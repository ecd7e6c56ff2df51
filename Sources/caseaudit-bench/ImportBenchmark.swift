import CaseList
import Formats
import Foundation

/// `caseaudit-bench import`: times `caseaudit cases import` as a user runs it.
///
/// The population is synthetic Annex A lists 6–8 in the published codes; the command is the
/// release binary, run from a fresh process into a fresh workspace, measured with its peak
/// memory, and the peers beside it in the same run: DuckDB loading the same three files into a database file (`read_csv`), and the sqlite3
/// shell's `.import` (no validation). A peer whose tool is missing is reported SKIPPED, never
/// as a figure.
enum ImportBenchmark {
  /// Runs the benchmark with its arguments (after `import`).
  static func run(arguments: [String]) throws {
    var sizes = [1_000_000]
    var directory: String?
    var index = 0
    while index < arguments.count {
      let value = index + 1 < arguments.count ? arguments[index + 1] : nil
      switch (arguments[index], value) {
      case ("--children", let text?):
        sizes = text.split(separator: ",").compactMap { Int($0) }
      case ("--dir", let path?): directory = path
      default: throw BenchError.usage("unknown or incomplete argument '\(arguments[index])'")
      }
      index += 2
    }
    let caseaudit = ChildProcess.selfFolder + "/caseaudit"
    guard FileManager.default.isExecutableFile(atPath: caseaudit) else {
      throw BenchError.file(
        path: caseaudit, reason: "not built; run 'swift build -c release' first")
    }
    print(
      "caseaudit cases import, as a user runs it (\(caseaudit); this machine: "
        + "\(ProcessInfo.processInfo.activeProcessorCount) cores)")
    let start = try ChildProcess.run(caseaudit, ["--version"])
    print(String(format: "  process start (caseaudit --version): %.3f s", start.seconds))
    for children in sizes {
      let folder = directory ?? NSTemporaryDirectory() + "caseaudit-import-\(children)"
      let files = try lists(children: children, in: folder)
      let bytes = files.reduce(0) { total, file in
        total + (((try? FileManager.default.attributesOfItem(atPath: file)[.size]) as? Int) ?? 0)
      }
      print(
        String(
          format: "%d children, lists 6–8, %.0f MB (%.0f MiB):", children, Double(bytes) / 1e6,
          Double(bytes) / 1_048_576))
      try measure(caseaudit: caseaudit, files: files, folder: folder)
    }
  }

  /// The three lists for `children`, generated once into `folder`.
  static func lists(children: Int, in folder: String) throws -> [String] {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let names = ["list6.csv", "list7.csv", "list8.csv"].map { folder + "/" + $0 }
    let version = folder + "/.published-codes"
    if !names.allSatisfy(FileManager.default.fileExists(atPath:))
      || !FileManager.default.fileExists(atPath: version)
    {
      let asOf = CalendarDate(year: 2027, month: 3, day: 31) ?? CalendarDate(daysSinceEpoch: 0)
      let generated = SyntheticAnnexA(children: children, seed: 2027, asOf: asOf).generate()
      for (name, bytes) in zip(names, [generated.list6, generated.list7, generated.list8]) {
        try Data(bytes).write(to: URL(fileURLWithPath: name))
      }
      _ = FileManager.default.createFile(atPath: version, contents: Data())
    }
    return names
  }

  private static func measure(caseaudit: String, files: [String], folder: String) throws {
    let workspace = folder + "/bench.db"
    for suffix in ["", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: workspace + suffix)
    }
    let log = folder + "/caseaudit.log"
    guard try ChildProcess.run(caseaudit, ["init", "--workspace", workspace]).status == 0 else {
      throw BenchError.inconsistent("caseaudit init failed")
    }
    let dry = try ChildProcess.run(
      caseaudit, ["cases", "import"] + files + ["--as-of", "2027-03-31", "--dry-run"], output: log)
    report("caseaudit cases import --dry-run", dry, log: log)
    let real = try ChildProcess.run(
      caseaudit,
      ["cases", "import"] + files + ["--as-of", "2027-03-31", "--workspace", workspace],
      output: log)
    report("caseaudit cases import (into a workspace)", real, log: log)

    if let duckdb = duckDBCommand() {
      let database = folder + "/bench.duckdb"
      try? FileManager.default.removeItem(atPath: database)
      // Not "duckdb.py": Python puts the script's folder first on its path, and a script of
      // that name would shadow the package it imports.
      try? FileManager.default.removeItem(atPath: folder + "/duckdb.py")
      let script = folder + "/load-duckdb.py"
      let statements = zip(["l6", "l7", "l8"], files).map { table, file in
        "con.execute(\"CREATE TABLE \(table) AS SELECT * FROM read_csv('\(file)')\")"
      }.joined(separator: "\n")
      try """
      import duckdb
      con = duckdb.connect('\(database)')
      \(statements)
      con.close()

      """.write(toFile: script, atomically: true, encoding: .utf8)
      report(
        "DuckDB read_csv into a database file", try ChildProcess.run(duckdb, [script]), log: nil)
    } else {
      print("  DuckDB: SKIPPED (python3 with the duckdb package not found; pip install duckdb)")
    }
    if let sqlite3 = ChildProcess.onPath("sqlite3") {
      let database = folder + "/bench-shell.db"
      try? FileManager.default.removeItem(atPath: database)
      let commands = folder + "/sqlite3.sql"
      try ([".mode csv"] + zip(["l6", "l7", "l8"], files).map { ".import \($1) \($0)" })
        .joined(separator: "\n").appending("\n")
        .write(toFile: commands, atomically: true, encoding: .utf8)
      report(
        "sqlite3 shell .import (no validation)",
        try ChildProcess.run(sqlite3, [database], stdin: commands), log: nil)
    } else {
      print("  sqlite3 shell: SKIPPED (not installed; apt-get install sqlite3)")
    }
  }

  /// `python3` when it can import duckdb.
  private static func duckDBCommand() -> String? {
    guard let python = ChildProcess.onPath("python3"),
      let check = try? ChildProcess.run(python, ["-c", "import duckdb"]), check.status == 0
    else { return nil }
    return python
  }

  private static func report(_ label: String, _ run: ChildProcess.Measurement, log: String?) {
    let padded = label.padding(toLength: 44, withPad: " ", startingAt: 0)
    if run.status != 0 {
      let tail =
        log.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }?
        .split(separator: "\n").suffix(3).joined(separator: " | ") ?? ""
      print("  \(padded) FAILED (exit \(run.status)) \(tail)")
      return
    }
    print(String(format: "  %@ %6.2f s  %6.0f MiB peak", padded, run.seconds, run.peakMiB))
  }
}
