import CaseList
import Testing

/// Bad input is reported with its location, all at once, without naming children.
struct AnnexAProblemTests {
  private typealias F = Fixtures

  @Test(arguments: [
    (
      "31/02/2026",
      "list6.csv:2:37: 'CIN Start Date' is not a date (expected dd/mm/yyyy, "
        + "dd/mm/yy or yyyy-mm-dd)"
    ),
    (
      "2026/04/01",
      "list6.csv:2:37: 'CIN Start Date' is not a date (expected dd/mm/yyyy, "
        + "dd/mm/yy or yyyy-mm-dd)"
    ),
    ("", "list6.csv:2:37: 'CIN Start Date' is blank"),
  ])
  func badOrBlankStartDate(start: String, expected: String) throws {
    let result = try F.annexA([
      F.file("list6.csv", F.list6Header, [F.list6Row("C000001", start: start)])
    ])
    #expect(F.descriptions(result) == [expected])
    #expect(result.records == [])
  }

  @Test func badDateOfBirthIsNotEchoed() throws {
    let list6 = F.file("list6.csv", F.list6Header, [F.list6Row("C000001", dob: "31/13/2015")])
    let result = try F.annexA([list6])
    #expect(
      F.descriptions(result) == [
        "list6.csv:2:22: 'Date of Birth' is not a date (expected dd/mm/yyyy, dd/mm/yy or "
          + "yyyy-mm-dd)"
      ])
  }

  @Test func blankIdentifierIsAProblem() throws {
    let list6 = F.file("list6.csv", F.list6Header, [F.list6Row("")])
    #expect(F.descriptions(try F.annexA([list6])) == ["list6.csv:2:1: 'Child Unique ID' is blank"])
  }

  @Test func badNumbersAreProblems() throws {
    let list7 = F.file("list7.csv", F.list7Header, [F.list7Row("C000001", previous: "two")])
    let list6 = F.file("list6.csv", F.list6Header, [F.list6Row("C000002", dob: "", age: "-1")])
    #expect(
      F.descriptions(try F.annexA([list6, list7])) == [
        "list6.csv:2:23: warning: 'Age of Child (Years)' is not a whole number of years",
        "list7.csv:2:51: 'Number of Previous Child Protection Plans' is not a whole number",
      ])
  }

  @Test func anEndBeforeItsStartIsAWarningAndThePlanIsClosed() throws {
    let list7 = F.file(
      "list7.csv", F.list7Header, [F.list7Row("C000001", start: "01/10/2026", end: "01/09/2026")])
    let result = try F.annexA([list7])
    #expect(
      F.descriptions(result) == [
        "list7.csv:2:50: warning: 'Child Protection Plan End Date' is before "
          + "'Child Protection Plan Start Date'"
      ])
    #expect(result.warnings.map(\.kind) == [.endBeforeStart])
    #expect(result.records.map(\.stage) == [.closed])
  }

  @Test func contradictoryDatesOfBirthAcrossFilesNameTheOtherRowNotTheChild() throws {
    let list6 = F.file(
      "list6.csv", F.list6Header,
      [F.list6Row("C000002"), F.list6Row("C000001", dob: "05/06/2015")])
    let list7 = F.file("list7.csv", F.list7Header, [F.list7Row("C000001", dob: "06/05/2015")])
    let result = try F.annexA([list6, list7])
    #expect(
      F.descriptions(result) == [
        "list7.csv:2:9: 'Date of Birth' differs from an earlier row's for the same child "
          + "(the earlier row is at list6.csv:3)"
      ])
    #expect(result.records == [])
    for problem in result.problems {
      #expect(!problem.message.contains("C000001"))
      #expect(!problem.message.contains("2015"))
    }
  }

  @Test func contradictoryDatesOfBirthWithinOneFile() throws {
    let list6 = F.file(
      "list6.csv", F.list6Header,
      [
        F.list6Row("C000001", dob: "05/06/2015"), F.list6Row("C000001", dob: ""),
        F.list6Row("C000001", dob: "2015-06-05"), F.list6Row("C000001", dob: "07/06/2015"),
      ])
    #expect(
      F.descriptions(try F.annexA([list6])) == [
        "list6.csv:5:22: 'Date of Birth' differs from an earlier row's for the same child "
          + "(the earlier row is at list6.csv:2)"
      ])
  }

  @Test func wrongFieldCountsAreProblemsAndTheRowIsSkipped() throws {
    let rows = [F.list6Row("C000001") + ",extra", "C000002,F1,Male", F.list6Row("C000003")]
    let result = try F.annexA([F.file("list6.csv", F.list6Header, rows)])
    let extra = F.list6Row("C000001").count + 2
    #expect(
      F.descriptions(result) == [
        "list6.csv:2:\(extra): this row has 14 fields but the header has 13",
        "list6.csv:3:16: this row has 3 fields but the header has 13",
      ])
    #expect(result.sources.first?.dataRows == 3)
  }

  @Test func syntaxProblemsInAListAreReportedWithTheirLocation() throws {
    let rows = [F.list6Row("C000001", team: "Team \"A\""), F.list6Row("C000002", worker: "\"W")]
    let result = try F.annexA([F.file("list6.csv", F.list6Header, rows)])
    #expect(
      F.descriptions(result) == [
        "list6.csv:2:79: stray quote in a field that does not start with a quote (write it as "
          + "\"\" inside a quoted field)",
        "list6.csv:3:85: unterminated quote: this quoted field runs to the end of the file",
      ])
  }

  @Test func everyProblemInEveryFileIsReportedAtOnceInSourceOrder() throws {
    let list7 = F.file(
      "list7.csv", F.list7Header,
      [F.list7Row("C000001", initial: "XYZ"), F.list7Row("C000002", start: "soon")])
    let list6 = F.file(
      "list6.csv", F.list6Header,
      [F.list6Row("C000003", need: "N77"), F.list6Row("C000004", closure: "never")])
    let other = CaseListSource(name: "notes.csv", text: "Note\nhello\n")
    let result = try F.annexA([list7, list6, other])
    #expect(
      result.problems.map(\.file) == [
        "list7.csv", "list7.csv", "list6.csv", "list6.csv", "notes.csv",
      ])
    #expect(result.problems.map(\.line) == [2, 3, 2, 3, 1])
    #expect(result.records == [])
    #expect(
      result.sources.map(\.kind) == [
        .annexA(.childProtection), .annexA(.childrenInNeed), .unrecognised,
      ])
    #expect(!result.isValid)
  }

  @Test func messagesNeverNameChildren() throws {
    let id = "C000777"
    let dob = "17/09/2016"
    let list6 = F.file(
      "list6.csv", F.list6Header,
      [
        F.list6Row(id, dob: dob, age: "x", disability: "Perhaps", start: "bad", need: "N99"),
        F.list6Row(id, dob: "18/09/2016"),
      ])
    let result = try F.annexA([list6])
    #expect(result.problems.count == 5)
    for problem in result.problems {
      #expect(!problem.description.contains(id))
      #expect(!problem.description.contains("2016"))
    }
  }
}
