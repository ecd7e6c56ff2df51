import AuditForms
import CaseList
import Formats
import Foundation
import Sampling

/// `caseaudit-samples`: generates the synthetic Northbridge partnership in
/// `Samples/northbridge/` — Annex A lists 6–8, the auditor and training rosters, two completed
/// rounds of `neglect-thematic` and the manifest `caseaudit demo` replays — then checks that the
/// library reproduces every recorded draw, allocation and answer from the written files.
///
/// Deterministic from `--seed`: the same seed gives byte-identical files. The default, 8, was
/// chosen from seeds 1–60 as one whose forty-case rounds land near every calibration target at
/// once (see the samples' README); other seeds vary as much as forty-case samples do.
enum NorthbridgeSamples {
  /// The default seed.
  static let defaultSeed: UInt64 = 8
  /// The auditor roster's file name.
  static let auditorsFile = "auditors.csv"
  /// The training roster's file name.
  static let trainingFile = "training.csv"
  /// The manifest's file name.
  static let manifestFile = "demo.json"

  /// Runs the generator with its command-line arguments.
  static func run(arguments: [String]) throws {
    var directory = "Samples/northbridge"
    var embedded: String? = embeddedFile
    var seed = defaultSeed
    var index = 0
    while index < arguments.count {
      let value = index + 1 < arguments.count ? arguments[index + 1] : nil
      switch (arguments[index], value) {
      case ("--out", let path?):
        directory = path
        if embedded == embeddedFile { embedded = nil }
      case ("--embed", let path?): embedded = path
      case ("--seed", let text?):
        guard let parsed = UInt64(text) else {
          throw NorthbridgeError.usage("--seed takes a whole number from 0 to 2^64 − 1")
        }
        seed = parsed
      default:
        throw NorthbridgeError.usage("unknown or incomplete argument '\(arguments[index])'")
      }
      index += 2
    }
    try generate(into: directory, seed: seed)
    if let embedded { try embed(directory: directory, into: embedded) }
  }

  /// Where the samples are compiled into `caseaudit` (written when generating into the
  /// default folder, or with `--embed PATH`).
  static let embeddedFile = "Sources/CaseAuditCLI/Commands/DemoSamples.swift"

  /// The files `caseaudit demo` needs, in the order they are embedded.
  static func embeddedNames(directory: String) throws -> [String] {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory)
    return names.filter { $0.hasSuffix(".csv") || $0.hasSuffix(".json") }.sorted()
  }

  /// Writes the Swift file that compiles the samples into the binary, each file as base64
  /// (RFC 4648 §4) in 96-character lines, so `caseaudit demo` runs with the binary alone.
  static func embed(directory: String, into path: String) throws {
    var text = """
      // Written by `caseaudit-samples` from Samples/northbridge; do not edit by hand.
      // A test checks that these bytes are the files in Samples/northbridge.

      /// The Northbridge samples compiled into the binary, so that `caseaudit demo` runs from any
      /// folder with the binary alone: each file's name and its bytes in base64 (RFC 4648 §4).
      enum DemoSamples {
        /// The files, by name, in name order.
        static let files: [(name: String, base64: String)] = [

      """
    for name in try embeddedNames(directory: directory) {
      guard let data = FileManager.default.contents(atPath: directory + "/" + name) else {
        throw NorthbridgeError.file(path: directory + "/" + name, reason: "cannot read it")
      }
      let encoded = data.base64EncodedString()
      var lines: [Substring] = []
      var start = encoded.startIndex
      while start < encoded.endIndex {
        let end =
          encoded.index(start, offsetBy: 96, limitedBy: encoded.endIndex) ?? encoded.endIndex
        lines.append(encoded[start..<end])
        start = end
      }
      text += "    (\n      \"\(name)\",\n      \"\"\"\n"
      for line in lines { text += "      \(line)\n" }
      text += "      \"\"\"\n    ),\n"
    }
    text += "  ]\n}\n"
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
      throw NorthbridgeError.file(path: path, reason: "cannot write the file")
    }
    print("Embedded the samples in \(path).")
  }

  /// Generates, writes and checks everything.
  static func generate(into directory: String, seed: UInt64) throws {
    guard let tool = ShippedTools.tool(id: "neglect-thematic") else {
      throw NorthbridgeError.inconsistent("the shipped tool neglect-thematic does not load")
    }
    let children = NorthbridgePopulation.generate(seed: seed)
    // Each round draws from the case lists exported for it, two snapshots of one partnership.
    let baselineLists = try NorthbridgeAnnexA(
      children: children, asOf: NorthbridgeDates.baselineAsOf, seed: seed)
    let followUpLists = try NorthbridgeAnnexA(
      children: children, asOf: NorthbridgeDates.followUpAsOf, seed: seed)
    let baselinePopulation = try importLists(
      baselineLists, asOf: NorthbridgeDates.baselineAsOf)
    let followUpPopulation = try importLists(
      followUpLists, asOf: NorthbridgeDates.followUpAsOf)
    let model = NorthbridgeAnswerModel(tool: tool)
    let baseline = try NorthbridgeRound(
      slug: "baseline", name: "Neglect thematic audit — baseline, October 2026",
      purpose: "baseline", asOf: NorthbridgeDates.baselineAsOf,
      auditDate: NorthbridgeDates.iso("2026-10-15"),
      spec: spec(seed: 20_261_015, excluding: []), allocationSeed: 12_345,
      population: baselinePopulation, siblings: siblingCounts(baselinePopulation), model: model,
      seed: seed)
    let followUp = try NorthbridgeRound(
      slug: "follow-up", name: "Neglect thematic audit — follow-up, March 2027",
      purpose: "postTraining", asOf: NorthbridgeDates.followUpAsOf,
      auditDate: NorthbridgeDates.iso("2027-03-20"),
      spec: spec(seed: 20_270_320, excluding: baseline.draw.cases.map(\.caseId)),
      allocationSeed: 54_321, population: followUpPopulation,
      siblings: siblingCounts(followUpPopulation), model: model, seed: seed)
    let rounds = [baseline, followUp]
    try checkAnswers(rounds, tool: tool)

    try FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true)
    for (lists, asOf) in [
      (baselineLists, NorthbridgeDates.baselineAsOf),
      (followUpLists, NorthbridgeDates.followUpAsOf),
    ] {
      for (name, bytes) in zip(NorthbridgeAnnexA.fileNames(asOf: asOf), lists.files) {
        try write(bytes, to: directory, name)
      }
    }
    try write(Array(gitAttributes.utf8), to: directory, ".gitattributes")
    try write(Array(auditorsCSV().utf8), to: directory, auditorsFile)
    try write(Array(trainingCSV().utf8), to: directory, trainingFile)
    try write(
      NorthbridgeManifest.encoded(NorthbridgeManifest.manifest(rounds: rounds, tool: tool)),
      to: directory, manifestFile)
    for round in rounds {
      try write(
        NorthbridgeManifest.encoded(NorthbridgeManifest.responses(of: round)), to: directory,
        round.responsesFile)
    }

    let check = try NorthbridgeCheck.verify(directory: directory, rounds: rounds, tool: tool)
    let summary = NorthbridgeSummary(
      population: followUpPopulation, rounds: rounds, tool: tool, lists: followUpLists.files)
    try write(
      Array(NorthbridgeReadme.text(seed: seed, summary: summary, check: check).utf8),
      to: directory, "README.md")
    print(summary.text)
    print(check)
    print("Wrote \(directory)/ (seed \(seed)).")
  }

  /// The sample specification both rounds use: 40 children with possible or confirmed neglect,
  /// stratified by stage, at least 3 per stage, 2 reserves per stage.
  static func spec(seed: UInt64, excluding: [String]) -> SampleSpec {
    SampleSpec(
      size: 40, neglect: .possible, stratifyBy: [.stage], allocation: .proportional,
      minPerStratum: 3, excludedCaseIds: excluding, reservesPerStratum: 2, seed: seed)
  }

  /// Imports the lists' bytes as `caseaudit cases import` would, failing on any error or on
  /// any warning that was not planted.
  static func importLists(
    _ lists: NorthbridgeAnnexA, asOf: CalendarDate
  ) throws(NorthbridgeError) -> [CaseRecord] {
    let sources = zip(NorthbridgeAnnexA.fileNames(asOf: asOf), lists.files).map {
      CaseListSource(name: $0, bytes: $1)
    }
    let imported = CaseListImporter.importAnnexA(sources: sources, asOf: asOf)
    guard imported.isValid, imported.warnings.count == lists.plantedWarnings else {
      throw .importProblems(imported.problems.map { "\($0)" })
    }
    return Array(imported.records)
  }

  /// The number of other children sharing each child's family key.
  private static func siblingCounts(_ records: [CaseRecord]) -> [String: Int] {
    var families: [String: Int] = [:]
    for record in records {
      if let key = record.familyKey { families[key, default: 0] += 1 }
    }
    var counts: [String: Int] = [:]
    for record in records {
      counts[record.id] = record.familyKey.map { (families[$0] ?? 1) - 1 } ?? 0
    }
    return counts
  }

  /// Validates every response and moderation as `audit record --submit` would.
  private static func checkAnswers(
    _ rounds: [NorthbridgeRound], tool: AuditTool
  ) throws(NorthbridgeError) {
    var problems: [String] = []
    for round in rounds {
      let sets =
        round.responses.map { ($0.caseId, $0.auditor, $0.answers) }
        + round.moderations.map { ($0.caseId, $0.moderator, $0.answers) }
      for (caseId, person, answers) in sets {
        guard let facts = round.facts[caseId] else { continue }
        for problem in tool.validate(answers, case: facts.attributes, mode: .submit) {
          problems.append("\(round.slug) \(caseId) \(person): \(problem)")
        }
      }
    }
    guard problems.isEmpty else { throw .invalidAnswers(problems) }
  }

  /// Keeps git from converting line ends: the byte order mark, CRLF and Windows-1252 bytes are
  /// part of what the samples test, and the population's fingerprint depends on them.
  static let gitAttributes = """
    # Written by caseaudit-samples: keep these files byte for byte (CRLF, BOM, Windows-1252).
    * -text

    """

  /// `auditors.csv`: id, name, agency, team, role.
  static func auditorsCSV() -> String {
    var lines = ["id,name,agency,team,role"]
    for auditor in NorthbridgeRoster.auditors {
      lines.append(
        [auditor.id, auditor.name, auditor.agency, auditor.team ?? "", auditor.role.rawValue]
          .map(csvField).joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `training.csv`: worker, course, date (dd/mm/yyyy).
  static func trainingCSV() -> String {
    var lines = ["worker,course,date"]
    for attendance in NorthbridgeRoster.attendance {
      lines.append(
        [
          attendance.worker, NorthbridgeRoster.course,
          NorthbridgeDates.dayMonthYear(attendance.date),
        ].map(csvField).joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180 §2.6–2.7).
  private static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  private static func write(
    _ bytes: [UInt8], to directory: String, _ name: String
  ) throws(NorthbridgeError) {
    let path = directory + "/" + name
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
      throw .file(path: path, reason: "cannot write the file")
    }
  }
}
