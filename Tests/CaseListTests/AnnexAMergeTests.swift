import CaseList
import Testing

/// How Annex A rows merge into one record per child.
struct AnnexAMergeTests {
  private typealias F = Fixtures

  private func list6(_ rows: String...) -> CaseListSource {
    F.file("list6.csv", F.list6Header, rows)
  }

  private func list7(_ rows: String...) -> CaseListSource {
    F.file("list7.csv", F.list7Header, rows)
  }

  private func list8(_ rows: String...) -> CaseListSource {
    F.file("list8.csv", F.list8Header, rows)
  }

  @Test func childInNeedAlone() throws {
    let record = try F.record("C000001", in: [list6(F.list6Row("C000001"))])
    #expect(record.stage == .childInNeed)
    #expect(record.team == "Team Alpha")
    #expect(record.worker == "Worker A")
    #expect(record.startDate == (try F.date("2026-04-01")))
    #expect(record.monthsOpen == 11)
    #expect(!record.isLongTerm)
  }

  /// Identifiers over 16 bytes are held apart from the rows (`ShortText`); rows of one such
  /// child in different files still merge, and children whose long identifiers differ only
  /// after the sixteenth byte stay apart, in byte order.
  @Test func longIdentifiersMergeAcrossFilesAndStayApart() throws {
    let first = "LA-NORTHBRIDGE-000000001"
    let second = "LA-NORTHBRIDGE-000000002"
    let sources = [
      list6(F.list6Row(second), F.list6Row(first), F.list6Row("C1")),
      list7(F.list7Row(first, previous: "2"), F.list7Row(second)),
      list8(F.list8Row(second)),
    ]
    let result = try F.annexA(sources)
    #expect(result.problems == [])
    #expect(result.records.map(\.id) == ["C1", first, second])
    #expect(result.records.map(\.stage) == [.childInNeed, .childProtection, .lookedAfter])
    #expect(result.records.map(\.previousPlans) == [nil, 2, 0])
  }

  @Test func theMostIntensiveOpenInvolvementGivesStageTeamAndStart() throws {
    let sources = [
      list6(F.list6Row("C000001"), F.list6Row("C000002"), F.list6Row("C000003")),
      list7(F.list7Row("C000002", previous: "2"), F.list7Row("C000003")),
      list8(F.list8Row("C000003")),
    ]
    let result = try F.annexA(sources)
    #expect(result.problems == [])
    #expect(result.records.map(\.stage) == [.childInNeed, .childProtection, .lookedAfter])
    #expect(result.records.map(\.team) == ["Team Alpha", "Team Beta", "Team Gamma"])
    #expect(result.records.map(\.worker) == ["Worker A", "Worker B", "Worker C"])
    #expect(result.records[1].startDate == (try F.date("2026-10-01")))
    #expect(result.records[1].previousPlans == 2)
    #expect(result.records[2].startDate == (try F.date("2025-01-01")))
    #expect(result.records[2].monthsOpen == 26)
  }

  @Test func aClosedEpisodeGivesWayToAnOpenOne() throws {
    let sources = [
      list7(F.list7Row("C000001", start: "01/06/2026")),
      list8(F.list8Row("C000001", start: "01/01/2025", end: "01/02/2027")),
    ]
    let record = try F.record("C000001", in: sources)
    #expect(record.stage == .childProtection)
    #expect(record.team == "Team Beta")
  }

  @Test(arguments: [
    ("", Stage.childInNeed), ("30/03/2027", .closed), ("31/03/2027", .closed),
    ("01/04/2027", .childInNeed), ("15/06/2027", .childInNeed),
  ])
  func closureBeforeOnOrAfterTheAsOfDate(closure: String, stage: Stage) throws {
    let record = try F.record("C000001", in: [list6(F.list6Row("C000001", closure: closure))])
    #expect(record.stage == stage)
    #expect(record.isOpen == (stage != .closed))
    if stage == .closed {
      #expect(record.team == nil && record.worker == nil && record.startDate == nil)
      #expect(record.monthsOpen == nil)
    }
  }

  @Test func aRowStartingAfterTheAsOfDateIsNotYetOpen() throws {
    let sources = [
      list6(F.list6Row("C000001", start: "01/01/2026")),
      list7(F.list7Row("C000001", start: "01/04/2027", initial: "NEG")),
    ]
    let record = try F.record("C000001", in: sources)
    #expect(record.stage == .childInNeed)
    #expect(record.neglectStatus == .none)
  }

  @Test func childrenWithNothingOpenAreKeptAsClosed() throws {
    let result = try F.annexA([
      list6(F.list6Row("C000001", closure: "01/01/2027"), F.list6Row("C000002"))
    ])
    #expect(result.records.map(\.id) == ["C000001", "C000002"])
    #expect(result.records.map(\.stage) == [.closed, .childInNeed])
    #expect(result.openCount == 1)
  }

  @Test func openAssessmentOutranksEarlyHelpButNotChildInNeed() throws {
    let earlyHelp = F.file(
      "list2.csv", "Child Unique ID,Early Help Start Date,Allocated Team",
      ["C000001,01/02/2027,EH Team", "C000002,01/02/2027,EH Team"])
    let cin = list6(
      F.list6Row("C000001", status: "Open assessment"),
      F.list6Row("C000002", status: "Open assessment", closure: "01/03/2027"))
    let result = try F.annexA([earlyHelp, cin])
    #expect(result.records.map(\.stage) == [.assessment, .earlyHelp])
    #expect(result.records.map(\.team) == ["Team Alpha", "EH Team"])
  }

  @Test(arguments: [
    ("Early Help Start Date", Stage.earlyHelp), ("Referral Date", .referral),
    ("Assessment Start Date", .assessment), ("Strategy Discussion Date", .assessment),
  ])
  func listsTwoToFiveGiveTheirStage(header: String, stage: Stage) throws {
    let source = F.file("list.csv", "Child Unique ID,\(header)", ["C000001,01/02/2027"])
    #expect(try F.record("C000001", in: [source]).stage == stage)
  }

  @Test func listsTwoToFiveGiveWayToMoreIntensiveOnes() throws {
    let earlyHelp = F.file("list2.csv", "Child ID,Early Help Start Date", ["C000001,01/02/2027"])
    let referral = F.file("list3.csv", "Child ID,Referral Date", ["C000001,01/03/2027"])
    #expect(try F.record("C000001", in: [earlyHelp, referral]).stage == .referral)
    let cin = list6(F.list6Row("C000001"))
    #expect(try F.record("C000001", in: [earlyHelp, referral, cin]).stage == .childInNeed)
  }

  @Test func listsTwoToFiveCloseWithTheirEndDates() throws {
    let earlyHelp = F.file(
      "list2.csv", "Child ID,Early Help Start Date,Early Help End Date",
      ["C000001,01/02/2026,01/03/2026", "C000002,01/02/2026,"])
    let result = try F.annexA([earlyHelp])
    #expect(result.records.map(\.stage) == [.closed, .earlyHelp])
  }

  @Test func aReferralWithNoFurtherActionIsClosed() throws {
    let referrals = F.file(
      "list3.csv", "Child ID,Referral Date,Referral NFA?",
      ["C000001,01/03/2027,Yes", "C000002,01/03/2027,No"])
    let result = try F.annexA([referrals])
    #expect(result.records.map(\.stage) == [.closed, .referral])
  }

  @Test(arguments: [
    // (initial, latest, plan end, list 6 need, expected)
    ("a) Neglect", "", "", "N5", NeglectStatus.confirmed),
    ("b) Physical abuse", "a) Neglect", "", "N5", .confirmed),
    ("a) Neglect", "b) Physical abuse", "", "N5", .none),
    ("a) Neglect", "b) Physical abuse", "", "N1", .possible),
    ("a) Neglect", "", "01/01/2027", "N5", .none),
    ("a) Neglect", "", "01/01/2027", "N1", .possible),
    ("b) Physical abuse", "", "", "N1 - Abuse or neglect", .possible),
    ("a) Neglect", "", "", "N1", .confirmed),
  ])
  func neglectStatus(
    initial: String, latest: String, end: String, need: String, expected: NeglectStatus
  ) throws {
    let sources = [
      list6(F.list6Row("C000001", need: need)),
      list7(F.list7Row("C000001", initial: initial, latest: latest, end: end)),
    ]
    #expect(try F.record("C000001", in: sources).neglectStatus == expected)
  }

  @Test func categoryOfNeedN1OnListEightIsPossibleNeglect() throws {
    #expect(
      try F.record("C000001", in: [list8(F.list8Row("C000001", need: "N1"))]).neglectStatus
        == .possible)
  }

  @Test func aClosedChildInNeedEpisodeWithN1StillSaysPossible() throws {
    let record = try F.record(
      "C000001", in: [list6(F.list6Row("C000001", need: "N1", closure: "01/01/2027"))])
    #expect(record.stage == .closed)
    #expect(record.neglectStatus == .possible)
  }

  @Test(arguments: [
    ("31/03/2026", 12, true), ("01/04/2026", 11, false), ("30/03/2026", 12, true),
    ("31/03/2027", 0, false), ("31/03/2025", 24, true),
  ])
  func longTermBoundaryIsTwelveWholeMonths(start: String, months: Int, isLongTerm: Bool) throws {
    let record = try F.record("C000001", in: [list6(F.list6Row("C000001", start: start))])
    #expect(record.monthsOpen == months)
    #expect(record.isLongTerm == isLongTerm)
  }

  @Test(arguments: [
    ("31/03/2015", "", 12 as Int?), ("01/04/2015", "", 11), ("01/04/2015", "12", 11),
    ("", "9", 9), ("", "", nil), ("01/06/2027", "", nil),
  ])
  func ageComesFromTheDateOfBirthElseTheAgeColumn(dob: String, age: String, expected: Int?)
    throws
  {
    let record = try F.record("C000001", in: [list6(F.list6Row("C000001", dob: dob, age: age))])
    #expect(record.age == expected)
  }

  @Test func anAgeThatDisagreesWithTheDateOfBirthIsAWarning() throws {
    let result = try F.annexA([list6(F.list6Row("C000001", dob: "01/04/2015", age: "3"))])
    #expect(result.errors == [])
    #expect(result.warnings.map(\.kind) == [.ageDisagrees])
    #expect(result.records.map(\.age) == [11])
  }

  @Test(arguments: [
    ("05/06/15", "2026-04-01"), ("5/6/2015", "01/04/26"), ("2015-06-05", "1-Apr-2026"),
    ("05.06.2015", "01/04/2026 00:00:00"),
  ])
  func everyDateFormWorksInAList(dob: String, start: String) throws {
    let record = try F.record("C000001", in: [list6(F.list6Row("C000001", dob: dob, start: start))])
    #expect(record.age == 11)
    #expect(record.startDate == (try F.date("2026-04-01")))
  }

  @Test func theLaterStartWinsBetweenTwoOpenRowsOfOneStage() throws {
    let record = try F.record(
      "C000001",
      in: [
        list6(
          F.list6Row("C000001", start: "01/01/2025", team: "Team Old"),
          F.list6Row("C000001", start: "01/06/2026", team: "Team New"),
          F.list6Row("C000001", start: "01/03/2026", team: "Team Middle"))
      ])
    #expect(record.team == "Team New")
    #expect(record.startDate == (try F.date("2026-06-01")))
  }

  @Test func childDetailsComeFromTheFirstRowThatHasThem() throws {
    let sources = [
      list6(
        F.list6Row("C000001", family: "", gender: "", disability: ""),
        F.list6Row("C000001", family: "F000009", gender: "Male", disability: "Yes")),
      list7(F.list7Row("C000001")),
    ]
    let record = try F.record("C000001", in: sources)
    #expect(record.familyKey == "F000009")
    #expect(record.gender == "Male")
    #expect(record.ethnicity == "WBRI")
    #expect(record.disability == true)
  }

  @Test func previousPlansComeFromTheLatestPlanWhenThePlanIsNotTheStage() throws {
    let sources = [
      list7(
        F.list7Row("C000001", start: "01/01/2024", end: "01/01/2025", previous: "1"),
        F.list7Row("C000001", start: "01/06/2025", end: "01/01/2026", previous: "3")),
      list8(F.list8Row("C000001", start: "01/02/2026")),
    ]
    let record = try F.record("C000001", in: sources)
    #expect(record.stage == .lookedAfter)
    #expect(record.previousPlans == 3)
  }

  @Test func recordsAreSortedByIdentifierBytes() throws {
    let ids = ["C9", "\u{C9}1", "c1", "C10", "C1a", "C1"]
    let result = try F.annexA([list6(ids.map { F.list6Row($0) })])
    #expect(result.records.map(\.id) == ["C1", "C10", "C1a", "C9", "c1", "\u{C9}1"])
  }

  @Test func countsByStageAndNeglectStatus() throws {
    let sources = [
      list6(
        F.list6Row("C000001", need: "N1"), F.list6Row("C000002"),
        F.list6Row("C000003", closure: "01/01/2027"), F.list6Row("C000004")),
      list7(F.list7Row("C000004", initial: "NEG")),
    ]
    let result = try F.annexA(sources)
    #expect(result.openCount == 3)
    #expect(result.countsByStage == [.childInNeed: 2, .closed: 1, .childProtection: 1])
    #expect(result.countsByNeglectStatus == [.possible: 1, .none: 2, .confirmed: 1])
  }

  @Test func windows1252ListsAreReadAndReported() throws {
    let text = F.list6Header + "\r\n" + F.list6Row("C000001", worker: "Zo#") + "\r\n"
    var bytes = Array(text.utf8)
    let hash = try #require(bytes.firstIndex(of: UInt8(ascii: "#")))
    bytes[hash] = 0xEB
    let result = try F.annexA([CaseListSource(name: "list6.csv", bytes: bytes)])
    #expect(result.problems == [])
    #expect(result.records.first?.worker == "Zo\u{EB}")
    #expect(
      result.sources == [
        SourceSummary(
          name: "list6.csv", kind: .annexA(.childrenInNeed), dataRows: 1, encoding: .windows1252)
      ])
  }
}

extension AnnexAMergeTests {
  private func list6(_ rows: [String]) -> CaseListSource {
    F.file("list6.csv", F.list6Header, rows)
  }
}
