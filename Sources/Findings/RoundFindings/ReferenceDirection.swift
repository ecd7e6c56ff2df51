/// What a published reference proportion counts, relative to the question's acceptable levels.
public enum ReferenceDirection: String, Sendable, Hashable, Codable, CaseIterable {
  /// The share at the acceptable levels: comparable with the acceptable proportion.
  case acceptable
  /// The share below acceptable: comparable with one minus the acceptable proportion.
  case belowAcceptable
  /// The share of some other answers: compare it with the local figure for the same answers.
  case otherAnswers
  /// The source does not define the share by this question's answers (only its wording does),
  /// so no local figure is strictly comparable.
  case unstated
}
