public import Formats

/// A failure a command reports, mapped to the exit codes of ARCHITECTURE §5.
public enum CommandFailure: Error, Sendable, Equatable, CustomStringConvertible {
  /// Invalid input data (a bad CSV row, form definition or answer): exit 65 (`EX_DATAERR`),
  /// every problem listed with where it is.
  case invalidInput(summary: String, problems: [String])
  /// Anything else that went wrong: exit 1.
  case failed(String)

  /// Invalid input with every problem as a library reported it, listed one per line in the
  /// compiler style (``Diagnostic/description``).
  public static func invalidInput(summary: String, diagnostics: [Diagnostic]) -> CommandFailure {
    .invalidInput(summary: summary, problems: diagnostics.map(\.description))
  }

  public var description: String {
    switch self {
    case .invalidInput(let summary, let problems):
      ([summary] + problems).joined(separator: "\n")
    case .failed(let message): message
    }
  }
}

/// The process exit codes CaseAudit uses (sysexits.h for 64 and 65).
public enum ExitCode {
  /// Success.
  public static let success: Int32 = 0
  /// Any failure other than the two below.
  public static let failure: Int32 = 1
  /// The command was used wrongly (`EX_USAGE`).
  public static let usage: Int32 = 64
  /// The input data was invalid (`EX_DATAERR`).
  public static let invalidInput: Int32 = 65
}
