internal import AuditStore
internal import Foundation

/// The `caseaudit` command-line tool: the command tree and the entry point.
public enum CaseAudit {
  /// The version `--version` prints.
  public static let version = "0.1.0"

  /// The whole command tree.
  public static var root: CommandDefinition {
    CommandDefinition(
      name: "caseaudit",
      abstract:
        "Case-file audit and quality assurance for multi-agency child-neglect audits.",
      discussion: """
        The workspace is one SQLite file: --workspace PATH, else $CASEAUDIT_WORKSPACE, else
        caseaudit.db in the current folder. Exit codes: 0 success, 1 failure, 64 usage error,
        65 invalid input data.
        """,
      subcommands: [
        InitCommand.definition, StatusCommand.definition, BackupCommand.backupDefinition,
        BackupCommand.restoreDefinition, CasesCommand.definition,
        RoundCommand.definition, SampleCommand.definition, AuditorsCommand.definition,
        FormCommand.definition, AuditCommand.definition, ModerateCommand.definition,
        TrainingCommand.definition, FindingsCommand.definition, AgreementCommand.definition,
        CompareCommand.definition, ReportCommand.definition, DemoCommand.definition,
        LogCommand.definition,
      ])
  }

  /// Runs the tool as a process would: real streams, environment and folder.
  public static func main(arguments: [String]) -> Int32 {
    let stdout = OutputSink(handle: .standardOutput, isTerminal: isatty(STDOUT_FILENO) == 1)
    let stderr = OutputSink(handle: .standardError, isTerminal: isatty(STDERR_FILENO) == 1)
    var invocation = Invocation(
      stdout: stdout, stderr: stderr,
      readStandardInput: { FileHandle.standardInput.readDataToEndOfFile() },
      readLine: { Swift.readLine(strippingNewline: true) },
      environment: ProcessInfo.processInfo.environment,
      currentDirectory: FileManager.default.currentDirectoryPath)
    invocation.stdinIsTerminal = isatty(STDIN_FILENO) == 1
    return run(Array(arguments.dropFirst()), invocation: invocation)
  }

  /// Parses `arguments` (without the program name), runs the command and returns its exit code.
  public static func run(_ arguments: [String], invocation: Invocation) -> Int32 {
    var invocation = invocation
    let root = root
    let words = arguments.first == "help" ? Array(arguments.dropFirst()) + ["--help"] : arguments
    do {
      switch try ArgumentParser.parse(words, root: root) {
      case .version:
        invocation.stdout.line("caseaudit \(version)")
        return ExitCode.success
      case .help(let path):
        invocation.stdout.write(HelpFormatter.help(for: path))
        return ExitCode.success
      case .run(let path, let parsed):
        guard let command = path.last, let body = command.run else { return ExitCode.failure }
        invocation.arguments = parsed
        return try body(&invocation)
      }
    } catch let error as UsageError {
      let path = resolvePath(error.commandPath, root: root)
      invocation.stderr.line(styled("Error: ", invocation) + error.message)
      invocation.stderr.line(HelpFormatter.usage(for: path))
      invocation.stderr.line("  See '\(error.commandPath.joined(separator: " ")) --help'.")
      return ExitCode.usage
    } catch let failure as CommandFailure {
      switch failure {
      case .invalidInput(let summary, let problems):
        for problem in problems { invocation.stderr.line(problem) }
        invocation.stderr.line(styled("Error: ", invocation) + summary)
        return ExitCode.invalidInput
      case .failed(let message):
        invocation.stderr.line(styled("Error: ", invocation) + message)
        return ExitCode.failure
      }
    } catch {
      // Every other error describes itself (WorkspaceError, WorkspaceDataError, SQLiteError…):
      // commands let them through rather than re-wrapping each one.
      invocation.stderr.line(styled("Error: ", invocation) + String(describing: error))
      return ExitCode.failure
    }
  }

  private static func resolvePath(_ names: [String], root: CommandDefinition) -> [CommandDefinition]
  {
    var path = [root]
    for name in names.dropFirst() {
      guard let next = path.last?.subcommand(named: name) else { break }
      path.append(next)
    }
    return path
  }

  private static func styled(_ text: String, _ invocation: Invocation) -> String {
    // ECMA-48 SGR: 1 = bold, 31 = red, 0 = reset.
    invocation.usesColour ? "\u{1B}[1;31m\(text)\u{1B}[0m" : text
  }
}
