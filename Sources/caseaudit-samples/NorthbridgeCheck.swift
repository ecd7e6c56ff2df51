import AuditForms
import CaseList
import Formats
import Foundation
import Sampling

/// Re-derives the samples from the files written, the way `caseaudit demo` will, and checks
/// they agree with what the generator recorded.
///
/// From the bytes on disk: the three lists import with no problems into the same records; each
/// round's recorded `SampleSpec` (decoded from `demo.json`) draws the same cases; the roster
/// (read from `auditors.csv` as `auditors import` reads it) and the recorded allocation seed
/// give the same (case, auditor) pairs as the responses file; every response and moderation,
/// wrapped as `{"answers": …}`, passes `AuditTool.checkAnswers` for submission and reads back
/// equal to the set generated; double-audited cases, and only they, have one moderation by a
/// moderator who did not audit them; the follow-up excludes the baseline's sample; the training
/// roster reads back as generated.
enum NorthbridgeCheck {
  /// Runs every check; returns a one-paragraph report, or throws on the first disagreement.
  static func verify(
    directory: String, rounds: [NorthbridgeRound], tool: AuditTool
  ) throws(NorthbridgeError) -> String {
    let manifest = try decodeManifest(try read(directory, NorthbridgeSamples.manifestFile))
    let roster = try readRoster(try read(directory, NorthbridgeSamples.auditorsFile))
    guard roster == NorthbridgeRoster.auditors else {
      throw .inconsistent("auditors.csv does not read back as the roster generated")
    }
    try checkTraining(try read(directory, NorthbridgeSamples.trainingFile))
    guard manifest.rounds.count == rounds.count else {
      throw .inconsistent("demo.json lists \(manifest.rounds.count) rounds")
    }
    var pairs = 0
    var moderations = 0
    var sampled: [[String]] = []
    var snapshots: [String] = []
    for (entry, round) in zip(manifest.rounds, rounds) {
      guard let asOf = CalendarDate(iso: entry.asOf), asOf == round.asOf,
        entry.caseLists == round.caseListFiles
      else {
        throw .inconsistent("\(entry.name): the manifest's snapshot differs from the round's")
      }
      let files = try entry.caseLists.map { name throws(NorthbridgeError) in
        try read(directory, name)
      }
      let imported = CaseListImporter.importAnnexA(
        sources: zip(entry.caseLists, files).map { CaseListSource(name: $0, bytes: $1) },
        asOf: asOf)
      guard imported.isValid else {
        throw .importProblems(imported.problems.map { "\($0)" })
      }
      let population = Array(imported.records)
      snapshots.append(
        "\(population.count) children as of \(asOf) (\(imported.warnings.count) planted "
          + "data-quality warnings)")
      guard
        !population.contains(where: { record in
          record.startDate.map { $0 > asOf } ?? false
        })
      else {
        throw .inconsistent("\(entry.name): a case starts after its snapshot's as-of date")
      }
      let records = Dictionary(uniqueKeysWithValues: population.map { ($0.id, $0) })
      let draw: SampleDraw
      let assignments: [Assignment]
      do {
        draw = try Sampler.draw(population: population, spec: entry.sample)
        guard let seed = UInt64(entry.allocation.seed) else {
          throw NorthbridgeError.inconsistent("\(entry.name): bad allocation seed")
        }
        assignments = try AuditorAllocator.allocate(
          cases: draw.cases.map {
            AllocationCase(caseId: $0.caseId, team: records[$0.caseId]?.team)
          },
          auditors: roster, raters: entry.allocation.raters,
          doubleFraction: entry.allocation.doubleFraction, seed: seed)
      } catch {
        throw .inconsistent("\(entry.name): \(error)")
      }
      guard draw.cases == round.draw.cases, assignments == round.assignments else {
        throw .inconsistent("\(entry.name): the draw or allocation differs when replayed")
      }
      sampled.append(draw.cases.map(\.caseId))
      let file = try read(directory, entry.responses)
      let counts = try checkResponses(
        file, name: entry.responses, round: round, assignments: assignments, records: records,
        roster: roster, tool: tool)
      pairs += counts.responses
      moderations += counts.moderations
    }
    if sampled.count == 2 {
      let byteOrder = sampled[0].sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      guard rounds[1].spec.excludedCaseIds == byteOrder,
        Set(sampled[0]).isDisjoint(with: sampled[1])
      else {
        throw .inconsistent("the follow-up does not exclude exactly the baseline's sample")
      }
    }
    let sizes = sampled.map { String($0.count) }.joined(separator: " + ")
    return "Consistency check passed: each round's lists import with 0 errors, into "
      + snapshots.joined(separator: " and ") + "; no case starts after its snapshot's as-of date; "
      + "\(rounds.count) rounds redrawn and reallocated from demo.json and "
      + "auditors.csv give the recorded \(sizes) "
      + "cases and all \(pairs) (case, auditor) pairs; \(pairs) responses and \(moderations) "
      + "moderations read back and pass submission validation."
  }

  /// Checks one responses file against the replayed allocation; returns what it held.
  private static func checkResponses(
    _ bytes: [UInt8], name: String, round: NorthbridgeRound, assignments: [Assignment],
    records: [String: CaseRecord], roster: [Auditor], tool: AuditTool
  ) throws(NorthbridgeError) -> (responses: Int, moderations: Int) {
    guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
      let responses = object["responses"] as? [[String: Any]],
      let moderations = object["moderations"] as? [[String: Any]]
    else { throw .inconsistent("\(name) is not a responses file") }
    var written: [String] = []
    for (index, entry) in responses.enumerated() {
      guard let caseId = entry["caseId"] as? String, let auditor = entry["auditor"] as? String,
        let record = records[caseId]
      else { throw .inconsistent("\(name): response \(index) lacks a known case or auditor") }
      let answers = try validated(
        entry["answers"], record: record, tool: tool, at: "\(name) \(caseId)")
      guard
        answers
          == round.responses.first(where: { $0.caseId == caseId && $0.auditor == auditor })?.answers
      else { throw .inconsistent("\(name): \(caseId) \(auditor) reads back differently") }
      written.append(caseId + "\t" + auditor)
    }
    let expected = assignments.flatMap { assignment in
      assignment.auditors.map { assignment.caseId + "\t" + $0 }
    }
    guard written.sorted() == expected.sorted() else {
      throw .inconsistent("\(name): the (case, auditor) pairs differ from the allocation")
    }
    let doubled = Set(assignments.filter(\.isDoubleRated).map(\.caseId))
    var moderated: [String] = []
    for entry in moderations {
      guard let caseId = entry["caseId"] as? String, let moderator = entry["moderator"] as? String,
        let record = records[caseId], let rationale = entry["rationale"] as? String,
        !rationale.isEmpty,
        let person = roster.first(where: { $0.id == moderator }),
        person.role == .moderator || person.role == .lead,
        assignments.first(where: { $0.caseId == caseId })?.auditors.contains(moderator) == false
      else { throw .inconsistent("\(name): a moderation lacks a case, moderator or rationale") }
      let answers = try validated(
        entry["answers"], record: record, tool: tool, at: "\(name) \(caseId)")
      guard answers == round.moderations.first(where: { $0.caseId == caseId })?.answers else {
        throw .inconsistent("\(name): the moderation of \(caseId) reads back differently")
      }
      moderated.append(caseId)
    }
    guard moderated.sorted() == doubled.sorted(), Set(moderated).count == moderated.count else {
      throw .inconsistent("\(name): moderations do not match the double-audited cases")
    }
    return (responses.count, moderations.count)
  }

  /// The answers member wrapped as an answers file and checked for submission.
  private static func validated(
    _ answers: Any?, record: CaseRecord, tool: AuditTool, at place: String
  ) throws(NorthbridgeError) -> AnswerSet {
    guard let answers,
      let json = try? JSONSerialization.data(withJSONObject: ["answers": answers])
    else { throw .inconsistent("\(place): no answers object") }
    let attributes = CaseAttributes(
      stage: record.stage.rawValue, age: record.age, longTerm: record.isLongTerm,
      neglectStatus: record.neglectStatus.rawValue)
    switch tool.checkAnswers(
      json: Array(json), fileName: "answers.json", case: attributes, mode: .submit)
    {
    case .success(let set): return set
    case .failure(let error): throw .invalidAnswers(error.problems.map { "\(place): \($0)" })
    }
  }

  private static func decodeManifest(
    _ bytes: [UInt8]
  ) throws(NorthbridgeError) -> NorthbridgeManifest.Manifest {
    do {
      return try JSONDecoder().decode(NorthbridgeManifest.Manifest.self, from: Data(bytes))
    } catch {
      throw .inconsistent("demo.json does not decode: \(error)")
    }
  }

  /// The roster as `caseaudit auditors import` reads it.
  private static func readRoster(_ bytes: [UInt8]) throws(NorthbridgeError) -> [Auditor] {
    let table = CSVTable.read(CaseListSource(name: NorthbridgeSamples.auditorsFile, bytes: bytes))
    let columns = Dictionary(
      table.header.enumerated().map { ($1.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
    guard table.problems.isEmpty,
      let id = columns["id"], let name = columns["name"], let agency = columns["agency"],
      let team = columns["team"], let role = columns["role"]
    else { throw .inconsistent("auditors.csv does not read as a roster") }
    return try table.rows.map { row throws(NorthbridgeError) in
      guard let parsed = AuditorRole(rawValue: row.fields[role].lowercased()) else {
        throw .inconsistent("auditors.csv:\(row.line): unknown role")
      }
      return Auditor(
        id: row.fields[id], name: row.fields[name], agency: row.fields[agency],
        team: row.fields[team].isEmpty ? nil : row.fields[team], role: parsed)
    }
  }

  /// The training roster as `caseaudit training import` reads it.
  private static func checkTraining(_ bytes: [UInt8]) throws(NorthbridgeError) {
    let table = CSVTable.read(CaseListSource(name: NorthbridgeSamples.trainingFile, bytes: bytes))
    let read = table.rows.compactMap { row -> NorthbridgeRoster.Attendance? in
      guard row.fields.count == 3,
        let date = CalendarDate(parsing: row.fields[2], referenceYear: NorthbridgeDates.asOf.year)
      else { return nil }
      return NorthbridgeRoster.Attendance(worker: row.fields[0], date: date)
    }
    guard table.problems.isEmpty, table.header == ["worker", "course", "date"],
      table.rows.allSatisfy({ $0.fields[1] == NorthbridgeRoster.course }),
      read.map(\.worker) == NorthbridgeRoster.attendance.map(\.worker),
      read.map(\.date) == NorthbridgeRoster.attendance.map(\.date)
    else { throw .inconsistent("training.csv does not read back as generated") }
  }

  private static func read(_ directory: String, _ name: String) throws(NorthbridgeError) -> [UInt8]
  {
    guard let data = FileManager.default.contents(atPath: directory + "/" + name) else {
      throw .file(path: directory + "/" + name, reason: "cannot read the file")
    }
    return Array(data)
  }
}
