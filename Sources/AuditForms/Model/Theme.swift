/// A cross-cutting concern that questions feed, such as family history or the voice of the
/// child; findings are reported per theme as well as per question.
public struct Theme: Sendable, Hashable, Codable, Identifiable {
  /// The stable id, for example `familyHistory`.
  public let id: String
  /// The title people read.
  public let title: String
  /// What the theme covers; may be empty.
  public let description: String

  /// Creates a theme.
  public init(id: String, title: String, description: String) {
    self.id = id
    self.title = title
    self.description = description
  }
}
