/// Counts what every unit table counts besides the ratings: units, units rated once, and
/// units where N/A met a rating.
struct UnitCounts {
  /// Units with two or more ratings.
  var units = 0
  /// Units with exactly one rating.
  var singleRated = 0
  /// Units where one auditor answered N/A and another gave a rating.
  var notApplicableMismatches = 0

  /// Records a unit with `present` ratings and `notApplicable` N/A answers.
  mutating func record(present: Int, notApplicable: Int) {
    if notApplicable > 0 && present > 0 { notApplicableMismatches += 1 }
    if present == 1 { singleRated += 1 }
    if present >= 2 { units += 1 }
  }

  /// The measures when no unit has two ratings: everything undefined.
  func empty(metric: String) -> AgreementMeasures {
    let reason = "no case has two or more usable ratings"
    var reasons: [String: String] = [:]
    for key in [
      "exactAgreement", "withinOne", "cohenKappa", "weightedKappa", "fleissKappa", "alpha",
    ] {
      reasons[key] = reason
    }
    return AgreementMeasures(
      units: 0, singleRated: singleRated, notApplicableMismatches: notApplicableMismatches,
      exactAgreement: nil, withinOne: nil, cohenKappa: nil, weightedKappa: nil, fleissKappa: nil,
      alpha: nil, alphaMetric: metric, reasons: reasons)
  }
}
