import AuditForms

extension ComparisonBuilder {
  /// The comparison within each stratum of `within`, with small figures withheld.
  func strata() -> [ComparisonStratum] {
    guard let first = earlier.strata, let second = later.strata else { return [] }
    let plan = engine.after
    let empty = RoundTally(plan: engine.before)
    let emptyLater = RoundTally(plan: plan)
    // The union of both rounds' strata, in the dimension's order.
    var rows: [(value: String, label: String, order: (Int, String))] = []
    var earlierTallies: [String: RoundTally] = [:]
    var laterTallies: [String: RoundTally] = [:]
    for cell in first.orderedCells {
      earlierTallies[cell.value] = cell.tally
      rows.append((cell.value, cell.label, cell.order))
    }
    for cell in second.orderedCells {
      laterTallies[cell.value] = cell.tally
      if earlierTallies[cell.value] == nil { rows.append((cell.value, cell.label, cell.order)) }
    }
    rows.sort { $0.order < $1.order }
    let befores = rows.map { earlierTallies[$0.value] ?? empty }
    let afters = rows.map { laterTallies[$0.value] ?? emptyLater }
    let stratumReasons = Self.combine(
      DisclosureControl.suppress(sizes: befores.map(\.cases), minimum: minimumCell),
      DisclosureControl.suppress(sizes: afters.map(\.cases), minimum: minimumCell))
    // Per question and theme: withheld in a stratum when either round's figure is.
    var questionReasons: [Int: [SuppressionReason?]] = [:]
    for match in engine.matches {
      questionReasons[match.after] = Self.combine(
        DisclosureControl.suppress(
          sizes: befores.map { $0.question(match.before).judged }, minimum: minimumCell,
          forced: stratumReasons),
        DisclosureControl.suppress(
          sizes: afters.map { $0.question(match.after).judged }, minimum: minimumCell,
          forced: stratumReasons))
    }
    var themeReasons: [Int: [SuppressionReason?]] = [:]
    for match in engine.themes {
      themeReasons[match.after] = Self.combine(
        DisclosureControl.suppress(
          sizes: befores.map { $0.theme(match.before).judged }, minimum: minimumCell,
          forced: stratumReasons),
        DisclosureControl.suppress(
          sizes: afters.map { $0.theme(match.after).judged }, minimum: minimumCell,
          forced: stratumReasons))
    }
    return rows.indices.map { position in
      let keptQuestions = Set(
        engine.matches.map(\.after).filter { questionReasons[$0]?[position] == nil })
      let keptThemes = Set(
        engine.themes.map(\.after).filter { themeReasons[$0]?[position] == nil })
      let withheld =
        engine.matches.map(\.after).filter { !keptQuestions.contains($0) }.map {
          plan.questions[$0].id
        }
        + engine.themes.map(\.after).filter { !keptThemes.contains($0) }.map {
          plan.tool.themes[$0].id
        }
      let before = befores[position]
      let after = afters[position]
      return ComparisonStratum(
        value: rows[position].value, label: rows[position].label,
        suppression: stratumReasons[position], beforeCases: before.cases, afterCases: after.cases,
        questions: engine.questions(before, after, included: keptQuestions),
        themes: engine.themeComparisons(before, after, included: keptThemes),
        suppressedFigures: withheld,
        warnings: Self.sizeWarnings(before: before.cases, after: after.cases))
    }
  }

  /// A figure withheld in either round is withheld in the comparison.
  static func combine(
    _ first: [SuppressionReason?], _ second: [SuppressionReason?]
  ) -> [SuppressionReason?] {
    zip(first, second).map { one, two in
      if one == .belowMinimum || two == .belowMinimum { return .belowMinimum }
      return one ?? two
    }
  }
}
