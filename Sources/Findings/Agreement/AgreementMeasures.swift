public import Statistics

/// Agreement between auditors on one question (or pooled over questions): percent agreement
/// and the chance-corrected coefficients, each `nil` where it is undefined, with the reason in
/// `reasons`.
public struct AgreementMeasures: Sendable, Hashable, Codable {
  /// Units (cases, or case-question pairs when pooled) with two or more usable ratings.
  public var units: Int
  /// Double-audited cases where only one auditor gave a usable rating (the others left it
  /// unanswered, answered N/A, or were not asked it).
  public var singleRated: Int
  /// Units where one auditor answered N/A and another gave a rating (N/A is left out of the
  /// coefficients, so such a unit counts as a missing value for the N/A side).
  public var notApplicableMismatches: Int
  /// The mean proportion of agreeing auditor pairs per unit (exact agreement).
  public var exactAgreement: Double?
  /// The same, counting levels one step apart as agreeing (grade questions only).
  public var withinOne: Double?
  /// Cohen's kappa, unweighted, when every unit has exactly two ratings.
  public var cohenKappa: Double?
  /// Cohen's kappa with quadratic weights on level ranks (grade questions only).
  public var weightedKappa: Double?
  /// Fleiss' kappa over any number of auditors (grades and choices).
  public var fleissKappa: Double?
  /// Krippendorff's alpha.
  public var alpha: Double?
  /// The level of measurement alpha used: `ordinal` (grades, by level rank), `nominal`
  /// (choices; a multi-choice answer counts as one category, the exact set ticked) or
  /// `interval` (numbers).
  public var alphaMetric: String
  /// Why each `nil` measure is undefined, keyed by the field's name.
  public var reasons: [String: String]
  /// The 95% percentile bootstrap interval of each defined coefficient (`cohenKappa`,
  /// `weightedKappa`, `fleissKappa`, `alpha`), resampling whole cases; empty for the pooled
  /// measure.
  public var intervals: [String: Bootstrap.Interval] = [:]

  /// Creates measures from their parts.
  public init(
    units: Int, singleRated: Int, notApplicableMismatches: Int, exactAgreement: Double?,
    withinOne: Double?, cohenKappa: Double?, weightedKappa: Double?, fleissKappa: Double?,
    alpha: Double?, alphaMetric: String, reasons: [String: String]
  ) {
    self.units = units
    self.singleRated = singleRated
    self.notApplicableMismatches = notApplicableMismatches
    self.exactAgreement = exactAgreement
    self.withinOne = withinOne
    self.cohenKappa = cohenKappa
    self.weightedKappa = weightedKappa
    self.fleissKappa = fleissKappa
    self.alpha = alpha
    self.alphaMetric = alphaMetric
    self.reasons = reasons
  }

  private enum CodingKeys: String, CodingKey {
    case units, singleRated, notApplicableMismatches, exactAgreement, withinOne, cohenKappa
    case weightedKappa, fleissKappa, alpha, alphaMetric, reasons, intervals
  }

  /// Encodes every field, writing `null` for undefined measures.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(units, forKey: .units)
    try container.encode(singleRated, forKey: .singleRated)
    try container.encode(notApplicableMismatches, forKey: .notApplicableMismatches)
    try container.encode(exactAgreement, forKey: .exactAgreement)
    try container.encode(withinOne, forKey: .withinOne)
    try container.encode(cohenKappa, forKey: .cohenKappa)
    try container.encode(weightedKappa, forKey: .weightedKappa)
    try container.encode(fleissKappa, forKey: .fleissKappa)
    try container.encode(alpha, forKey: .alpha)
    try container.encode(alphaMetric, forKey: .alphaMetric)
    try container.encode(reasons, forKey: .reasons)
    try container.encode(intervals, forKey: .intervals)
  }
}
