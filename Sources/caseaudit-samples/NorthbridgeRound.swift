import AuditForms
import CaseList
import Formats
import Sampling

/// One of Northbridge's two audit rounds: how the demo replays it (name, purpose, audit date,
/// sample specification, allocation seed) and what the generator made for it (the draw, the
/// allocation, every submitted response and every moderation).
struct NorthbridgeRound {
  /// One auditor's submitted answers for one case.
  struct Response {
    /// The case id.
    let caseId: String
    /// The auditor's roster id.
    let auditor: String
    /// The answers.
    let answers: AnswerSet
  }

  /// A moderator's agreed answers for a double-audited case.
  struct Moderation {
    /// The case id.
    let caseId: String
    /// The moderator's roster id.
    let moderator: String
    /// Why the grades were settled as they were.
    let rationale: String
    /// The agreed answers.
    let answers: AnswerSet
    /// The questions the two auditors answered differently.
    let differing: [String]
  }

  /// The file-name stem: `baseline` or `follow-up`.
  let slug: String
  /// The round's name.
  let name: String
  /// `baseline` or `postTraining`.
  let purpose: String
  /// The day the audits took place; training before it counts.
  let auditDate: CalendarDate
  /// The day the round's case lists were exported: the as-of date of its snapshot.
  let asOf: CalendarDate
  /// The sample specification, exactly as recorded in the manifest.
  let spec: SampleSpec
  /// The seed of the auditor allocation.
  let allocationSeed: UInt64
  /// Auditors per case.
  static let raters = 1
  /// The fraction of cases given one extra, blind auditor.
  static let doubleFraction = 0.2

  /// The draw `Sampler` made.
  private(set) var draw: SampleDraw
  /// The allocation `AuditorAllocator` made, in case order.
  private(set) var assignments: [Assignment]
  /// What the model knew about each sampled case, by case id.
  private(set) var facts: [String: NorthbridgeCaseFacts] = [:]
  /// Every (case, auditor) response, in case order then rater order.
  private(set) var responses: [Response] = []
  /// One moderation per double-audited case, in case order.
  private(set) var moderations: [Moderation] = []

  /// The responses file's name.
  var responsesFile: String { "\(slug)-responses.json" }

  /// The round's case lists, exported on `asOf`.
  var caseListFiles: [String] { NorthbridgeAnnexA.fileNames(asOf: asOf) }

  /// Draws the sample, allocates it and fills in every audit.
  ///
  /// - Parameters:
  ///   - slug: the file-name stem.
  ///   - name: the round's name.
  ///   - purpose: `baseline` or `postTraining`.
  ///   - asOf: the day the round's case lists were exported.
  ///   - auditDate: the day the audits took place.
  ///   - spec: the sample specification.
  ///   - allocationSeed: the seed of the auditor allocation.
  ///   - population: the imported records, sorted by id.
  ///   - siblings: the number of siblings of each child, by id.
  ///   - model: the answer model.
  ///   - seed: the run's seed (the answers' streams derive from it).
  /// - Throws: `NorthbridgeError.inconsistent` when the draw or the allocation fails.
  init(
    slug: String, name: String, purpose: String, asOf: CalendarDate, auditDate: CalendarDate,
    spec: SampleSpec,
    allocationSeed: UInt64, population: [CaseRecord], siblings: [String: Int],
    model: NorthbridgeAnswerModel, seed: UInt64
  ) throws(NorthbridgeError) {
    self.slug = slug
    self.name = name
    self.purpose = purpose
    self.asOf = asOf
    self.auditDate = auditDate
    self.spec = spec
    self.allocationSeed = allocationSeed
    let records = Dictionary(uniqueKeysWithValues: population.map { ($0.id, $0) })
    do {
      draw = try Sampler.draw(population: population, spec: spec)
      assignments = try AuditorAllocator.allocate(
        cases: draw.cases.map { AllocationCase(caseId: $0.caseId, team: records[$0.caseId]?.team) },
        auditors: NorthbridgeRoster.auditors, raters: Self.raters,
        doubleFraction: Self.doubleFraction, seed: allocationSeed)
    } catch {
      throw .inconsistent("round \(slug): \(error)")
    }
    let moderators = NorthbridgeRoster.auditors.filter { $0.role == .moderator }.map(\.id)
    let blocks = assignments.map { assignment in
      let record = records[assignment.caseId]
      let trained = NorthbridgeRoster.attended(record?.worker, before: auditDate) != nil
      return (record?.isLongTerm == true ? 2 : 0) + (trained ? 1 : 0)
    }
    let (qualities, noises) = Self.stratifiedDraws(
      blocks: blocks, workers: assignments.map { records[$0.caseId]?.worker },
      questions: model.tool.questions.map(\.id),
      random: NorthbridgeRandom(seed: seed, stream: "\(slug)/stratified"), seed: seed)
    for (index, assignment) in assignments.enumerated() {
      guard let record = records[assignment.caseId] else {
        throw .inconsistent(
          "round \(slug): sampled case \(assignment.caseId) is not in the population")
      }
      var random = NorthbridgeRandom(seed: seed, stream: "\(slug)/\(record.id)/profile")
      let caseFacts = NorthbridgeCaseFacts(
        record: record, siblings: siblings[record.id] ?? 0, isFollowUp: purpose == "postTraining",
        auditDate: auditDate, quality: qualities[index], noise: noises[index])
      facts[record.id] = caseFacts
      let profile = model.profile(for: caseFacts, random: &random)
      var sets: [AnswerSet] = []
      for (rater, auditor) in assignment.auditors.enumerated() {
        var own = NorthbridgeRandom(seed: seed, stream: "\(slug)/\(record.id)/\(auditor)")
        let reading = rater == 0 ? profile : model.secondOpinion(of: profile, random: &own)
        let answers = model.fill(reading, for: caseFacts, random: &own)
        sets.append(answers)
        responses.append(Response(caseId: record.id, auditor: auditor, answers: answers))
      }
      if assignment.isDoubleRated, sets.count >= 2 {
        var own = NorthbridgeRandom(seed: seed, stream: "\(slug)/\(record.id)/moderation")
        let (agreed, differing) = model.moderate(sets[0], sets[1], for: caseFacts, random: &own)
        var overall: String?
        if case .level(let code) = agreed["overall.judgement"]?.value { overall = code }
        moderations.append(
          Moderation(
            caseId: record.id, moderator: moderators[moderations.count % moderators.count],
            rationale: NorthbridgeEvidence.rationale(
              differing: differing, overall: overall, random: &own),
            answers: agreed, differing: differing))
      }
    }
  }

  /// Each case's practice quality and each question's noise, stratified (Latin hypercube)
  /// within blocks of cases — long-term or not, worker trained before the audit or not — so
  /// forty cases show the calibrated shares (drift among the long-term cases included) and the
  /// trained and untrained groups differ by the modelled effect of the course, not by a lucky
  /// or unlucky draw of a few cases.
  ///
  /// Quality is the worker's lasting effect plus the case's own part, then standardised within
  /// each block, so each block averages out to the calibrated baseline and the rounds and groups
  /// differ only by the follow-up's and the course's shifts (plus each question's noise).
  private static func stratifiedDraws(
    blocks: [Int], workers: [String?], questions: [String], random: NorthbridgeRandom,
    seed: UInt64
  ) -> (qualities: [Double], noises: [[String: Double]]) {
    var random = random
    var qualities = [Double](repeating: 0, count: blocks.count)
    var noises = [[String: Double]](repeating: [:], count: blocks.count)
    for block in Set(blocks).sorted() {
      let members = blocks.indices.filter { blocks[$0] == block }
      guard !members.isEmpty else { continue }
      let own = random.stratifiedNormals(count: members.count)
      var raw = members.enumerated().map { position, index in
        workerShare * workerEffect(workers[index], seed: seed)
          + (1 - workerShare * workerShare).squareRoot() * own[position]
      }
      let mean = raw.reduce(0, +) / Double(raw.count)
      let variance = raw.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(raw.count)
      if raw.count > 2, variance > 0 {
        raw = raw.map { ($0 - mean) / variance.squareRoot() }
      }
      for (position, index) in members.enumerated() { qualities[index] = raw[position] }
      for question in questions {
        let values = random.stratifiedNormals(count: members.count)
        for (position, index) in members.enumerated() { noises[index][question] = values[position] }
      }
    }
    return (qualities, noises)
  }

  /// The weight of the worker in a case's practice quality (the rest is the case's own).
  static let workerShare = 0.35

  /// A worker's lasting effect on the quality of their cases (standard normal), the same in
  /// both rounds.
  static func workerEffect(_ worker: String?, seed: UInt64) -> Double {
    var random = NorthbridgeRandom(seed: seed, stream: "worker/\(worker ?? "")")
    return random.normal()
  }

  /// The answers the findings use for a case: the moderation if there is one, else the first
  /// allocated auditor's.
  func primaryAnswers(of caseId: String) -> AnswerSet? {
    if let moderation = moderations.first(where: { $0.caseId == caseId }) {
      return moderation.answers
    }
    guard let first = assignments.first(where: { $0.caseId == caseId })?.auditors.first else {
      return nil
    }
    return responses.first { $0.caseId == caseId && $0.auditor == first }?.answers
  }
}
