import CaseList
import Sampling
import Testing

struct SamplerFilterTests {
  struct Filter: Sendable, CustomStringConvertible {
    var name: String
    var spec: @Sendable (Int) -> SampleSpec
    var admits: @Sendable (CaseRecord) -> Bool
    var description: String { name }
  }

  static let population = SyntheticPopulation.make(count: 600, seed: 21)

  static let filters: [Filter] = [
    Filter(name: "default: confirmed, open stages") {
      SampleSpec(size: $0, seed: 1)
    } admits: {
      $0.neglectStatus == .confirmed && $0.stage != .closed
    },
    Filter(name: "possible = confirmed or possible") {
      SampleSpec(size: $0, neglect: .possible, seed: 1)
    } admits: {
      $0.neglectStatus != .none && $0.stage != .closed
    },
    Filter(name: "any neglect status") {
      SampleSpec(size: $0, neglect: .any, seed: 1)
    } admits: {
      $0.stage != .closed
    },
    Filter(name: "stages given, closed included") {
      SampleSpec(size: $0, neglect: .any, stages: [.closed, .earlyHelp], seed: 1)
    } admits: {
      $0.stage == .closed || $0.stage == .earlyHelp
    },
    Filter(name: "ages 5 to 10 inclusive, unknown ages out") {
      SampleSpec(size: $0, minAge: 5, maxAge: 10, seed: 1)
    } admits: {
      $0.neglectStatus == .confirmed && $0.isOpen && (5...10).contains($0.age ?? -1)
    },
    Filter(name: "minimum age only") {
      SampleSpec(size: $0, neglect: .any, minAge: 16, seed: 1)
    } admits: {
      $0.isOpen && ($0.age ?? -1) >= 16
    },
    Filter(name: "long-term only") {
      SampleSpec(size: $0, longTermOnly: true, seed: 1)
    } admits: {
      $0.neglectStatus == .confirmed && $0.isOpen && ($0.monthsOpen ?? 0) >= 12
    },
    Filter(name: "teams, trimmed and ignoring case") {
      SampleSpec(size: $0, neglect: .any, teams: ["  lac TEAM ", "southfield early help"], seed: 1)
    } admits: {
      $0.isOpen && ($0.team == "LAC Team" || $0.team == "Southfield Early Help")
    },
    Filter(name: "exclusions") {
      SampleSpec(size: $0, neglect: .any, excludedCaseIds: ["C00001", "C00002", "C00400"], seed: 1)
    } admits: {
      $0.isOpen && !["C00001", "C00002", "C00400"].contains($0.id)
    },
  ]

  /// Drawing every eligible case shows the eligible set is exactly what the filter admits.
  @Test(arguments: filters)
  func filterAdmitsExactlyTheRightCases(_ filter: Filter) throws {
    let expected = Set(Self.population.filter(filter.admits).map(\.id))
    #expect(expected.count >= 10)
    let draw = try Sampler.draw(population: Self.population, spec: filter.spec(expected.count))
    #expect(draw.eligible == expected.count)
    #expect(Set(draw.cases.map(\.caseId)) == expected)
    #expect(
      throws: SamplingError.sizeExceedsEligible(
        size: expected.count + 1, eligible: expected.count, unit: .child)
    ) {
      try Sampler.draw(population: Self.population, spec: filter.spec(expected.count + 1))
    }
  }
}
