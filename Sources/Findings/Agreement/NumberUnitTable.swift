import Statistics

/// Reliability data over numbers, built unit by unit: exact agreement and the interval alpha.
struct NumberUnitTable {
  private var ratings: Ratings<Double>?
  private var row: [Double?]
  private(set) var counts = UnitCounts()

  /// An empty table for up to `raters` raters.
  init(raters: Int) {
    let width = max(raters, 1)
    ratings = try? Ratings<Double>(raterCount: width)
    row = [Double?](repeating: nil, count: width)
  }

  /// Adds a unit rated by `raters` raters, asking `entry` for each one's entry in rater order.
  mutating func add(raters: Int, _ entry: (Int) -> RatingEntry<Double>) {
    var present = 0
    var notApplicable = 0
    for position in row.indices { row[position] = nil }
    for position in 0..<raters {
      switch entry(position) {
      case .value(let value):
        row[position] = value
        present += 1
      case .notApplicable:
        notApplicable += 1
      case .none:
        break
      }
    }
    counts.record(present: present, notApplicable: notApplicable)
    guard present >= 2 else { return }
    try? ratings?.append(row)
  }

  /// Exact agreement and Krippendorff's interval alpha; the kappas need categories.
  func measures() -> AgreementMeasures {
    guard counts.units > 0, let ratings else { return counts.empty(metric: "interval") }
    let reason = "needs categories; numbers use Krippendorff's interval alpha"
    var reasons = [
      "withinOne": "agreement within one level needs ordered levels (grades only)",
      "cohenKappa": "Cohen's kappa " + reason,
      "weightedKappa": "weights need ordered levels (grades only)",
      "fleissKappa": "Fleiss' kappa " + reason,
    ]
    let alpha = KrippendorffAlpha.estimate(ratings, metric: .interval)?.alpha
    if alpha == nil { reasons["alpha"] = UnitTable.alphaUndefined }
    return AgreementMeasures(
      units: counts.units, singleRated: counts.singleRated,
      notApplicableMismatches: counts.notApplicableMismatches,
      exactAgreement: Agreement.exact(ratings)?.proportion, withinOne: nil, cohenKappa: nil,
      weightedKappa: nil, fleissKappa: nil, alpha: alpha, alphaMetric: "interval",
      reasons: reasons)
  }
}
