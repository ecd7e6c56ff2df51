/// One rater's entry for a unit of reliability data.
enum RatingEntry<Value> {
  /// A usable rating.
  case value(Value)
  /// Answered "not applicable".
  case notApplicable
  /// Unanswered, unusable, not asked, or no such rater.
  case none
}
