public import CaseList

extension Sampler {
  /// Re-derives a recorded draw from its population and specification and says whether it is
  /// identical, and if not, how it differs.
  ///
  /// The base draw is drawn again and compared field by field; then the recorded replacements
  /// are replayed in order on the re-derived draw, each of which must take exactly the reserve
  /// it recorded (the next unused one of its stratum); finally the resulting sample and the
  /// reserves are compared stratum by stratum.
  ///
  /// - Parameters:
  ///   - draw: the recorded draw.
  ///   - population: the population snapshot it was drawn from.
  ///   - spec: the specification it was drawn with.
  /// - Returns: the differences found; none means the draw is confirmed.
  /// - Complexity: that of ``draw(population:spec:)``.
  public static func verify(_ draw: SampleDraw, population: [CaseRecord], spec: SampleSpec)
    -> DrawVerification
  {
    let base: SampleDraw
    do {
      base = try Sampler.draw(population: population, spec: spec)
    } catch {
      return DrawVerification(differences: [.cannotRederive(error)])
    }
    var differences: [DrawDifference] = []
    if draw.algorithm != base.algorithm {
      differences.append(.algorithm(recorded: draw.algorithm, current: base.algorithm))
    }
    if draw.seed != spec.seed {
      differences.append(.seed(recorded: draw.seed, specified: spec.seed))
    }
    if draw.unit != spec.unit {
      differences.append(.unit(recorded: draw.unit, specified: spec.unit))
    }
    if draw.populationSize != base.populationSize {
      differences.append(
        .populationSize(recorded: draw.populationSize, current: base.populationSize))
    }
    if draw.eligible != base.eligible {
      differences.append(.eligible(recorded: draw.eligible, rederived: base.eligible))
    }
    differences += compareStrata(draw.strata, base.strata)
    let (replayed, replayDifferences) = replay(draw.replacements, on: base)
    differences += replayDifferences
    let keys = strataKeys(draw, base)
    differences += compareLists(
      draw.cases, replayed.cases, keys: keys, stratum: \.stratum, id: \.caseId
    ) { .sample(stratum: $0, recorded: $1, rederived: $2, inCommon: $3) }
    differences += compareLists(
      draw.reserves, base.reserves, keys: keys, stratum: \.stratum, id: \.caseId
    ) { .reserves(stratum: $0, recorded: $1, rederived: $2, inCommon: $3) }
    return DrawVerification(differences: differences)
  }

  private static func compareStrata(_ recorded: [StratumSummary], _ rederived: [StratumSummary])
    -> [DrawDifference]
  {
    let old = Dictionary(recorded.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    let new = Dictionary(rederived.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    var differences: [DrawDifference] = []
    for key in Set(old.keys).union(new.keys).sorted(by: ByteOrder.precedes) {
      switch (old[key], new[key]) {
      case (let before?, let after?) where before != after:
        differences.append(.stratumCounts(key: key, recorded: before, rederived: after))
      case (_?, nil): differences.append(.stratumMissing(key: key))
      case (nil, _?): differences.append(.stratumUnexpected(key: key))
      default: break
      }
    }
    return differences
  }

  private static func replay(_ replacements: [Replacement], on base: SampleDraw)
    -> (SampleDraw, [DrawDifference])
  {
    var current = base
    for (offset, recorded) in replacements.enumerated() {
      guard let first = recorded.casesOut.first else {
        return (
          current,
          [
            .replacementImpossible(
              number: offset + 1, stratum: recorded.stratum, reason: .caseNotInSample)
          ]
        )
      }
      do {
        let next = try replace(caseId: first, in: current)
        if next.replacements.last != recorded {
          return (current, [.replacementOutOfOrder(number: offset + 1, stratum: recorded.stratum)])
        }
        current = next
      } catch {
        return (
          current,
          [
            .replacementImpossible(
              number: offset + 1, stratum: recorded.stratum, reason: error)
          ]
        )
      }
    }
    return (current, [])
  }

  private static func strataKeys(_ a: SampleDraw, _ b: SampleDraw) -> [String] {
    var keys = Set(a.strata.map(\.key)).union(b.strata.map(\.key))
    keys.formUnion(a.cases.map(\.stratum))
    keys.formUnion(a.reserves.map(\.stratum))
    return keys.sorted(by: ByteOrder.precedes)
  }

  private static func compareLists<Entry: Equatable>(
    _ recorded: [Entry], _ rederived: [Entry], keys: [String], stratum: KeyPath<Entry, String>,
    id: KeyPath<Entry, String>, difference: (String, Int, Int, Int) -> DrawDifference
  ) -> [DrawDifference] {
    let old = Dictionary(grouping: recorded) { $0[keyPath: stratum] }
    let new = Dictionary(grouping: rederived) { $0[keyPath: stratum] }
    var differences: [DrawDifference] = []
    for key in keys {
      let before = old[key] ?? []
      let after = new[key] ?? []
      guard before != after else { continue }
      let common = Set(before.map { $0[keyPath: id] }).intersection(after.map { $0[keyPath: id] })
      differences.append(difference(key, before.count, after.count, common.count))
    }
    return differences
  }
}
