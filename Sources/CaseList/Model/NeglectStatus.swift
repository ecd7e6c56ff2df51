/// How firmly neglect is established for a child in the population.
public enum NeglectStatus: String, Sendable, Hashable, Codable, CaseIterable {
  /// An open child-protection plan whose latest (or, when blank, initial) category is neglect.
  case confirmed
  /// A primary need (list 6) or category of need (list 8) of N1, "abuse or neglect".
  case possible
  /// Neither of the above.
  case none
}

/// The kinds of neglect the literature and the seeds distinguish.
public enum NeglectType: String, Sendable, Hashable, Codable, CaseIterable {
  /// Inadequate food, clothing, shelter or hygiene.
  case physical
  /// Unresponsiveness to a child's emotional needs.
  case emotional
  /// Failing to seek or follow through medical, dental or optical care.
  case medical
  /// Failing to secure education or school attendance.
  case educational
  /// Inadequate or inappropriate nutrition, including faltering growth.
  case nutritional
  /// Inadequate supervision or guidance, exposing a child to danger.
  case supervision
}
