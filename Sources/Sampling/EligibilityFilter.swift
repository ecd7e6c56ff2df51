import CaseList

/// The filters of a ``SampleSpec``, prepared for one pass over a population.
struct EligibilityFilter {
  private let neglect: NeglectFilter
  private let stageAllowed: [Bool]
  private let minAge: Int?
  private let maxAge: Int?
  private let longTermOnly: Bool
  private let teams: Set<String>?
  private let excluded: Set<String>
  private let openedBetween: DateRange?
  private let closedBetween: DateRange?
  private let includeUnborn: Bool

  /// Prepares the filters of `spec`.
  init(_ spec: SampleSpec) {
    neglect = spec.neglect
    // Audits of closures (`closedBetween`) take closed children too unless stages are named.
    let stages =
      spec.stages.isEmpty
      ? Stage.allCases.filter { $0 != .closed || spec.closedBetween != nil } : spec.stages
    var allowed = [Bool](repeating: false, count: EligibilityFilter.stageSlots)
    for stage in stages { allowed[stage.intensity] = true }
    stageAllowed = allowed
    minAge = spec.minAge
    maxAge = spec.maxAge
    longTermOnly = spec.longTermOnly
    teams = spec.teams.isEmpty ? nil : Set(spec.teams.compactMap(TextKey.folded))
    excluded = Set(spec.excludedCaseIds)
    openedBetween = spec.openedBetween
    closedBetween = spec.closedBetween
    includeUnborn = spec.includeUnborn
  }

  /// One slot per stage intensity.
  static let stageSlots = (Stage.allCases.map(\.intensity).max() ?? 0) + 1

  /// The positions in `population` of the eligible cases, in population order, and the number
  /// of unborn children left out that every other filter admitted.
  ///
  /// - Complexity: O(*N*).
  func eligibleIndices(in population: [CaseRecord]) -> (indices: [Int], unbornExcluded: Int) {
    population.withUnsafeBufferPointer(eligibleIndices(in:))
  }

  private func eligibleIndices(in population: UnsafeBufferPointer<CaseRecord>) -> (
    indices: [Int], unbornExcluded: Int
  ) {
    var result: [Int] = []
    var unbornExcluded = 0
    var teamMatches: [String: Bool] = [:]
    let checksAge = minAge != nil || maxAge != nil
    // Fields are read in place: binding a whole record would copy it and retain its strings.
    for index in population.indices {
      guard stageAllowed[population[index].stage.intensity],
        neglect.admits(
          population[index].neglectStatus, category: population[index].abuseCategory)
      else { continue }
      if let openedBetween, !openedBetween.contains(population[index].startDate) { continue }
      if let closedBetween, !closedBetween.contains(population[index].endDate) { continue }
      if checksAge {
        guard let age = population[index].age else { continue }
        if let minAge, age < minAge { continue }
        if let maxAge, age > maxAge { continue }
      }
      if longTermOnly && !population[index].isLongTerm { continue }
      if let teams {
        guard let team = population[index].team else { continue }
        let matches: Bool
        if let known = teamMatches[team] {
          matches = known
        } else {
          matches = TextKey.folded(team).map(teams.contains) ?? false
          teamMatches[team] = matches
        }
        guard matches else { continue }
      }
      if !excluded.isEmpty && excluded.contains(population[index].id) { continue }
      if !includeUnborn && population[index].isUnborn {
        unbornExcluded += 1
        continue
      }
      result.append(index)
    }
    return (result, unbornExcluded)
  }
}
