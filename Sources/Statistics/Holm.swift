/// Holm's step-down adjustment of p-values for multiple comparisons (Holm, "A simple
/// sequentially rejective multiple test procedure", Scandinavian Journal of Statistics 6,
/// 65–70, 1979).
///
/// With the m p-values sorted, p₍₁₎ ≤ … ≤ p₍ₘ₎, the adjusted value of the i-th smallest is
/// max over j ≤ i of min(1, (m − j + 1)·p₍ⱼ₎) — the formula of R's `p.adjust(method = "holm")`
/// and statsmodels' `multipletests(method="holm")`. Rejecting every hypothesis whose adjusted
/// p-value is at most α is exactly Holm's procedure at level α, and controls the family-wise
/// error rate under any dependence between the tests.
public enum Holm {
  /// The Holm-adjusted p-values, in the order given: each at least its raw value, at most 1,
  /// and in the same order as the raw values.
  ///
  /// Returns nil when a value is NaN or outside [0, 1]; an empty list gives an empty list.
  /// Tied raw values get the same adjusted value.
  ///
  /// - Complexity: O(m log m).
  public static func adjust(_ pValues: [Double]) -> [Double]? {
    guard pValues.allSatisfy({ $0 >= 0 && $0 <= 1 }) else { return nil }
    let count = pValues.count
    let order = pValues.indices.sorted { (pValues[$0], $0) < (pValues[$1], $1) }
    var adjusted = [Double](repeating: 0, count: count)
    var running = 0.0
    for (position, index) in order.enumerated() {
      // Holm (1979): the i-th smallest p-value is tested at α/(m − i + 1).
      running = max(running, min(1, Double(count - position) * pValues[index]))
      adjusted[index] = running
    }
    return adjusted
  }
}
