import CaseList
import Sampling
import Testing

struct SamplingErrorTests {
  struct Case: Sendable, CustomStringConvertible {
    var spec: SampleSpec
    var population: [CaseRecord] = SyntheticPopulation.strata([
      (.childInNeed, 8), (.lookedAfter, 4),
    ])
    var error: SamplingError
    var message: String
    var description: String { message }
  }

  static let cases: [Case] = [
    Case(
      spec: SampleSpec(size: 0, seed: 1), error: .sizeNotPositive(0),
      message: "the sample size must be at least 1 (it is 0)"),
    Case(
      spec: SampleSpec(size: 3, minPerStratum: -1, seed: 1), error: .negativeMinimumPerStratum(-1),
      message: "the minimum per stratum cannot be negative (it is -1)"),
    Case(
      spec: SampleSpec(size: 3, reservesPerStratum: -2, seed: 1), error: .negativeReserves(-2),
      message: "the number of reserves per stratum cannot be negative (it is -2)"),
    Case(
      spec: SampleSpec(size: 3, minAge: -1, seed: 1), error: .negativeAge(-1),
      message: "an age bound cannot be negative (it is -1)"),
    Case(
      spec: SampleSpec(size: 3, minAge: 10, maxAge: 5, seed: 1),
      error: .emptyAgeRange(minAge: 10, maxAge: 5),
      message: "the minimum age 10 is above the maximum age 5, so no case can qualify"),
    Case(
      spec: SampleSpec(size: 3, seed: 1),
      population: SyntheticPopulation.strata([(.childInNeed, 4)])
        + SyntheticPopulation.strata([(.lookedAfter, 2)]),
      error: .duplicateCaseIds(count: 2),
      message:
        "2 case ids occur more than once among the eligible cases; every case needs a unique id "
        + "before a sample can be drawn"),
    Case(
      spec: SampleSpec(size: 3, stages: [.earlyHelp], seed: 1),
      error: .noEligibleCases(populationSize: 12),
      message: "none of the 12 cases in the population passes the filters"),
    Case(
      spec: SampleSpec(size: 13, seed: 1),
      error: .sizeExceedsEligible(size: 13, eligible: 12, unit: .child),
      message: "the sample size 13 is larger than the 12 eligible cases"),
    Case(
      spec: SampleSpec(size: 13, unit: .family, seed: 1),
      error: .sizeExceedsEligible(size: 13, eligible: 12, unit: .family),
      message: "the sample size 13 is larger than the 12 eligible families"),
    Case(
      spec: SampleSpec(size: 5, stratifyBy: [.stage], minPerStratum: 3, seed: 1),
      population: SyntheticPopulation.strata([
        (.childInNeed, 8), (.lookedAfter, 4), (.earlyHelp, 1),
      ]),
      error: .minimumExceedsSize(minimumPerStratum: 3, strata: 3, required: 7, size: 5),
      message:
        "a minimum of 3 per stratum across 3 strata needs a sample of at least 7 (strata smaller "
        + "than 3 give all they have), but the sample size is 5"),
  ]

  @Test(arguments: cases)
  func infeasibleOrInvalidRequestsAreTypedErrors(_ example: Case) {
    #expect(throws: example.error) {
      try Sampler.draw(population: example.population, spec: example.spec)
    }
    #expect(example.error.description == example.message)
  }

  @Test func messagesNameNoChild() throws {
    let records = [
      CaseRecord(id: "SECRET-1", stage: .childInNeed, neglectStatus: .confirmed),
      CaseRecord(id: "SECRET-1", stage: .childInNeed, neglectStatus: .confirmed),
    ]
    do {
      _ = try Sampler.draw(population: records, spec: SampleSpec(size: 1, seed: 1))
      Issue.record("expected an error")
    } catch {
      #expect(error == .duplicateCaseIds(count: 1))
      #expect(!error.description.contains("SECRET"))
    }
  }
}
