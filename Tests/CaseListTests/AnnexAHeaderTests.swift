import CaseList
import Testing

/// Recognising Annex A lists by their headers.
struct AnnexAHeaderTests {
  /// A minimal list of one row, given its header and row.
  private func kind(_ header: String, _ row: String) throws -> SourceKind? {
    let result = try Fixtures.annexA([CaseListSource(name: "l.csv", text: header + "\n" + row)])
    #expect(result.problems == [])
    return result.sources.first?.kind
  }

  @Test(arguments: [
    ("Child ID,Early Help Start Date", "C1,01/01/2027", AnnexAList.earlyHelp),
    ("Child Unique ID,Date EH assessment started", "C1,01/01/2027", .earlyHelp),
    ("Child ID,Referral Date,Referral NFA?", "C1,01/01/2027,No", .referrals),
    ("Child ID,Assessment Start Date", "C1,01/01/2027", .assessments),
    ("Child ID,Continuous Assessment Start Date", "C1,01/01/2027", .assessments),
    ("Child ID,Strategy Discussion Date", "C1,01/01/2027", .section47),
    ("Child ID,S47 start", "C1,01/01/2027", .section47),
    (
      "Child ID,CIN Start Date,Primary Need Code,CIN Closure Date", "C1,01/01/2027,N1,",
      .childrenInNeed
    ),
    (
      "Child ID,Child Protection Plan Start Date,Latest Category of Abuse,"
        + "Child Protection Plan End Date", "C1,01/01/2027,NEG,", .childProtection
    ),
    (
      "Child ID,Date Started to be Looked After,Child's Category of Need,"
        + "Date Ceased to be Looked After", "C1,01/01/2027,N1,", .lookedAfter
    ),
  ])
  func eachListIsRecognised(header: String, row: String, list: AnnexAList) throws {
    #expect(try kind(header, row) == .annexA(list))
  }

  @Test(arguments: [
    "Child Unique ID", "Child ID", "ChildUniqueID", "child_unique_id", " CHILD UNIQUE ID ",
    "Child Unique Identifier", "\"Child Unique ID\"",
  ])
  func identifierHeaderVariants(header: String) throws {
    let source = CaseListSource(
      name: "l.csv", text: "\(header),Early Help Start Date\nC000123,01/01/2027\n")
    let result = try Fixtures.annexA([source])
    #expect(result.problems == [])
    #expect(result.records.map(\.id) == ["C000123"])
  }

  @Test(arguments: [
    ("Date of Birth", "Allocated Team", "Allocated Worker"),
    ("DOB", "Team", "Worker"),
    ("Date of Birth (dd/mm/yyyy)", "Team Name", "Social Worker"),
    ("date_of_birth", "ALLOCATED TEAM", "allocated worker"),
  ])
  func childAndAllocationHeaderVariants(dob: String, team: String, worker: String) throws {
    let source = CaseListSource(
      name: "l.csv",
      text: "Child ID,\(dob),\(team),\(worker),Early Help Start Date\n"
        + "C000123,05/06/2015,Team Alpha,Worker A,01/01/2027\n")
    let record = try Fixtures.record("C000123", in: [source])
    #expect(record.age == 11)
    #expect(record.team == "Team Alpha")
    #expect(record.worker == "Worker A")
  }

  @Test func familyKeyHeaderVariants() throws {
    for header in ["Family ID", "Family Key", "Household ID"] {
      let source = CaseListSource(
        name: "l.csv", text: "Child ID,\(header),Early Help Start Date\nC000123,F77,01/01/2027\n")
      #expect(try Fixtures.record("C000123", in: [source]).familyKey == "F77")
    }
  }

  @Test func unrecognisedFileIsAProblemAtLineOne() throws {
    let result = try Fixtures.annexA([
      CaseListSource(name: "other.csv", text: "Name,Colour\nA,Blue\n")
    ])
    #expect(result.sources.first?.kind == .unrecognised)
    #expect(
      Fixtures.descriptions(result) == [
        "other.csv:1:1: not recognised as an Annex A list: no column names a list 2–8 date such "
          + "as 'CIN Start Date', 'Child Protection Plan Start Date' or "
          + "'Date Started to be Looked After'"
      ])
    #expect(result.records == [])
  }

  @Test func listOneIsNamedAndRefused() throws {
    let result = try Fixtures.annexA([
      CaseListSource(name: "list1.csv", text: "Child ID,Contact Date\nC1,01/01/2027\n")
    ])
    #expect(
      Fixtures.descriptions(result) == [
        "list1.csv:1:1: this looks like Annex A list 1 (contacts), which CaseAudit does not use; "
          + "leave it out"
      ])
  }

  @Test(arguments: [
    (
      "CIN Start Date,Primary Need Code,CIN Closure Date",
      "list6.csv:1:1: list 6 (children in need) has no 'Child Unique ID' column"
    ),
    (
      "Child ID,CIN Start Date,Primary Need Code",
      "list6.csv:1:1: list 6 (children in need) has no 'CIN Closure Date' column"
    ),
    (
      "Child ID,Child Protection Plan Start Date,Child Protection Plan End Date",
      "list6.csv:1:1: list 7 (child protection) has neither 'Initial Category of Abuse' nor "
        + "'Latest Category of Abuse'"
    ),
    (
      "Child ID,Date Started to be Looked After,Date Ceased to be Looked After",
      "list6.csv:1:1: list 8 (looked after) has no 'Child's Category of Need' column"
    ),
  ])
  func missingRequiredColumnIsAProblemAtLineOne(header: String, expected: String) throws {
    let result = try Fixtures.annexA([CaseListSource(name: "list6.csv", text: header + "\n")])
    #expect(Fixtures.descriptions(result) == [expected])
  }

  @Test func duplicateHeaderIsAProblemAtItsColumn() throws {
    let text = "Child ID,Early Help Start Date,Team,Team\nC1,01/01/2027,A,B\n"
    let result = try Fixtures.annexA([CaseListSource(name: "eh.csv", text: text)])
    #expect(
      Fixtures.descriptions(result) == [
        "eh.csv:1:37: duplicate column 'Team' (the same as column 3, 'Team')"
      ])
  }

  @Test func twoHeadersForOneFieldIsAProblem() throws {
    let text = "Child ID,DOB,Date of Birth,Early Help Start Date\n"
    let result = try Fixtures.annexA([CaseListSource(name: "eh.csv", text: text)])
    #expect(
      Fixtures.descriptions(result) == [
        "eh.csv:1:14: columns 'DOB' and 'Date of Birth' both give 'Date of Birth'"
      ])
  }

  @Test func emptyFileHasNoHeader() throws {
    let result = try Fixtures.annexA([CaseListSource(name: "e.csv", text: "\n\n")])
    #expect(Fixtures.descriptions(result) == ["e.csv:1:1: the file has no header row"])
  }
}
