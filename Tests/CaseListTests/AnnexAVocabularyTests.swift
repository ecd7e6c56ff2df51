import CaseList
import Testing

/// Every published code of lists 6–8 is accepted in each of its spellings, through the
/// importer, and means what the published list says.
struct AnnexAVocabularyTests {
  private typealias F = Fixtures

  /// The list 6 header as published (liia-tools Annex_A_schema.yml › List 6).
  private static let list6Header = [
    "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
    "Does the Child have a Disability", "CIN Start Date", "Primary Need Code",
    "Date Child Was Last Seen", "CIN Closure Date", "Reason for Closure", "Case Status",
    "Allocated Team", "Allocated Worker",
  ]

  /// The list 7 header as published.
  private static let list7Header = [
    "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
    "Does the Child have a Disability", "Child Protection Plan Start Date",
    "Initial Category of Abuse", "Latest Category of Abuse", "Date of the Last Statutory Visit",
    "Was the Child Seen Alone?", "Date of latest review conference",
    "Child Protection Plan End Date",
    "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months "
      + "(Y/N)",
    "Number of Previous Child Protection Plans", "Allocated Team", "Allocated Worker",
  ]

  /// The list 8 header as published, every column.
  private static let list8Header = [
    "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
    "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
    "Does the Child have a Disability", "Date Started to be Looked After",
    "Child's Category of Need",
    "Is this a second or subsequent period of being a Looked After Child within the last 12 "
      + "months (Y/N)",
    "Start date of current legal status", "Child's Legal Status",
    "Date of Latest Statutory Review", "Date of Last Social Work Visit",
    "What is the permanence plan for this child?",
    "Date of Last IRO Visit / Contact to the Child", "Date of Last Health Assessment",
    "Date of Last Dental Check", "Number of Placements in the Last 12 months",
    "Date Ceased to be Looked After", "Reason Ceased to be Looked After",
    "Start Date of Most Recent Placement", "Placement Type", "Placement Provider",
    "Placement postcode", "URN of Placement", "Placement Location", "LA of Placement",
    "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
    "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
    "Was the child offered a Return Interview after their last missing episode (Y/N)?",
    "Did the child accept a Return Interview after their last missing episode (Y/N)?",
    "Allocated Team", "Allocated Worker",
  ]

  /// A CSV file with `header` and one row per entry of `values`, each row the defaults with
  /// `column` set to the value (RFC 4180 quoting where a value has a comma).
  private static func file(
    _ name: String, _ header: [String], defaults: [String: String], column: String,
    values: [String]
  ) -> CaseListSource {
    func quoted(_ field: String) -> String {
      field.contains(",") || field.contains("\"")
        ? "\"" + field.replacing("\"", with: "\"\"") + "\"" : field
    }
    var lines = [header.map(quoted).joined(separator: ",")]
    for (index, value) in values.enumerated() {
      var row = defaults
      row["Child Unique ID"] = "C\(100_000 + index)"
      row[column] = value
      lines.append(header.map { quoted(row[$0] ?? "") }.joined(separator: ","))
    }
    return CaseListSource(name: name, text: lines.joined(separator: "\r\n") + "\r\n")
  }

  private static let list6Defaults = [
    "Gender": "b) Female", "Ethnicity": "a) WBRI", "Date of Birth": "05/06/2015",
    "Does the Child have a Disability": "b) No", "CIN Start Date": "01/04/2026",
    "Primary Need Code": "N5 - Family dysfunction", "Case Status": "c) Child in need plan",
    "Allocated Team": "Team A", "Allocated Worker": "Worker A",
  ]
  private static let list7Defaults = [
    "Gender": "a) Male", "Ethnicity": "WBRI", "Date of Birth": "05/06/2015",
    "Child Protection Plan Start Date": "01/10/2026", "Initial Category of Abuse": "a) Neglect",
    "Number of Previous Child Protection Plans": "0",
  ]
  private static let list8Defaults = [
    "Gender": "a) Male", "Ethnicity": "WBRI", "Date of Birth": "05/06/2015",
    "Date Started to be Looked After": "01/01/2025",
    "Child's Category of Need": "N1 - Abuse or neglect",
  ]

  /// Imports one file per spelling set and checks there is no problem at all.
  private func imported(
    _ name: String, _ header: [String], _ defaults: [String: String], column: String,
    _ spellings: [String], sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [CaseRecord] {
    let source = Self.file(name, header, defaults: defaults, column: column, values: spellings)
    let result = try F.annexA([source])
    #expect(F.descriptions(result) == [], "\(column)", sourceLocation: sourceLocation)
    #expect(result.records.count == spellings.count, sourceLocation: sourceLocation)
    return Array(result.records)
  }

  @Test func everyCaseStatusInEverySpellingGivesItsStage() throws {
    let spellings = AnnexAVocabulary.caseStatus.spellings
    let records = try imported(
      "l6.csv", Self.list6Header, Self.list6Defaults, column: "Case Status",
      spellings.map(\.text))
    for (record, spelling) in zip(records, spellings) {
      let expected: Stage =
        switch spelling.value {
        case .lookedAfter: .lookedAfter
        case .childProtectionPlan: .childProtection
        case .childInNeedPlan: .childInNeed
        case .openAssessment: .assessment
        case .closedEpisode: .closed
        }
      #expect(record.stage == expected, "\(spelling.text)")
    }
  }

  @Test func everyCategoryOfAbuseInEverySpellingGivesItsNeglectStatus() throws {
    for column in ["Initial Category of Abuse", "Latest Category of Abuse"] {
      let spellings = AnnexAVocabulary.abuseCategory.spellings
      let records = try imported(
        "l7.csv", Self.list7Header,
        Self.list7Defaults.merging(["Initial Category of Abuse": "b) Physical abuse"]) { $1 },
        column: column, spellings.map(\.text))
      for (record, spelling) in zip(records, spellings) {
        let expected: NeglectStatus =
          spelling.value == .neglect ? .confirmed : spelling.value == .multiple ? .possible : .none
        #expect(record.neglectStatus == expected, "\(column) \(spelling.text)")
        #expect(record.abuseCategory == spelling.value, "\(column) \(spelling.text)")
      }
    }
  }

  @Test func everyNeedCodeInEverySpellingInListsSixAndEight() throws {
    let spellings = AnnexAVocabulary.needCode.spellings
    let six = try imported(
      "l6.csv", Self.list6Header, Self.list6Defaults, column: "Primary Need Code",
      spellings.map(\.text))
    let eight = try imported(
      "l8.csv", Self.list8Header, Self.list8Defaults, column: "Child's Category of Need",
      spellings.map(\.text))
    for (index, spelling) in spellings.enumerated() {
      let expected: NeglectStatus = spelling.value == 1 ? .possible : .none
      #expect(six[index].neglectStatus == expected, "\(spelling.text)")
      #expect(eight[index].neglectStatus == expected, "\(spelling.text)")
    }
  }

  @Test func everyGenderAndEthnicityInEverySpellingIsItsPublishedValue() throws {
    for (column, list) in [
      ("Gender", AnnexAVocabulary.gender), ("Ethnicity", AnnexAVocabulary.ethnicity),
    ] {
      let spellings = list.spellings
      for (name, header, defaults) in [
        ("l6.csv", Self.list6Header, Self.list6Defaults),
        ("l7.csv", Self.list7Header, Self.list7Defaults),
        ("l8.csv", Self.list8Header, Self.list8Defaults),
      ] {
        let records = try imported(name, header, defaults, column: column, spellings.map(\.text))
        for (record, spelling) in zip(records, spellings) {
          let value = column == "Gender" ? record.gender : record.ethnicity
          #expect(value == spelling.value, "\(name) \(column) \(spelling.text)")
        }
      }
    }
  }

  @Test func everyDisabilityAnswerInEverySpelling() throws {
    let spellings = AnnexAVocabulary.yesNoUnknown.spellings
    for (name, header, defaults) in [
      ("l6.csv", Self.list6Header, Self.list6Defaults),
      ("l7.csv", Self.list7Header, Self.list7Defaults),
      ("l8.csv", Self.list8Header, Self.list8Defaults),
    ] {
      let records = try imported(
        name, header, defaults, column: "Does the Child have a Disability",
        spellings.map(\.text))
      for (record, spelling) in zip(records, spellings) {
        let expected: Bool? =
          switch spelling.value {
          case .yes: true
          case .no: false
          case .unknown: nil
          }
        #expect(record.disability == expected, "\(name) \(spelling.text)")
      }
    }
  }

  @Test(arguments: [
    ("l6.csv", "Reason for Closure"), ("l7.csv", "Was the Child Seen Alone?"),
    (
      "l7.csv",
      "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six "
        + "Months (Y/N)"
    ),
    ("l8.csv", "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)"),
    (
      "l8.csv",
      "Is this a second or subsequent period of being a Looked After Child within the last 12 "
        + "months (Y/N)"
    ),
    ("l8.csv", "Child's Legal Status"), ("l8.csv", "What is the permanence plan for this child?"),
    ("l8.csv", "Reason Ceased to be Looked After"), ("l8.csv", "Placement Type"),
    ("l8.csv", "Placement Provider"), ("l8.csv", "Placement Location"),
  ])
  func everyCheckedCodeInEverySpellingImportsWithoutAWarning(name: String, column: String)
    throws
  {
    let spellings: [String]
    switch column {
    case "Reason for Closure": spellings = AnnexAVocabulary.reasonForClosure.spellings.map(\.text)
    case "Was the Child Seen Alone?":
      spellings = AnnexAVocabulary.yesNoUnknown.spellings.map(\.text)
    case "Child's Legal Status": spellings = AnnexAVocabulary.legalStatus.spellings.map(\.text)
    case "What is the permanence plan for this child?":
      spellings = AnnexAVocabulary.permanencePlan.spellings.map(\.text)
    case "Reason Ceased to be Looked After":
      spellings = AnnexAVocabulary.reasonCeased.spellings.map(\.text)
    case "Placement Type": spellings = AnnexAVocabulary.placementType.spellings.map(\.text)
    case "Placement Provider":
      spellings = AnnexAVocabulary.placementProvider.spellings.map(\.text)
    case "Placement Location":
      spellings = AnnexAVocabulary.placementLocation.spellings.map(\.text)
    default: spellings = AnnexAVocabulary.yesNo.spellings.map(\.text)
    }
    let (header, defaults) =
      name == "l6.csv"
      ? (Self.list6Header, Self.list6Defaults)
      : name == "l7.csv"
        ? (Self.list7Header, Self.list7Defaults) : (Self.list8Header, Self.list8Defaults)
    _ = try imported(name, header, defaults, column: column, spellings)
  }

  @Test func anUnpublishedCodeInACheckedColumnIsAWarningNotAnError() throws {
    let source = Self.file(
      "l8.csv", Self.list8Header, defaults: Self.list8Defaults, column: "Placement Type",
      values: ["U9: Imaginary placement"])
    let result = try F.annexA([source])
    #expect(result.errors == [])
    #expect(result.warnings.map(\.kind) == [.code])
    #expect(result.records.count == 1)
  }

  @Test func publishedEntriesAreDistinctAndCited() {
    for list in AnnexAVocabulary.allLists {
      #expect(list.source.contains("Annex_A_schema.yml"), "\(list.column)")
      #expect(!list.spellings.isEmpty)
    }
    // Ten need codes, five statuses, five categories, twenty ethnicities.
    #expect(AnnexAVocabulary.needCode.entries.count == 10)
    #expect(AnnexAVocabulary.caseStatus.entries.count == 5)
    #expect(AnnexAVocabulary.abuseCategory.entries.count == 5)
    #expect(AnnexAVocabulary.ethnicity.entries.count == 20)
  }
}
