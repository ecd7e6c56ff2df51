import CaseList
import Testing

/// The `mapped` profile: any CSV plus a JSON mapping.
struct MappedImportTests {
  private static let mapping = """
    {
      "columns": {
        "id": "Child Ref", "stage": "Service", "neglect": "Neglect Flag", "startDate": "Start",
        "dateOfBirth": "DOB", "team": "Team", "worker": "Worker", "familyKey": "Family",
        "disability": "Disabled", "previousPlans": "Previous CP Plans", "gender": "Sex",
        "age": "Age"
      },
      "codes": {
        "stage": {"EH": "earlyHelp", "CIN": "childInNeed", "CP": "childProtection",
                  "LAC": "lookedAfter", "Closed": "closed"},
        "neglect": {"Y": "confirmed", "P": "possible", "N": "none"},
        "disability": {"D": true, "ND": false}
      },
      "dateFormat": "dd/mm/yyyy",
      "open": {"endDate": "End"}
    }
    """

  private static let header =
    "Child Ref,Service,Neglect Flag,Start,End,DOB,Age,Sex,Team,Worker,Family,Disabled,"
    + "Previous CP Plans"

  private func run(
    _ rows: [String], header: String = header, mapping: String = mapping
  ) throws -> CaseListImport {
    CaseListImporter.importMapped(
      sources: [Fixtures.file("cases.csv", header, rows)],
      mapping: CaseListSource(name: "map.json", text: mapping),
      asOf: try Fixtures.date(Fixtures.asOfText))
  }

  @Test func aGoodMappingGivesRecords() throws {
    let result = try run([
      "C000001,CP,Y,01/10/2026,,05/06/2015,,F,Team Beta,Worker B,F1,D,1",
      "C000001,CIN,P,01/04/2026,,05/06/2015,,F,Team Alpha,Worker A,F1,,",
      "C000002,LAC,n,01/01/2025,,,9,M,Team Gamma,Worker C,,ND,",
      "C000003,CIN,Y,01/01/2025,01/01/2027,,,,Team Alpha,Worker A,,,",
      "C000004,childProtection,,01/02/2027,,,,,Team Beta,Worker B,,Yes,0",
      "C000005,closed,P,01/02/2027,,,,,,,,,",
    ])
    #expect(result.problems == [])
    #expect(result.sources.map(\.kind) == [.mapped])
    let records = result.records
    #expect(records.map(\.id) == ["C000001", "C000002", "C000003", "C000004", "C000005"])
    #expect(
      records.map(\.stage) == [.childProtection, .lookedAfter, .closed, .childProtection, .closed])
    #expect(records.map(\.neglectStatus) == [.confirmed, .none, .confirmed, .none, .possible])
    #expect(records.map(\.team) == ["Team Beta", "Team Gamma", nil, "Team Beta", nil])
    #expect(records.map(\.age) == [11, 9, nil, nil, nil])
    #expect(records.map(\.disability) == [true, false, nil, true, nil])
    #expect(records.map(\.previousPlans) == [1, nil, nil, 0, nil])
    #expect(records.map(\.familyKey) == ["F1", nil, nil, nil, nil])
    #expect(records.map(\.gender) == ["F", "M", nil, nil, nil])
    #expect(records[0].startDate == (try Fixtures.date("2026-10-01")))
    #expect(records[1].monthsOpen == 26)
  }

  @Test func headersMatchIgnoringCaseAndSpacing() throws {
    let result = try run(
      ["C000001,CP"], header: "child ref, SERVICE",
      mapping:
        #"{"columns": {"id": "Child Ref", "stage": "Service"}, "codes": {"stage": {"cp": "childProtection"}}}"#
    )
    #expect(result.problems == [])
    #expect(result.records.map(\.stage) == [.childProtection])
  }

  @Test func monthFirstDates() throws {
    let mapping = """
      {"columns": {"id": "Child Ref", "stage": "Service", "startDate": "Start"},
       "dateFormat": "mm/dd/yyyy"}
      """
    let result = try run(
      ["C000001,childInNeed,12/31/2026"], header: "Child Ref,Service,Start", mapping: mapping)
    #expect(result.problems == [])
    #expect(result.records.first?.startDate == (try Fixtures.date("2026-12-31")))
  }

  @Test func unknownAndBlankCodesInTheCSVAreProblems() throws {
    let result = try run([
      "C000001,XX,Y,01/10/2026,,,,,,,,,",
      "C000002,,Y,01/10/2026,,,,,,,,,",
      "C000003,CP,maybe,01/10/2026,,,,,,,,Q,",
    ])
    #expect(
      Fixtures.descriptions(result) == [
        "cases.csv:2:9: 'Service' 'XX' is not a stage code (add it to codes.stage in map.json)",
        "cases.csv:3:9: 'Service' is blank",
        "cases.csv:4:12: 'Neglect Flag' 'maybe' is not a neglect code (add it to codes.neglect "
          + "in map.json)",
        "cases.csv:4:36: 'Disabled' 'Q' is not a disability code (add it to codes.disability "
          + "in map.json)",
      ])
    #expect(result.records == [])
  }

  @Test func aMappedColumnMissingFromTheCSVIsAProblemAtLineOne() throws {
    let result = try run(["C000001,CP"], header: "Child Ref,Service")
    #expect(
      Fixtures.descriptions(result).first
        == "cases.csv:1:1: no column 'Age' (mapped to age in map.json)")
    #expect(result.problems.count == 11)
    #expect(result.sources.map(\.kind) == [.unrecognised])
  }

  @Test(arguments: [
    (
      #"{"columns": {"id": "Child Ref"}}"#,
      ["map.json:1:2: $.columns: 'stage' is required"]
    ),
    (
      #"{"colums": {"id": "A", "stage": "B"}}"#,
      [
        "map.json:1:1: $: 'columns' is required",
        "map.json:1:2: $.colums: unknown key (expected 'columns', 'codes', 'dateFormat', 'open')",
      ]
    ),
    (
      "{\n  \"columns\": {\"id\": \"A\", \"stage\": \"B\"},\n  \"codes\": {\"stage\": {\"LAC\": \"lookedafter\"}}\n}",
      [
        "map.json:3:23: $.codes.stage.LAC: 'lookedafter' is not one of 'closed', 'earlyHelp', "
          + "'referral', 'assessment', 'childInNeed', 'childProtection', 'lookedAfter'"
      ]
    ),
    (
      #"{"columns": {"id": 5, "stage": "", "dob": "DOB"}}"#,
      [
        "map.json:1:14: $.columns.id: expected a column header, found a number",
        "map.json:1:23: $.columns.stage: the column header is empty",
        "map.json:1:36: $.columns.dob: unknown field (expected 'id', 'stage', 'neglect', "
          + "'startDate', 'dateOfBirth', 'age', 'gender', 'ethnicity', 'disability', 'team', "
          + "'worker', 'familyKey', 'previousPlans')",
      ]
    ),
    (
      #"{"columns": {"id": "A", "stage": "B"}, "dateFormat": "yyyy/mm/dd", "open": {"end": "E"}}"#,
      [
        "map.json:1:40: $.dateFormat: expected one of 'dd/mm/yyyy', 'mm/dd/yyyy', 'yyyy-mm-dd', "
          + "found 'yyyy/mm/dd'",
        "map.json:1:77: $.open.end: unknown key (expected 'endDate')",
      ]
    ),
    (
      #"{"columns": {"id": "A", "stage": "B"}, "codes": {"disability": {"Y": "yes"}, "stage": {"CP": "childProtection", "cp": "childInNeed"}}}"#,
      [
        "map.json:1:65: $.codes.disability.Y: 'yes' is not one of 'true', 'false'",
        "map.json:1:113: $.codes.stage.cp: the same code as 'CP' (codes ignore case) with another "
          + "meaning",
      ]
    ),
    (
      "{\"columns\": {\"id\": \"A\",\n }}",
      ["map.json:2:2: not valid JSON: expected a string key, found '}'"]
    ),
    ("[1, 2]", ["map.json:1:1: $: expected an object, found an array"]),
    ("", ["map.json:1:1: not valid JSON: expected a JSON value, found end of input"]),
  ])
  func badMappingsAreProblemsWithTheirJSONPaths(json: String, expected: [String]) throws {
    let result = try run(["C000001,CP"], header: "A,B", mapping: json)
    #expect(Fixtures.descriptions(result) == expected)
    #expect(result.records == [])
    #expect(result.sources.map(\.kind) == [.unrecognised])
  }

  /// The example in the README, verbatim.
  @Test func theReadmeExample() throws {
    let mapping = """
      {
        "columns": {
          "id": "Child Ref",
          "stage": "Service",
          "neglect": "Neglect Flag",
          "startDate": "Start",
          "dateOfBirth": "DOB",
          "age": "Age",
          "gender": "Sex",
          "ethnicity": "Ethnicity",
          "disability": "Disabled",
          "team": "Team",
          "worker": "Worker",
          "familyKey": "Family",
          "previousPlans": "Previous CP Plans"
        },
        "codes": {
          "stage": {
            "EH": "earlyHelp", "REF": "referral", "ASMT": "assessment", "CIN": "childInNeed",
            "CP": "childProtection", "LAC": "lookedAfter", "Closed": "closed"
          },
          "neglect": {"Y": "confirmed", "P": "possible", "N": "none"},
          "disability": {"D": true, "ND": false}
        },
        "dateFormat": "dd/mm/yyyy",
        "open": {"endDate": "End"}
      }
      """
    let csv = """
      Child Ref,Service,Neglect Flag,Start,End,DOB,Age,Sex,Ethnicity,Disabled,Team,Worker,Family,Previous CP Plans
      C000123,CP,Y,01/10/2026,,05/06/2015,,F,WBRI,D,Team Beta,Worker B,F000045,1
      C000123,CIN,P,01/04/2026,,05/06/2015,,F,WBRI,,Team Alpha,Worker A,F000045,
      C000124,LAC,N,01/01/2025,,,9,M,WBRI,ND,Team Gamma,Worker C,,

      """
    let result = CaseListImporter.importMapped(
      sources: [CaseListSource(name: "cases.csv", text: csv)],
      mapping: CaseListSource(name: "map.json", text: mapping),
      asOf: try Fixtures.date(Fixtures.asOfText))
    #expect(result.problems == [])
    #expect(
      result.records == [
        CaseRecord(
          id: "C000123", familyKey: "F000045", stage: .childProtection, neglectStatus: .confirmed,
          team: "Team Beta", worker: "Worker B", age: 11, gender: "F", ethnicity: "WBRI",
          disability: true, startDate: try Fixtures.date("2026-10-01"), monthsOpen: 5,
          previousPlans: 1),
        CaseRecord(
          id: "C000124", stage: .lookedAfter, neglectStatus: .none, team: "Team Gamma",
          worker: "Worker C", age: 9, gender: "M", ethnicity: "WBRI", disability: false,
          startDate: try Fixtures.date("2025-01-01"), monthsOpen: 26),
      ])
  }

  /// The bad mapping in the README, verbatim.
  @Test func theReadmeBadMapping() throws {
    let mapping = """
      {
        "columns": {"id": "Child Ref", "dob": "DOB"},
        "codes": {"stage": {"LAC": "lookedafter"}}
      }
      """
    let result = try run(["C000001,CP"], header: "Child Ref,DOB", mapping: mapping)
    #expect(
      Fixtures.descriptions(result) == [
        "map.json:2:3: $.columns: 'stage' is required",
        "map.json:2:34: $.columns.dob: unknown field (expected 'id', 'stage', 'neglect', "
          + "'startDate', 'dateOfBirth', 'age', 'gender', 'ethnicity', 'disability', 'team', "
          + "'worker', 'familyKey', 'previousPlans')",
        "map.json:3:23: $.codes.stage.LAC: 'lookedafter' is not one of 'closed', 'earlyHelp', "
          + "'referral', 'assessment', 'childInNeed', 'childProtection', 'lookedAfter'",
      ])
  }

  @Test func aMappingWithAByteOrderMarkIsRead() throws {
    let json = #"{"columns": {"id": "A", "stage": "B"}}"#
    let result = CaseListImporter.importMapped(
      sources: [Fixtures.file("cases.csv", "A,B", ["C000001,lookedAfter"])],
      mapping: CaseListSource(name: "map.json", bytes: [0xEF, 0xBB, 0xBF] + Array(json.utf8)),
      asOf: try Fixtures.date(Fixtures.asOfText))
    #expect(result.problems == [])
    #expect(result.records.map(\.stage) == [.lookedAfter])
  }
}
