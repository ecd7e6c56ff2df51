public import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Everything a running command may touch: its arguments, its streams, the environment, the
/// current folder and the clock — passed in, so commands are testable without a process.
public struct Invocation: Sendable {
  /// The parsed arguments.
  public var arguments: ParsedArguments
  /// Standard output (results, `--json`).
  public let stdout: OutputSink
  /// Standard error (messages, progress).
  public let stderr: OutputSink
  /// Reads all of standard input.
  public let readStandardInput: @Sendable () -> Data
  /// Reads one line of standard input without its line break; `nil` at the end of input.
  public let readLine: @Sendable () -> String?
  /// Whether standard input is a terminal (a person typing) rather than a pipe or file.
  public var stdinIsTerminal = false
  /// The environment variables.
  public let environment: [String: String]
  /// The folder relative paths are resolved against.
  public let currentDirectory: String
  /// The clock.
  public let now: @Sendable () -> Date

  /// Creates an invocation.
  public init(
    arguments: ParsedArguments = ParsedArguments(), stdout: OutputSink, stderr: OutputSink,
    readStandardInput: @escaping @Sendable () -> Data = { Data() },
    readLine: @escaping @Sendable () -> String? = { nil },
    environment: [String: String] = [:], currentDirectory: String,
    now: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.arguments = arguments
    self.stdout = stdout
    self.stderr = stderr
    self.readStandardInput = readStandardInput
    self.readLine = readLine
    self.environment = environment
    self.currentDirectory = currentDirectory
    self.now = now
  }

  /// Whether to colour standard error: only on a terminal, and never when `NO_COLOR` is set
  /// (no-color.org).
  public var usesColour: Bool { stderr.isTerminal && environment["NO_COLOR"] == nil }

  /// Who is acting, for the event log: `CASEAUDIT_ACTOR`, else the login name (`USER`,
  /// `LOGNAME`); where neither is set (a service account, a container) the name the password
  /// database gives the process's user id, marked as a guess in the log.
  public var actor: String {
    if let named = environment["CASEAUDIT_ACTOR"] ?? environment["USER"] ?? environment["LOGNAME"],
      !named.isEmpty
    {
      return named
    }
    let uid = getuid()
    // getpwuid(3), POSIX.1-2008: the user's entry in the password database, if any.
    if let entry = getpwuid(uid), let name = entry.pointee.pw_name {
      return String(cString: name) + " (guessed from uid \(uid): USER and LOGNAME not set)"
    }
    return "uid \(uid) (USER and LOGNAME not set, and no password entry)"
  }

  /// Resolves a path the user typed against the current folder.
  public func resolve(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    return (currentDirectory as NSString).appendingPathComponent(path)
  }

  /// The workspace path: `--workspace`, else `CASEAUDIT_WORKSPACE`, else `caseaudit.db` here.
  public var workspacePath: String {
    resolve(arguments.value("workspace") ?? environment["CASEAUDIT_WORKSPACE"] ?? "caseaudit.db")
  }

  /// Writes a warning or note to standard error.
  public func note(_ text: String) {
    stderr.line(text)
  }
}
