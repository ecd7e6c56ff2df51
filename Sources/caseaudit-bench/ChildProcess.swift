import Foundation

/// Runs a program as a child process and measures it as a user's shell would: wall time from
/// spawn to exit, and the child's own peak resident memory (`wait4`'s `ru_maxrss`, KiB on
/// Linux; getrusage(2)).
enum ChildProcess {
  /// What a run measured.
  struct Measurement {
    /// Wall-clock seconds from spawn to exit.
    var seconds: Double
    /// The child's peak resident memory, MiB.
    var peakMiB: Double
    /// The exit status (or 128 + signal).
    var status: Int32
  }

  /// This executable's own path (`/proc/self/exe`), so the bench finds its sibling binaries
  /// however it was started (by path or through `PATH`).
  static var selfPath: String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
  }

  /// The folder this executable is in.
  static var selfFolder: String { (selfPath as NSString).deletingLastPathComponent }

  /// The first executable named `name` on `PATH`, if any.
  static func onPath(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Runs `program` with `arguments`, standard input from `stdin` (a file) or /dev/null, and
  /// standard output and error to `output` (a file) or /dev/null.
  static func run(
    _ program: String, _ arguments: [String], stdin: String? = nil, output: String? = nil
  ) throws -> Measurement {
    let start = ContinuousClock.now
    let pid = try spawn(program, arguments, stdin: stdin, output: output)
    return reap(pid, since: start)
  }

  /// Starts `program` (standard input /dev/null, output to `output` or /dev/null), sends it
  /// SIGKILL after `delay` seconds — or lets it finish first — and reaps it; the status is
  /// 128 + 9 when the kill landed.
  static func runKilled(
    _ program: String, _ arguments: [String], after delay: Double, output: String? = nil
  ) throws -> Measurement {
    let start = ContinuousClock.now
    let pid = try spawn(program, arguments, stdin: nil, output: output)
    Thread.sleep(forTimeInterval: delay)
    kill(pid, SIGKILL)  // a no-op on a child that has exited and not yet been reaped
    return reap(pid, since: start)
  }

  private static func spawn(
    _ program: String, _ arguments: [String], stdin: String?, output: String?
  ) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
    guard spawned == 0 else {
      throw BenchError.file(path: program, reason: "cannot start it (errno \(spawned))")
    }
    return pid
  }

  /// Waits for `pid` and measures it from `start`.
  private static func reap(_ pid: pid_t, since start: ContinuousClock.Instant) -> Measurement {
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    return measurement(status: status, usage: usage, since: start)
  }

  private static func measurement(
    status: Int32, usage: rusage, since start: ContinuousClock.Instant
  ) -> Measurement {
    let elapsed = ContinuousClock.now - start
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let exited = status & 0x7F == 0
    return Measurement(
      seconds: seconds, peakMiB: Double(usage.ru_maxrss) / 1024,
      status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F))
  }
}
