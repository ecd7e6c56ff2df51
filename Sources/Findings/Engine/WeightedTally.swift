import Statistics

/// Weighted sums for the acceptable share of every grade question and of the overall
/// judgement: Σ w over judged answers, Σ w over acceptable ones and Σ w² over judged ones, the
/// three sums a ``Statistics/WeightedProportion`` needs.
struct WeightedTally: Sendable {
  private let layout: PlanLayout
  /// `sums[question * 3 + k]`: k = 0 judged Σw, 1 acceptable Σw, 2 judged Σw².
  private var sums: [Double]
  /// The smallest and largest weight added.
  private(set) var range: ClosedRange<Double>?

  /// An empty tally for a planned tool.
  init(plan: ToolPlan) {
    layout = plan.layout
    sums = [Double](repeating: 0, count: layout.questionCount * 3)
  }

  /// Adds the case the evaluator last evaluated, with its design weight.
  ///
  /// - Complexity: O(q) for q questions.
  mutating func add(_ evaluator: CaseEvaluator, weight: Double) {
    range = range.map { min($0.lowerBound, weight)...max($0.upperBound, weight) } ?? weight...weight
    let slots = evaluator.slots
    for index in slots.indices where layout.kinds[index] == .grade {
      guard case .code(let position, _) = slots[index] else { continue }
      let flag = layout.flags[layout.codeStart[index] + position]
      guard flag & PlanLayout.excludedFlag == 0 else { continue }
      sums[index * 3] += weight
      sums[index * 3 + 2] += weight * weight
      if flag & PlanLayout.acceptableFlag != 0 { sums[index * 3 + 1] += weight }
    }
  }

  /// Adds another tally of the same tool.
  mutating func merge(_ other: WeightedTally) {
    for index in sums.indices { sums[index] += other.sums[index] }
    if let theirs = other.range {
      range =
        range.map { min($0.lowerBound, theirs.lowerBound)...max($0.upperBound, theirs.upperBound) }
        ?? theirs
    }
  }

  /// Whether the weights differ enough to matter: the largest more than 1 % above the
  /// smallest (a self-weighting design gives equal weights, up to rounding).
  var isUnequal: Bool {
    guard let range else { return false }
    return range.upperBound > range.lowerBound * 1.01
  }

  /// The weighted acceptable share of question `index`, or `nil` when nothing was judged.
  func acceptable(_ index: Int) -> WeightedProportion? {
    WeightedProportion(
      weightedSuccesses: sums[index * 3 + 1], totalWeight: sums[index * 3],
      sumOfSquaredWeights: sums[index * 3 + 2])
  }
}
