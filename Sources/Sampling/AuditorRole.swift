/// What a person on an audit roster does.
public enum AuditorRole: String, Sendable, Hashable, Codable, CaseIterable {
  /// Audits cases; receives cases from ``AuditorAllocator`` by default.
  case auditor
  /// Moderates double-rated cases; receives none by default, so stays independent of the grades.
  case moderator
  /// Leads the audit; receives none by default.
  case lead
}
