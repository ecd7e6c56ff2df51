/// Agreement pooled over the grade questions that share one scale: each case-question pair is
/// a unit.
///
/// Pooling never mixes scales, and never reports a coefficient its parts do not have: a pooled
/// coefficient is `nil` (with the reason) unless it is defined for every question on the scale.
/// Without that rule a pool of questions each without variation (every auditor "good" on one,
/// "inadequate" on another) would show a perfect 1.00 that no question has.
public struct ScaleAgreement: Sendable, Hashable, Codable {
  /// The scale's id.
  public var scale: String
  /// The grade questions pooled, in tool order.
  public var questions: [String]
  /// The pooled measures; no bootstrap intervals (each question has its own).
  public var measures: AgreementMeasures

  /// Creates a summary from its parts.
  public init(scale: String, questions: [String], measures: AgreementMeasures) {
    self.scale = scale
    self.questions = questions
    self.measures = measures
  }

  /// The pooled measures with each coefficient kept only where every part with rated cases has
  /// it (a question no two auditors answered adds no unit, so it is not a part).
  static func restricted(_ pooled: AgreementMeasures, to questions: [AgreementMeasures])
    -> AgreementMeasures
  {
    var result = pooled
    let parts = questions.filter { $0.units > 0 }
    let fields: [(String, WritableKeyPath<AgreementMeasures, Double?>)] = [
      ("exactAgreement", \.exactAgreement), ("withinOne", \.withinOne),
      ("cohenKappa", \.cohenKappa), ("weightedKappa", \.weightedKappa),
      ("fleissKappa", \.fleissKappa), ("alpha", \.alpha),
    ]
    for (name, path) in fields where result[keyPath: path] != nil {
      let missing = parts.filter { $0[keyPath: path] == nil }.count
      guard missing > 0 else { continue }
      result[keyPath: path] = nil
      result.reasons[name] =
        "undefined for \(missing) of \(parts.count) questions on this scale, so not pooled"
    }
    return result
  }
}
