/// What a round's used answers say about one theme.
///
/// A case counts towards a theme when at least one of the theme's grade questions was judged
/// in it (not N/A, not left out as "not needed"); it counts as below acceptable when at least
/// one of those was judged below acceptable.
public struct ThemeFinding: Sendable, Hashable, Codable {
  /// The theme's id.
  public var id: String
  /// The theme's title.
  public var title: String
  /// The grade questions that feed it, in tool order.
  public var questions: [String]
  /// Cases with at least one of its grade questions below acceptable, out of the cases with at
  /// least one of them judged.
  public var belowAcceptable: ProportionFinding
  /// Whether the finding rests on fewer than 10 cases.
  public var indicativeOnly: Bool

  /// Creates a finding from its parts.
  public init(
    id: String, title: String, questions: [String], belowAcceptable: ProportionFinding,
    indicativeOnly: Bool
  ) {
    self.id = id
    self.title = title
    self.questions = questions
    self.belowAcceptable = belowAcceptable
    self.indicativeOnly = indicativeOnly
  }
}
