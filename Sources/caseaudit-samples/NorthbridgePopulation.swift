import CaseList
import Formats

/// Generates the invented children of Northbridge, family by family.
///
/// Shapes (from the seeds' figures, loosely): families of one to four children sharing a
/// "Family ID", team and worker; about a quarter of episodes closed; of the open ones, most
/// children in need, about one in six on a child-protection plan (neglect the category of about
/// half the plans), about one in eight looked after and a few still being assessed; primary
/// need N1 ("abuse or neglect") for about two in five; many cases open a year or more, so the
/// drift questions apply; some children with an ended plan or a ceased period of care.
enum NorthbridgePopulation {
  /// The number of children generated.
  static let childCount = 2_500

  /// The route a family's children have taken, which decides their lists and dates.
  private enum Path: CaseIterable {
    case closed, assessment, childInNeed, childProtection, lookedAfter

    /// The share of families on each path (percentages).
    static let weights: [Double] = [24, 7, 44, 14, 11]
  }

  /// DfE ethnicity codes with rough shares (percentages) for an invented English town.
  private static let ethnicities: [(String, Double)] = [
    ("WBRI", 62), ("WOTH", 6), ("WIRI", 1), ("WROM", 1), ("MWBC", 5), ("MWBA", 2), ("MWAS", 2),
    ("MOTH", 2), ("AIND", 2), ("APKN", 4), ("ABAN", 2), ("AOTH", 1), ("BAFR", 4), ("BCRB", 1),
    ("BOTH", 1), ("CHNE", 0.5), ("OOTH", 1.5), ("REFU", 1), ("NOBT", 1),
  ]

  /// What the children of one family share.
  private struct Family {
    var path: Path
    var familyId: String?
    var need: Int
    var team: NorthbridgeRoster.Team
    var worker: String
    var ethnicity: String
    var childInNeedStart: CalendarDate
    var closure: CalendarDate?
    var plan: NorthbridgeChild.PlanEpisode?
    var care: NorthbridgeChild.CareEpisode?
  }

  /// The children, in identifier order.
  static func generate(seed: UInt64) -> [NorthbridgeChild] {
    var random = NorthbridgeRandom(seed: seed, stream: "population")
    var children: [NorthbridgeChild] = []
    var nextNumber = 200_000
    var familyNumber = 10_000
    while children.count < childCount {
      let size = min(childCount - children.count, 1 + random.weighted([50, 28, 15, 7]))
      familyNumber += random.chance(0.2) ? random.int(in: 2...4) : 1
      let family = makeFamily(
        familyId: size == 1 && random.chance(0.05) ? nil : "NBF\(familyNumber)",
        random: &random)
      var age = random.int(in: max(1, size - 1)...17)
      for position in 0..<size {
        if position > 0 { age = max(0, age - (random.chance(0.06) ? 0 : random.int(in: 1...4))) }
        nextNumber += random.int(in: 1...6)
        children.append(
          makeChild(
            id: "NB\(nextNumber)", age: age, isEldest: position == 0, family: family,
            random: &random))
      }
    }
    return children
  }

  private static func makeFamily(familyId: String?, random: inout NorthbridgeRandom) -> Family {
    let asOf = NorthbridgeDates.asOf
    let path = Path.allCases[random.weighted(Path.weights)]
    let need = needCode(for: path, random: &random)
    let team: NorthbridgeRoster.Team
    switch path {
    case .closed:
      team =
        need == 2
        ? NorthbridgeRoster.disabilities
        : random.pick([
          NorthbridgeRoster.northCIN, NorthbridgeRoster.southCIN, NorthbridgeRoster.frontDoor,
        ])
    case .assessment: team = NorthbridgeRoster.frontDoor
    case .childInNeed:
      team =
        need == 2
        ? NorthbridgeRoster.disabilities
        : random.pick([NorthbridgeRoster.northCIN, NorthbridgeRoster.southCIN])
    case .childProtection:
      team = random.chance(0.55) ? NorthbridgeRoster.harbourside : NorthbridgeRoster.kestrelVale
    case .lookedAfter: team = NorthbridgeRoster.larchmoor
    }
    var family = Family(
      path: path, familyId: familyId, need: need, team: team,
      worker: random.pick(team.workers),
      ethnicity: ethnicities[random.weighted(ethnicities.map(\.1))].0,
      childInNeedStart: asOf)
    switch path {
    case .closed:
      let start = NorthbridgeDates.adding(-random.int(in: 120...1_400), to: asOf)
      family.childInNeedStart = start
      let length = random.int(in: 30...max(31, NorthbridgeDates.days(from: start, to: asOf) - 2))
      family.closure = NorthbridgeDates.adding(length, to: start)
    case .assessment:
      family.childInNeedStart = NorthbridgeDates.adding(-random.int(in: 5...80), to: asOf)
    case .childInNeed:
      let open = random.chance(0.45) ? random.int(in: 7...364) : random.int(in: 365...1_800)
      family.childInNeedStart = NorthbridgeDates.adding(-open, to: asOf)
      if open > 300, random.chance(0.12) {
        family.plan = endedPlan(
          after: family.childInNeedStart, before: asOf, random: &random)
      } else if open > 300, random.chance(0.03) {
        let start = NorthbridgeDates.adding(random.int(in: 30...200), to: family.childInNeedStart)
        let ceased = min(
          NorthbridgeDates.adding(random.int(in: 60...400), to: start),
          NorthbridgeDates.adding(-10, to: asOf))
        if ceased > start { family.care = .init(start: start, ceased: ceased, need: 1) }
      }
    case .childProtection:
      let open = random.chance(0.6) ? random.int(in: 20...364) : random.int(in: 365...900)
      let start = NorthbridgeDates.adding(-open, to: asOf)
      family.childInNeedStart = NorthbridgeDates.adding(-random.int(in: 14...400), to: start)
      let initial = category(neglectShare: 0.48, random: &random)
      family.plan = .init(
        start: start, end: nil, initial: initial, latest: latest(after: initial, random: &random),
        previousPlans: random.weighted([75, 20, 5]), team: team.name, worker: family.worker)
    case .lookedAfter:
      let open = random.chance(0.3) ? random.int(in: 30...364) : random.int(in: 365...2_900)
      let start = NorthbridgeDates.adding(-open, to: asOf)
      family.childInNeedStart = NorthbridgeDates.adding(-random.int(in: 30...700), to: start)
      family.care = .init(
        start: start, ceased: nil, need: [1, 4, 5, 8, 3][random.weighted([60, 10, 15, 10, 5])])
      if random.chance(0.4) {
        family.plan = endedPlan(
          after: NorthbridgeDates.adding(-random.int(in: 120...500), to: start), before: start,
          random: &random)
      }
    }
    return family
  }

  /// A plan that started after `after` and ended before `before`, held by a CP team.
  private static func endedPlan(
    after: CalendarDate, before: CalendarDate, random: inout NorthbridgeRandom
  ) -> NorthbridgeChild.PlanEpisode? {
    let span = NorthbridgeDates.days(from: after, to: before)
    guard span > 60 else { return nil }
    let start = NorthbridgeDates.adding(random.int(in: 10...max(11, span / 3)), to: after)
    let end = min(
      NorthbridgeDates.adding(random.int(in: 120...400), to: start),
      NorthbridgeDates.adding(-5, to: before))
    guard end > start else { return nil }
    let team = random.chance(0.55) ? NorthbridgeRoster.harbourside : NorthbridgeRoster.kestrelVale
    let initial = category(neglectShare: 0.55, random: &random)
    return .init(
      start: start, end: end, initial: initial, latest: latest(after: initial, random: &random),
      previousPlans: random.weighted([85, 15]), team: team.name,
      worker: random.pick(team.workers))
  }

  /// A category of abuse, neglect with probability `neglectShare`.
  private static func category(
    neglectShare: Double, random: inout NorthbridgeRandom
  ) -> NorthbridgeChild.AbuseCategory {
    if random.chance(neglectShare) { return .neglect }
    return [.physical, .sexual, .emotional, .multiple][random.weighted([27, 10, 44, 19])]
  }

  /// The latest category: usually the initial one, sometimes left blank, sometimes changed.
  private static func latest(
    after initial: NorthbridgeChild.AbuseCategory, random: inout NorthbridgeRandom
  ) -> NorthbridgeChild.AbuseCategory? {
    switch random.weighted([55, 25, 20]) {
    case 0: return initial
    case 1: return nil
    default:
      return [.neglect, .multiple, .emotional, .physical][random.weighted([40, 30, 20, 10])]
    }
  }

  /// A primary need code for a family on `path` (1 is abuse or neglect).
  private static func needCode(for path: Path, random: inout NorthbridgeRandom) -> Int {
    let weights: [Double]  // N0…N9
    switch path {
    case .childProtection, .lookedAfter: weights = [0, 70, 0, 5, 10, 10, 0, 0, 5, 0]
    case .childInNeed: weights = [0, 40, 10, 10, 12, 12, 5, 4, 5, 2]
    case .assessment: weights = [0, 35, 0, 10, 20, 20, 10, 0, 5, 0]
    case .closed: weights = [0, 35, 5, 10, 20, 15, 5, 5, 0, 5]
    }
    return random.weighted(weights)
  }

  /// How an episode's end fits after a (possibly moved) start.
  private enum Fit {
    /// The episode has no end.
    case open
    /// The episode ends on this day, after its start and before the as-of date.
    case ended(CalendarDate)
    /// There is no room for the episode to end before the as-of date.
    case impossible
  }

  /// `end` kept if it is after `start`, else moved to a few weeks after it.
  private static func fit(
    _ end: CalendarDate?, after start: CalendarDate, random: inout NorthbridgeRandom
  ) -> Fit {
    guard let end else { return .open }
    if end > start { return .ended(end) }
    let moved = NorthbridgeDates.adding(random.int(in: 14...60), to: start)
    return moved < NorthbridgeDates.asOf ? .ended(moved) : .impossible
  }

  private static func makeChild(
    id: String, age: Int, isEldest: Bool, family: Family, random: inout NorthbridgeRandom
  ) -> NorthbridgeChild {
    let asOf = NorthbridgeDates.asOf
    let dateOfBirth = NorthbridgeDates.adding(
      -(age * 365 + age / 4 + random.int(in: 30...360)), to: asOf)
    /// A start no earlier than the child's birth.
    func clamped(_ date: CalendarDate) -> CalendarDate {
      date >= dateOfBirth ? date : NorthbridgeDates.adding(random.int(in: 0...14), to: dateOfBirth)
    }
    let cinStart = clamped(family.childInNeedStart)
    var closure: CalendarDate?
    switch fit(family.closure, after: cinStart, random: &random) {
    case .open, .impossible: closure = nil  // no room to close after birth: it stays open
    case .ended(let end): closure = end
    }
    var plan = family.plan
    if var fitted = family.plan {
      fitted.start = clamped(fitted.start)
      switch fit(fitted.end, after: fitted.start, random: &random) {
      case .open: plan = fitted
      case .ended(let end):
        fitted.end = end
        plan = fitted
      case .impossible: plan = nil
      }
    }
    var care = family.care
    if var fitted = family.care {
      fitted.start = clamped(fitted.start)
      switch fit(fitted.ceased, after: fitted.start, random: &random) {
      case .open: care = fitted
      case .ended(let end):
        fitted.ceased = end
        care = fitted
      case .impossible: care = nil
      }
    }
    let disability: String
    if family.need == 2 && (isEldest || random.chance(0.2)) {
      disability = "Yes"
    } else {
      disability = ["Yes", "Unknown", "No"][random.weighted([5, 3, 92])]
    }
    return NorthbridgeChild(
      id: id, familyId: family.familyId, isMale: random.chance(0.51),
      ethnicity: random.chance(0.9)
        ? family.ethnicity : ethnicities[random.weighted(ethnicities.map(\.1))].0,
      dateOfBirth: dateOfBirth, disability: disability, team: family.team.name,
      worker: family.worker,
      childInNeed: .init(
        start: cinStart, closure: closure, need: family.need,
        isOpenAssessment: family.path == .assessment),
      plan: plan, care: care)
  }
}
