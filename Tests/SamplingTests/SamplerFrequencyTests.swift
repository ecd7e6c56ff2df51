import CaseList
import Sampling
import Testing

/// Every eligible unit must be selected with the probability the design states.
///
/// Over R draws
/// with different seeds, a case's selection count is Binomial(R, π); the tests allow 4.5
/// standard errors, sqrt(π(1 − π)/R), either side (a false alarm about once in 150,000 cases).
struct SamplerFrequencyTests {
  static let draws = 2_000
  static let tolerance = 4.5

  @Test(arguments: [AllocationMethod.proportional, .equal])
  func childSelectionFrequenciesMatchTheDesign(_ method: AllocationMethod) throws {
    let records = SyntheticPopulation.strata([
      (.earlyHelp, 7), (.childInNeed, 13), (.childProtection, 25), (.lookedAfter, 4),
    ])
    var counts: [String: Int] = [:]
    var stated: [String: Double] = [:]
    for seed in 0..<UInt64(Self.draws) {
      let spec = SampleSpec(
        size: 12, stratifyBy: [.stage], allocation: method, minPerStratum: 1,
        seed: seed &* 0x2545_F491_4F6C_DD1D)
      for sampled in try Sampler.draw(population: records, spec: spec).cases {
        counts[sampled.caseId, default: 0] += 1
        stated[sampled.caseId] = sampled.inclusionProbability
      }
    }
    for record in records {
      let probability = try #require(stated[record.id])
      Self.expectFrequency(counts[record.id] ?? 0, probability, record.id)
    }
  }

  /// One child per family: a child's probability is n/N over the family's c children in the
  /// family's stratum, and zero for a sibling outside it (computed here independently).
  @Test func familySelectionFrequenciesMatchTheDesign() throws {
    var records: [CaseRecord] = []
    let families: [[Stage]] = [
      [.childProtection, .childProtection, .childInNeed], [.childInNeed],
      [.childInNeed, .childInNeed],
      [.childProtection], [.childProtection, .lookedAfter], [.childInNeed, .childProtection],
      [.childInNeed], [.childInNeed], [.lookedAfter, .lookedAfter, .lookedAfter],
      [.childProtection],
      [.childInNeed, .earlyHelp], [.childProtection],
    ]
    for (family, stages) in families.enumerated() {
      for stage in stages {
        records.append(
          CaseRecord(
            id: SyntheticPopulation.caseId(records.count), familyKey: "F\(family)", stage: stage,
            neglectStatus: .confirmed))
      }
    }
    // The lead child is at the most intensive stage; families are strata by the lead's stage.
    var expected: [String: Double] = [:]
    let leads = families.map { $0.max() ?? .closed }
    let strataSizes = Dictionary(grouping: leads, by: \.self).mapValues(\.count)
    let keys = strataSizes.keys.sorted { "stage=\($0.rawValue)" < "stage=\($1.rawValue)" }
    let allocation = try StratumAllocation.allocate(
      strata: keys.map { (key: "stage=\($0.rawValue)", size: strataSizes[$0] ?? 0) }, total: 5,
      method: .proportional, minimumPerStratum: 0)
    let sampledOf = Dictionary(uniqueKeysWithValues: zip(keys, allocation))
    var position = 0
    for (family, stages) in families.enumerated() {
      let lead = leads[family]
      let inStratum = stages.filter { $0 == lead }.count
      for stage in stages {
        let share = Double(sampledOf[lead] ?? 0) / Double(strataSizes[lead] ?? 1)
        expected[SyntheticPopulation.caseId(position)] =
          stage == lead ? share / Double(inStratum) : 0
        position += 1
      }
    }
    var counts: [String: Int] = [:]
    for seed in 0..<UInt64(Self.draws) {
      let spec = SampleSpec(size: 5, stratifyBy: [.stage], unit: .family, seed: seed)
      for sampled in try Sampler.draw(population: records, spec: spec).cases {
        counts[sampled.caseId, default: 0] += 1
        #expect(sampled.inclusionProbability == expected[sampled.caseId])
      }
    }
    for record in records {
      Self.expectFrequency(counts[record.id] ?? 0, expected[record.id] ?? -1, record.id)
    }
  }

  static func expectFrequency(
    _ count: Int, _ probability: Double, _ id: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let frequency = Double(count) / Double(draws)
    let standardError = (probability * (1 - probability) / Double(draws)).squareRoot()
    #expect(
      abs(frequency - probability) <= tolerance * standardError,
      "\(id): selected in \(count) of \(draws) draws, design probability \(probability)",
      sourceLocation: sourceLocation)
  }
}
