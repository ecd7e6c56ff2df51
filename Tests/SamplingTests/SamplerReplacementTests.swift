import CaseList
import Sampling
import Testing

struct SamplerReplacementTests {
  let records = SyntheticPopulation.strata([(.childInNeed, 20), (.childProtection, 10)])
  var spec: SampleSpec {
    SampleSpec(size: 6, stratifyBy: [.stage], reservesPerStratum: 3, seed: 77)
  }

  @Test func replacementsTakeReservesInRankOrder() throws {
    let draw = try Sampler.draw(population: records, spec: spec)
    let stratum = "stage=childProtection"
    let sampled = draw.cases.filter { $0.stratum == stratum }.map(\.caseId)
    let reserves = draw.reserves.filter { $0.stratum == stratum }
    #expect(reserves.map(\.rank) == [1, 2, 3])
    let outFirst = try #require(sampled.first)
    let once = try Sampler.replace(caseId: outFirst, in: draw)
    #expect(
      once.replacements == [
        Replacement(stratum: stratum, rank: 1, casesOut: [outFirst], casesIn: [reserves[0].caseId])
      ])
    // The reserve takes the place of the case it replaces.
    let position = try #require(draw.cases.firstIndex { $0.caseId == outFirst })
    #expect(once.cases[position].caseId == reserves[0].caseId)
    #expect(once.cases[position].inclusionProbability == draw.cases[position].inclusionProbability)
    #expect(once.cases.count == draw.cases.count)
    let outSecond = try #require(sampled.last)
    let twice = try Sampler.replace(caseId: outSecond, in: once)
    #expect(twice.replacements.last?.casesIn == [reserves[1].caseId])
    // A replacement can itself be replaced.
    let thrice = try Sampler.replace(caseId: reserves[0].caseId, in: twice)
    #expect(thrice.replacements.last?.casesIn == [reserves[2].caseId])
    #expect(thrice.unusedReserves(inStratum: stratum).isEmpty)
    #expect(throws: SamplingError.noReservesLeft(stratum: stratum, reserves: 3)) {
      try Sampler.replace(caseId: reserves[1].caseId, in: thrice)
    }
    // The other stratum's reserves are untouched.
    #expect(thrice.unusedReserves(inStratum: "stage=childInNeed").count == 3)
  }

  @Test func onlySampledCasesCanBeReplaced() throws {
    let draw = try Sampler.draw(population: records, spec: spec)
    let reserve = try #require(draw.reserves.first)
    #expect(throws: SamplingError.caseNotInSample) {
      try Sampler.replace(caseId: reserve.caseId, in: draw)
    }
    #expect(throws: SamplingError.caseNotInSample) {
      try Sampler.replace(caseId: "nobody", in: draw)
    }
  }

  @Test func noReservesDrawnIsAClearError() throws {
    var spec = self.spec
    spec.reservesPerStratum = 0
    let draw = try Sampler.draw(population: records, spec: spec)
    let first = try #require(draw.cases.first)
    #expect(throws: SamplingError.noReservesLeft(stratum: first.stratum, reserves: 0)) {
      try Sampler.replace(caseId: first.caseId, in: draw)
    }
  }

  @Test func wholeFamiliesAreReplacedWhole() throws {
    var records: [CaseRecord] = []
    for family in 0..<12 {
      for _ in 0..<(1 + family % 3) {
        records.append(
          CaseRecord(
            id: SyntheticPopulation.caseId(records.count), familyKey: "F\(family)",
            stage: .childInNeed, neglectStatus: .confirmed))
      }
    }
    let familyOf = Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0.familyKey ?? "") })
    let spec = SampleSpec(size: 4, unit: .wholeFamilies, reservesPerStratum: 2, seed: 12)
    let draw = try Sampler.draw(population: records, spec: spec)
    let target = try #require(
      draw.cases.first { sampled in
        draw.cases.filter { familyOf[$0.caseId] == familyOf[sampled.caseId] }.count > 1
      })
    let family = draw.cases.filter { familyOf[$0.caseId] == familyOf[target.caseId] }.map(\.caseId)
    let replaced = try Sampler.replace(caseId: target.caseId, in: draw)
    let record = try #require(replaced.replacements.first)
    #expect(record.casesOut.first == target.caseId)
    #expect(Set(record.casesOut) == Set(family))
    #expect(record.casesIn == draw.reserves.filter { $0.rank == 1 }.map(\.caseId))
    #expect(Set(replaced.cases.map(\.caseId)).isDisjoint(with: family))
    #expect(Set(replaced.cases.compactMap { familyOf[$0.caseId] }).count == 4)
    #expect(Sampler.verify(replaced, population: records, spec: spec).isIdentical)
  }
}
