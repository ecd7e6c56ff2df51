/// What one draw selects: a child, one child per family, or whole families.
///
/// A family is the set of eligible cases sharing a family key (compared after trimming
/// whitespace, case-sensitively); a case without a family key is a family of its own.
/// Under the family units a family belongs to the stratum of its *lead child*: the member at the
/// most intensive stage, ties going to the first case id in canonical (byte-wise UTF-8) order.
public enum SamplingUnit: String, Sendable, Hashable, Codable, CaseIterable {
  /// Each eligible case is a unit; siblings may both be drawn.
  case child
  /// Families are drawn; from each drawn family one child is audited, chosen at random among
  /// the family's eligible children in the family's stratum. Never two children of one family.
  case family
  /// Families are drawn; every eligible child of a drawn family is audited. Sizes, allocations
  /// and reserves count families, not children.
  case wholeFamilies
}
