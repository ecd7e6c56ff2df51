/// The best overall grade the answers allow, and the questions that set that bound.
public struct OverallCap: Sendable, Hashable {
  /// The best level the overall judgement may take.
  public let level: GradeScale.Level
  /// The limiting questions graded at that level, in tool order.
  public let limitedBy: [String]

  /// Creates a cap.
  public init(level: GradeScale.Level, limitedBy: [String]) {
    self.level = level
    self.limitedBy = limitedBy
  }
}
