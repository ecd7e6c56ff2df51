import CaseList
import Sampling
import Testing

struct SamplerFamilyTests {
  let population = SyntheticPopulation.make(count: 500, seed: 31)

  var familyOf: [String: String] {
    Dictionary(uniqueKeysWithValues: population.map { ($0.id, $0.familyKey ?? "own:" + $0.id) })
  }

  @Test func neverTwoChildrenOfOneFamily() throws {
    let familyOf = self.familyOf
    for seed in UInt64(0)..<200 {
      let spec = SampleSpec(
        size: 40, neglect: .possible, stratifyBy: [.stage], unit: .family, reservesPerStratum: 2,
        seed: seed)
      let draw = try Sampler.draw(population: population, spec: spec)
      let families = (draw.cases.map(\.caseId) + draw.reserves.map(\.caseId)).compactMap {
        familyOf[$0]
      }
      #expect(Set(families).count == families.count)
      #expect(draw.cases.count == 40)
    }
  }

  @Test func wholeFamiliesBringEveryEligibleChild() throws {
    let eligible = population.filter { $0.neglectStatus != .none && $0.isOpen }
    let members = Dictionary(grouping: eligible) { $0.familyKey ?? "own:" + $0.id }
      .mapValues { Set($0.map(\.id)) }
    let familyOf = self.familyOf
    for seed in UInt64(0)..<100 {
      let spec = SampleSpec(
        size: 15, neglect: .possible, unit: .wholeFamilies, reservesPerStratum: 1, seed: seed)
      let draw = try Sampler.draw(population: population, spec: spec)
      let drawn = Dictionary(grouping: draw.cases.map(\.caseId)) { familyOf[$0] ?? "" }
      #expect(drawn.count == 15)
      for (family, ids) in drawn { #expect(Set(ids) == members[family]) }
      #expect(draw.eligible == members.count)
      for sampled in draw.cases {
        #expect(sampled.inclusionProbability == 15 / Double(members.count))
      }
      let units = Dictionary(grouping: draw.cases) { $0.unit ?? 0 }
      #expect(units.count == 15 && units.keys.allSatisfy { (1...15).contains($0) })
    }
  }

  @Test func familyStratumFollowsTheLeadChild() throws {
    let records = [
      CaseRecord(id: "A", familyKey: "F1", stage: .childInNeed, neglectStatus: .confirmed),
      CaseRecord(id: "B", familyKey: " F1 ", stage: .childProtection, neglectStatus: .confirmed),
      CaseRecord(id: "C", familyKey: "F1", stage: .childProtection, neglectStatus: .confirmed),
      CaseRecord(id: "D", familyKey: nil, stage: .childInNeed, neglectStatus: .confirmed),
      CaseRecord(id: "E", familyKey: "", stage: .childInNeed, neglectStatus: .confirmed),
    ]
    let spec = SampleSpec(size: 3, stratifyBy: [.stage], unit: .family, seed: 4)
    let draw = try Sampler.draw(population: records, spec: spec)
    #expect(draw.eligible == 3)
    #expect(draw.strata.map(\.key) == ["stage=childInNeed", "stage=childProtection"])
    let protection = try #require(draw.cases.first { $0.stratum == "stage=childProtection" })
    #expect(["B", "C"].contains(protection.caseId))
    #expect(protection.inclusionProbability == 0.5)
    #expect(
      Set(draw.cases.filter { $0.stratum == "stage=childInNeed" }.map(\.caseId)) == ["D", "E"])
  }
}
