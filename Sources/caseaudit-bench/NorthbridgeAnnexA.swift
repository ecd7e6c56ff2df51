import CaseList
import Foundation

/// Writes the Northbridge children as Annex A lists 6, 7 and 8, with the blemishes real exports
/// have.
///
/// - List 6 (children in need): UTF-8 with a byte order mark and CRLF line ends, as Excel's
///   "CSV UTF-8" writes; primary need codes in three forms ("N1 - Abuse or neglect", "N1",
///   "Abuse or neglect"); gender as "a) Male" / "b) Female".
/// - List 7 (child protection): UTF-8 without a mark, LF line ends; categories written
///   "a) Neglect", "NEG" or "Neglect"; some latest categories blank.
/// - List 8 (looked after): Windows-1252 (so "Zoë Marsh" is the byte 0xEB), CRLF.
/// - In every list a few dates are `dd/mm/yy`, and the team "Front Door, Assessment Team" and the
///   worker "Sam Leigh, ASYE" are quoted because of their commas (RFC 4180 §2.6).
struct NorthbridgeAnnexA {
  /// The file names, as the demo manifest lists them.
  static let fileNames = [
    "list6-children-in-need.csv", "list7-child-protection.csv", "list8-looked-after.csv",
  ]

  /// The three files' bytes, in `fileNames` order.
  let files: [[UInt8]]

  /// The lists for `children`; `seed` decides the written forms of codes and dates.
  ///
  /// - Throws: `NorthbridgeError.encoding` if a name cannot be written in Windows-1252.
  init(children: [NorthbridgeChild], seed: UInt64) throws(NorthbridgeError) {
    var random = NorthbridgeRandom(seed: seed, stream: "annex-a forms")
    files = [
      [0xEF, 0xBB, 0xBF] + Self.csv(Self.list6(children, &random), lineEnd: "\r\n").utf8,
      Array(Self.csv(Self.list7(children, &random), lineEnd: "\n").utf8),
      try Self.windows1252(Self.csv(Self.list8(children, &random), lineEnd: "\r\n")),
    ]
  }

  private static func list6(
    _ children: [NorthbridgeChild], _ random: inout NorthbridgeRandom
  ) -> [[String]] {
    var rows = [
      [
        "Child Unique ID", "Family ID", "Gender", "Ethnicity", "Date of Birth",
        "Age of Child (Years)", "Does the Child have a Disability", "CIN Start Date",
        "Primary Need Code", "Case Status", "CIN Closure Date", "Allocated Team",
        "Allocated Worker",
      ]
    ]
    for child in children {
      let episode = child.childInNeed
      let status: String
      if episode.closure != nil {
        status = random.pick(["Closed episode", "Closed"])
      } else if episode.isOpenAssessment {
        status = "Open assessment"
      } else {
        status = random.pick(["Open case", "Open"])
      }
      rows.append([
        child.id, child.familyId ?? "", child.isMale ? "a) Male" : "b) Female", child.ethnicity,
        date(child.dateOfBirth, &random), age(child), child.disability,
        date(episode.start, &random), need(episode.need, &random), status,
        episode.closure.map { date($0, &random) } ?? "", child.team, child.worker,
      ])
    }
    return rows
  }

  private static func list7(
    _ children: [NorthbridgeChild], _ random: inout NorthbridgeRandom
  ) -> [[String]] {
    var rows = [
      [
        "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
        "Child Protection Plan Start Date", "Initial Category of Abuse",
        "Latest Category of Abuse", "Child Protection Plan End Date",
        "Number of Previous Child Protection Plans", "Allocated Team", "Allocated Worker",
      ]
    ]
    for child in children {
      guard let plan = child.plan else { continue }
      rows.append([
        child.id, child.isMale ? "Male" : "Female", child.ethnicity,
        date(child.dateOfBirth, &random), age(child), date(plan.start, &random),
        random.pick(plan.initial.forms), plan.latest.map { random.pick($0.forms) } ?? "",
        plan.end.map { date($0, &random) } ?? "", String(plan.previousPlans), plan.team,
        plan.worker,
      ])
    }
    return rows
  }

  private static func list8(
    _ children: [NorthbridgeChild], _ random: inout NorthbridgeRandom
  ) -> [[String]] {
    var rows = [
      [
        "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
        "Date Started to be Looked After", "Child's Category of Need",
        "Date Ceased to be Looked After", "Allocated Team", "Allocated Worker",
      ]
    ]
    for child in children {
      guard let care = child.care else { continue }
      rows.append([
        child.id, child.isMale ? "Male" : "Female", child.ethnicity,
        date(child.dateOfBirth, &random), age(child), date(care.start, &random),
        need(care.need, &random), care.ceased.map { date($0, &random) } ?? "", child.team,
        child.worker,
      ])
    }
    return rows
  }

  /// The age in whole years at the as-of date, as the export computes it.
  private static func age(_ child: NorthbridgeChild) -> String {
    String(child.dateOfBirth.wholeYears(until: NorthbridgeDates.asOf))
  }

  /// A date, mostly `dd/mm/yyyy`, one in fifty `dd/mm/yy`.
  private static func date(_ value: CalendarDate, _ random: inout NorthbridgeRandom) -> String {
    random.chance(0.02)
      ? NorthbridgeDates.dayMonthShortYear(value) : NorthbridgeDates.dayMonthYear(value)
  }

  /// DfE CIN census need labels, N0–N9.
  private static let needLabels = [
    "Not stated", "Abuse or neglect", "Child's disability or illness",
    "Parental illness or disability", "Family in acute stress", "Family dysfunction",
    "Socially unacceptable behaviour", "Low income", "Absent parenting",
    "Cases other than children in need",
  ]

  /// A need code as "N1 - Abuse or neglect", "N1" or "Abuse or neglect".
  private static func need(_ code: Int, _ random: inout NorthbridgeRandom) -> String {
    switch random.weighted([50, 35, 15]) {
    case 0: return "N\(code) - \(needLabels[code])"
    case 1: return "N\(code)"
    default: return needLabels[code]
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
