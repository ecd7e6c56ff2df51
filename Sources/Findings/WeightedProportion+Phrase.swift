public import Statistics

extension WeightedProportion {
  /// The estimate in words: "24% (95% CI 13–40%; effective sample 31)".
  ///
  /// Percentages are whole numbers, rounded as ``ProportionFinding/phrase`` rounds them.
  public var phrase: String {
    let effective = Int(effectiveN.rounded(.toNearestOrAwayFromZero))
    return "\(ProportionFinding.percent(estimate)) (95% CI "
      + "\(ProportionFinding.percent(interval.lower).dropLast())–"
      + "\(ProportionFinding.percent(interval.upper)); effective sample \(effective))"
  }

  /// The sentence a report adds after an unweighted finding: what the share is for the whole
  /// eligible population once each case counts as many children as it stands for.
  public var sentence: String {
    "Weighted for how the sample was drawn (each case counts for the children it stands for), "
      + "the estimate for all eligible children is \(phrase)."
  }
}
