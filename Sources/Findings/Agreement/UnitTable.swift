import Statistics

/// Reliability data over categories (grade levels by rank, or choice options), built unit by
/// unit, with the Cohen table of the units rated exactly twice kept on the side.
struct UnitTable {
  private var ratings: Ratings<Int>?
  private var row: [Int?]
  private let categories: Int
  /// `pairs[first * categories + second]`: units rated exactly twice, by their two ratings.
  private var pairs: [Int]
  private var everyUnitPaired = true
  private(set) var counts = UnitCounts()

  /// An empty table for up to `raters` raters rating into `categories` categories (values
  /// 0..<categories).
  init(raters: Int, categories: Int) {
    let width = max(raters, 1)
    ratings = try? Ratings<Int>(raterCount: width)
    row = [Int?](repeating: nil, count: width)
    self.categories = max(categories, 1)
    pairs = [Int](repeating: 0, count: self.categories * self.categories)
  }

  /// Adds a unit rated by `raters` raters, asking `entry` for each one's entry in rater order.
  mutating func add(raters: Int, _ entry: (Int) -> RatingEntry<Int>) {
    var present = 0
    var notApplicable = 0
    var first = 0
    var second = 0
    for position in row.indices { row[position] = nil }
    for position in 0..<raters {
      switch entry(position) {
      case .value(let value):
        row[position] = value
        if present == 0 { first = value } else if present == 1 { second = value }
        present += 1
      case .notApplicable:
        notApplicable += 1
      case .none:
        break
      }
    }
    counts.record(present: present, notApplicable: notApplicable)
    guard present >= 2 else { return }
    do {
      try ratings?.append(row)
    } catch {
      return
    }
    if present == 2 {
      pairs[first * categories + second] += 1
    } else {
      everyUnitPaired = false
    }
  }

  /// The agreement measures; `ordered` says the categories are grade ranks (0 best), which
  /// enables agreement within one level, the quadratic-weighted kappa and the ordinal alpha.
  func measures(ordered: Bool) -> AgreementMeasures {
    let metric: KrippendorffMetric = ordered ? .ordinal : .nominal
    let metricName = ordered ? "ordinal" : "nominal"
    guard counts.units > 0, let ratings else { return counts.empty(metric: metricName) }
    var reasons: [String: String] = [:]
    let undefined =
      "chance agreement is complete (the ratings use a single value), so the coefficient is "
      + "0/0; see exactAgreement"
    var withinOne: Double?
    if ordered {
      withinOne = Agreement.withinOneLevel(ratings)?.proportion
    } else {
      reasons["withinOne"] = "agreement within one level needs ordered levels (grades only)"
    }
    var cohen: Double?
    var weighted: Double?
    if everyUnitPaired {
      let table = (0..<categories).map { first in
        Array(pairs[(first * categories)..<((first + 1) * categories)])
      }
      cohen = CohensKappa.estimate(table: table, weighting: .unweighted)?.value
      if cohen == nil { reasons["cohenKappa"] = undefined }
      if ordered {
        // Level ranks 0..<k are the scores for the quadratic weights.
        weighted = CohensKappa.estimate(table: table, weighting: .quadratic)?.value
        if weighted == nil { reasons["weightedKappa"] = undefined }
      }
    } else {
      let reason = "some cases were rated by more than two auditors; see fleissKappa and alpha"
      reasons["cohenKappa"] = reason
      if ordered { reasons["weightedKappa"] = reason }
    }
    if !ordered { reasons["weightedKappa"] = "weights need ordered levels (grades only)" }
    let fleiss = FleissKappa.estimate(ratings)?.value
    if fleiss == nil { reasons["fleissKappa"] = undefined }
    let alpha = KrippendorffAlpha.estimate(ratings, metric: metric)?.alpha
    if alpha == nil { reasons["alpha"] = Self.alphaUndefined }
    return AgreementMeasures(
      units: counts.units, singleRated: counts.singleRated,
      notApplicableMismatches: counts.notApplicableMismatches,
      exactAgreement: Agreement.exact(ratings)?.proportion, withinOne: withinOne,
      cohenKappa: cohen, weightedKappa: weighted, fleissKappa: fleiss, alpha: alpha,
      alphaMetric: metricName, reasons: reasons)
  }

  /// Why alpha is undefined when Krippendorff's expected disagreement is zero.
  static let alphaUndefined =
    "every pairable rating is the same, so the expected disagreement is 0 and alpha is 0/0; "
    + "see exactAgreement"
}
