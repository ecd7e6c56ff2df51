import CaseList
import Formats
import Statistics

/// Generates synthetic Annex A lists 6, 7 and 8 for a population of invented children, coded
/// as the published lists code them (liia-tools Annex_A_schema.yml) in their three spellings:
/// lettered, bare label and census code.
///
/// Deterministic from its seed. Shapes follow the seeds' figures loosely: everyone open to
/// children's social care has a list 6 row, about a fifth have a child-protection plan (half
/// of them for neglect), about 8% are looked after, and a quarter of episodes have closed.
struct SyntheticAnnexA {
  let children: Int
  let seed: UInt64
  let asOf: CalendarDate

  static let teams = [
    "Northbridge East CIN", "Northbridge West CIN", "Harbour CP", "Hillside CP", "Riverside LAC",
    "Castle Gate Assessment", "Moorland CIN", "Old Town CP", "Quayside LAC", "Meadow CIN",
    "Ferry Lane CP", "Station Road Assessment",
  ]
  static let ethnicities = [
    "WBRI", "WIRI", "WOTH", "MWBC", "MWBA", "AIND", "APKN", "BAFR", "BCRB", "OOTH",
  ]
  /// The published lettered forms of `ethnicities` ("a) WBRI").
  static let letteredEthnicities = ethnicities.map { code in
    AnnexAVocabulary.ethnicity.entries.first { $0.value == code }?.published ?? code
  }
  static let needs = ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"]
  /// Each category of abuse in its three spellings, neglect first.
  static let categories = [
    ["a) Neglect", "Neglect", "NEG"], ["b) Physical abuse", "Physical abuse", "PHY"],
    ["c) Sexual abuse", "Sexual abuse", "SAB"], ["d) Emotional abuse", "Emotional abuse", "EMO"],
    ["e) Multiple/not recommended", "Multiple/not recommended", "MUL"],
  ]
  /// List 6 "Case Status" in its spellings: open assessment, child in need plan, closed.
  static let statuses = [
    ["d) Open assessment", "Open assessment"], ["c) Child in need plan", "Child in need plan"],
    ["e) Closed episode", "Closed episode"],
  ]

  struct Lists {
    var list6: [UInt8] = []
    var list7: [UInt8] = []
    var list8: [UInt8] = []
  }

  func generate() -> Lists {
    var rng = Xoshiro256StarStar(seed: seed)
    var lists = Lists()
    lists.list6.reserveCapacity(children * 140)
    lists.list7.reserveCapacity(children * 40)
    lists.list8.reserveCapacity(children * 16)
    lists.list6 += Array(
      ("Child Unique ID,Family ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),"
        + "Does the Child have a Disability,CIN Start Date,Primary Need Code,Case Status,"
        + "CIN Closure Date,Allocated Team,Allocated Worker\r\n").utf8)
    lists.list7 += Array(
      ("Child Unique ID,Gender,Date of Birth,Child Protection Plan Start Date,"
        + "Initial Category of Abuse,Latest Category of Abuse,Child Protection Plan End Date,"
        + "Number of Previous Child Protection Plans,Allocated Team,Allocated Worker\r\n").utf8)
    lists.list8 += Array(
      ("Child Unique ID,Gender,Date of Birth,Date Started to be Looked After,"
        + "Child's Category of Need,Date Ceased to be Looked After,Allocated Team,"
        + "Allocated Worker\r\n").utf8)
    let today = asOf.daysSinceEpoch
    var family = 0
    for index in 0..<children {
      if rng.uniform(below: 3) != 0 { family += 1 }
      let id = "C" + padded(index + 1, 7)
      let ageDays = rng.uniform(below: 18 * 365)
      let dob = date(today - ageDays)
      let male = rng.uniform(below: 2) == 0
      let gender = [male ? "a) Male" : "b) Female", male ? "Male" : "Female", male ? "M" : "F"][
        rng.uniform(below: 3)]
      let team = Self.teams[rng.uniform(below: Self.teams.count)]
      let worker = "Worker \(rng.uniform(below: 400) + 1)"
      let cinStart = today - rng.uniform(below: min(ageDays + 1, 4 * 365))
      let closed = rng.uniform(below: 4) == 0
      let closure = closed ? date(cinStart + rng.uniform(below: max(1, today - cinStart))) : ""
      let need = rng.uniform(below: 10) < 4 ? "N1" : Self.needs[1 + rng.uniform(below: 8)]
      let forms = Self.statuses[closed ? 2 : rng.uniform(below: 10) == 0 ? 0 : 1]
      let status = forms[rng.uniform(below: forms.count)]
      let disability =
        rng.uniform(below: 10) == 0 ? "a) Yes" : ["b) No", "No", "N"][rng.uniform(below: 3)]
      let code = rng.uniform(below: Self.ethnicities.count)
      let ethnicity =
        rng.uniform(below: 2) == 0 ? Self.ethnicities[code] : Self.letteredEthnicities[code]
      lists.list6 += Array(
        "\(id),F\(padded(family, 7)),\(gender),\(ethnicity),\(dob),\(ageDays / 365),\(disability),\(date(cinStart)),\(need),\(status),\(closure),\(team),\(worker)\r\n"
          .utf8)
      if !closed, rng.uniform(below: 5) == 0 {
        let start = today - rng.uniform(below: max(1, min(ageDays + 1, 3 * 365)))
        let category =
          rng.uniform(below: 2) == 0
          ? Self.categories[0] : Self.categories[1 + rng.uniform(below: 4)]
        let initial = category[rng.uniform(below: 3)]
        let latest = rng.uniform(below: 3) == 0 ? "" : category[rng.uniform(below: 3)]
        let ended =
          rng.uniform(below: 5) == 0 ? date(start + rng.uniform(below: max(1, today - start))) : ""
        lists.list7 += Array(
          "\(id),\(gender),\(dob),\(date(start)),\(initial),\(latest),\(ended),\(rng.uniform(below: 3)),\(team),\(worker)\r\n"
            .utf8)
      }
      if !closed, rng.uniform(below: 12) == 0 {
        let start = today - rng.uniform(below: max(1, min(ageDays + 1, 5 * 365)))
        let category = rng.uniform(below: 10) < 6 ? "N1" : Self.needs[1 + rng.uniform(below: 8)]
        let ceased =
          rng.uniform(below: 7) == 0 ? date(start + rng.uniform(below: max(1, today - start))) : ""
        lists.list8 += Array(
          "\(id),\(gender),\(dob),\(date(start)),\(category),\(ceased),\(team),\(worker)\r\n".utf8)
      }
    }
    return lists
  }

  private func date(_ days: Int) -> String {
    let value = CalendarDate(daysSinceEpoch: days)
    return "\(padded(value.day, 2))/\(padded(value.month, 2))/\(value.year)"
  }

  private func padded(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}
