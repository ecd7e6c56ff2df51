import CaseList
import Testing

/// Codes in the forms authorities write them.
struct AnnexACodeTests {
  private typealias F = Fixtures

  @Test(arguments: [
    ("a) Neglect", NeglectStatus.confirmed), ("NEG", .confirmed), ("Neglect", .confirmed),
    ("neglect", .confirmed), ("(a) Neglect", .confirmed), ("a. Neglect", .confirmed),
    ("b) Physical abuse", NeglectStatus.none), ("PHY", .none), ("Physical", .none),
    ("c) Sexual abuse", .none), ("SAB", .none), ("d) Emotional abuse", .none), ("EMO", .none),
    ("e) Multiple/not recommended", .possible), ("MUL", .possible), ("Multiple", .possible),
  ])
  func categoriesOfAbuse(code: String, status: NeglectStatus) throws {
    let list7 = F.file("list7.csv", F.list7Header, [F.list7Row("C000001", initial: code)])
    #expect(try F.record("C000001", in: [list7]).neglectStatus == status)
  }

  @Test(arguments: [
    ("N1 - Abuse or neglect", NeglectStatus.possible), ("N1", .possible),
    ("Abuse or neglect", .possible), ("n1", .possible), ("N1 Abuse or Neglect", .possible),
    ("N2 - Child's disability", NeglectStatus.none), ("N5", .none), ("Family dysfunction", .none),
    ("N0 - Not stated", .none), ("N9", .none), ("Low income", .none),
  ])
  func needCodes(code: String, status: NeglectStatus) throws {
    let list6 = F.file("list6.csv", F.list6Header, [F.list6Row("C000001", need: code)])
    #expect(try F.record("C000001", in: [list6]).neglectStatus == status)
  }

  @Test(arguments: [
    ("Y", true as Bool?), ("Yes", true), ("a) Yes", true), ("yes", true), ("N", false),
    ("No", false), ("b) No", false), ("", nil), ("c) Unknown", nil), ("Unknown", nil),
  ])
  func yesNo(code: String, disability: Bool?) throws {
    let list6 = F.file("list6.csv", F.list6Header, [F.list6Row("C000001", disability: code)])
    #expect(try F.record("C000001", in: [list6]).disability == disability)
  }

  @Test(arguments: [
    ("a) Looked after child", Stage.lookedAfter), ("Looked after child", .lookedAfter),
    ("b) Child Protection plan", .childProtection), ("child protection plan", .childProtection),
    ("c) Child in need plan", .childInNeed), ("Child in need plan", .childInNeed),
    ("d) Open assessment", .assessment), ("Open Assessment", .assessment),
    ("e) Closed episode", .closed), ("Closed episode", .closed), ("", .childInNeed),
  ])
  func caseStatuses(code: String, stage: Stage) throws {
    let list6 = F.file("list6.csv", F.list6Header, [F.list6Row("C000001", status: code)])
    #expect(try F.record("C000001", in: [list6]).stage == stage)
  }

  @Test(arguments: [
    ("a) Male", "a) WBRI", "Male", "WBRI"), ("Male", "WBRI", "Male", "WBRI"),
    ("1", "White British", "Male", "WBRI"), ("F", "t) NOBT", "Female", "NOBT"),
    ("c) Not stated/recorded", "s) REFU", "Not stated/recorded", "REFU"),
  ])
  func genderAndEthnicityAreTheirPublishedValue(
    gender: String, ethnicity: String, expectedGender: String, expectedEthnicity: String
  ) throws {
    let list6 = F.file(
      "list6.csv", F.list6Header, [F.list6Row("C000001", gender: gender, ethnicity: ethnicity)])
    let record = try F.record("C000001", in: [list6])
    #expect(record.gender == expectedGender)
    #expect(record.ethnicity == expectedEthnicity)
  }

  @Test func aClosedEpisodeWhoseClosureIsAfterTheAsOfDateIsStillOpen() throws {
    let list6 = F.file(
      "list6.csv", F.list6Header,
      [F.list6Row("C000001", status: "e) Closed episode", closure: "15/04/2027")])
    #expect(try F.record("C000001", in: [list6]).stage == .childInNeed)
  }

  @Test func aMultipleCategoryIsPossibleNeglectAndKeepsItsCategory() throws {
    let list7 = F.file(
      "list7.csv", F.list7Header,
      [F.list7Row("C000001", initial: "a) Neglect", latest: "e) Multiple/not recommended")])
    let record = try F.record("C000001", in: [list7])
    #expect(record.neglectStatus == .possible)
    #expect(record.abuseCategory == .multiple)
  }

  @Test(arguments: [
    (
      "list7", "NEGLECTED",
      "list7.csv:2:31: 'Initial Category of Abuse' 'NEGLECTED' is not a published category of "
        + "abuse (a) Neglect, b) Physical abuse, c) Sexual abuse, d) Emotional abuse, "
        + "e) Multiple/not recommended; or NEG, PHY, SAB, EMO, MUL)"
    ),
    (
      "list6", "N1 - Low income",
      "list6.csv:2:48: 'Primary Need Code' 'N1 - Low income' is not a published need code "
        + "(N0–N9, e.g. 'N1 - Abuse or neglect', 'N1' or 'Abuse or neglect')"
    ),
    (
      "list6", "N12",
      "list6.csv:2:48: 'Primary Need Code' 'N12' is not a published need code (N0–N9, e.g. "
        + "'N1 - Abuse or neglect', 'N1' or 'Abuse or neglect')"
    ),
  ])
  func unknownCodesAreProblemsAtTheirField(list: String, code: String, expected: String) throws {
    let source =
      list == "list7"
      ? F.file("list7.csv", F.list7Header, [F.list7Row("C000001", initial: code)])
      : F.file("list6.csv", F.list6Header, [F.list6Row("C000001", need: code)])
    let result = try F.annexA([source])
    #expect(F.descriptions(result) == [expected])
    #expect(result.records == [])
  }

  @Test func anUnknownStatusIsAnErrorAndAnUnknownDisabilityAWarning() throws {
    let list6 = F.file(
      "list6.csv", F.list6Header,
      [F.list6Row("C000001", disability: "Maybe", status: "f) Pending")])
    let result = try F.annexA([list6])
    #expect(
      F.descriptions(result) == [
        "list6.csv:2:34: warning: 'Does the Child have a Disability' 'Maybe' is not a published "
          + "answer (a) Yes, b) No or c) Unknown; or Y, N)",
        "list6.csv:2:54: 'Case Status' 'f) Pending' is not a published case status "
          + "(a) Looked after child, b) Child Protection plan, c) Child in need plan, "
          + "d) Open assessment, e) Closed episode)",
      ])
    #expect(result.errors.count == 1)
    #expect(result.records == [])
  }

  @Test func anUnknownDisabilityAloneImportsWithAWarningThatFlagsTheChild() throws {
    let list6 = F.file(
      "list6.csv", F.list6Header, [F.list6Row("C000001", disability: "Maybe")])
    let result = try F.annexA([list6])
    #expect(result.errors == [])
    #expect(result.warnings.map(\.kind) == [.code])
    #expect(result.warnings.map(\.childID) == ["C000001"])
    #expect(!result.warnings[0].description.contains("C000001"))
    #expect(result.records.map(\.id) == ["C000001"])
    #expect(result.records[0].disability == nil)
  }
}
