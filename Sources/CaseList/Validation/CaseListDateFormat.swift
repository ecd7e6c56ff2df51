/// The order of day, month and year in the dates of a case list.
///
/// Every format also accepts ISO 8601 `yyyy-mm-dd`, which cannot be mistaken for anything else.
public enum CaseListDateFormat: String, Sendable, Hashable, Codable, CaseIterable {
  /// Day first, as English case systems and Excel (UK) write: `31/03/2027`, `31/03/27`,
  /// `31-03-2027`, `31.03.2027`, `31-Mar-2027`, `31 March 2027`.
  case dayMonthYear = "dd/mm/yyyy"
  /// Month first, as US software writes: `03/31/2027`.
  case monthDayYear = "mm/dd/yyyy"
  /// ISO 8601 only: `2027-03-31`.
  case iso = "yyyy-mm-dd"
}
