import AuditStore
import Dispatch
import Foundation
import Synchronization

/// `caseaudit-bench pool`: concurrent tasks on one workspace through ``WorkspacePool``, with one
/// connection and with several, to choose how the workbench shares its workspace.
///
/// Each task loops for the given time: four reads (the last 50 events, the roster) for every
/// write (one event, committed). Prints operations per second and the p50/p99 latency of each
/// kind, per pool size.
enum PoolBenchmark {
  static func run(arguments: [String]) throws {
    var tasks = 16
    var seconds = 5.0
    var sizes = [1, 2, 4, 8]
    let serialWriter = !arguments.contains("--no-writer-turns")
    var index = 0
    while index < arguments.count {
      let value = index + 1 < arguments.count ? arguments[index + 1] : nil
      switch (arguments[index], value) {
      case ("--tasks", let v?): tasks = Int(v) ?? tasks
      case ("--seconds", let v?): seconds = Double(v) ?? seconds
      case ("--connections", let v?): sizes = v.split(separator: ",").compactMap { Int($0) }
      case ("--no-writer-turns", _):
        index += 1
        continue
      default: throw BenchError.usage("unknown or incomplete argument '\(arguments[index])'")
      }
      index += 2
    }
    let folder = NSTemporaryDirectory() + "caseaudit-pool-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    print(
      "WorkspacePool: \(tasks) concurrent tasks, 4 reads per write, \(seconds) s per size, "
        + (serialWriter ? "writers take turns in the pool " : "writers meet on SQLite's lock ")
        + "(this machine: \(ProcessInfo.processInfo.activeProcessorCount) cores)")
    for size in sizes {
      let path = folder + "/pool-\(size).db"
      _ = try Workspace.create(at: path, actor: "bench")
      let pool = try WorkspacePool(path: path, connections: size)
      let reads = Mutex<[Double]>([])
      let writes = Mutex<[Double]>([])
      let errors = Atomic<Int>(0)
      let deadline = Date().addingTimeInterval(seconds)
      // Threads, not concurrentPerform: that runs only as many tasks at once as there are cores.
      let group = DispatchGroup()
      for task in 0..<tasks {
        group.enter()
        let thread = Thread {
          var step = 0
          var myReads: [Double] = []
          var myWrites: [Double] = []
          while Date() < deadline {
            let write = step % 5 == 4
            let start = DispatchTime.now().uptimeNanoseconds
            do {
              try pool.withWorkspace(writing: write && serialWriter) { workspace in
                if write {
                  try workspace.write(
                    actor: "task\(task)", action: "bench.pool", subject: "\(step)"
                  ) { _ in }
                } else {
                  _ = try workspace.events(limit: 50)
                  _ = try workspace.auditors()
                }
              }
            } catch {
              errors.add(1, ordering: .relaxed)
            }
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            if write { myWrites.append(elapsed) } else { myReads.append(elapsed) }
            step += 1
          }
          reads.withLock { $0 += myReads }
          writes.withLock { $0 += myWrites }
          group.leave()
        }
        thread.start()
      }
      group.wait()
      let r = reads.withLock { $0 }.sorted()
      let w = writes.withLock { $0 }.sorted()
      func pct(_ values: [Double], _ p: Double) -> Double {
        values.isEmpty ? 0 : values[min(values.count - 1, Int(Double(values.count) * p))]
      }
      print(
        String(
          format:
            "  %d connection(s): %7.0f ops/s; reads p50 %.2f ms p99 %.2f ms; "
            + "writes p50 %.2f ms p99 %.2f ms; errors %d",
          size, Double(r.count + w.count) / seconds, pct(r, 0.5), pct(r, 0.99), pct(w, 0.5),
          pct(w, 0.99), errors.load(ordering: .relaxed)))
    }
  }
}
