import Findings
import Statistics

/// Number formatting shared by every rendering, so the HTML, Markdown and CSV say the same.
///
/// Display forms use the true minus sign (U+2212) and an en dash for ranges; the CSV uses
/// plain machine-readable numbers (`plain`).
enum ReportNumbers {
  /// A whole percentage: 0.45 → "45%".
  static func percent(_ proportion: Double) -> String { ProportionFinding.percent(proportion) }

  /// A Wilson interval: "31–60%".
  static func interval(_ interval: ProportionInterval) -> String {
    "\(whole(interval.lower))–\(percent(interval.upper))"
  }

  /// A finding in plain words for the board: "80% — 32 of 40 cases; the true share is likely
  /// between 65% and 90%", with "(a small number: read as an indication)" below ten cases.
  static func plainPhrase(_ finding: ProportionFinding) -> String {
    guard let proportion = finding.proportion, let interval = finding.interval else {
      return "no case"
    }
    let noun = finding.n == 1 ? "case" : "cases"
    var text =
      "\(percent(proportion)) — \(finding.count) of \(finding.n) \(noun); the true share is "
      + "likely between \(percent(interval.lower)) and \(percent(interval.upper))"
    if finding.isIndicativeOnly { text += " (a small number: read it as an indication)" }
    return text
  }

  /// "18/40 (45%, 95% CI 31–60%)", with "; indicative only" below ten cases, or "no cases".
  static func finding(_ finding: ProportionFinding) -> String {
    guard let proportion = finding.proportion, let interval = finding.interval else {
      return "no cases (0/0)"
    }
    let flag = finding.isIndicativeOnly ? "; indicative only" : ""
    return "\(finding.count)/\(finding.n) (\(percent(proportion)), 95% CI "
      + "\(Self.interval(interval))\(flag))"
  }

  /// A proportion in whole percent, no sign: 0.453 → "45".
  static func whole(_ proportion: Double) -> Int {
    Int((proportion * 100).rounded(.toNearestOrAwayFromZero))
  }

  /// A difference of proportions in percentage points with its sign: "+12 pp", "−3 pp".
  static func points(_ difference: Double) -> String {
    let value = whole(difference)
    if value > 0 { return "+\(value) pp" }
    if value < 0 { return "−\(-value) pp" }
    return "0 pp"
  }

  /// A difference with its interval: "+12 pp (95% CI −3 to +27 pp)".
  static func difference(_ difference: Double?, _ interval: ConfidenceInterval?) -> String {
    guard let difference else { return "—" }
    guard let interval else { return points(difference) }
    return "\(points(difference)) (95% CI \(signedWhole(interval.lower)) to "
      + "\(points(interval.upper)))"
  }

  static func signedWhole(_ value: Double) -> String {
    let number = whole(value)
    if number > 0 { return "+\(number)" }
    if number < 0 { return "−\(-number)" }
    return "0"
  }

  /// A decimal rounded to `places` places, with the true minus sign: "0.62", "−0.05".
  static func decimal(_ value: Double?, places: Int = 2) -> String {
    guard let value else { return "—" }
    guard value.isFinite else { return "—" }
    let text = plain(value, places: places)
    return text.hasPrefix("-") ? "−" + text.dropFirst() : text
  }

  /// A coefficient with its bootstrap interval when it has one: "0.55 (0.31–0.78)", or "—".
  static func coefficient(_ value: Double?, interval: Bootstrap.Interval?) -> String {
    guard value != nil, let interval else { return decimal(value) }
    return "\(decimal(value)) (\(decimal(interval.lower))–\(decimal(interval.upper)))"
  }

  /// A p-value: "0.031", or "<0.001".
  static func pValue(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "—" }
    return value < 0.001 ? "<0.001" : plain(value, places: 3)
  }

  /// A decimal rounded to `places` places with an ASCII minus, for machines: "-0.05".
  static func plain(_ value: Double, places: Int) -> String {
    guard value.isFinite else { return "" }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
    guard scaled < 9e15 else { return "\(value)" }
    let digits = Int(scaled)
    let negative = value < 0 && digits != 0
    let unit = Int(scale)
    let integer = String(digits / unit)
    var text = negative ? "-" + integer : integer
    if places > 0 {
      let fraction = String(digits % unit)
      text += "." + String(repeating: "0", count: places - fraction.count) + fraction
    }
    return text
  }

  /// A proportion as a percentage with one decimal place, for machines: 0.4567 → "45.7".
  static func plainPercent(_ proportion: Double?) -> String {
    guard let proportion else { return "" }
    return plain(proportion * 100, places: 1)
  }
}
