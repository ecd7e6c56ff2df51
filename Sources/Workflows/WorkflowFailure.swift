/// A use case that cannot go ahead, in words a user can act on: a round, case, auditor or
/// tool that does not exist, or a step taken out of order.
///
/// Front ends show `message` as it is (the CLI prints `Error: …` and exits 1; the workbench
/// shows it on the page). It names rounds, tools and auditors, never a child.
public struct WorkflowFailure: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong and, where there is one, what to do next.
  public let message: String

  /// A failure with `message`.
  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
