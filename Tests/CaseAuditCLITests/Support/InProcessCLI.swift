import CaseAuditCLI
import Foundation
import Synchronization
import TestSupport

/// Runs `caseaudit` commands in this process, through `CaseAudit.run` as the binary's `main`
/// does.
///
/// They get the same environment the spawned binary gets from `CommandRunner` (`NO_COLOR`
/// set, `CASEAUDIT_WORKSPACE` cleared): the same exit code and output without starting a
/// process. The end-to-end tests that must see the binary itself (the demo, kills, other
/// processes holding the workspace) keep `CommandRunner`.
enum InProcessCLI {
  /// Runs `arguments` with optional standard input, extra environment variables and a working
  /// folder.
  static func run(
    _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
    in directory: String? = nil
  ) -> CommandResult {
    let env = CommandRunner.environment(adding: environment)
    let input = Data((stdin ?? "").utf8)
    let lines = Mutex(LineReader(input))
    let stdout = OutputSink()
    let stderr = OutputSink()
    let code = CaseAudit.run(
      arguments,
      invocation: Invocation(
        stdout: stdout, stderr: stderr, readStandardInput: { input },
        readLine: { lines.withLock { $0.next() } }, environment: env,
        currentDirectory: directory ?? FileManager.default.currentDirectoryPath))
    return CommandResult(stdout: stdout.text, stderr: stderr.text, exitCode: code)
  }

  /// Standard input read a line at a time, as `readLine()` reads it (the newline dropped).
  private struct LineReader: Sendable {
    private let text: [Substring]
    private var position = 0

    init(_ data: Data) {
      let string = String(decoding: data, as: UTF8.self)
      var lines = string.split(separator: "\n", omittingEmptySubsequences: false)
      if string.hasSuffix("\n") { lines.removeLast() }
      text = string.isEmpty ? [] : lines
    }

    mutating func next() -> String? {
      guard position < text.count else { return nil }
      defer { position += 1 }
      return String(text[position])
    }
  }
}
