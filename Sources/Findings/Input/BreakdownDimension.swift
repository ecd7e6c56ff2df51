/// A way to break a round's findings down into cells, as `findings --by` names them.
public enum BreakdownDimension: String, Sendable, Hashable, Codable, CaseIterable {
  /// The case's stage (early help, child in need, …), in order of intensity.
  case stage
  /// The case's allocated team; cases without one fall in `unknown`.
  case team
  /// The agency of the auditor whose answers were used; for a moderated case, the agency of the
  /// case's first allocated auditor (the moderator's own agency only when that auditor left no
  /// response at all).
  case auditorAgency
  /// The child's age band (0-4, 5-10, 11-15, 16+, unknown).
  case ageBand
  /// The neglect types ticked in the tool's neglect-types question; a case falls in every type
  /// ticked, so cells overlap, and cases with none ticked fall in `notRecorded`.
  case neglectType
  /// Whether the case is long-term work (open twelve months or more).
  case longTerm
}
