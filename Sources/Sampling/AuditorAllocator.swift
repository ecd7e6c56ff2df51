import Statistics

/// Gives sampled cases to auditors: never a case of their own team, several raters from
/// different agencies where the roster allows, even workloads, reproducible from a seed.
///
/// The method:
/// 1. Cases are put in canonical order (case id, byte-wise UTF-8) and the people whose role is
///    in `roles` in id order, so the result does not depend on the order of the inputs. Teams and
///    agencies are compared trimmed and ignoring case; a case or auditor without a team
///    conflicts with nobody.
/// 2. Every case needs `raters` different auditors from outside its team. *D* =
///    round(`doubleFraction` × cases, halves away from zero) cases get one extra rater; they are
///    drawn by a partial Fisher–Yates shuffle (as in ``Sampler``) of the cases that have at least
///    `raters + 1` eligible auditors.
/// 3. A seeded random order of the auditors (a full Fisher–Yates shuffle) breaks ties, and a
///    second one orders cases with equal slack. Cases are then served most constrained first
///    (fewest eligible auditors beyond what they need), each slot going to the eligible auditor
///    not yet on the case who adds a new agency, then has the lightest load, then comes first in
///    the random order.
/// 4. Balance: while some auditor could pass a case along a chain of reassignments to an auditor
///    with at least two fewer cases, the chain is applied. When none is left the sum of squared
///    loads is minimal over every valid allocation (Harvey, Ladner, Lovász and Tamir,
///    "Semi-matchings for bipartite graphs and load balancing", WADS 2003, extended to several
///    raters per case as a flow), so workloads differ by at most one whenever any valid
///    allocation achieves that, and otherwise the heaviest load is as light as possible.
/// 5. Agency diversity: on each case whose raters share an agency, a rater is exchanged for an
///    eligible auditor of a new agency, either directly (when loads stay as balanced) or by
///    swapping with a case that auditor holds (loads unchanged), until no such move helps. This
///    is a local search: balance is never given up for diversity, and an optimum is not promised
///    when the roster is tight.
///
/// The generator is one ``Statistics/Xoshiro256StarStar`` seeded with `seed`, used in the order
/// of steps 2 and 3.
public enum AuditorAllocator {
  /// Allocates auditors to cases.
  ///
  /// - Parameters:
  ///   - cases: the cases to allocate, ids unique.
  ///   - auditors: the roster, ids unique.
  ///   - raters: the number of auditors every case gets (at least 1).
  ///   - doubleFraction: the fraction of cases that get one extra rater (0 to 1).
  ///   - seed: the seed of the random tie-breaks.
  ///   - roles: the roles that receive cases; by default only `auditor`, so moderators stay
  ///     independent of the grades they moderate and the lead is free to run the day.
  /// - Returns: one assignment per case, in canonical case order.
  /// - Throws: ``AllocationError`` when the input is malformed or the roster cannot cover the
  ///   cases; a conflict names the team and the counts.
  /// - Complexity: polynomial; for 200 cases and 30 auditors, milliseconds.
  public static func allocate(
    cases: [AllocationCase], auditors: [Auditor], raters: Int = 1, doubleFraction: Double = 0,
    seed: UInt64, roles: Set<AuditorRole> = [.auditor]
  ) throws(AllocationError) -> [Assignment] {
    guard raters >= 1 else { throw .ratersNotPositive(raters) }
    guard doubleFraction.isFinite, (0...1).contains(doubleFraction) else {
      throw .doubleFractionOutOfRange(doubleFraction)
    }
    var ids = Set<String>()
    for auditor in auditors where !ids.insert(auditor.id).inserted {
      throw .duplicateAuditorId(auditor.id)
    }
    let sortedCases = cases.sorted { ByteOrder.precedes($0.caseId, $1.caseId) }
    let repeats = zip(sortedCases, sortedCases.dropFirst()).filter {
      ByteOrder.compare($0.caseId, $1.caseId) == 0
    }
    if !repeats.isEmpty { throw .duplicateCaseIds(count: Set(repeats.map(\.0.caseId)).count) }
    guard !sortedCases.isEmpty else { return [] }
    let pool = auditors.filter { roles.contains($0.role) }.sorted {
      ByteOrder.precedes($0.id, $1.id)
    }
    guard !pool.isEmpty else {
      throw .noAuditors(
        rosterSize: auditors.count, roles: AuditorRole.allCases.filter(roles.contains))
    }
    var plan = AllocationPlan(cases: sortedCases, auditors: pool)
    try plan.checkCoverage(raters: raters)
    var generator = Xoshiro256StarStar(seed: seed)
    let doubled = try chooseDoubleRated(
      plan: plan, raters: raters, fraction: doubleFraction, generator: &generator)
    let needs = sortedCases.indices.map { raters + (doubled.contains($0) ? 1 : 0) }
    plan.auditorRank = ranks(of: pool.count, generator: &generator)
    let caseRank = ranks(of: sortedCases.count, generator: &generator)
    plan.assignGreedily(needs: needs, caseRank: caseRank)
    plan.balance()
    plan.diversify()
    return sortedCases.indices.map { index in
      Assignment(
        caseId: sortedCases[index].caseId,
        auditors: plan.assigned[index].map { pool[$0].id }.sorted(by: ByteOrder.precedes),
        isDoubleRated: doubled.contains(index))
    }
  }

  /// The cases (positions in canonical order) that get an extra rater.
  private static func chooseDoubleRated(
    plan: AllocationPlan, raters: Int, fraction: Double,
    generator: inout Xoshiro256StarStar
  ) throws(AllocationError) -> Set<Int> {
    let wanted = Int((fraction * Double(plan.caseCount)).rounded(.toNearestOrAwayFromZero))
    guard wanted > 0 else { return [] }
    var candidates = (0..<plan.caseCount).filter { plan.eligible[$0].count >= raters + 1 }
    guard wanted <= candidates.count else {
      throw .tooFewCasesForDoubleRating(requested: wanted, possible: candidates.count)
    }
    for i in 0..<wanted {
      let j = i + generator.uniform(below: candidates.count - i)
      candidates.swapAt(i, j)
    }
    return Set(candidates.prefix(wanted))
  }

  /// A seeded random rank for each of `count` items (position after a full Fisher–Yates shuffle).
  private static func ranks(of count: Int, generator: inout Xoshiro256StarStar) -> [Int] {
    var order = Array(0..<count)
    for i in 0..<count {
      let j = i + generator.uniform(below: count - i)
      order.swapAt(i, j)
    }
    var rank = [Int](repeating: 0, count: count)
    for (position, item) in order.enumerated() { rank[item] = position }
    return rank
  }
}
