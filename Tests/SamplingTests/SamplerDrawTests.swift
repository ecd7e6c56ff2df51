import CaseList
import Foundation
import Sampling
import Statistics
import Testing

struct SamplerDrawTests {
  let population = SyntheticPopulation.make(count: 400, seed: 11)

  @Test func sameSeedGivesTheSameSample() throws {
    let spec = SampleSpec(size: 30, stratifyBy: [.stage], reservesPerStratum: 2, seed: 99)
    let first = try Sampler.draw(population: population, spec: spec)
    let second = try Sampler.draw(population: population, spec: spec)
    #expect(first == second)
    #expect(first.cases.count == 30)
    #expect(first.algorithm == Sampler.algorithm)
  }

  @Test func differentSeedsGiveDifferentSamples() throws {
    var samples = Set<[String]>()
    for seed in UInt64(0)..<50 {
      let spec = SampleSpec(size: 20, stratifyBy: [.stage], seed: seed)
      samples.insert(try Sampler.draw(population: population, spec: spec).cases.map(\.caseId))
    }
    #expect(samples.count == 50)
  }

  @Test(arguments: [
    [StratificationDimension](), [.stage], [.ageBand, .stage], [.team, .longTerm],
    [.neglectStatus, .ageBand, .team],
  ])
  func matchesTheReferenceImplementation(_ dimensions: [StratificationDimension]) throws {
    for seed in UInt64(1)...40 {
      let spec = SampleSpec(
        size: 25, neglect: .possible, stratifyBy: dimensions,
        allocation: seed % 2 == 0 ? .equal : .proportional,
        minPerStratum: dimensions.count <= 1 ? Int(seed % 3) : 0, reservesPerStratum: 2,
        seed: seed &* 0x9E37_79B9)
      let draw = try Sampler.draw(population: population, spec: spec)
      let reference = try ReferenceSampler.draw(
        population, size: 25, dimensions: dimensions, allocation: spec.allocation,
        minimum: spec.minPerStratum, reserves: 2, seed: spec.seed
      ) { $0.isOpen && $0.neglectStatus != .none }
      #expect(draw.cases.map(\.caseId) == reference.sample)
      #expect(draw.cases.map(\.stratum) == reference.strata)
      #expect(draw.reserves.map(\.caseId) == reference.reserves)
    }
  }

  @Test func populationOrderDoesNotMatter() throws {
    let spec = SampleSpec(size: 40, stratifyBy: [.stage, .ageBand], reservesPerStratum: 1, seed: 5)
    let sorted = try Sampler.draw(population: population, spec: spec)
    for seed in UInt64(1)...5 {
      let shuffled = SyntheticPopulation.shuffled(population, seed: seed)
      #expect(try Sampler.draw(population: shuffled, spec: spec) == sorted)
    }
  }

  /// Byte order, not Swift's `String` order: "e" + U+0301 (0x65 0xCC 0x81) sorts before "z",
  /// which sorts before the precomposed "é" (0xC3 0xA9); Swift holds the two "é"s equal.
  @Test func canonicalOrderIsByteWiseUTF8() throws {
    let ids = ["\u{E9}", "z", "e\u{301}", "Z", "a"]
    let records = ids.map { CaseRecord(id: $0, stage: .childInNeed, neglectStatus: .confirmed) }
    let spec = SampleSpec(size: 5, seed: 1)
    let draw = try Sampler.draw(population: records, spec: spec)
    let reference = try ReferenceSampler.draw(records, size: 5, dimensions: [], seed: 1) { _ in true
    }
    #expect(draw.cases.map(\.caseId) == reference.sample)
    #expect(try Sampler.draw(population: records.reversed(), spec: spec) == draw)
  }

  @Test func stratumKeysAreStableAndDocumented() throws {
    let records = [
      CaseRecord(
        id: "A1", stage: .childProtection, neglectStatus: .confirmed, team: " East | A=B% ", age: 7,
        monthsOpen: 14),
      CaseRecord(id: "A2", stage: .childInNeed, neglectStatus: .confirmed, team: nil, age: nil),
      CaseRecord(id: "A3", stage: .childInNeed, neglectStatus: .confirmed, team: "  ", age: 16),
    ]
    let spec = SampleSpec(size: 3, stratifyBy: [.longTerm, .ageBand, .team, .stage], seed: 3)
    let keys = try Sampler.draw(population: records, spec: spec).strata.map(\.key)
    #expect(
      keys == [
        "stage=childInNeed|team=(none)|ageBand=16+|longTerm=false",
        "stage=childInNeed|team=(none)|ageBand=unknown|longTerm=false",
        "stage=childProtection|team=East %7C A%3DB%25|ageBand=5-10|longTerm=true",
      ])
    let unstratified = try Sampler.draw(population: records, spec: SampleSpec(size: 1, seed: 3))
    #expect(unstratified.strata.map(\.key) == ["all"])
  }

  @Test func inclusionProbabilitiesAndReservesFollowTheAllocation() throws {
    let records = SyntheticPopulation.strata([
      (.childInNeed, 30), (.childProtection, 12), (.lookedAfter, 3),
    ])
    let spec = SampleSpec(size: 9, stratifyBy: [.stage], reservesPerStratum: 2, seed: 8)
    let draw = try Sampler.draw(population: records, spec: spec)
    #expect(
      draw.strata == [
        StratumSummary(key: "stage=childInNeed", eligible: 30, sampled: 6, reserves: 2),
        StratumSummary(key: "stage=childProtection", eligible: 12, sampled: 2, reserves: 2),
        StratumSummary(key: "stage=lookedAfter", eligible: 3, sampled: 1, reserves: 2),
      ])
    for sampled in draw.cases {
      let stratum = try #require(draw.strata.first { $0.key == sampled.stratum })
      #expect(sampled.inclusionProbability == Double(stratum.sampled) / Double(stratum.eligible))
    }
    #expect(draw.reserves.map(\.rank) == [1, 2, 1, 2, 1, 2])
    #expect(Set(draw.reserves.map(\.caseId)).isDisjoint(with: draw.cases.map(\.caseId)))
    #expect(draw.populationSize == 45 && draw.eligible == 45)
  }

  @Test func jsonHasExactlyTheDocumentedFields() throws {
    let spec = SampleSpec(size: 4, stratifyBy: [.stage], reservesPerStratum: 1, seed: .max)
    let draw = try Sampler.draw(population: population, spec: spec)
    let data = try JSONEncoder().encode(draw)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(
      Set(object.keys)
        == ["seed", "algorithm", "populationSize", "eligible", "strata", "cases", "reserves"])
    #expect(object["seed"] as? String == "18446744073709551615")
    let stratum = try #require((object["strata"] as? [[String: Any]])?.first)
    #expect(Set(stratum.keys) == ["key", "eligible", "sampled", "reserves"])
    let sampled = try #require((object["cases"] as? [[String: Any]])?.first)
    #expect(Set(sampled.keys) == ["caseId", "stratum", "inclusionProbability"])
    let reserve = try #require((object["reserves"] as? [[String: Any]])?.first)
    #expect(Set(reserve.keys) == ["caseId", "stratum", "rank"])
    #expect(try JSONDecoder().decode(SampleDraw.self, from: data) == draw)
  }

  @Test func specRoundTripsThroughJSONWithItsSeed() throws {
    let spec = SampleSpec(
      size: 12, neglect: .any, stages: [.lookedAfter, .closed], minAge: 2, maxAge: 15,
      longTermOnly: true, teams: ["LAC Team"], stratifyBy: [.ageBand, .stage], allocation: .equal,
      minPerStratum: 1, unit: .family, excludedCaseIds: ["C00009", "C00002"],
      reservesPerStratum: 3, seed: 18_446_744_073_709_551_557)
    let data = try JSONEncoder().encode(spec)
    #expect(try JSONDecoder().decode(SampleSpec.self, from: data) == spec)
    #expect(spec.stratifyBy == [.stage, .ageBand])
    #expect(spec.excludedCaseIds == ["C00002", "C00009"])
    let minimal = Data(#"{"size": 5, "seed": 42}"#.utf8)
    #expect(
      try JSONDecoder().decode(SampleSpec.self, from: minimal) == SampleSpec(size: 5, seed: 42))
  }

  /// The worked example in the README ("How a sample is drawn"), also reproduced there by an
  /// independent Python implementation: j = 6, 2, 3, 7.
  @Test func readmeWorkedExample() throws {
    let records = (1...10).map {
      CaseRecord(
        id: SyntheticPopulation.caseId($0 - 1), stage: .childInNeed, neglectStatus: .confirmed)
    }
    let spec = SampleSpec(size: 3, reservesPerStratum: 1, seed: 42)
    let draw = try Sampler.draw(population: records, spec: spec)
    #expect(draw.cases.map(\.caseId) == ["C00007", "C00003", "C00004"])
    #expect(draw.reserves.map(\.caseId) == ["C00008"])
    #expect(draw.cases.allSatisfy { $0.inclusionProbability == 0.3 })
  }

  /// Pinned output: recorded samples must re-derive in every later version.
  ///
  /// If this changes, recorded samples could no longer be re-derived. Bump
  /// `Sampler.algorithm` instead of editing the list.
  @Test func pinnedSampleNeverChanges() throws {
    let spec = SampleSpec(size: 8, stratifyBy: [.stage], reservesPerStratum: 1, seed: 20_270_301)
    let draw = try Sampler.draw(population: population, spec: spec)
    #expect(draw.algorithm == "stratified-partial-fisher-yates/1 xoshiro256**/splitmix64")
    #expect(draw.cases.map(\.caseId) == Self.pinnedCases)
    #expect(draw.reserves.map(\.caseId) == Self.pinnedReserves)
  }

  static let pinnedCases = [
    "C00110", "C00053", "C00063", "C00156", "C00244", "C00304", "C00303", "C00221",
  ]
  static let pinnedReserves = ["C00198", "C00344", "C00132", "C00067", "C00201", "C00399"]
}
