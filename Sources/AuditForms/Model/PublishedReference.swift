/// A published figure a question's results can be set beside, such as Ofsted's finding that
/// drift and delay affected a third of long-term cases.
public struct PublishedReference: Sendable, Hashable, Codable {
  /// Where the figure comes from, precise enough to find it (report, year, paragraph or line).
  public let source: String
  /// The published proportion, 0…1.
  public let proportion: Double
  /// The finding in words, as a report would set it beside local results.
  public let wording: String
  /// How many cases the proportion is of, when the source says.
  public let outOf: Int?
  /// The answer codes whose share the proportion describes (for example `["no", "partly"]`); empty
  /// when the wording alone says what is counted.
  public let answers: [String]

  /// Creates a reference.
  public init(
    source: String, proportion: Double, wording: String, outOf: Int? = nil,
    answers: [String] = []
  ) {
    self.source = source
    self.proportion = proportion
    self.wording = wording
    self.outOf = outOf
    self.answers = answers
  }
}
