/// The working state of ``AuditorAllocator``: who may audit what, and who has what.
///
/// Cases and auditors are positions in their canonical orders.
struct AllocationPlan {
  /// The number of cases.
  let caseCount: Int
  /// Each case's folded team id, or `nil`.
  private let caseTeam: [Int?]
  /// Each auditor's folded team id, or `nil`.
  private let auditorTeam: [Int?]
  /// Each auditor's folded agency id.
  private let agency: [Int]
  /// The number of agencies.
  private let agencyCount: Int
  /// The cases' teams as written (trimmed), for messages.
  private let caseTeamText: [String?]
  /// Each case's eligible auditors, in auditor order (re-sorted by rank before assigning).
  private(set) var eligible: [[Int]]
  /// A random rank per auditor, the final tie-break.
  var auditorRank: [Int] = []
  /// Each case's auditors.
  private(set) var assigned: [[Int]]
  /// Each auditor's number of cases.
  private(set) var load: [Int]

  /// Prepares the eligibility of every auditor for every case.
  init(cases: [AllocationCase], auditors: [Auditor]) {
    var teamIds: [String: Int] = [:]
    func teamId(_ team: String?) -> Int? {
      guard let folded = TextKey.folded(team) else { return nil }
      if let known = teamIds[folded] { return known }
      teamIds[folded] = teamIds.count
      return teamIds.count - 1
    }
    var agencyIds: [String: Int] = [:]
    caseCount = cases.count
    caseTeam = cases.map { teamId($0.team) }
    caseTeamText = cases.map { TextKey.nonBlank($0.team) }
    auditorTeam = auditors.map { teamId($0.team) }
    agency = auditors.map { auditor in
      let folded = TextKey.folded(auditor.agency) ?? ""
      if let known = agencyIds[folded] { return known }
      agencyIds[folded] = agencyIds.count
      return agencyIds.count - 1
    }
    agencyCount = agencyIds.count
    let caseTeam = self.caseTeam
    let auditorTeam = self.auditorTeam
    eligible = caseTeam.map { team in
      auditors.indices.filter { team == nil || auditorTeam[$0] == nil || auditorTeam[$0] != team }
    }
    assigned = Array(repeating: [], count: cases.count)
    load = Array(repeating: 0, count: auditors.count)
  }

  /// Whether `auditor` may audit `caseIndex` (not of its team).
  func mayAudit(_ auditor: Int, _ caseIndex: Int) -> Bool {
    guard let team = caseTeam[caseIndex], let own = auditorTeam[auditor] else { return true }
    return team != own
  }

  /// Throws when some cases have fewer than `raters` eligible auditors, naming each team.
  func checkCoverage(raters: Int) throws(AllocationError) {
    var conflicts: [RosterConflict] = []
    var conflictOfTeam: [Int: Int] = [:]
    var conflictWithoutTeam: Int?
    for index in 0..<caseCount where eligible[index].count < raters {
      let existing = caseTeam[index].map { conflictOfTeam[$0] } ?? conflictWithoutTeam
      if let existing {
        conflicts[existing].cases += 1
        continue
      }
      if let team = caseTeam[index] {
        conflictOfTeam[team] = conflicts.count
      } else {
        conflictWithoutTeam = conflicts.count
      }
      conflicts.append(
        RosterConflict(
          team: caseTeamText[index], cases: 1, neededPerCase: raters,
          auditorsOutsideTeam: eligible[index].count, auditors: load.count))
    }
    if !conflicts.isEmpty { throw .rosterConflicts(conflicts) }
  }

  /// Serves the cases most constrained first, each slot to the eligible auditor who adds a new
  /// agency, then has the lightest load, then ranks first.
  mutating func assignGreedily(needs: [Int], caseRank: [Int]) {
    let rank = auditorRank
    for index in eligible.indices { eligible[index].sort { rank[$0] < rank[$1] } }
    let slack = (0..<caseCount).map { eligible[$0].count - needs[$0] }
    let order = (0..<caseCount).sorted {
      slack[$0] != slack[$1] ? slack[$0] < slack[$1] : caseRank[$0] < caseRank[$1]
    }
    for caseIndex in order {
      var agencies = Set<Int>()
      for _ in 0..<needs[caseIndex] {
        var best: Int?
        for candidate in eligible[caseIndex] where !assigned[caseIndex].contains(candidate) {
          guard let current = best else {
            best = candidate
            continue
          }
          let newAgency = !agencies.contains(agency[candidate])
          let currentNewAgency = !agencies.contains(agency[current])
          if newAgency != currentNewAgency {
            if newAgency { best = candidate }
          } else if load[candidate] < load[current] {
            best = candidate
          }
        }
        guard let chosen = best else { break }
        assigned[caseIndex].append(chosen)
        agencies.insert(agency[chosen])
        load[chosen] += 1
      }
    }
  }

  /// Applies load-reducing chains of reassignments until none is left.
  mutating func balance() {
    while let path = improvingPath() {
      for move in path {
        if let slot = assigned[move.caseIndex].firstIndex(of: move.from) {
          assigned[move.caseIndex][slot] = move.to
        }
      }
      if let first = path.first, let last = path.last {
        load[first.from] -= 1
        load[last.to] += 1
      }
    }
  }

  /// One reassignment of a case from one auditor to another.
  private struct Move {
    var caseIndex: Int
    var from: Int
    var to: Int
  }

  /// A chain that moves one case away from some auditor to one with at least two fewer, found by
  /// breadth-first search, or `nil` when the loads are optimal.
  private func improvingPath() -> [Move]? {
    guard let lightest = load.min() else { return nil }
    let casesOf = casesByAuditor()
    let sources = load.indices.sorted {
      load[$0] != load[$1] ? load[$0] > load[$1] : auditorRank[$0] < auditorRank[$1]
    }
    for source in sources {
      guard load[source] - lightest >= 2 else { return nil }
      var reachedBy = [Move?](repeating: nil, count: load.count)
      var visited = [Bool](repeating: false, count: load.count)
      visited[source] = true
      var queue = [source]
      var head = 0
      while head < queue.count {
        let holder = queue[head]
        head += 1
        for caseIndex in casesOf[holder] {
          for taker in eligible[caseIndex]
          where !visited[taker] && !assigned[caseIndex].contains(taker) {
            visited[taker] = true
            reachedBy[taker] = Move(caseIndex: caseIndex, from: holder, to: taker)
            if load[taker] <= load[source] - 2 {
              var path: [Move] = []
              var current = taker
              while let move = reachedBy[current] {
                path.append(move)
                current = move.from
              }
              return path.reversed()
            }
            queue.append(taker)
          }
        }
      }
    }
    return nil
  }

  /// The cases each auditor holds, in canonical case order.
  private func casesByAuditor() -> [[Int]] {
    var result = [[Int]](repeating: [], count: load.count)
    for caseIndex in 0..<caseCount {
      for auditor in assigned[caseIndex] { result[auditor].append(caseIndex) }
    }
    return result
  }

  /// The number of raters on a case beyond its number of distinct agencies.
  private func sharedAgencies(_ auditors: [Int]) -> Int {
    auditors.count - Set(auditors.map { agency[$0] }).count
  }

  /// Exchanges raters who share an agency on a case for auditors of new agencies, without
  /// unbalancing the loads, until no move helps.
  mutating func diversify() {
    guard agencyCount > 1 else { return }
    var improved = true
    while improved {
      improved = false
      for caseIndex in 0..<caseCount where sharedAgencies(assigned[caseIndex]) > 0 {
        if improveAgencies(of: caseIndex) { improved = true }
      }
    }
  }

  /// Makes one move that lowers the number of shared agencies on `caseIndex`, if there is one.
  private mutating func improveAgencies(of caseIndex: Int) -> Bool {
    let onCase = assigned[caseIndex]
    var agencyCounts: [Int: Int] = [:]
    for auditor in onCase { agencyCounts[agency[auditor], default: 0] += 1 }
    let casesOf = casesByAuditor()
    for (slot, rater) in onCase.enumerated() where (agencyCounts[agency[rater]] ?? 0) > 1 {
      for other in eligible[caseIndex]
      where !onCase.contains(other) && agencyCounts[agency[other]] == nil {
        if load[other] <= load[rater] - 1 {
          assigned[caseIndex][slot] = other
          load[rater] -= 1
          load[other] += 1
          return true
        }
        for swapCase in casesOf[other]
        where swapCase != caseIndex && mayAudit(rater, swapCase)
          && !assigned[swapCase].contains(rater)
        {
          var after = assigned[swapCase]
          guard let otherSlot = after.firstIndex(of: other) else { continue }
          after[otherSlot] = rater
          guard sharedAgencies(after) <= sharedAgencies(assigned[swapCase]) else { continue }
          assigned[swapCase] = after
          assigned[caseIndex][slot] = other
          return true
        }
      }
    }
    return false
  }
}
