/// One option of a `choice` or `multiChoice` question.
public struct ChoiceOption: Sendable, Hashable, Codable {
  /// The stable code answers use, for example `physical`.
  public let code: String
  /// The label people read, for example "Physical neglect".
  public let label: String

  /// Creates an option.
  public init(code: String, label: String) {
    self.code = code
    self.label = label
  }
}
