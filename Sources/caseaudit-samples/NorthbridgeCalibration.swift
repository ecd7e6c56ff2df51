import Statistics

/// How one question's answers are drawn: the baseline shares of its levels (or options), and
/// how far the follow-up and the training move them.
///
/// An answer comes from a latent score *z* = *λ*·*q* + √(1 − *λ*²)·*ε* + *δ* + *τ*·*e*, where *q*
/// is the case's practice quality (standard normal, shared by all its questions), *ε* the
/// question's own noise (standard normal), *λ* the `loading`, *δ* the `followUp` shift
/// (follow-up round only), *τ* the `training` shift and *e* the case's exposure to the course
/// (0–1, see `NorthbridgeCaseFacts`). *z* is cut at the standard-normal quantiles of the
/// cumulative `shares`, so without shifts the levels come out in the baseline shares.
struct NorthbridgeCalibration {
  /// The codes, best first: a scale's level codes, or a choice question's options ordered from
  /// the best practice to the worst.
  let codes: [String]
  /// The baseline share of each code, best first; they sum to 1.
  let shares: [Double]
  /// The chance of answering "na", where the question allows it.
  var notApplicable: Double = 0
  /// The shift in the follow-up round, in standard deviations of *z*.
  var followUp: Double = 0
  /// The extra shift for a case whose worker attended the course (times exposure).
  var training: Double = 0
  /// How strongly the answer follows the case's practice quality (practice in one case tends
  /// to be good or poor across the board).
  var loading: Double = 0.92

  /// The code a latent score falls on.
  func code(for score: Double) -> String {
    var cumulative = 0.0
    for (index, share) in shares.enumerated().dropLast() {
      cumulative += share
      guard share > 0 else { continue }
      if cumulative >= 1 || score > Normal.quantile(1 - cumulative) { return codes[index] }
    }
    return codes[codes.count - 1]
  }

  /// A latent score for a case of quality `quality` with question noise `noise`, in the given
  /// round, with `exposure`.
  func score(quality: Double, noise: Double, isFollowUp: Bool, exposure: Double) -> Double {
    loading * quality + (1 - loading * loading).squareRoot() * noise
      + (isFollowUp ? followUp : 0) + training * exposure
  }

  /// Ofsted's four-point scale, best first.
  static let ofsted4 = ["outstanding", "good", "requiresImprovement", "inadequate"]
  /// Yes / partly / no.
  static let yesPartlyNo = ["yes", "partly", "no"]

  /// A four-point grade with `acceptable` of cases outstanding or good.
  private static func grade(
    _ shares: [Double], followUp: Double = 0, training: Double = 0
  ) -> NorthbridgeCalibration {
    NorthbridgeCalibration(
      codes: ofsted4, shares: shares, followUp: followUp, training: training)
  }

  /// A yes / partly / no grade.
  private static func yesNo(
    _ shares: [Double], notApplicable: Double = 0, followUp: Double = 0, training: Double = 0
  ) -> NorthbridgeCalibration {
    NorthbridgeCalibration(
      codes: yesPartlyNo, shares: shares, notApplicable: notApplicable, followUp: followUp,
      training: training)
  }

  /// The criteria the course works on (family history, chronology, impact, voice): clearly
  /// better in the follow-up, most of all for trained workers' cases.
  private static let courseFollowUp = 0.15
  private static let courseTraining = 0.8

  /// Every question drawn from a latent score, by question id.
  ///
  /// Baselines follow Ofsted (2014) *In the child's time* where it gives a figure: family
  /// history lacking in nearly half of assessments (para 34), impact on the child conveyed in
  /// half (para 37), drift in a third of long-term cases (para 72), progress positive in 27 of
  /// 44, partial in 4, none in 13 (para 63), challenge often absent (para 57); elsewhere,
  /// mixed practice. The follow-up improves the course's criteria and leaves drift, oversight
  /// and multi-agency work no better or slightly worse.
  static let table: [String: NorthbridgeCalibration] = [
    "referral.quality": grade([0.08, 0.52, 0.28, 0.12]),
    "referral.earlyHelp": yesNo([0.36, 0.24, 0.40], notApplicable: 0.10),
    "referral.history": yesNo([0.45, 0.30, 0.25], followUp: 0.15, training: 0.30),
    "referral.decision": grade([0.10, 0.55, 0.25, 0.10]),
    "referral.feedback": yesNo([0.42, 0.25, 0.33], notApplicable: 0.12),
    "referral.missedOpportunities": NorthbridgeCalibration(
      codes: ["none", "past", "current", "pastAndCurrent"], shares: [0.58, 0.27, 0.05, 0.10]),
    "assess.familyHistory": grade(
      [0.06, 0.49, 0.30, 0.15], followUp: courseFollowUp, training: courseTraining),
    "assess.chronology": yesNo(
      [0.42, 0.35, 0.23], followUp: courseFollowUp, training: courseTraining),
    "assess.impact": grade(
      [0.05, 0.45, 0.33, 0.17], followUp: courseFollowUp, training: courseTraining),
    "assess.voice": grade(
      [0.05, 0.43, 0.34, 0.18], followUp: courseFollowUp, training: courseTraining),
    "assess.childFocus": grade([0.07, 0.45, 0.32, 0.16], followUp: 0.10, training: 0.50),
    "assess.siblings": yesNo([0.40, 0.35, 0.25], followUp: 0.10, training: 0.25),
    "assess.fathers": yesNo(
      [0.30, 0.35, 0.35], notApplicable: 0.05, followUp: 0.10, training: 0.20),
    "assess.adultNeeds": yesNo([0.45, 0.35, 0.20], notApplicable: 0.06),
    "assess.neglectTool": NorthbridgeCalibration(
      codes: ["gcp2", "otherTool", "none"], shares: [0.42, 0.13, 0.45], followUp: 0.10,
      training: 0.30, loading: 0.5),
    "assess.gcp2Level": NorthbridgeCalibration(
      codes: ["level1", "level2", "level3", "level4", "level5"],
      shares: [0.05, 0.20, 0.35, 0.30, 0.10], loading: 0.3),
    "plan.quality": grade([0.07, 0.45, 0.33, 0.15], training: 0.10),
    "plan.whatMustChange": yesNo([0.48, 0.32, 0.20], followUp: 0.05, training: 0.20),
    "plan.timescales": yesNo([0.42, 0.33, 0.25], followUp: -0.10),
    "plan.consequences": yesNo([0.40, 0.30, 0.30]),
    "plan.contingency": yesNo([0.33, 0.32, 0.35]),
    "change.baseline": yesNo([0.42, 0.33, 0.25], followUp: 0.10, training: 0.30),
    "change.measured": grade([0.05, 0.40, 0.35, 0.20], followUp: 0.10, training: 0.30),
    "change.toolRepeated": yesNo([0.38, 0.27, 0.35], followUp: 0.10, training: 0.20),
    "change.sustained": yesNo([0.40, 0.30, 0.30], notApplicable: 0.20),
    "challenge.response": grade([0.05, 0.35, 0.38, 0.22]),
    "challenge.professional": NorthbridgeCalibration(
      codes: ["effective", "notNeeded", "escalatedNotActioned", "none"],
      shares: [0.30, 0.20, 0.15, 0.35]),
    "drift.present": NorthbridgeCalibration(
      codes: ["no", "past", "current"], shares: [0.67, 0.20, 0.13], followUp: -0.10,
      loading: 0.6),
    "drift.timely": grade([0.07, 0.53, 0.26, 0.14], followUp: -0.15),
    "oversight.management": grade([0.06, 0.44, 0.33, 0.17], followUp: -0.10),
    "oversight.supervision": yesNo([0.35, 0.35, 0.30], followUp: -0.10),
    "multi.informationSharing": yesNo([0.50, 0.32, 0.18], followUp: -0.05),
    "multi.cpAttendance": yesNo([0.55, 0.30, 0.15], followUp: -0.05),
    "multi.interventions": grade([0.06, 0.48, 0.31, 0.15], followUp: -0.05),
    "outcome.progress": NorthbridgeCalibration(
      codes: ["positive", "partial", "none"], shares: [0.61, 0.09, 0.30], followUp: 0.05,
      training: 0.10),
    "overall.judgement": NorthbridgeCalibration(
      codes: ofsted4, shares: [0.06, 0.50, 0.30, 0.14], followUp: 0.05, training: 0.10,
      loading: 0.9),
  ]

  /// `drift.timely` for a long-term case, given what `drift.present` found.
  static func timeliness(afterDrift drift: String) -> NorthbridgeCalibration {
    switch drift {
    case "current": NorthbridgeCalibration(codes: ofsted4, shares: [0, 0.05, 0.35, 0.60])
    case "past": NorthbridgeCalibration(codes: ofsted4, shares: [0.02, 0.23, 0.55, 0.20])
    default:
      NorthbridgeCalibration(
        codes: ofsted4, shares: [0.10, 0.62, 0.20, 0.08], followUp: -0.15)
    }
  }
}
