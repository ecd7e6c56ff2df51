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
    ("e) Multiple", .none), ("MUL", .none),
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
    ("No", false), ("b) No", false), ("", nil), ("Not known", nil), ("Unknown", nil),
  ])
  func yesNo(code: String, disability: Bool?) throws {
    let list6 = F.file("list6.csv", F.list6Header, [F.list6Row("C000001", disability: code)])
    #expect(try F.record("C000001", in: [list6]).disability == disability)
  }

  @Test(arguments: [
    ("Open case", Stage.childInNeed), ("a) Open case", .childInNeed), ("Open", .childInNeed),
    ("Closed episode", .childInNeed), ("", .childInNeed), ("Open assessment", .assessment),
    ("c) Open Assessment", .assessment),
  ])
  func caseStatuses(code: String, stage: Stage) throws {
    let list6 = F.file("list6.csv", F.list6Header, [F.list6Row("C000001", status: code)])
    #expect(try F.record("C000001", in: [list6]).stage == stage)
  }

  @Test func genderAndEthnicityLoseTheirListLetter() throws {
    let list6 = F.file(
      "list6.csv", F.list6Header, [F.list6Row("C000001", gender: "a) Male", ethnicity: "WBRI")])
    let record = try F.record("C000001", in: [list6])
    #expect(record.gender == "Male")
    #expect(record.ethnicity == "WBRI")
  }

  @Test(arguments: [
    (
      "list7", "NEGLECTED",
      "list7.csv:2:31: 'Initial Category of Abuse': 'NEGLECTED' is not a category of abuse "
        + "(expected Neglect, Physical, Sexual, Emotional or Multiple, as 'a) Neglect', 'NEG' or "
        + "'Neglect')"
    ),
    (
      "list6", "N1 - Low income",
      "list6.csv:2:48: 'Primary Need Code': 'N1 - Low income' is not a need code (expected "
        + "N0–N9, e.g. 'N1 - Abuse or neglect', 'N1' or 'Abuse or neglect')"
    ),
    (
      "list6", "N12",
      "list6.csv:2:48: 'Primary Need Code': 'N12' is not a need code (expected N0–N9, e.g. "
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

  @Test func unknownYesNoAndStatusAreProblems() throws {
    let list6 = F.file(
      "list6.csv", F.list6Header,
      [F.list6Row("C000001", disability: "Maybe", status: "Pending")])
    let result = try F.annexA([list6])
    #expect(
      F.descriptions(result) == [
        "list6.csv:2:34: 'Does the Child have a Disability': 'Maybe' is not yes or no "
          + "(expected Y, Yes, a) Yes, N, No, b) No or Not known)",
        "list6.csv:2:54: 'Case Status': 'Pending' is not a case status (expected 'Open case', "
          + "'Closed episode' or 'Open assessment')",
      ])
  }
}
