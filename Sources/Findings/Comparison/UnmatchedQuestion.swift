/// A grade question that could not be compared between two rounds.
public struct UnmatchedQuestion: Sendable, Hashable, Codable {
  /// Why a question could not be compared.
  public enum Reason: String, Sendable, Hashable, Codable, CaseIterable {
    /// Only the earlier round's tool has it.
    case onlyBefore
    /// Only the later round's tool has it.
    case onlyAfter
    /// Both have it, but its scale's levels or acceptable levels differ (or it is no longer a
    /// grade question).
    case scaleChanged
  }

  /// The question's id.
  public var id: String
  /// Why it could not be compared.
  public var reason: Reason

  /// Creates a record.
  public init(id: String, reason: Reason) {
    self.id = id
    self.reason = reason
  }
}
