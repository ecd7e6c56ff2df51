import CaseList
import Formats
import Foundation
import Sampling
import Statistics
import Testing

/// The sampling options of the published Annex A lists: date ranges, unborn children, the
/// Multiple category and an oversampled group, each recorded with the draw and re-derived by
/// verification.
struct SamplerOptionTests {
  /// A population with start and end dates, categories, previous plans and a few unborn
  /// children, from a seed.
  static func population(count: Int = 800, seed: UInt64 = 5) -> [CaseRecord] {
    var rng = Xoshiro256StarStar(seed: seed)
    let base = CalendarDate(daysSinceEpoch: 20_000)
    return (0..<count).map { index in
      let stage = [Stage.childInNeed, .childProtection, .lookedAfter, .closed][
        rng.uniform(below: 4)]
      let category: AbuseCategory? =
        stage == .childProtection ? AbuseCategory.allCases[rng.uniform(below: 5)] : nil
      let status: NeglectStatus =
        category == .neglect
        ? .confirmed : (category == .multiple || rng.uniform(below: 2) == 0) ? .possible : .none
      return CaseRecord(
        id: SyntheticPopulation.caseId(index), stage: stage, neglectStatus: status,
        age: rng.uniform(below: 18),
        startDate: stage == .closed
          ? nil : CalendarDate(daysSinceEpoch: base.daysSinceEpoch - rng.uniform(below: 700)),
        previousPlans: rng.uniform(below: 6) == 0 ? 1 + rng.uniform(below: 2) : 0,
        abuseCategory: category, isUnborn: stage == .childProtection && index % 37 == 0,
        endDate: rng.uniform(below: 3) == 0
          ? CalendarDate(daysSinceEpoch: base.daysSinceEpoch - rng.uniform(below: 400)) : nil)
    }
  }

  private static func date(_ days: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: days) }

  @Test func openedBetweenKeepsOnlyInvolvementsStartedInTheRange() throws {
    let population = Self.population()
    let range = DateRange(from: Self.date(19_700), to: Self.date(19_900))
    let expected = population.filter {
      $0.isOpen && $0.neglectStatus != .none && !$0.isUnborn && range.contains($0.startDate)
    }
    let spec = SampleSpec(
      size: expected.count, neglect: .possible, seed: 3, openedBetween: range)
    let draw = try Sampler.draw(population: population, spec: spec)
    #expect(Set(draw.cases.map(\.caseId)) == Set(expected.map(\.id)))
  }

  @Test func closedBetweenTakesClosedChildrenToo() throws {
    let population = Self.population()
    let range = DateRange(from: Self.date(19_700), to: Self.date(20_000))
    let expected = population.filter {
      $0.neglectStatus != .none && !$0.isUnborn && range.contains($0.endDate)
    }
    #expect(expected.contains { !$0.isOpen })
    let spec = SampleSpec(
      size: expected.count, neglect: .possible, seed: 3, closedBetween: range)
    let draw = try Sampler.draw(population: population, spec: spec)
    #expect(Set(draw.cases.map(\.caseId)) == Set(expected.map(\.id)))
  }

  @Test func unbornChildrenAreLeftOutAndCountedUnlessIncluded() throws {
    let population = Self.population()
    let admitted = population.filter { $0.isOpen && $0.neglectStatus != .none }
    let unborn = admitted.count { $0.isUnborn }
    #expect(unborn > 0)
    let without = try Sampler.draw(
      population: population, spec: SampleSpec(size: 10, neglect: .possible, seed: 9))
    #expect(without.unbornExcluded == unborn)
    #expect(without.eligible == admitted.count - unborn)
    let with = try Sampler.draw(
      population: population,
      spec: SampleSpec(size: 10, neglect: .possible, seed: 9, includeUnborn: true))
    #expect(with.unbornExcluded == 0)
    #expect(with.eligible == admitted.count)
  }

  @Test func multipleSelectsOpenPlansUnderMultipleOnly() throws {
    let population = Self.population()
    let expected = population.filter {
      $0.isOpen && $0.abuseCategory == .multiple && !$0.isUnborn
    }
    #expect(expected.allSatisfy { $0.neglectStatus == .possible })
    let draw = try Sampler.draw(
      population: population,
      spec: SampleSpec(size: expected.count, neglect: .multiple, seed: 4))
    #expect(Set(draw.cases.map(\.caseId)) == Set(expected.map(\.id)))
  }

  @Test(arguments: [(40, 0.3), (60, 0.5), (25, 0.2)])
  func anOversampledGroupGetsItsShareAndHonestProbabilities(size: Int, share: Double) throws {
    let population = Self.population()
    let group = try #require(Oversample.parse("previousPlans>=1=\(share)"))
    let spec = SampleSpec(
      size: size, neglect: .possible, stratifyBy: [.stage], seed: 11, oversample: group)
    let draw = try Sampler.draw(population: population, spec: spec)
    let records = Dictionary(uniqueKeysWithValues: population.map { ($0.id, $0) })
    let inside = draw.cases.filter { (records[$0.caseId]?.previousPlans ?? 0) >= 1 }
    #expect(draw.cases.count == size)
    #expect(inside.count == Int((Double(size) * share).rounded()))
    // Every stratum's probability is sampled / eligible, and the strata keys name the group.
    for stratum in draw.strata {
      #expect(stratum.key.contains("previousPlans>=1="))
      for sampled in draw.cases where sampled.stratum == stratum.key {
        #expect(
          abs(sampled.inclusionProbability - Double(stratum.sampled) / Double(stratum.eligible))
            < 1e-12)
      }
    }
    // Weighted back, the sample stands for the eligible population: Σ 1/πᵢ = N.
    let represented = draw.cases.reduce(0.0) { $0 + 1 / $1.inclusionProbability }
    #expect(abs(represented - Double(draw.eligible)) < 1e-6)
    // The specification round-trips through JSON, and verification re-derives the draw.
    let decoded = try JSONDecoder().decode(
      SampleSpec.self, from: try JSONEncoder().encode(spec))
    #expect(decoded == spec)
    #expect(Sampler.verify(draw, population: population, spec: decoded).isIdentical)
  }

  @Test func aGroupTooSmallForItsShareIsRefused() throws {
    let population = Self.population(count: 200)
    let group = try #require(Oversample.parse("previousPlans>=2=0.9"))
    #expect(throws: SamplingError.self) {
      try Sampler.draw(
        population: population,
        spec: SampleSpec(size: 60, neglect: .possible, seed: 1, oversample: group))
    }
  }

  @Test(arguments: [
    "previousPlans>=1=0.3", "age<5=0.25", "stage=childProtection=0.4", "longTerm=true=0.5",
    "abuseCategory=multiple=0.2", "team=LAC Team=0.1",
  ])
  func oversampleGroupsParse(text: String) throws {
    let group = try #require(Oversample.parse(text))
    #expect("\(group.key)=\(group.share)" == text)
  }

  @Test(arguments: [
    "previousPlans>=1", "previousPlans>=1=1.5", "previousPlans>=x=0.3", "colour=blue=0.3",
    "stage>=childProtection=0.3", "stage=nowhere=0.3", "previousPlans>=1=0",
  ])
  func badOversampleGroupsDoNotParse(text: String) {
    #expect(Oversample.parse(text) == nil)
  }

  @Test func newOptionsAreAbsentFromTheJSONOfASpecThatDoesNotUseThem() throws {
    let json = String(
      decoding: try JSONEncoder().encode(SampleSpec(size: 5, seed: 1)), as: UTF8.self)
    for key in ["openedBetween", "closedBetween", "includeUnborn", "oversample"] {
      #expect(!json.contains(key))
    }
  }
}
