import CaseList
import Formats
import Foundation
import Testing

/// A list 6/7/8 export laid out and coded as the published Annex A lists are — codes in all
/// three spellings, header variants, a byte order mark, CRLF and Windows-1252 — imports with no
/// error, and every stage and neglect count follows the README's stage rules.
struct RealExportTests {
  private struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      // SplitMix64 (Steele, Lea and Flood, 2014).
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// One spelling of each published value, chosen at random: lettered, bare label or code.
  private static func spell<V>(
    _ list: CodeList<V>, where matches: (V) -> Bool, _ rng: inout Generator
  ) -> String {
    guard let entry = list.entries.first(where: { matches($0.value) }) else { return "?" }
    let forms = [entry.published, entry.label.uppercased(), entry.label.lowercased()] + entry.codes
    return forms[Int.random(in: 0..<forms.count, using: &rng)]
  }

  private static func csv(_ rows: [[String]]) -> String {
    rows.map { row in
      row.map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ",")
    }.joined(separator: "\r\n") + "\r\n"
  }

  @Test(arguments: [1 as UInt64, 2])
  func aPublishedExportImportsWithNoErrorAndTheStageRules(seed: UInt64) throws {
    var rng = Generator(state: seed)
    let asOf = "2027-03-31"
    // Header variants real exports have: case, spacing, a trailing space, a (Y/N) suffix.
    var list6: [[String]] = [
      [
        "Child Unique ID", "GENDER", "Ethnicity ", "Date of birth", "Age of Child (Years)",
        "Does the Child have a Disability (Y/N)", "CIN  Start Date", "Primary Need Code",
        "Date Child Was Last Seen", "CIN Closure Date", "Reason for Closure", "Case Status",
        "Allocated Team", "Allocated Worker",
      ]
    ]
    var list7: [[String]] = [
      [
        "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
        "Does the Child have a Disability", "Child Protection Plan Start Date",
        "Initial Category of Abuse", "Latest Category of Abuse",
        "Child Protection Plan End Date", "Number of Previous Child Protection Plans",
        "Allocated Team", "Allocated Worker",
      ]
    ]
    var list8: [[String]] = [
      [
        "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
        "Date Started to be Looked After", "Child's Category of Need",
        "Date Ceased to be Looked After", "Allocated Team", "Allocated Worker",
      ]
    ]
    var expectedStages: [Stage: Int] = [:]
    var expectedNeglect: [NeglectStatus: Int] = [:]
    var expectedWarnings = 0
    let count = 3_000
    for index in 0..<count {
      let id = "NB\(500_000 + index)"
      let gender = Self.spell(AnnexAVocabulary.gender, where: { $0 == "Female" }, &rng)
      let ethnicity = Self.spell(AnnexAVocabulary.ethnicity, where: { $0 == "WBRI" }, &rng)
      var stage = Stage.closed
      var confirmed = false
      var possible = false
      // List 6: every child, with a random published status.
      let statuses = AnnexAVocabulary.CaseStatus.allCases
      let status = statuses[Int.random(in: 0..<statuses.count, using: &rng)]
      let need = Bool.random(using: &rng) ? 1 : 5
      var closure = ""
      switch Int.random(in: 0..<10, using: &rng) {
      case 0: closure = "15/04/2027"  // after the as-of date: still open
      case 1: closure = "15/01/2027"  // before it: closed whatever the status
      default: break
      }
      if status == .closedEpisode && closure.isEmpty { closure = "01/02/2027" }
      let closedByDate = closure == "15/01/2027" || closure == "01/02/2027"
      var rowStage: Stage =
        switch status {
        case .lookedAfter: .lookedAfter
        case .childProtectionPlan: .childProtection
        case .childInNeedPlan: .childInNeed
        case .openAssessment: .assessment
        case .closedEpisode: closure == "15/04/2027" ? .childInNeed : .closed
        }
      if closedByDate { rowStage = .closed }
      stage = max(stage, rowStage)
      if need == 1 { possible = true }
      var start = "01/04/2026"
      if index % 97 == 0 && !closure.isEmpty {
        // A data-quality warning: the closure is before the start.
        start = "01/03/2027"
        if closure == "15/01/2027" || closure == "01/02/2027" { expectedWarnings += 1 }
      }
      list6.append([
        id, gender, ethnicity, "05/06/2015", "11",
        Self.spell(AnnexAVocabulary.yesNoUnknown, where: { $0 == .no }, &rng), start,
        Self.spell(AnnexAVocabulary.needCode, where: { $0 == need }, &rng), "01/03/2027",
        closure,
        closure.isEmpty
          ? ""
          : "RC7 - Services ceased for any other reason, including "
            + "child no longer in need",
        Self.spell(AnnexAVocabulary.caseStatus, where: { $0 == status }, &rng), "Team A",
        "Worker A",
      ])
      // List 7: a third of the children.
      if index % 3 == 0 {
        let category = AbuseCategory.allCases[
          Int.random(in: 0..<AbuseCategory.allCases.count, using: &rng)]
        let open = Bool.random(using: &rng)
        list7.append([
          id, gender, ethnicity, "05/06/2015", "11", "b) No", "01/10/2026",
          Self.spell(AnnexAVocabulary.abuseCategory, where: { $0 == .physical }, &rng),
          Self.spell(AnnexAVocabulary.abuseCategory, where: { $0 == category }, &rng),
          open ? "" : "01/03/2027", "0", "Team B", "Worker B",
        ])
        if open {
          stage = max(stage, .childProtection)
          if category == .neglect { confirmed = true }
        }
        // Like need code N1, a started plan under Multiple is possible neglect, open or not.
        if category == .multiple { possible = true }
      }
      // List 8: a fifth.
      if index % 5 == 0 {
        let open = Bool.random(using: &rng)
        list8.append([
          id, gender, ethnicity, "05/06/2015", "11", "01/01/2025", "N4", open ? "" : "15/03/2027",
          "Zoë's Team", "Worker C",
        ])
        if open { stage = max(stage, .lookedAfter) }
      }
      expectedStages[stage, default: 0] += 1
      expectedNeglect[confirmed ? .confirmed : possible ? .possible : .none, default: 0] += 1
    }
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let sources = [
      CaseListSource(name: "l6.csv", data: Data(bom + Array(Self.csv(list6).utf8))),
      CaseListSource(name: "l7.csv", data: Data(Self.csv(list7).utf8)),
      // Windows-1252: "ë" is the byte 0xEB (WHATWG Encoding, index windows-1252).
      CaseListSource(
        name: "l8.csv",
        data: Data(Self.csv(list8).unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })),
    ]
    let result = CaseListImporter.importAnnexA(
      sources: sources, asOf: try #require(CalendarDate(iso: asOf)))
    #expect(result.errors == [])
    #expect(result.warnings.count == expectedWarnings)
    #expect(result.warnings.allSatisfy { $0.kind == .endBeforeStart }, "\(result.warnings)")
    #expect(result.records.count == count)
    #expect(result.countsByStage == expectedStages)
    #expect(result.countsByNeglectStatus == expectedNeglect)
    #expect(result.sources.map(\.encoding) == [.utf8WithBOM, .utf8, .windows1252])
  }
}
