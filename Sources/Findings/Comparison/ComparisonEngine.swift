import AuditForms
import Statistics

/// Matches two tools' questions and themes and compares two tallies criterion by criterion.
struct ComparisonEngine: Sendable {
  /// A grade question present in both tools on the same scale.
  struct Match: Sendable {
    /// Its index in the earlier tool.
    let before: Int
    /// Its index in the later tool.
    let after: Int
  }

  /// A theme present in both tools.
  struct ThemeMatch: Sendable {
    /// Its index in the earlier tool.
    let before: Int
    /// Its index in the later tool.
    let after: Int
    /// Whether its grade questions differ between the tools.
    let changed: Bool
  }

  let before: ToolPlan
  let after: ToolPlan
  /// Matched questions, in the later tool's order.
  let matches: [Match]
  /// Grade questions that could not be compared.
  let unmatched: [UnmatchedQuestion]
  /// Matched themes, in the later tool's order.
  let themes: [ThemeMatch]

  /// Matches the questions (by stable id, same levels and acceptable levels) and themes (by id)
  /// of two planned tools.
  init(before: ToolPlan, after: ToolPlan) {
    self.before = before
    self.after = after
    var matches: [Match] = []
    var unmatched: [UnmatchedQuestion] = []
    var seen: Set<String> = []
    for question in after.questions where question.kind == .grade {
      seen.insert(question.id)
      guard let index = before.tool.index(ofQuestion: question.id) else {
        unmatched.append(UnmatchedQuestion(id: question.id, reason: .onlyAfter))
        continue
      }
      let earlier = before.questions[index]
      if earlier.kind == .grade, earlier.codes == question.codes,
        earlier.acceptable == question.acceptable, earlier.excluded == question.excluded
      {
        matches.append(Match(before: index, after: question.index))
      } else {
        unmatched.append(UnmatchedQuestion(id: question.id, reason: .scaleChanged))
      }
    }
    for question in before.questions where question.kind == .grade && !seen.contains(question.id) {
      let reason: UnmatchedQuestion.Reason =
        after.tool.question(question.id) == nil ? .onlyBefore : .scaleChanged
      unmatched.append(UnmatchedQuestion(id: question.id, reason: reason))
    }
    self.matches = matches
    self.unmatched = unmatched
    themes = after.tool.themes.enumerated().compactMap { index, theme in
      guard let earlier = before.tool.themes.firstIndex(where: { $0.id == theme.id }) else {
        return nil
      }
      let ids = { (plan: ToolPlan, theme: Int) in
        Set(plan.themeQuestions[theme].map { plan.questions[$0].id })
      }
      return ThemeMatch(
        before: earlier, after: index, changed: ids(before, earlier) != ids(after, index))
    }
  }

  /// Compares the matched questions in `included` (all when `nil`), with Holm's adjustment
  /// across those compared.
  func questions(
    _ earlier: RoundTally, _ later: RoundTally, included: Set<Int>? = nil
  ) -> [QuestionComparison] {
    let plan = after
    var result = ChunkedWork.map(matches.filter { included?.contains($0.after) ?? true }) {
      match in
      Self.compare(
        plan.questions[match.after], earlier.question(match.before), later.question(match.after))
    }
    Self.adjust(&result, \.interval, \.fisherP, \.holmP, \.verdict, \.caveat)
    return result
  }

  /// Compares the matched themes in `included` (all when `nil`), with Holm's adjustment
  /// across those compared.
  func themeComparisons(
    _ earlier: RoundTally, _ later: RoundTally, included: Set<Int>? = nil
  ) -> [ThemeComparison] {
    var result = themes.filter { included?.contains($0.after) ?? true }.map { match in
      let theme = after.tool.themes[match.after]
      let first = earlier.theme(match.before)
      let second = later.theme(match.after)
      let test = TwoProportions(
        before: (first.judged - first.below, first.judged),
        after: (second.judged - second.below, second.judged))
      return ThemeComparison(
        id: theme.id, title: theme.title, before: test.beforeFinding, after: test.afterFinding,
        difference: test.interval?.estimate, interval: test.interval, fisherP: test.fisherP,
        holmP: nil, verdict: ComparisonVerdict(interval: test.interval), caveat: nil,
        minimumDetectableDifference: test.minimumDetectableDifference,
        indicativeOnly: test.indicativeOnly, compositionChanged: match.changed)
    }
    Self.adjust(&result, \.interval, \.fisherP, \.holmP, \.verdict, \.caveat)
    return result
  }

  /// Fills in Holm-adjusted p-values over the family of items tested, and the verdicts and
  /// caveats they imply (see ``ComparisonVerdict``).
  ///
  /// The family is every item with a raw p-value that `inFamily` admits (all of them unless a
  /// pre-declared primary set says otherwise); an item outside it keeps no adjusted p, can at
  /// most be a possible change, and its caveat comes from `outsideCaveat`.
  static func adjust<Item>(
    _ items: inout [Item], _ interval: KeyPath<Item, ConfidenceInterval?>,
    _ raw: KeyPath<Item, Double?>, _ adjusted: WritableKeyPath<Item, Double?>,
    _ verdict: WritableKeyPath<Item, ComparisonVerdict>,
    _ caveat: WritableKeyPath<Item, String?>,
    inFamily: (Item) -> Bool = { _ in true },
    outsideCaveat: (_ familySize: Int) -> String = { _ in "" }
  ) {
    let tested = items.indices.filter { items[$0][keyPath: raw] != nil && inFamily(items[$0]) }
    let values = Holm.adjust(tested.compactMap { items[$0][keyPath: raw] }) ?? []
    for index in items.indices { items[index][keyPath: adjusted] = nil }
    for (index, value) in zip(tested, values) { items[index][keyPath: adjusted] = value }
    for index in items.indices {
      let judged = ComparisonVerdict(
        interval: items[index][keyPath: interval], fisherP: items[index][keyPath: raw],
        holmP: items[index][keyPath: adjusted])
      items[index][keyPath: verdict] = judged
      items[index][keyPath: caveat] =
        inFamily(items[index])
        ? judged.caveat(familySize: tested.count)
        : (judged == .possibleChange ? outsideCaveat(tested.count) : nil)
    }
  }

  /// One matched question compared.
  static func compare(
    _ question: QuestionPlan, _ earlier: QuestionTally, _ later: QuestionTally
  ) -> QuestionComparison {
    let test = TwoProportions(
      before: (earlier.acceptable, earlier.judged), after: (later.acceptable, later.judged))
    let beforeMerits = merits(question, earlier)
    let afterMerits = merits(question, later)
    // Levels by merit (best highest), so both statistics are positive when later is better.
    let mannWhitney = MannWhitney.test(afterMerits, beforeMerits)
    let method: String? = mannWhitney.map {
      switch $0.method {
      case .exact: "exact"
      case .exactPermutation: "exactPermutation"
      case .normalApproximation: "normalApproximation"
      }
    }
    return QuestionComparison(
      id: question.id, text: question.question.text, before: test.beforeFinding,
      after: test.afterFinding, difference: test.interval?.estimate, interval: test.interval,
      fisherP: test.fisherP, mannWhitneyU: mannWhitney?.u, mannWhitneyP: mannWhitney?.pValue,
      mannWhitneyMethod: method, cliffsDelta: CliffsDelta.estimate(afterMerits, beforeMerits),
      holmP: nil, verdict: ComparisonVerdict(interval: test.interval), caveat: nil,
      minimumDetectableDifference: test.minimumDetectableDifference,
      indicativeOnly: test.indicativeOnly)
  }

  /// The judged grades as merits: the number of levels below each one (0 for the worst), with
  /// excluded levels left out.
  static func merits(_ question: QuestionPlan, _ counts: QuestionTally) -> [Int] {
    var values: [Int] = []
    values.reserveCapacity(counts.judged)
    let worst = question.codes.count - 1
    for (rank, count) in counts.counts.enumerated() where !question.excluded[rank] {
      values.append(contentsOf: repeatElement(worst - rank, count: count))
    }
    return values
  }
}
