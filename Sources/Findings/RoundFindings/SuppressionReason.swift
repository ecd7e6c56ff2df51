/// Why a figure in a breakdown is withheld (disclosure control).
public enum SuppressionReason: String, Sendable, Hashable, Codable, CaseIterable {
  /// It rests on fewer cases than the minimum cell size.
  case belowMinimum
  /// It is large enough, but withheld so that the one small figure beside it cannot be worked
  /// out by subtracting the others from the total (complementary suppression).
  case complementary
}
