/// A mistake in how the command was typed: exit code 64 (`EX_USAGE`, sysexits.h).
public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong, in one sentence.
  public let message: String
  /// The command it concerns, for the `See 'caseaudit … --help'.` pointer.
  public let commandPath: [String]

  /// Creates a usage error.
  public init(message: String, commandPath: [String]) {
    self.message = message
    self.commandPath = commandPath
  }

  public var description: String { message }
}
