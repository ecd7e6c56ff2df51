import CaseList
import Formats
import Testing

/// Synthetic case lists for the tests: invented identifiers ("C000123"), teams and workers.
enum Fixtures {
  /// The as-of date most tests use.
  static let asOfText = "2027-03-31"

  /// A list 6 header with every column the importer reads.
  static let list6Header =
    "Child Unique ID,Family ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),"
    + "Does the Child have a Disability,CIN Start Date,Primary Need Code,Case Status,"
    + "CIN Closure Date,Allocated Team,Allocated Worker"

  /// A list 7 header.
  static let list7Header =
    "Child Unique ID,Date of Birth,Child Protection Plan Start Date,Initial Category of Abuse,"
    + "Latest Category of Abuse,Child Protection Plan End Date,"
    + "Number of Previous Child Protection Plans,Allocated Team,Allocated Worker"

  /// A list 8 header.
  static let list8Header =
    "Child Unique ID,Date of Birth,Date Started to be Looked After,Child's Category of Need,"
    + "Date Ceased to be Looked After,Allocated Team,Allocated Worker"

  /// A list 6 row; every column has a harmless default.
  static func list6Row(
    _ id: String, family: String = "", gender: String = "Female", ethnicity: String = "WBRI",
    dob: String = "05/06/2015", age: String = "", disability: String = "No",
    start: String = "01/04/2026", need: String = "N5", status: String = "c) Child in need plan",
    closure: String = "", team: String = "Team Alpha", worker: String = "Worker A"
  ) -> String {
    [
      id, family, gender, ethnicity, dob, age, disability, start, need, status, closure, team,
      worker,
    ]
    .joined(separator: ",")
  }

  /// A list 7 row.
  static func list7Row(
    _ id: String, dob: String = "05/06/2015", start: String = "01/10/2026",
    initial: String = "b) Physical abuse", latest: String = "", end: String = "",
    previous: String = "0", team: String = "Team Beta", worker: String = "Worker B"
  ) -> String {
    [id, dob, start, initial, latest, end, previous, team, worker].joined(separator: ",")
  }

  /// A list 8 row.
  static func list8Row(
    _ id: String, dob: String = "05/06/2015", start: String = "01/01/2025", need: String = "N4",
    end: String = "", team: String = "Team Gamma", worker: String = "Worker C"
  ) -> String {
    [id, dob, start, need, end, team, worker].joined(separator: ",")
  }

  /// A file of a header and rows, LF line ends and a final line break.
  static func file(_ name: String, _ header: String, _ rows: [String]) -> CaseListSource {
    CaseListSource(name: name, text: ([header] + rows).joined(separator: "\n") + "\n")
  }

  /// A date from its ISO form.
  static func date(_ iso: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> CalendarDate
  {
    try #require(CalendarDate(iso: iso), sourceLocation: sourceLocation)
  }

  /// Imports Annex A sources at `asOf`.
  static func annexA(
    _ sources: [CaseListSource], asOf: String = asOfText,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> CaseListImport {
    CaseListImporter.importAnnexA(
      sources: sources, asOf: try date(asOf, sourceLocation: sourceLocation))
  }

  /// Imports Annex A sources that must have no problems, and returns the record of `id`.
  static func record(
    _ id: String, in sources: [CaseListSource], asOf: String = asOfText,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> CaseRecord {
    let result = try annexA(sources, asOf: asOf, sourceLocation: sourceLocation)
    #expect(result.problems == [], sourceLocation: sourceLocation)
    return try #require(result.records.first { $0.id == id }, sourceLocation: sourceLocation)
  }

  /// The problems of an import as `file:line:column: message` strings, checked to read the
  /// same in the shared diagnostic shape.
  static func descriptions(
    _ result: CaseListImport, sourceLocation: SourceLocation = #_sourceLocation
  ) -> [String] {
    let lines = result.problems.map(\.description)
    #expect(
      result.problems.map(\.diagnostic.description) == lines, sourceLocation: sourceLocation)
    return lines
  }
}
