import AuditStore
import Foundation
import TestSupport
import Testing

/// The sampling journey end to end through the built binary: import → round → size → draw →
/// verify → replace → auditors → allocate, and each kind of bad input.
@Suite struct SamplingCommandTests {
  /// Synthetic Annex A lists: 30 children, ids C0001–C0030, invented teams.
  static func writeLists(in directory: TemporaryDirectory) throws -> [String] {
    var list6 = [
      "Child Unique ID,Family ID,Gender,Date of Birth,CIN Start Date,Primary Need Code,"
        + "Case Status,CIN Closure Date,Allocated Team,Allocated Worker"
    ]
    var list7 = [
      "Child Unique ID,Date of Birth,Child Protection Plan Start Date,Initial Category of Abuse,"
        + "Latest Category of Abuse,Child Protection Plan End Date,"
        + "Number of Previous Child Protection Plans,Allocated Team,Allocated Worker"
    ]
    var list8 = [
      "Child Unique ID,Date of Birth,Date Started to be Looked After,Child's Category of Need,"
        + "Date Ceased to be Looked After,Allocated Team,Allocated Worker"
    ]
    let teams = ["Harbour CP", "Hillside CP", "Meadow CIN"]
    for index in 1...30 {
      let id = "C" + String(format: "%04d", index)
      let dob = String(format: "%02d/%02d/%04d", 1 + index % 27, 1 + index % 12, 2012 + index % 12)
      let team = teams[index % 3]
      list6.append(
        "\(id),F\(index / 2),\(index % 2 == 0 ? "F" : "M"),\(dob),01/02/2025,N1,c) Child in need plan,,\(team),W\(index)"
      )
      if index <= 20 {
        let category = index % 4 == 0 ? "b) Physical abuse" : "a) Neglect"
        list7.append("\(id),\(dob),15/0\(1 + index % 9)/2025,\(category),,,0,\(team),W\(index)")
      }
      if index > 26 {
        list8.append("\(id),\(dob),01/06/2024,N1,,Riverside LAC,W\(index)")
      }
    }
    return try [("list6.csv", list6), ("list7.csv", list7), ("list8.csv", list8)].map {
      try directory.write($0.1.joined(separator: "\r\n") + "\r\n", to: $0.0)
    }
  }

  static let roster = """
    id,name,agency,team,role
    A01,Aisha Test,Health,Health Visiting,auditor
    A02,Ben Sample,Police,Public Protection,auditor
    A03,Cara Invent,Education,Schools,auditor
    A04,Dev Fictional,Children's Social Care,Harbour CP,auditor
    A05,Eve Madeup,Housing,Tenancy,auditor
    M01,Fola Moderator,Children's Social Care,Quality Assurance,moderator
    """

  private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func theWholeSamplingJourney() throws {
    let directory = try TemporaryDirectory()
    let files = try Self.writeLists(in: directory)
    let ws = ["--workspace", directory.file("w.db")]
    #expect(InProcessCLI.run(["init"] + ws).exitCode == 0)

    let dry = InProcessCLI.run(
      ["cases", "import"] + files + ["--as-of", "2026-03-31", "--dry-run", "--json"] + ws)
    #expect(dry.exitCode == 0, "\(dry.stderr)")
    #expect(try json(dry.stdout)["snapshot"] is NSNull)
    #expect(InProcessCLI.run(["status", "--json"] + ws).stdout.contains("\"snapshots\" : 0"))

    let imported = InProcessCLI.run(
      ["cases", "import"] + files + ["--as-of", "2026-03-31", "--json"] + ws)
    #expect(imported.exitCode == 0, "\(imported.stderr)")
    let summary = try json(imported.stdout)
    #expect(summary["snapshot"] as? Int == 1)
    #expect(summary["cases"] as? Int == 30)
    let sources = try #require(summary["sources"] as? [[String: Any]])
    #expect(sources.count == 3)
    #expect(sources.allSatisfy { ($0["sha256"] as? String)?.count == 64 })
    let byStage = try #require(summary["byStage"] as? [String: Int])
    #expect(byStage["lookedAfter"] == 4)
    #expect(byStage["childProtection"] == 20)
    #expect(byStage["childInNeed"] == 6)
    let byNeglect = try #require(summary["byNeglectStatus"] as? [String: Int])
    #expect(byNeglect["confirmed"] == 15)

    #expect(
      InProcessCLI.run(
        ["round", "create", "March 2026", "--tool", "neglect-thematic", "--purpose", "baseline"]
          + ws
      ).exitCode == 0)
    let duplicate = InProcessCLI.run(
      ["round", "create", "March 2026", "--tool", "neglect-thematic"] + ws)
    #expect(duplicate.exitCode == 1)
    #expect(duplicate.stderr.contains("already exists"))

    let draw = InProcessCLI.run(
      [
        "sample", "draw", "--round", "March 2026", "--size", "8", "--neglect", "possible",
        "--stratify-by", "stage", "--reserves", "2", "--seed", "42", "--json",
      ] + ws)
    #expect(draw.exitCode == 0, "\(draw.stderr)")
    let drawn = try json(draw.stdout)
    #expect(drawn["round"] as? String == "March 2026")
    #expect(drawn["seed"] as? String == "42")
    let cases = try #require(drawn["cases"] as? [[String: Any]])
    #expect(cases.count == 8)
    let strata = try #require(drawn["strata"] as? [[String: Any]])
    #expect(strata.compactMap { $0["sampled"] as? Int }.reduce(0, +) == 8)
    for key in ["algorithm", "populationSize", "eligible", "reserves"] {
      #expect(drawn[key] != nil)
    }

    let again = InProcessCLI.run(
      ["sample", "draw", "--round", "March 2026", "--size", "8"] + ws)
    #expect(again.exitCode == 1)
    #expect(again.stderr.contains("already has a sample"))

    let verify = InProcessCLI.run(["sample", "verify", "--round", "March 2026"] + ws)
    #expect(verify.exitCode == 0, "\(verify.stderr)")
    #expect(verify.stdout.hasPrefix("Verified"))

    let first = try #require(cases.first?["caseId"] as? String)
    let replaced = InProcessCLI.run(
      [
        "sample", "replace", "--round", "March 2026", "--case", first, "--reason", "file sealed",
      ] + ws)
    #expect(replaced.exitCode == 0, "\(replaced.stderr)")
    #expect(
      InProcessCLI.run(["sample", "verify", "--round", "March 2026"] + ws).exitCode == 0)

    let rosterPath = try directory.write(Self.roster, to: "roster.csv")
    let roster = InProcessCLI.run(["auditors", "import", rosterPath] + ws)
    #expect(roster.exitCode == 0, "\(roster.stderr)")
    let allocate = InProcessCLI.run(
      [
        "round", "allocate", "--round", "March 2026", "--double-fraction", "0.25", "--seed", "7",
        "--json",
      ] + ws)
    #expect(allocate.exitCode == 0, "\(allocate.stderr)")
    let assignments = try #require(try json(allocate.stdout)["assignments"] as? [[String: Any]])
    #expect(assignments.count == 8)
    #expect(assignments.compactMap { ($0["auditors"] as? [String])?.count }.reduce(0, +) == 10)

    let locked = InProcessCLI.run(
      [
        "sample", "replace", "--round", "March 2026", "--case", first, "--reason", "late",
      ] + ws)
    #expect(locked.exitCode == 1)
    #expect(locked.stderr.contains("locked"))
    let log = InProcessCLI.run(["log", "--json"] + ws)
    for action in [
      "snapshot.imported", "round.created", "sample.drawn", "sample.replaced", "auditors.imported",
      "round.allocated",
    ] {
      #expect(log.stdout.contains("\"\(action)\""), "missing event \(action)")
    }
  }

  @Test func replacingAWholeFamilyKeepsTheSampleTableInStep() throws {
    let directory = try TemporaryDirectory()
    let files = try Self.writeLists(in: directory)
    let ws = ["--workspace", directory.file("w.db")]
    for command in [
      ["init"], ["cases", "import"] + files + ["--as-of", "2026-03-31"],
      ["round", "create", "F", "--tool", "neglect-thematic"],
      [
        "sample", "draw", "--round", "F", "--size", "3", "--whole-families", "--reserves", "3",
        "--neglect", "any", "--seed", "5",
      ],
    ] {
      let result = InProcessCLI.run(command + ws)
      #expect(result.exitCode == 0, "\(command): \(result.stderr)")
    }
    let shown = try json(
      InProcessCLI.run(["sample", "show", "--round", "F", "--json"] + ws).stdout)
    let first = try #require((shown["cases"] as? [[String: Any]])?.first?["caseId"] as? String)
    let replaced = InProcessCLI.run(
      ["sample", "replace", "--round", "F", "--case", first, "--reason", "moved away"] + ws)
    #expect(replaced.exitCode == 0, "\(replaced.stderr)")
    let verify = InProcessCLI.run(["sample", "verify", "--round", "F", "--json"] + ws)
    #expect(verify.exitCode == 0, "\(verify.stdout)")
    let after = try json(
      InProcessCLI.run(["sample", "show", "--round", "F", "--json"] + ws).stdout)
    let cases = try #require(after["cases"] as? [[String: Any]])
    #expect(!cases.contains { $0["caseId"] as? String == first })
    let log = InProcessCLI.run(["log", "--json"] + ws).stdout
    #expect(!log.contains(first), "events name cases by pseudonym")
  }

  @Test func theMappedProfileImportsAnyCSVThroughAMapping() throws {
    let directory = try TemporaryDirectory()
    let ws = ["--workspace", directory.file("w.db")]
    _ = InProcessCLI.run(["init"] + ws)
    let mapping = try directory.write(
      """
      {"columns": {"id": "Child Ref", "stage": "Service", "neglect": "Neglect Flag",
                   "startDate": "Start", "dateOfBirth": "DOB", "team": "Team"},
       "codes": {"stage": {"CP": "childProtection", "CIN": "childInNeed"},
                 "neglect": {"Y": "confirmed", "P": "possible", "N": "none"}},
       "open": {"endDate": "End"}}
      """, to: "map.json")
    let csv = try directory.write(
      "Child Ref,Service,Neglect Flag,Start,End,DOB,Team\r\n"
        + "M001,CP,Y,01/10/2025,,05/06/2015,Team Beta\r\n"
        + "M002,CIN,P,01/04/2024,,05/06/2016,Team Alpha\r\n"
        + "M003,CIN,N,01/04/2024,01/01/2025,05/06/2017,Team Alpha\r\n", to: "cases.csv")
    let imported = InProcessCLI.run(
      [
        "cases", "import", csv, "--format", "mapped", "--mapping", mapping, "--as-of", "2026-03-31",
        "--json",
      ] + ws)
    #expect(imported.exitCode == 0, "\(imported.stderr)")
    let summary = try json(imported.stdout)
    #expect(summary["cases"] as? Int == 3)
    #expect(summary["open"] as? Int == 2)
    #expect((summary["byNeglectStatus"] as? [String: Int])?["confirmed"] == 1)
    let badMapping = try directory.write(
      #"{"columns": {"id": "Child Ref", "dob": "DOB"}}"#, to: "bad.json")
    let refused = InProcessCLI.run(
      ["cases", "import", csv, "--format", "mapped", "--mapping", badMapping] + ws)
    #expect(refused.exitCode == 65)
    #expect(refused.stderr.contains("bad.json:1:"), "\(refused.stderr)")
    #expect(refused.stderr.contains("'stage' is required"))
  }

  @Test func theSameSeedGivesTheSameSampleInAnotherWorkspace() throws {
    let directory = try TemporaryDirectory()
    let files = try Self.writeLists(in: directory)
    var samples: [[String]] = []
    for name in ["a.db", "b.db"] {
      let ws = ["--workspace", directory.file(name)]
      _ = InProcessCLI.run(["init"] + ws)
      _ = InProcessCLI.run(["cases", "import"] + files + ["--as-of", "2026-03-31"] + ws)
      _ = InProcessCLI.run(["round", "create", "R", "--tool", "neglect-thematic"] + ws)
      let draw = InProcessCLI.run(
        ["sample", "draw", "--round", "R", "--size", "5", "--seed", "0xC0FFEE", "--json"] + ws)
      let cases = try #require(try json(draw.stdout)["cases"] as? [[String: Any]])
      samples.append(cases.compactMap { $0["caseId"] as? String })
    }
    #expect(samples[0].count == 5)
    #expect(samples[0] == samples[1])
  }

  @Test func badCaseListsExit65AndImportNothing() throws {
    let directory = try TemporaryDirectory()
    let ws = ["--workspace", directory.file("w.db")]
    _ = InProcessCLI.run(["init"] + ws)
    let bad = try directory.write(
      "Child Unique ID,Date of Birth,Child Protection Plan Start Date,Initial Category of Abuse,"
        + "Latest Category of Abuse,Child Protection Plan End Date\n"
        + "XQ101,01/02/2019,31/02/2025,a) Neglect,,\n"
        + "XQ102,01/02/2019,01/02/2025,z) Unknown,,\n"
        + "XQ103,\"unterminated,01/02/2025,a) Neglect,,\n",
      to: "list7.csv")
    let result = InProcessCLI.run(["cases", "import", bad, "--as-of", "2026-03-31"] + ws)
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains("list7.csv:2:"))
    #expect(result.stderr.contains("list7.csv:3:"))
    #expect(result.stderr.contains("nothing was imported"))
    #expect(!result.stderr.contains("XQ10"), "messages name rows and columns, not children")
    #expect(InProcessCLI.run(["status", "--json"] + ws).stdout.contains("\"snapshots\" : 0"))
    let events = InProcessCLI.run(["log", "--json"] + ws).stdout
    #expect(!events.contains("snapshot.imported"))
  }

  @Test(arguments: [
    (["cases", "import"], "missing <file>"),
    (["cases", "import", "x.csv", "--format", "excel"], "'--format' takes one of annex-a, mapped"),
    (["cases", "import", "x.csv", "--format", "mapped"], "--format mapped needs --mapping FILE"),
    (["cases", "import", "x.csv", "--as-of", "31/03/2026"], "takes a date as YYYY-MM-DD"),
    (["sample", "draw", "--round", "R"], "missing '--size'"),
    (
      ["sample", "draw", "--round", "R", "--size", "5", "--seed", "-1"],
      "'--seed' takes a whole number"
    ),
    (
      ["sample", "draw", "--round", "R", "--size", "5", "--stratify-by", "colour"],
      "'--stratify-by' takes one of"
    ),
    (["sample", "size"], "missing '--population'"),
    (["sample", "size", "--population", "100", "--margin", "2"], "'--margin' takes a number"),
  ])
  func usageMistakesExit64(arguments: [String], message: String) throws {
    let directory = try TemporaryDirectory()
    let result = InProcessCLI.run(arguments, in: directory.path)
    #expect(result.exitCode == 64)
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }

  @Test(arguments: [(400, 0.7, 179), (500, 0.5, 217), (300, 0.7, 155)])
  func sampleSizeReproducesThePublishedClinicalAuditExamples(
    population: Int, proportion: Double, expected: Int
  ) throws {
    // NHS / HQIP clinical-audit sample-size worked examples (margin 5%, 95% confidence).
    let result = InProcessCLI.run([
      "sample", "size", "--population", String(population), "--proportion", String(proportion),
      "--margin", "0.05", "--round", "nearest", "--json",
    ])
    #expect(result.exitCode == 0)
    let object = try json(result.stdout)
    #expect(object["required"] as? Int == expected)
    for key in ["withoutCorrection", "population", "margin", "confidence", "proportion"] {
      #expect(object[key] != nil)
    }
  }

  @Test func compareModeSizesTwoRounds() throws {
    let result = InProcessCLI.run([
      "sample", "size", "--compare", "--baseline", "0.5", "--target", "0.75", "--json",
    ])
    #expect(result.exitCode == 0, "\(result.stderr)")
    let perRound = try #require(try json(result.stdout)["perRound"] as? Int)
    // Fleiss, Levin & Paik (2003) with continuity correction: 0.50 → 0.75 at 80% power, α 0.05.
    #expect(perRound == 66)
  }

  @Test func badTrainingRostersExit65NamingTheCell() throws {
    let directory = try TemporaryDirectory()
    let ws = ["--workspace", directory.file("w.db")]
    _ = InProcessCLI.run(["init"] + ws)
    let missing = try directory.write("worker,date\nW1,01/02/2026\n", to: "t1.csv")
    let noCourse = InProcessCLI.run(["training", "import", missing] + ws)
    #expect(noCourse.exitCode == 65)
    #expect(noCourse.stderr.contains("t1.csv:1:1: missing column 'course'"), "\(noCourse.stderr)")
    let badDate = try directory.write(
      "Worker , Course,Date\nW1,Neglect,31/02/2026\nW2,Neglect,2026-01-15\n", to: "t2.csv")
    let refused = InProcessCLI.run(["training", "import", badDate] + ws)
    #expect(refused.exitCode == 65)
    #expect(refused.stderr.contains("t2.csv:2:12: '31/02/2026' is not a date"), "\(refused.stderr)")
    let listed = InProcessCLI.run(["training", "list", "--json"] + ws).stdout
    let records = try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [Any]
    #expect(records?.isEmpty == true, "nothing was imported")
  }

  @Test func badRostersExit65NamingTheCell() throws {
    let directory = try TemporaryDirectory()
    let ws = ["--workspace", directory.file("w.db")]
    _ = InProcessCLI.run(["init"] + ws)
    let roster = try directory.write(
      "id,name,agency,team,role\nA1,Ann,Health,HV,auditor\nA1,Bob,Police,PP,boss\n", to: "r.csv")
    let result = InProcessCLI.run(["auditors", "import", roster] + ws)
    #expect(result.exitCode == 65)
    #expect(result.stderr.contains("r.csv:3:1: auditor id repeats the one on line 2"))
    #expect(result.stderr.contains("r.csv:3:18: unknown role 'boss'"))
    let listed = InProcessCLI.run(["auditors", "list", "--json"] + ws).stdout
    let auditors = try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [Any]
    #expect(auditors?.isEmpty == true, "nothing was imported")
  }
}
