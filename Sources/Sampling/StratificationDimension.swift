/// A case attribute that can split the eligible population into strata.
///
/// The cases are listed in canonical order: a stratum key names its dimensions in this order,
/// whatever order they were asked for in.
public enum StratificationDimension: String, Sendable, Hashable, Codable, CaseIterable {
  /// The case's stage (`stage=childProtection`).
  case stage
  /// The allocated team, trimmed (`team=Northbridge East CP`, or `team=(none)` when blank).
  case team
  /// The age band (`ageBand=5-10`; `ageBand=unknown` when no age is recorded).
  case ageBand
  /// The neglect status (`neglectStatus=confirmed`).
  case neglectStatus
  /// Whether the case has been open twelve months or more (`longTerm=true`).
  case longTerm
}
