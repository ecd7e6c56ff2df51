/// Small-cell suppression with one round of complementary suppression, as breakdowns and
/// stratified comparisons apply it; public so that other tables (reports, exports) can apply
/// the same rule.
public enum DisclosureControl {
  /// Which figures in a row to withhold, and why.
  ///
  /// A figure is withheld for its own sake when `forced` says so (its whole cell is withheld)
  /// or when its size is above zero and below `minimum`. When exactly one figure in the row is
  /// withheld, the smallest other figure with a size above zero is withheld as well (ties go to
  /// the earlier one), so the first cannot be recovered as the total minus the rest.
  ///
  /// - Parameters:
  ///   - sizes: the number of cases each figure in the row rests on.
  ///   - minimum: the smallest number of cases a figure may rest on.
  ///   - forced: figures already withheld (for example because their whole cell is), with
  ///     their reasons; `nil` entries are decided by size.
  /// - Returns: for each figure, why it is withheld, or `nil` when it is shown.
  /// - Complexity: O(n).
  public static func suppress(
    sizes: [Int], minimum: Int, forced: [SuppressionReason?]? = nil
  ) -> [SuppressionReason?] {
    var reasons: [SuppressionReason?] = sizes.indices.map { index in
      if let forced, let reason = forced[index] { return reason }
      return sizes[index] > 0 && sizes[index] < minimum ? .belowMinimum : nil
    }
    let withheld = reasons.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
    guard withheld == 1 else { return reasons }
    var partner: Int?
    for index in sizes.indices where reasons[index] == nil && sizes[index] > 0 {
      if let current = partner, sizes[current] <= sizes[index] { continue }
      partner = index
    }
    if let partner { reasons[partner] = .complementary }
    return reasons
  }
}
