import CaseList
import Foundation
import Sampling
import Testing

struct SamplerVerificationTests {
  let population = SyntheticPopulation.make(count: 300, seed: 41)
  var spec: SampleSpec {
    SampleSpec(size: 20, stratifyBy: [.stage], reservesPerStratum: 2, seed: 4_000_000_007)
  }

  @Test func confirmsAnUnchangedDraw() throws {
    let draw = try Sampler.draw(population: population, spec: spec)
    let verification = Sampler.verify(draw, population: population, spec: spec)
    #expect(verification.isIdentical)
    #expect(verification.description.hasPrefix("identical"))
    // …also after a round trip through JSON and with the population in another order.
    let stored = try JSONDecoder().decode(SampleDraw.self, from: JSONEncoder().encode(draw))
    let reordered = SyntheticPopulation.shuffled(population, seed: 3)
    #expect(Sampler.verify(stored, population: reordered, spec: spec).isIdentical)
  }

  @Test func confirmsADrawWithReplacements() throws {
    var draw = try Sampler.draw(population: population, spec: spec)
    let strata = draw.strata.filter { $0.sampled > 0 && $0.reserves > 0 }.prefix(3).map(\.key)
    for stratum in strata {
      let sampled = try #require(draw.cases.first { $0.stratum == stratum })
      draw = try Sampler.replace(caseId: sampled.caseId, in: draw)
    }
    // Twice in one stratum, the second time replacing the replacement.
    let again = try #require(draw.replacements.first?.casesIn.first)
    draw = try Sampler.replace(caseId: again, in: draw)
    #expect(draw.replacements.count == 4)
    #expect(draw.replacements.last?.rank == 2)
    #expect(Sampler.verify(draw, population: population, spec: spec).isIdentical)
  }

  @Test func detectsAChangedPopulation() throws {
    let draw = try Sampler.draw(population: population, spec: spec)
    var changed = population
    changed.append(CaseRecord(id: "C99999", stage: .childInNeed, neglectStatus: .confirmed))
    let verification = Sampler.verify(draw, population: changed, spec: spec)
    #expect(!verification.isIdentical)
    #expect(verification.differences.contains(.populationSize(recorded: 300, current: 301)))
    #expect(
      verification.differences.contains(
        .eligible(recorded: draw.eligible, rederived: draw.eligible + 1)))
    #expect(
      verification.differences.contains { if case .stratumCounts = $0 { true } else { false } })
  }

  @Test func detectsAChangedStage() throws {
    let draw = try Sampler.draw(population: population, spec: spec)
    var changed = population
    let index = try #require(changed.firstIndex { $0.id == draw.cases.first?.caseId })
    changed[index].stage = changed[index].stage == .childInNeed ? .earlyHelp : .childInNeed
    let verification = Sampler.verify(draw, population: changed, spec: spec)
    #expect(!verification.isIdentical)
    #expect(!verification.description.contains(draw.cases[0].caseId))
  }

  @Test func detectsAnotherSeedOrSpecification() throws {
    let draw = try Sampler.draw(population: population, spec: spec)
    var other = spec
    other.seed += 1
    let verification = Sampler.verify(draw, population: population, spec: other)
    #expect(verification.differences.first == .seed(recorded: spec.seed, specified: other.seed))
    #expect(verification.differences.contains { if case .sample = $0 { true } else { false } })
    other = spec
    other.size = 10_000
    #expect(
      Sampler.verify(draw, population: population, spec: other).differences == [
        .cannotRederive(.sizeExceedsEligible(size: 10_000, eligible: draw.eligible, unit: .child))
      ])
  }

  @Test func detectsAReplacementOutOfReserveOrder() throws {
    var draw = try Sampler.draw(population: population, spec: spec)
    let first = try #require(draw.cases.first)
    draw = try Sampler.replace(caseId: first.caseId, in: draw)
    // Pretend the second-ranked reserve had been taken instead of the first.
    let second = try #require(draw.reserves.first { $0.stratum == first.stratum && $0.rank == 2 })
    var tampered = draw
    tampered.replacements[0].rank = 2
    tampered.replacements[0].casesIn = [second.caseId]
    if let index = tampered.cases.firstIndex(where: { $0.caseId == draw.replacements[0].casesIn[0] }
    ) {
      tampered.cases[index].caseId = second.caseId
    }
    let verification = Sampler.verify(tampered, population: population, spec: spec)
    #expect(
      verification.differences.contains(.replacementOutOfOrder(number: 1, stratum: first.stratum)))
    #expect(
      verification.description.contains(
        "replacement 1 (stratum '\(first.stratum)') did not take the next unused reserve"))
  }
}
