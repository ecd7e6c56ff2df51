import CaseList
import Statistics

/// Synthetic case lists for the sampling tests: invented ids, teams and families only.
enum SyntheticPopulation {
  /// The teams synthetic cases are allocated to.
  static let teams = [
    "Northbridge East CP", "Northbridge West CIN", "Southfield Early Help", "LAC Team",
  ]

  /// A population of `count` cases with ids `C00001…`, every stage (closed included), every
  /// neglect status, four teams (and some blank), ages 0–17 (some unknown), and families of one
  /// to three children.
  static func make(count: Int, seed: UInt64) -> [CaseRecord] {
    var generator = Xoshiro256StarStar(seed: seed)
    var records: [CaseRecord] = []
    var family = 0
    var leftInFamily = 0
    for index in 0..<count {
      if leftInFamily == 0 {
        family += 1
        leftInFamily = 1 + generator.uniform(below: 3)
      }
      leftInFamily -= 1
      let statuses: [NeglectStatus] = [.confirmed, .confirmed, .possible, .none]
      let teamIndex = generator.uniform(below: teams.count + 1)
      records.append(
        CaseRecord(
          id: caseId(index),
          familyKey: generator.uniform(below: 5) == 0 ? nil : "F\(family)",
          stage: Stage.allCases[generator.uniform(below: Stage.allCases.count)],
          neglectStatus: statuses[generator.uniform(below: statuses.count)],
          team: teamIndex == teams.count ? nil : teams[teamIndex],
          age: generator.uniform(below: 10) == 0 ? nil : generator.uniform(below: 18),
          monthsOpen: generator.uniform(below: 30)))
    }
    return records
  }

  /// The id of the case at `index`: `C00001` for 0.
  static func caseId(_ index: Int) -> String {
    let digits = String(index + 1)
    return "C" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
  }

  /// A population with exactly the given number of confirmed-neglect cases at each stage.
  static func strata(_ sizes: [(Stage, Int)]) -> [CaseRecord] {
    var records: [CaseRecord] = []
    for (stage, size) in sizes {
      for _ in 0..<size {
        records.append(
          CaseRecord(id: caseId(records.count), stage: stage, neglectStatus: .confirmed, age: 7))
      }
    }
    return records
  }

  /// `records` in a seeded random order.
  static func shuffled(_ records: [CaseRecord], seed: UInt64) -> [CaseRecord] {
    var generator = Xoshiro256StarStar(seed: seed)
    var result = records
    for i in result.indices {
      result.swapAt(i, i + generator.uniform(below: result.count - i))
    }
    return result
  }
}
