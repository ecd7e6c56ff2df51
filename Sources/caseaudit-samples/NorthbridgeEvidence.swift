import AuditForms
import CaseList
import Foundation

/// Writes the evidence behind an answer, the free-text answers, and moderators' rationales,
/// from the phrases in `NorthbridgeEvidencePhrases`.
///
/// Every grade gets evidence (acceptable ones too, as a good auditor writes); choices and
/// numbers mostly do; required evidence is always written. About a third of entries start
/// with where in the record the auditor found it ("Core group 14/05/2026: …"), dated within the
/// case's history and before the audit.
enum NorthbridgeEvidence {
  /// The evidence for `value` of `question`, or `nil` for none.
  static func evidence(
    for question: Question, value: AnswerValue, case facts: NorthbridgeCaseFacts,
    random: inout NorthbridgeRandom
  ) -> String? {
    let phrases = NorthbridgeEvidencePhrases.byQuestion[question.id] ?? [:]
    let required = question.evidence == .required
    var text: String?
    switch value {
    case .level(let code):
      if question.id == "assess.gcp2Level" {
        let number = code.last.map(String.init) ?? "?"
        text = random.pick([
          "Latest profile recorded level \(number) overall.",
          "Level \(number) at the most recent profile.",
        ])
      } else {
        text = (phrases[code] ?? phrases[bucket(code, of: question)]).map { random.pick($0) }
      }
    case .choice(let code):
      if required || random.chance(0.75) { text = phrases[code].map { random.pick($0) } }
    case .choices:
      if random.chance(0.5) { text = phrases["any"].map { random.pick($0) } }
    case .number(let number):
      let count = Int(number)
      if random.chance(0.6) {
        let key = count == 0 ? "0" : count == 1 ? "1" : "many"
        text = phrases[key].map {
          random.pick($0).replacingOccurrences(of: "{n}", with: spelled(count))
        }
      }
    case .notApplicable:
      if random.chance(0.7) { text = phrases["na"].map { random.pick($0) } }
    case .date, .text:
      text = nil
    }
    guard let body = text else { return nil }
    guard case .level = value, random.chance(0.35),
      let source = NorthbridgeEvidencePhrases.sources[question.sectionID]
    else { return body }
    let day = NorthbridgeDates.dayMonthYear(facts.recordDate(random: &random))
    return random.pick(source).replacingOccurrences(of: "{date}", with: day) + body
  }

  /// `strong` for an acceptable level, `weak` for the worst, `mixed` between.
  static func bucket(_ code: String, of question: Question) -> String {
    guard let scale = question.scale, let rank = scale.rank(of: code) else { return "mixed" }
    if scale.isAcceptable(code) == true { return "strong" }
    return rank == scale.levels.count - 1 ? "weak" : "mixed"
  }

  /// The `assess.gaps` answer: what was missing among the questions graded below good, and
  /// what difference it would have made.
  static func gaps(_ answers: AnswerSet, random: inout NorthbridgeRandom) -> String {
    var missing: [String] = []
    for id in ["assess.familyHistory", "assess.impact", "assess.voice"] {
      guard case .level(let code) = answers[id]?.value,
        code == "requiresImprovement" || code == "inadequate",
        let phrases = NorthbridgeEvidencePhrases.gaps[id]
      else { continue }
      missing.append(random.pick(phrases))
    }
    let found = missing.isEmpty ? "Minor gaps only" : missing.joined(separator: "; ")
    return capitalised(found) + ". " + random.pick(NorthbridgeEvidencePhrases.gapDifference)
  }

  /// An `overall.learning` answer for an overall grade.
  static func learning(overall code: String, random: inout NorthbridgeRandom) -> String {
    let key = code == "outstanding" || code == "good" ? "strong" : "weak"
    return random.pick(NorthbridgeEvidencePhrases.learning[key] ?? ["No learning recorded."])
  }

  /// A moderator's rationale for settling the questions in `differing`.
  static func rationale(
    differing: [String], overall: String?, random: inout NorthbridgeRandom
  ) -> String {
    guard !differing.isEmpty else {
      return "The two audits agreed on every question; grades confirmed and evidence merged."
    }
    let labels = differing.map { NorthbridgeEvidencePhrases.labels[$0] ?? $0 }
    let shown = labels.count > 4 ? Array(labels.prefix(4)) + ["others"] : labels
    var text =
      "Auditors differed on \(differing.count) question\(differing.count == 1 ? "" : "s") ("
      + shown.joined(separator: ", ") + "). "
      + random.pick(NorthbridgeEvidencePhrases.settlements)
    if let overall {
      text += " Overall judgement agreed: \(label(ofOverall: overall))."
    }
    return text
  }

  private static func label(ofOverall code: String) -> String {
    switch code {
    case "outstanding": "outstanding"
    case "good": "good"
    case "requiresImprovement": "requires improvement to be good"
    default: "inadequate"
    }
  }

  private static func capitalised(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }

  private static func spelled(_ count: Int) -> String {
    let words = ["No", "One", "Two", "Three", "Four", "Five", "Six"]
    return count < words.count ? words[count] : String(count)
  }
}
