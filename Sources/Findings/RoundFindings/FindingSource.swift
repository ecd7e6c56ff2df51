/// Whose answers a round's findings rest on.
public enum FindingSource: String, Sendable, Hashable, Codable, CaseIterable {
  /// Every case used was moderated: the findings rest on agreed answers.
  case moderated
  /// No case used was moderated: the findings rest on each case's first allocated auditor.
  case primary
  /// Some cases used moderated answers and the rest their first allocated auditor's.
  case mixed
  /// No case had answers that could be used.
  case none

  /// The source for a round with these counts of moderated and primary cases.
  public init(moderatedCases: Int, primaryCases: Int) {
    switch (moderatedCases > 0, primaryCases > 0) {
    case (true, true): self = .mixed
    case (true, false): self = .moderated
    case (false, true): self = .primary
    case (false, false): self = .none
    }
  }
}
