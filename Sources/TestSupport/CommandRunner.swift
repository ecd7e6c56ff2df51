public import Foundation

/// What a run of the built `caseaudit` binary produced.
public struct CommandResult: Sendable {
  /// Everything written to standard output.
  public let stdout: String
  /// Everything written to standard error.
  public let stderr: String
  /// The exit code (or 128 + signal when killed).
  public let exitCode: Int32

  /// A result, as a run in this process (rather than of the binary) produced it.
  public init(stdout: String, stderr: String, exitCode: Int32) {
    self.stdout = stdout
    self.stderr = stderr
    self.exitCode = exitCode
  }
}

/// Runs the `caseaudit` executable SwiftPM built beside the test bundle.
public enum CommandRunner {
  /// The built binary: in the same build folder as the running test bundle.
  public static var executablePath: String {
    let bundle = Bundle.main.bundlePath
    var folder = URL(fileURLWithPath: bundle)
    // On Linux the bundle is `.build/debug/CaseAuditPackageTests.xctest`; elsewhere its parent.
    if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
    let candidate = folder.appendingPathComponent("caseaudit").path
    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    let viaArgument = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("caseaudit").path
    return viaArgument
  }

  /// Runs the binary with `arguments`, optional standard input, extra environment variables and
  /// a working folder, and waits for it.
  public static func run(
    _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
    in directory: String? = nil
  ) throws -> CommandResult {
    let process = try start(arguments, environment: environment, in: directory)
    if let stdin {
      process.input.fileHandleForWriting.write(Data(stdin.utf8))
    }
    try? process.input.fileHandleForWriting.close()
    return process.wait()
  }

  /// The environment a command under test runs with: this process's, without colour and
  /// without a default workspace, plus `extra`.
  public static func environment(adding extra: [String: String]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment["CASEAUDIT_WORKSPACE"] = nil
    for (key, value) in extra { environment[key] = value }
    return environment
  }

  /// The built `caseaudit-bench` beside `caseaudit`: it holds the test-only helpers (such as
  /// `_hold-write`), which the shipped binary does not carry.
  public static var benchPath: String {
    URL(fileURLWithPath: executablePath).deletingLastPathComponent()
      .appendingPathComponent("caseaudit-bench").path
  }

  /// Starts the binary (or, with `program`, another built executable) without waiting, for
  /// tests that must act while it runs.
  public static func start(
    _ arguments: [String], environment: [String: String] = [:], in directory: String? = nil,
    program: String? = nil
  ) throws -> RunningCommand {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program ?? executablePath)
    process.arguments = arguments
    process.environment = Self.environment(adding: environment)
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let running = RunningCommand(process: process)
    try process.run()
    return running
  }
}

/// A `caseaudit` process that is still running.
public final class RunningCommand: @unchecked Sendable {
  // @unchecked: the pipes' readers are drained on their own threads; results are read once.
  let process: Process
  let input = Pipe()
  private let output = Pipe()
  private let errors = Pipe()
  private let group = DispatchGroup()
  private let lock = NSLock()
  private var outData = Data()
  private var errData = Data()

  init(process: Process) {
    self.process = process
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    drain(output) { self.outData.append($0) }
    drain(errors) { self.errData.append($0) }
  }

  private func drain(_ pipe: Pipe, into append: @escaping @Sendable (Data) -> Void) {
    let handle = pipe.fileHandleForReading
    group.enter()
    DispatchQueue.global().async { [lock, group] in
      while true {
        let chunk = handle.availableData
        if chunk.isEmpty { break }
        lock.lock()
        append(chunk)
        lock.unlock()
      }
      group.leave()
    }
  }

  /// Writes text to the process's standard input, leaving it open.
  public func send(input text: String) {
    input.fileHandleForWriting.write(Data(text.utf8))
  }

  /// Waits up to `timeout` seconds for the process to end by itself; returns whether it did.
  public func waitForExit(timeout: TimeInterval = 20) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    return !process.isRunning
  }

  /// The process id.
  public var processIdentifier: Int32 { process.processIdentifier }

  /// What the process has written to standard error so far (for a failing test's message).
  public var stderrSoFar: String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: errData, as: UTF8.self)
  }

  /// Waits until standard output contains `text`, or the timeout passes; returns whether it did.
  public func waitForOutput(containing text: String, timeout: TimeInterval = 20) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      lock.lock()
      let seen = String(decoding: outData, as: UTF8.self).contains(text)
      lock.unlock()
      if seen { return true }
      if !process.isRunning { return false }
      Thread.sleep(forTimeInterval: 0.01)
    }
    return false
  }

  /// Sends a signal (for example `SIGKILL`) to the process.
  public func send(signal: Int32) {
    kill(process.processIdentifier, signal)
  }

  /// Waits for the process to end and returns what it wrote.
  public func wait() -> CommandResult {
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    group.wait()
    lock.lock()
    defer { lock.unlock() }
    let code =
      process.terminationReason == .uncaughtSignal
      ? 128 + process.terminationStatus : process.terminationStatus
    return CommandResult(
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self), exitCode: code)
  }
}
