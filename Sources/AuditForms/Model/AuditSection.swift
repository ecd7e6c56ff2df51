/// A titled group of questions, such as "Assessment" or "Planning".
public struct AuditSection: Sendable, Hashable, Identifiable {
  /// The stable id, for example `assessment`.
  public let id: String
  /// The title people read.
  public let title: String
  /// An introduction to the section; may be empty.
  public let description: String
  /// The questions, in the order they are asked.
  public let questions: [Question]
}
