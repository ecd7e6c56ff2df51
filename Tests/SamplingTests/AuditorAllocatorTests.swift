import Sampling
import Statistics
import Testing

struct AuditorAllocatorTests {
  static let agencies = ["Children's social care", "Health", "Police", "Education", "Housing"]
  static let teams = ["Northbridge East CP", "Northbridge West CIN", "Southfield EH", "LAC Team"]

  /// A random roster and case list: people in teams that also hold cases.
  static func randomInstance(_ generator: inout Xoshiro256StarStar)
    -> (cases: [AllocationCase], auditors: [Auditor])
  {
    let teamCount = 1 + generator.uniform(below: teams.count)
    let agencyCount = 1 + generator.uniform(below: agencies.count)
    let people = 2 + generator.uniform(below: 12)
    let auditors = (0..<people).map { index in
      let team = generator.uniform(below: 5) == 0 ? nil : teams[generator.uniform(below: teamCount)]
      let roles: [AuditorRole] = [.auditor, .auditor, .auditor, .auditor, .moderator, .lead]
      return Auditor(
        id: "A\(index)", name: "Auditor \(index)",
        agency: agencies[generator.uniform(below: agencyCount)],
        // Spelling differs from the case lists: trimmed, case-insensitive matching applies.
        team: team.map { generator.uniform(below: 2) == 0 ? " \($0.uppercased()) " : $0 },
        role: roles[generator.uniform(below: roles.count)])
    }
    let caseCount = 1 + generator.uniform(below: 40)
    let cases = (0..<caseCount).map { index in
      AllocationCase(
        caseId: "C\(index)",
        team: generator.uniform(below: 6) == 0 ? nil : teams[generator.uniform(below: teamCount)])
    }
    return (cases, auditors)
  }

  static func folded(_ text: String?) -> String? {
    guard let text = text?.trimmingWhitespace.lowercased(), !text.isEmpty else { return nil }
    return text
  }

  @Test func neverOwnTeamAndEveryInvariantOverManyRandomRosters() throws {
    var generator = Xoshiro256StarStar(seed: 2_027)
    var allocated = 0
    for round in 0..<400 {
      let (cases, auditors) = Self.randomInstance(&generator)
      let raters = 1 + generator.uniform(below: 2)
      let fraction = [0, 0.1, 0.25, 0.5][generator.uniform(below: 4)]
      let pool = auditors.filter { $0.role == .auditor }
      let eligible: (AllocationCase) -> [Auditor] = { item in
        pool.filter {
          Self.folded(item.team) == nil || Self.folded($0.team) == nil
            || Self.folded(item.team) != Self.folded($0.team)
        }
      }
      let assignments: [Assignment]
      do {
        assignments = try AuditorAllocator.allocate(
          cases: cases, auditors: auditors, raters: raters, doubleFraction: fraction,
          seed: UInt64(round))
      } catch {
        // Only genuine infeasibility may be reported.
        switch error {
        case .noAuditors: #expect(pool.isEmpty)
        case .rosterConflicts(let conflicts):
          #expect(!conflicts.isEmpty)
          #expect(cases.contains { eligible($0).count < raters })
        case .tooFewCasesForDoubleRating(let requested, let possible):
          #expect(possible == cases.filter { eligible($0).count > raters }.count)
          #expect(requested > possible)
        default: Issue.record("unexpected \(error)")
        }
        continue
      }
      allocated += 1
      let byId = Dictionary(uniqueKeysWithValues: auditors.map { ($0.id, $0) })
      let teamOf = Dictionary(uniqueKeysWithValues: cases.map { ($0.caseId, $0.team) })
      #expect(assignments.map(\.caseId).sorted() == cases.map(\.caseId).sorted())
      var load: [String: Int] = Dictionary(uniqueKeysWithValues: pool.map { ($0.id, 0) })
      for assignment in assignments {
        #expect(assignment.auditors.count == raters + (assignment.isDoubleRated ? 1 : 0))
        #expect(Set(assignment.auditors).count == assignment.auditors.count)
        for id in assignment.auditors {
          let auditor = try #require(byId[id])
          #expect(auditor.role == .auditor)
          let caseTeam = Self.folded(teamOf[assignment.caseId] ?? nil)
          #expect(caseTeam == nil || Self.folded(auditor.team) != caseTeam, "own-team case")
          load[id, default: 0] += 1
        }
      }
      let doubled = assignments.filter(\.isDoubleRated).count
      #expect(doubled == Int((fraction * Double(cases.count)).rounded(.toNearestOrAwayFromZero)))
      // With no team restricting anyone, workloads differ by at most one.
      if cases.allSatisfy({ eligible($0).count == pool.count }) {
        let loads = load.values
        #expect((loads.max() ?? 0) - (loads.min() ?? 0) <= 1)
      }
    }
    #expect(allocated > 150)
  }

  /// Exhaustive check on small instances: the allocation minimises the sum of squared loads, so
  /// workloads differ by at most one whenever any valid allocation achieves that.
  @Test func balanceIsOptimalAgainstBruteForce() throws {
    var generator = Xoshiro256StarStar(seed: 99)
    var checked = 0
    var unbalanced = 0
    for round in 0..<250 {
      let people = 2 + generator.uniform(below: 3)
      let auditors = (0..<people).map {
        Auditor(
          id: "A\($0)", name: "A", agency: Self.agencies[generator.uniform(below: 2)],
          team: Self.teams[generator.uniform(below: 2)], role: .auditor)
      }
      let cases = (0..<(1 + generator.uniform(below: 5))).map {
        AllocationCase(caseId: "C\($0)", team: Self.teams[generator.uniform(below: 3)])
      }
      let raters = 1 + generator.uniform(below: 2)
      guard
        let assignments = try? AuditorAllocator.allocate(
          cases: cases, auditors: auditors, raters: raters, seed: UInt64(round))
      else { continue }
      var loads = [String: Int]()
      for id in assignments.flatMap(\.auditors) { loads[id, default: 0] += 1 }
      let vector = auditors.map { loads[$0.id] ?? 0 }
      let best = Self.bestLoads(cases: cases, auditors: auditors, raters: raters)
      checked += 1
      if best.smallestSpread > 1 { unbalanced += 1 }
      #expect(vector.map { $0 * $0 }.reduce(0, +) == best.sumOfSquares, "round \(round)")
      if best.smallestSpread <= 1 {
        #expect((vector.max() ?? 0) - (vector.min() ?? 0) <= 1, "round \(round)")
      }
    }
    // Both kinds of instance occur: balance achievable, and not (a team too small to help).
    #expect(checked > 100 && unbalanced > 5, "checked \(checked), unbalanced \(unbalanced)")
  }

  /// The smallest sum of squared loads and the smallest max − min over every valid allocation.
  static func bestLoads(cases: [AllocationCase], auditors: [Auditor], raters: Int)
    -> (sumOfSquares: Int, smallestSpread: Int)
  {
    let options: [[[Int]]] = cases.map { item in
      let eligible = auditors.indices.filter { auditors[$0].team != item.team }
      return subsets(of: eligible, size: raters)
    }
    var best = (sumOfSquares: Int.max, smallestSpread: Int.max)
    func explore(_ index: Int, _ loads: inout [Int]) {
      if index == options.count {
        best.sumOfSquares = min(best.sumOfSquares, loads.map { $0 * $0 }.reduce(0, +))
        best.smallestSpread = min(best.smallestSpread, (loads.max() ?? 0) - (loads.min() ?? 0))
        return
      }
      for choice in options[index] {
        for auditor in choice { loads[auditor] += 1 }
        explore(index + 1, &loads)
        for auditor in choice { loads[auditor] -= 1 }
      }
    }
    var loads = Array(repeating: 0, count: auditors.count)
    explore(0, &loads)
    return best
  }

  static func subsets(of items: [Int], size: Int) -> [[Int]] {
    guard size > 0 else { return [[]] }
    guard let first = items.first else { return [] }
    let rest = Array(items.dropFirst())
    return subsets(of: rest, size: size - 1).map { [first] + $0 } + subsets(of: rest, size: size)
  }

  @Test func ratersComeFromDifferentAgenciesWhereTheRosterAllows() throws {
    let auditors = (0..<8).map {
      Auditor(
        id: "A\($0)", name: "A", agency: $0 < 4 ? "Health" : "Police",
        team: Self.teams[$0 % Self.teams.count], role: .auditor)
    }
    for seed in UInt64(0)..<50 {
      let cases = (0..<24).map { AllocationCase(caseId: "C\($0)", team: Self.teams[$0 % 4]) }
      let assignments = try AuditorAllocator.allocate(
        cases: cases, auditors: auditors, raters: 2, seed: seed)
      let agency = Dictionary(uniqueKeysWithValues: auditors.map { ($0.id, $0.agency) })
      for assignment in assignments {
        #expect(Set(assignment.auditors.compactMap { agency[$0] }).count == 2)
      }
      var loads = [String: Int]()
      for id in assignments.flatMap(\.auditors) { loads[id, default: 0] += 1 }
      #expect(Set(loads.values) == [6])
    }
  }

  @Test func reproducibleFromTheSeedAndIndependentOfInputOrder() throws {
    var generator = Xoshiro256StarStar(seed: 5)
    var differs = false
    for round in 0..<50 {
      let (cases, auditors) = Self.randomInstance(&generator)
      guard
        let first = try? AuditorAllocator.allocate(
          cases: cases, auditors: auditors, raters: 1, doubleFraction: 0.2, seed: 7)
      else { continue }
      let again = try AuditorAllocator.allocate(
        cases: cases.reversed(), auditors: auditors.reversed(), raters: 1, doubleFraction: 0.2,
        seed: 7)
      #expect(first == again, "round \(round)")
      let other = try AuditorAllocator.allocate(
        cases: cases, auditors: auditors, raters: 1, doubleFraction: 0.2, seed: 8)
      if other != first { differs = true }
    }
    #expect(differs)
  }

  @Test func onlyAuditorsReceiveCasesUnlessOtherRolesAreAsked() throws {
    let auditors = [
      Auditor(id: "a", name: "A", agency: "Health", team: nil, role: .auditor),
      Auditor(id: "m", name: "M", agency: "Police", team: nil, role: .moderator),
      Auditor(id: "l", name: "L", agency: "Education", team: nil, role: .lead),
    ]
    let cases = (0..<6).map { AllocationCase(caseId: "C\($0)", team: nil) }
    let byDefault = try AuditorAllocator.allocate(cases: cases, auditors: auditors, seed: 1)
    #expect(Set(byDefault.flatMap(\.auditors)) == ["a"])
    let withLeads = try AuditorAllocator.allocate(
      cases: cases, auditors: auditors, seed: 1, roles: [.auditor, .lead])
    #expect(Set(withLeads.flatMap(\.auditors)) == ["a", "l"])
    #expect(withLeads.filter { $0.auditors == ["l"] }.count == 3)
  }

  @Test func doubleRatedFractionIsRoundedHalfUp() throws {
    let auditors = (0..<4).map {
      Auditor(id: "A\($0)", name: "A", agency: "Agency \($0)", team: nil, role: .auditor)
    }
    let cases = (0..<10).map { AllocationCase(caseId: "C\($0)", team: nil) }
    let assignments = try AuditorAllocator.allocate(
      cases: cases, auditors: auditors, raters: 1, doubleFraction: 0.25, seed: 3)
    #expect(assignments.filter(\.isDoubleRated).count == 3)
    #expect(assignments.allSatisfy { $0.auditors.count == ($0.isDoubleRated ? 2 : 1) })
  }

  struct Failure: Sendable, CustomStringConvertible {
    var cases: [AllocationCase]
    var auditors: [Auditor]
    var raters = 1
    var fraction = 0.0
    var message: String
    var description: String { message }
  }

  static let eastTeam = (0..<3).map {
    Auditor(id: "E\($0)", name: "E", agency: "CSC", team: "Northbridge East CP", role: .auditor)
  }

  static let failures: [Failure] = [
    Failure(
      cases: [AllocationCase(caseId: "C1", team: "Northbridge East CP")], auditors: eastTeam,
      message:
        "case in team 'Northbridge East CP' has no eligible auditor: all 3 auditors are in that team"
    ),
    Failure(
      cases: [
        AllocationCase(caseId: "C1", team: " northbridge east cp"),
        AllocationCase(caseId: "C2", team: "Northbridge East CP"),
      ],
      auditors: eastTeam + [
        Auditor(id: "W", name: "W", agency: "Health", team: "West", role: .auditor)
      ],
      raters: 2,
      message:
        "2 cases in team 'northbridge east cp' need 2 different auditors, but only 1 of the 4 "
        + "auditors is outside that team"),
    Failure(
      cases: [AllocationCase(caseId: "C1", team: nil)], auditors: [eastTeam[0]], raters: 2,
      message:
        "case with no team needs 2 different auditors, but the roster has only 1 auditor who can take cases"
    ),
    Failure(
      cases: [AllocationCase(caseId: "C1", team: nil)], auditors: [],
      message:
        "none of the 0 people on the roster has the role auditor"),
    Failure(
      cases: [AllocationCase(caseId: "C1", team: nil)], auditors: eastTeam, raters: 0,
      message: "each case needs at least 1 rater (asked for 0)"),
    Failure(
      cases: [AllocationCase(caseId: "C1", team: nil)], auditors: eastTeam, fraction: 1.5,
      message: "the double-rated fraction must be between 0 and 1 (it is 1.5)"),
    Failure(
      cases: [AllocationCase(caseId: "C1", team: nil)], auditors: eastTeam + [eastTeam[0]],
      message: "auditor id 'E0' appears more than once in the roster"),
    Failure(
      cases: [AllocationCase(caseId: "C1", team: nil), AllocationCase(caseId: "C1", team: "X")],
      auditors: eastTeam, message: "1 case id occurs more than once"),
    Failure(
      cases: [
        AllocationCase(caseId: "C1", team: "Northbridge East CP"),
        AllocationCase(caseId: "C2", team: "Northbridge East CP"),
      ],
      auditors: eastTeam + [
        Auditor(id: "W", name: "W", agency: "Health", team: "West", role: .auditor)
      ],
      fraction: 1,
      message:
        "2 cases should be double-rated, but only 0 can have an extra rater from outside their team"
    ),
  ]

  @Test(arguments: failures)
  func infeasibleRostersNameTheConflict(_ failure: Failure) {
    do {
      _ = try AuditorAllocator.allocate(
        cases: failure.cases, auditors: failure.auditors, raters: failure.raters,
        doubleFraction: failure.fraction, seed: 1)
      Issue.record("expected: \(failure.message)")
    } catch {
      #expect(error.description == failure.message)
    }
  }

  @Test func noCasesGiveNoAssignments() throws {
    #expect(try AuditorAllocator.allocate(cases: [], auditors: [], seed: 1).isEmpty)
  }
}
