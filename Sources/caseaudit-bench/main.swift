import AuditStore
import CaseList
import Formats
import Foundation
import Sampling
import Statistics

// caseaudit-bench: benchmarks for CaseAudit, run in a release build:
//
//   swift run -c release caseaudit-bench sampling [--children N] [--pandas] [--store]
//
// Figures are printed, never asserted: speed is measured, not tested.

let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String) -> String? {
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
  return arguments[index + 1]
}

func seconds(since start: ContinuousClock.Instant) -> Double {
  let elapsed = ContinuousClock.now - start
  return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// Peak resident memory of this process, in MiB (Linux `ru_maxrss` is in KiB).
func peakMemoryMiB() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024
}

let asOf = CalendarDate(year: 2027, month: 3, day: 31) ?? CalendarDate(daysSinceEpoch: 20_908)
let listNames = ["list6.csv", "list7.csv", "list8.csv"]

/// Reads, fingerprints and imports the three lists, then draws a stratified sample of 200.
///
/// Run in a child process so its peak memory is the pipeline's alone.
func importAndDraw(directory: String, store: Bool) throws {
  let start = ContinuousClock.now
  var sources: [CaseListSource] = []
  var digests: [String] = []
  for name in listNames {
    guard let data = FileManager.default.contents(atPath: directory + "/" + name) else {
      throw CocoaError(.fileReadNoSuchFile)
    }
    let bytes = [UInt8](data)
    digests.append(SHA256.hash(bytes).hexString)
    sources.append(CaseListSource(name: name, bytes: bytes))
  }
  let readAndHash = seconds(since: start)
  let imported = CaseListImporter.importAnnexA(sources: sources, asOf: asOf)
  sources.removeAll()
  let afterImport = seconds(since: start)
  let spec = SampleSpec(
    size: 200, neglect: .any, stratifyBy: [.stage], allocation: .proportional,
    reservesPerStratum: 2, seed: 20_270_331)
  let draw = try Sampler.draw(population: Array(imported.records), spec: spec)
  let afterDraw = seconds(since: start)
  print(
    String(
      format: "  read + SHA-256 %.3f s, parse + merge %.3f s, draw %.3f s → import + draw %.3f s",
      readAndHash, afterImport - readAndHash, afterDraw - afterImport, afterDraw))
  print(
    "  \(imported.records.count) children, \(imported.openCount) open, \(imported.problems.count) problems; "
      + "sampled \(draw.cases.count) from \(draw.eligible) eligible in \(draw.strata.count) strata")
  print(String(format: "  peak memory %.0f MiB", peakMemoryMiB()))
  print(String(format: "RESULT import_draw_seconds=%.3f peak_mib=%.0f", afterDraw, peakMemoryMiB()))
  if store {
    let storeStart = ContinuousClock.now
    let path = directory + "/bench.db"
    try? FileManager.default.removeItem(atPath: path)
    _ = try Workspace.create(at: path, actor: "bench")
    let workspace = try Workspace.open(at: path, actor: "bench")
    _ = try workspace.saveSnapshot(
      asOf: asOf, format: "annex-a",
      sources: zip(listNames, digests).map {
        SnapshotRecord.Source(file: $0, sha256: $1, kind: "annex-a", encoding: "utf8", rows: 0)
      }, records: imported.records, actor: "bench")
    let stored = seconds(since: storeStart)
    let loadStart = ContinuousClock.now
    let loaded = try workspace.cases(inSnapshot: 1)
    print(
      String(
        format: "  storing the snapshot in SQLite %.3f s; loading it back %.3f s (%d cases)",
        stored, seconds(since: loadStart), loaded.count))
  }
}

func runSampling() throws {
  let children = Int(option("--children") ?? "") ?? 1_000_000
  let directory = option("--dir") ?? NSTemporaryDirectory() + "caseaudit-bench-\(children)"
  try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  let marker = directory + "/list8.csv"
  if !FileManager.default.fileExists(atPath: marker) {
    let start = ContinuousClock.now
    let lists = SyntheticAnnexA(children: children, seed: 2027, asOf: asOf).generate()
    for (name, bytes) in zip(listNames, [lists.list6, lists.list7, lists.list8]) {
      try Data(bytes).write(to: URL(fileURLWithPath: directory + "/" + name))
    }
    print(
      String(format: "Generated %d children's lists 6–8 in %.1f s", children, seconds(since: start))
    )
  }
  let sizes = listNames.map {
    ((try? FileManager.default.attributesOfItem(atPath: directory + "/" + $0)[.size]) as? Int) ?? 0
  }
  print(
    "Population: \(children) children; files \(zip(listNames, sizes).map { "\($0) \($1 / 1_048_576) MiB" }.joined(separator: ", "))"
  )
  print(
    "CaseAudit (release build, this machine: \(ProcessInfo.processInfo.activeProcessorCount) cores):"
  )
  // A child process, so peak memory is the pipeline's alone, not the generator's.
  let child = Process()
  // /proc/self/exe, not argv[0]: started through PATH, argv[0] is a bare name.
  child.executableURL = URL(fileURLWithPath: ChildProcess.selfPath)
  child.arguments =
    ["_import-draw", directory] + (arguments.contains("--store") ? ["--store"] : [])
  try child.run()
  child.waitUntilExit()
  if arguments.contains("--pandas") {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("pandas_pipeline.py").path
    print("pandas (same files, same pipeline):")
    let python = Process()
    python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    python.arguments = ["python3", script, directory]
    try python.run()
    python.waitUntilExit()
  }
}

do {
  switch arguments.first {
  case "sampling": try runSampling()
  case "import": try ImportBenchmark.run(arguments: Array(arguments.dropFirst()))
  case "commands": try CommandBenchmark.run(arguments: Array(arguments.dropFirst()))
  case "kills": try KillBenchmark.run(arguments: Array(arguments.dropFirst()))
  case "_hold-write": try HoldWrite.run(arguments: Array(arguments.dropFirst()))
  case "_commands-build": try CommandBenchmark.runBuild(arguments: Array(arguments.dropFirst()))
  case "aggregate": try AggregationBenchmark.run(arguments: Array(arguments.dropFirst()))
  case "report": try AggregationBenchmark.runReport()
  case "pool": try PoolBenchmark.run(arguments: Array(arguments.dropFirst()))
  case "_import-draw":
    try importAndDraw(directory: arguments[1], store: arguments.contains("--store"))
  default:
    print(
      """
      usage: caseaudit-bench sampling [--children N] [--dir DIR] [--store] [--pandas]
        sampling   generate a synthetic Annex A population (lists 6–8) and time
                   read + fingerprint + import + a stratified draw of 200
      usage: caseaudit-bench import [--children N[,N…]] [--dir DIR]
        import     time 'caseaudit cases import' of lists 6–8 as a user runs it, with its
                   peak memory, beside DuckDB's read_csv load and the sqlite3 shell's .import
      usage: caseaudit-bench commands [--children N] [--responses N] [--runs N] [--dir DIR]
        commands   time cases show, sample draw, report, findings, agreement and compare as a
                   user runs them, each beside its peer in the same run
      usage: caseaudit-bench kills [--kills N] [--children N] [--seed N] [--dir DIR]
        kills      SIGKILL 'caseaudit cases import' at random moments (1,000 by default) and
                   check after each that the workspace is whole: the snapshot or none of it
      usage: caseaudit-bench aggregate [--scipy]
        aggregate  time findings + agreement + comparison over 100,000 responses × 40 questions
      usage: caseaudit-bench report
        report     time rendering a 500-case round's report in all four formats
      usage: caseaudit-bench pool [--tasks N] [--seconds S] [--connections N[,N…]]
                                  [--no-writer-turns]
        pool       concurrent reads and writes on one workspace through WorkspacePool, per
                   pool size: operations per second, p50/p99 latency, errors
      """)
  }
} catch {
  print("caseaudit-bench: \(error)")
  exit(1)
}
