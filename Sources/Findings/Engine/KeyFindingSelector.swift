import AuditForms

/// Chooses a round's weakest and strongest criteria and themes and states them in words, by
/// the rule `KeyFinding` describes.
struct KeyFindingSelector {
  /// The smallest denominator a key finding may rest on.
  static let minimumCases = KeyFinding.minimumDenominator

  let plan: ToolPlan
  let questions: [QuestionFinding]
  let themes: [ThemeFinding]
  let quotes: QuoteCollector
  let perList: Int

  /// The key findings: weakest criteria, strongest criteria, weakest themes, strongest themes.
  func keyFindings() -> [KeyFinding] {
    criteria() + themeFindings()
  }

  private func criteria() -> [KeyFinding] {
    let eligible: [(plan: QuestionPlan, finding: ProportionFinding)] = plan.questions.compactMap {
      question in
      guard question.kind == .grade,
        let finding = questions[question.index].acceptable,
        finding.n >= Self.minimumCases
      else { return nil }
      return (question, finding)
    }
    let (weakest, strongest) = split(
      eligible.map { (index: $0.plan.index, count: $0.finding.count, n: $0.finding.n) })
    var result: [KeyFinding] = []
    for index in weakest {
      let question = plan.questions[index]
      let finding = questions[index]
      guard let acceptable = finding.acceptable else { continue }
      let below = ProportionFinding(count: acceptable.n - acceptable.count, n: acceptable.n)
      let text =
        "In \(below.phrase) practice was rated below “\(threshold(question))” for: "
        + question.question.text
      result.append(
        KeyFinding(
          kind: .weakestCriterion, id: question.id, text: text, finding: below,
          indicativeOnly: below.isIndicativeOnly, evidence: quotes.quotes(.questionBelow, index),
          reference: finding.reference))
    }
    for index in strongest {
      let question = plan.questions[index]
      let finding = questions[index]
      guard let acceptable = finding.acceptable else { continue }
      let label = threshold(question)
      let standard = thresholdIsBest(question) ? "“\(label)”" : "“\(label)” or better"
      let text =
        "In \(acceptable.phrase) practice was rated \(standard) for: \(question.question.text)"
      result.append(
        KeyFinding(
          kind: .strongestCriterion, id: question.id, text: text, finding: acceptable,
          indicativeOnly: acceptable.isIndicativeOnly,
          evidence: quotes.quotes(.questionAcceptable, index), reference: finding.reference))
    }
    return result
  }

  private func themeFindings() -> [KeyFinding] {
    // Ranked by the share of cases where every judged criterion was acceptable, so the same
    // ordering rule serves both lists.
    let eligible = themes.enumerated().compactMap {
      index, theme -> (index: Int, count: Int, n: Int)? in
      let below = theme.belowAcceptable
      guard below.n >= Self.minimumCases else { return nil }
      return (index, below.n - below.count, below.n)
    }
    let (weakest, strongest) = split(eligible)
    var result: [KeyFinding] = []
    for index in weakest {
      let theme = themes[index]
      let below = theme.belowAcceptable
      let text =
        "In \(below.phrase) at least one criterion under “\(theme.title)” was rated below "
        + "acceptable"
      result.append(
        KeyFinding(
          kind: .weakestTheme, id: theme.id, text: text, finding: below,
          indicativeOnly: below.isIndicativeOnly, evidence: quotes.quotes(.themeBelow, index),
          reference: nil))
    }
    for index in strongest {
      let theme = themes[index]
      let below = theme.belowAcceptable
      let acceptable = ProportionFinding(count: below.n - below.count, n: below.n)
      let text =
        "In \(acceptable.phrase) every criterion judged under “\(theme.title)” was rated "
        + "acceptable"
      result.append(
        KeyFinding(
          kind: .strongestTheme, id: theme.id, text: text, finding: acceptable,
          indicativeOnly: acceptable.isIndicativeOnly,
          evidence: quotes.quotes(.themeAcceptable, index),
          reference: nil))
    }
    return result
  }

  /// Splits eligible items (an index, a count of good outcomes, a denominator) into the weakest
  /// and strongest lists, each in ranking order.
  private func split(_ items: [(index: Int, count: Int, n: Int)]) -> (
    weakest: [Int], strongest: [Int]
  ) {
    // Exact comparison of a/b with c/d by cross-multiplication: a·d < c·b.
    func lower(_ a: (index: Int, count: Int, n: Int), _ b: (index: Int, count: Int, n: Int))
      -> Bool?
    {
      let left = a.count * b.n
      let right = b.count * a.n
      return left == right ? nil : left < right
    }
    let ascending = items.sorted { a, b in
      if let lower = lower(a, b) { return lower }
      return a.n != b.n ? a.n > b.n : a.index < b.index
    }
    let descending = items.sorted { a, b in
      if let lower = lower(a, b) { return !lower }
      return a.n != b.n ? a.n > b.n : a.index < b.index
    }
    let weakCount = min(perList, (items.count + 1) / 2)
    let weakest = Array(ascending.prefix(weakCount).map(\.index))
    let taken = Set(weakest)
    let strongest = Array(
      descending.filter { !taken.contains($0.index) }.prefix(min(perList, items.count - weakCount))
        .map(\.index))
    return (weakest, strongest)
  }

  /// The label of the lowest level that counts as acceptable (excluded levels left out).
  private func threshold(_ question: QuestionPlan) -> String {
    guard let position = thresholdPosition(question) else { return "acceptable" }
    return question.question.type.label(for: question.codes[position]) ?? question.codes[position]
  }

  private func thresholdIsBest(_ question: QuestionPlan) -> Bool {
    guard let position = thresholdPosition(question) else { return false }
    return !question.codes.indices.contains { $0 < position && !question.excluded[$0] }
  }

  private func thresholdPosition(_ question: QuestionPlan) -> Int? {
    question.codes.indices.last { question.acceptable[$0] && !question.excluded[$0] }
  }
}
