/// Guidance for the auditor: what good practice looks like and, for graded questions, what
/// inadequate practice looks like.
public struct Guidance: Sendable, Hashable, Codable {
  /// What good looks like (or, for a factual question, how to answer it).
  public let good: String
  /// What inadequate looks like; graded questions only.
  public let inadequate: String?

  /// Creates guidance.
  public init(good: String, inadequate: String? = nil) {
    self.good = good
    self.inadequate = inadequate
  }
}
