import CaseList
import Formats
import Foundation

/// Writes the Northbridge children as Annex A lists 6, 7 and 8 as the case-management system
/// would have exported them on one day, coded as the published lists code them and with the
/// blemishes real exports have.
///
/// - The export is of one day (`asOf`): rows that started later are not there, closures and
///   ends after it are blank, list 6 "Case Status" is the child's status that day (a) Looked
///   after child … e) Closed episode) and ages are that day's.
/// - Codes in the three spellings of the published lists (liia-tools Annex_A_schema.yml):
///   lettered ("b) Child Protection plan", "a) Neglect", "a) WBRI"), bare label ("Child
///   Protection plan", "Neglect", "White British") and census code ("NEG", "N1", "WBRI").
/// - List 6 (children in need): UTF-8 with a byte order mark and CRLF line ends, as Excel's
///   "CSV UTF-8" writes; its status column headed "Case status", an older wording.
/// - List 7 (child protection): UTF-8 without a mark, LF line ends.
/// - List 8 (looked after): Windows-1252 (so "Zoë Marsh" is the byte 0xEB), CRLF, and the
///   header "Date Ceased to be Looked After " with the trailing space some exports write.
/// - In every list a few dates are `dd/mm/yy`, and the team "Front Door, Assessment Team" and the
///   worker "Sam Leigh, ASYE" are quoted because of their commas (RFC 4180 §2.6).
/// - A few data-quality warnings, all on children no sample can draw: closed episodes whose
///   closure date is before their start, a visit date after the export day, and one list 7 row
///   repeated.
struct NorthbridgeAnnexA {
  /// The file names for an export of `asOf`, in list order.
  static func fileNames(asOf: CalendarDate) -> [String] {
    ["list6-children-in-need", "list7-child-protection", "list8-looked-after"].map {
      "\($0)-\(asOf.description).csv"
    }
  }

  /// The three files' bytes, in `fileNames` order.
  let files: [[UInt8]]
  /// The number of data-quality warnings written in on purpose.
  let plantedWarnings: Int

  /// The lists of `children` as exported on `asOf`; `seed` decides the written forms of codes
  /// and dates.
  ///
  /// - Throws: `NorthbridgeError.encoding` if a name cannot be written in Windows-1252.
  init(children: [NorthbridgeChild], asOf: CalendarDate, seed: UInt64) throws(NorthbridgeError) {
    var random = NorthbridgeRandom(seed: seed, stream: "annex-a forms \(asOf)")
    var planted = 0
    let list6 = Self.list6(children, asOf: asOf, &random, planted: &planted)
    let list7 = Self.list7(children, asOf: asOf, &random, planted: &planted)
    files = [
      [0xEF, 0xBB, 0xBF] + Self.csv(list6, lineEnd: "\r\n").utf8,
      Array(Self.csv(list7, lineEnd: "\n").utf8),
      try Self.windows1252(Self.csv(Self.list8(children, asOf: asOf, &random), lineEnd: "\r\n")),
    ]
    plantedWarnings = planted
  }

  /// A date if it is on or before the export day, else blank.
  private static func by(_ date: CalendarDate?, _ asOf: CalendarDate) -> CalendarDate? {
    guard let date, date <= asOf else { return nil }
    return date
  }

  private static func list6(
    _ children: [NorthbridgeChild], asOf: CalendarDate, _ random: inout NorthbridgeRandom,
    planted: inout Int
  ) -> [[String]] {
    var rows = [
      [
        "Child Unique ID", "Family ID", "Gender", "Ethnicity", "Date of Birth",
        "Age of Child (Years)", "Does the Child have a Disability", "CIN Start Date",
        "Primary Need Code", "Date Child Was Last Seen", "CIN Closure Date",
        "Reason for Closure", "Case status", "Allocated Team", "Allocated Worker",
      ]
    ]
    var lastSeenAfter = false
    for child in children {
      let episode = child.childInNeed
      guard episode.start <= asOf else { continue }
      let closure = by(episode.closure, asOf)
      let status: String
      if closure != nil {
        status = spell(["e) Closed episode", "Closed episode", "closed episode"], &random)
      } else if let plan = child.plan, plan.start <= asOf, by(plan.end, asOf) == nil {
        status = spell(
          ["b) Child Protection plan", "Child Protection plan", "Child Protection Plan"], &random)
      } else if let care = child.care, care.start <= asOf, by(care.ceased, asOf) == nil {
        status = spell(
          ["a) Looked after child", "Looked after child", "Looked After Child"], &random)
      } else if episode.isOpenAssessment {
        status = spell(["d) Open assessment", "Open assessment", "open assessment"], &random)
      } else {
        status = spell(
          ["c) Child in need plan", "Child in need plan", "Child in Need plan"], &random)
      }
      var start = episode.start
      // Planted warnings: a closed episode whose closure is before its start (one in 150).
      if let closed = closure, NorthbridgeDates.days(from: closed, to: asOf) > 3,
        random.chance(1.0 / 150)
      {
        start = min(asOf, NorthbridgeDates.adding(random.int(in: 3...40), to: closed))
        planted += 1
      }
      var seen = NorthbridgeDates.adding(-random.int(in: 2...40), to: asOf)
      if let closed = closure { seen = min(seen, closed) }
      seen = max(seen, start)
      // Planted warning: one closed child's last-seen date after the export day.
      if closure != nil, !lastSeenAfter {
        seen = NorthbridgeDates.adding(3, to: asOf)
        lastSeenAfter = true
        planted += 1
      }
      rows.append([
        child.id, child.familyId ?? "", gender(child, &random), ethnicity(child, &random),
        date(child.dateOfBirth, &random), age(child, asOf), answer(child.disability, &random),
        date(start, &random), need(episode.need, &random), date(seen, &random),
        closure.map { date($0, &random) } ?? "",
        closure == nil ? "" : reasonForClosure(&random), status, child.team, child.worker,
      ])
    }
    return rows
  }

  private static func list7(
    _ children: [NorthbridgeChild], asOf: CalendarDate, _ random: inout NorthbridgeRandom,
    planted: inout Int
  ) -> [[String]] {
    var rows = [
      [
        "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
        "Does the Child have a Disability", "Child Protection Plan Start Date",
        "Initial Category of Abuse", "Latest Category of Abuse",
        "Date of the Last Statutory Visit", "Was the Child Seen Alone?",
        "Child Protection Plan End Date",
        "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six "
          + "Months (Y/N)",
        "Number of Previous Child Protection Plans", "Allocated Team", "Allocated Worker",
      ]
    ]
    var repeated = false
    for child in children {
      guard let plan = child.plan, plan.start <= asOf else { continue }
      let end = by(plan.end, asOf)
      let visit = min(
        end ?? asOf, max(plan.start, NorthbridgeDates.adding(-random.int(in: 1...20), to: asOf)))
      let row = [
        child.id, gender(child, &random), ethnicity(child, &random),
        date(child.dateOfBirth, &random), age(child, asOf), answer(child.disability, &random),
        date(plan.start, &random), random.pick(plan.initial.forms),
        plan.latest.map { random.pick($0.forms) } ?? "", date(visit, &random),
        spell(["a) Yes", "Yes", "Y"], &random), end.map { date($0, &random) } ?? "",
        spell(["b) No", "No", "N"], &random), String(plan.previousPlans), plan.team, plan.worker,
      ]
      rows.append(row)
      // Planted warning: one ended plan's row written twice, as a join in an export can.
      if end != nil, !repeated {
        rows.append(row)
        repeated = true
        planted += 1
      }
    }
    return rows
  }

  private static func list8(
    _ children: [NorthbridgeChild], asOf: CalendarDate, _ random: inout NorthbridgeRandom
  ) -> [[String]] {
    var rows = [
      [
        "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
        "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
        "Does the Child have a Disability", "Date Started to be Looked After",
        "Child's Category of Need", "Child's Legal Status", "Date Ceased to be Looked After ",
        "Placement Type", "Allocated Team", "Allocated Worker",
      ]
    ]
    for child in children {
      guard let care = child.care, care.start <= asOf else { continue }
      rows.append([
        child.id, gender(child, &random), ethnicity(child, &random),
        date(child.dateOfBirth, &random), age(child, asOf), spell(["b) No", "No", "N"], &random),
        answer(child.disability, &random), date(care.start, &random), need(care.need, &random),
        spell(
          ["C2: FCO", "C2", "Full care order", "C1: ICO", "V2: Single period under S20"], &random),
        by(care.ceased, asOf).map { date($0, &random) } ?? "",
        spell(
          [
            "f) U6: Foster placement - not FFA", "U4", "Foster placement - long term",
            "p) K2: Children's Homes", "U3",
          ], &random), child.team, child.worker,
      ])
    }
    return rows
  }

  /// One of `forms`, chosen at random.
  private static func spell(_ forms: [String], _ random: inout NorthbridgeRandom) -> String {
    random.pick(forms)
  }

  /// Gender in one of its published spellings: "a) Male", "Male", "M" (the schema's name).
  private static func gender(_ child: NorthbridgeChild, _ random: inout NorthbridgeRandom)
    -> String
  {
    child.isMale
      ? spell(["a) Male", "Male", "M"], &random) : spell(["b) Female", "Female", "F"], &random)
  }

  /// Ethnicity in one of its published spellings: "a) WBRI", "WBRI" or "White British".
  private static func ethnicity(_ child: NorthbridgeChild, _ random: inout NorthbridgeRandom)
    -> String
  {
    guard
      let entry = AnnexAVocabulary.ethnicity.entries.first(where: { $0.value == child.ethnicity })
    else { return child.ethnicity }
    return spell([entry.published, entry.value, entry.value, entry.label], &random)
  }

  /// A disability answer in one of its published spellings.
  private static func answer(_ text: String, _ random: inout NorthbridgeRandom) -> String {
    switch text {
    case "Yes": spell(["a) Yes", "Yes", "Y"], &random)
    case "No": spell(["b) No", "No", "N"], &random)
    default: spell(["c) Unknown", "Unknown"], &random)
    }
  }

  /// A published reason for closure (CIN census RC codes), mostly RC7 and RC8.
  private static func reasonForClosure(_ random: inout NorthbridgeRandom) -> String {
    spell(
      [
        "RC7 - Services ceased for any other reason, including child no longer in need", "RC7",
        "RC8 - Case closed after assessment, no further action", "RC8",
        "RC9 - Case closed after assessment, referred to early help",
        "RC5 - Transferred to services of another local authority",
      ], &random)
  }

  /// The age in whole years on the export day, as the export computes it.
  private static func age(_ child: NorthbridgeChild, _ asOf: CalendarDate) -> String {
    String(child.dateOfBirth.wholeYears(until: asOf))
  }

  /// A date, mostly `dd/mm/yyyy`, one in fifty `dd/mm/yy`.
  private static func date(_ value: CalendarDate, _ random: inout NorthbridgeRandom) -> String {
    random.chance(0.02)
      ? NorthbridgeDates.dayMonthShortYear(value) : NorthbridgeDates.dayMonthYear(value)
  }

  /// A need code in one of the published spellings (liia-tools Annex_A_schema.yml ›
  /// &needcode): "N1 - Abuse or neglect", "N1" or "Abuse or neglect".
  private static func need(_ code: Int, _ random: inout NorthbridgeRandom) -> String {
    guard let entry = AnnexAVocabulary.needCode.entries.first(where: { $0.value == code }) else {
      return "N\(code)"
    }
    switch random.weighted([50, 35, 15]) {
    case 0: return entry.published
    case 1: return entry.codes.first ?? entry.published
    default: return entry.label
    }
  }

  /// Rows as CSV text, fields quoted only when they must be (RFC 4180 §2.6–2.7).
  private static func csv(_ rows: [[String]], lineEnd: String) -> String {
    var text = ""
    for row in rows {
      text += row.map(quoted).joined(separator: ",") + lineEnd
    }
    return text
  }

  private static func quoted(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return field
    }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// `text` in Windows-1252: ASCII and U+00A0–U+00FF map to the byte of the same value
  /// (WHATWG Encoding, index windows-1252); the generator writes nothing else.
  private static func windows1252(_ text: String) throws(NorthbridgeError) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      guard scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) else {
        throw .encoding("U+\(String(scalar.value, radix: 16, uppercase: true))")
      }
      bytes.append(UInt8(scalar.value))
    }
    return bytes
  }
}
