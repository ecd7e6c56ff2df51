import AuditForms
import CaseList
import Findings
import Foundation
import Reports
import Statistics

/// Times the aggregator on 100,000 responses × 40 questions, 10% of cases double-audited:
/// findings, agreement and a before/after comparison, as issue 5 asks.
///
/// It also writes the same responses as CSV for `scipy_aggregate.py`, which does the same
/// computation with pandas and SciPy for comparison.
enum AggregationBenchmark {
  static let questionCount = 40

  /// A synthetic tool: 30 questions on Ofsted's scale and 10 on yes/partly/no, in 4 themes.
  static func toolJSON() -> String {
    let questions = (0..<questionCount).map { index -> String in
      let scale = index < 30 ? "ofsted4" : "yesPartlyNo"
      let theme = ["history", "voice", "drift", "oversight"][index % 4]
      return """
        {"id": "q\(index)", "type": "grade", "scale": "\(scale)", "text": "Criterion \(index)?",
         "themes": ["\(theme)"], "evidence": "optional"}
        """
    }
    let themes = ["history", "voice", "drift", "oversight"].map {
      #"{"id": "\#($0)", "title": "\#($0)", "description": "\#($0)"}"#
    }
    return """
      {"id": "bench-tool", "version": "1.0.0", "title": "Benchmark tool", "description": "Synthetic.",
       "themes": [\(themes.joined(separator: ","))],
       "sections": [{"id": "s", "title": "All", "questions": [\(questions.joined(separator: ",\n"))]}]}
      """
  }

  static func run(arguments: [String]) throws {
    let responsesWanted = 100_000
    guard case .success(let tool) = AuditToolLoader.load(text: toolJSON(), fileName: "bench.json")
    else { throw CocoaError(.coderInvalidValue) }
    var rng = Xoshiro256StarStar(seed: 100_000)
    let stages: [Stage] = [.childInNeed, .childProtection, .lookedAfter]
    let ofsted = ["outstanding", "good", "requiresImprovement", "inadequate"]
    let ypn = ["yes", "partly", "no"]
    var cases: [AuditedCase] = []
    var csv = "round,case,rater,question,level\n"
    csv.reserveCapacity(responsesWanted * questionCount * 24)
    var responses = 0
    var index = 0
    while responses < responsesWanted {
      let double = rng.uniform(below: 10) == 0
      let quality = rng.unitDouble()
      let round = index % 2 == 0 ? "before" : "after"
      let record = CaseRecord(
        id: "C\(index)", stage: stages[rng.uniform(below: 3)], neglectStatus: .confirmed,
        team: "T\(rng.uniform(below: 8))", age: rng.uniform(below: 18),
        monthsOpen: rng.uniform(below: 30))
      var made: [AuditedResponse] = []
      for rater in 0..<(double ? 2 : 1) {
        var answers: [String: Answer] = [:]
        for question in 0..<questionCount {
          let levels = question < 30 ? ofsted : ypn
          let shift = round == "after" && question % 3 == 0 ? 0.15 : 0
          let noise = rng.unitDouble() * 0.5
          let score = min(0.999, max(0, 1 - quality - shift + noise - 0.25))
          let level = levels[Int(score * Double(levels.count))]
          answers["q\(question)"] = Answer(.level(level))
          csv += "\(round),C\(index),\(rater),\(question),\(levels.firstIndex(of: level) ?? 0)\n"
        }
        made.append(
          AuditedResponse(
            auditorID: "A\(rater)", auditorAgency: rater == 0 ? "Health" : "Police",
            status: .submitted, answers: AnswerSet(answers)))
      }
      responses += made.count
      cases.append(
        AuditedCase(
          caseID: record.id, reference: "CA-\(index)", record: record,
          allocatedAuditors: made.map(\.auditorID), responses: made))
      index += 1
    }
    let directory = NSTemporaryDirectory() + "caseaudit-aggregate"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try Data(csv.utf8).write(to: URL(fileURLWithPath: directory + "/responses.csv"))
    let info = { (name: String) in
      RoundInfo(
        name: name, purpose: "routine", toolID: tool.id, toolVersion: tool.version,
        sampleDescription: "synthetic")
    }
    let before = cases.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
    let after = cases.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
    print(
      "Aggregating \(responses) responses × \(questionCount) questions over \(cases.count) cases "
        + "(\(cases.count { $0.responses.count > 1 }) double-audited):")
    var best = (findings: Double.infinity, agreement: Double.infinity, compare: Double.infinity)
    for _ in 0..<3 {
      var start = ContinuousClock.now
      let findings = RoundFindings.compute(tool: tool, round: info("all"), cases: cases)
      let tFindings = seconds(since: start)
      start = ContinuousClock.now
      let agreement = AgreementReport.compute(tool: tool, round: info("all"), cases: cases)
      let tAgreement = seconds(since: start)
      start = ContinuousClock.now
      let comparison = RoundComparison.compute(
        before: (info("before"), before), after: (info("after"), after), beforeTool: tool,
        afterTool: tool)
      let tCompare = seconds(since: start)
      best = (
        min(best.findings, tFindings), min(best.agreement, tAgreement), min(best.compare, tCompare)
      )
      precondition(
        findings.questions.count == questionCount && comparison.questions.count == questionCount)
      precondition(agreement.questions.count == questionCount)
    }
    let total = best.findings + best.agreement + best.compare
    print(
      String(
        format: "  findings %.3f s, agreement %.3f s, comparison %.3f s → total %.3f s (best of 3)",
        best.findings, best.agreement, best.compare, total))
    print(String(format: "RESULT aggregate_seconds=%.3f", total))
    if arguments.contains("--scipy") {
      let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("scipy_aggregate.py").path
      print("pandas + SciPy (same responses, same statistics):")
      let python = Process()
      python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      python.arguments = ["python3", script, directory + "/responses.csv"]
      try python.run()
      python.waitUntilExit()
    }
  }

  /// Times rendering a 500-case round's report in every format (issue 6: under 200 ms).
  static func runReport() throws {
    guard case .success(let tool) = AuditToolLoader.load(text: toolJSON(), fileName: "bench.json")
    else { throw CocoaError(.coderInvalidValue) }
    var rng = Xoshiro256StarStar(seed: 500)
    let ofsted = ["outstanding", "good", "requiresImprovement", "inadequate"]
    let ypn = ["yes", "partly", "no"]
    let cases = (0..<500).map { index -> AuditedCase in
      let record = CaseRecord(
        id: "C\(index)", stage: [.childInNeed, .childProtection, .lookedAfter][index % 3],
        neglectStatus: .confirmed, team: "T\(index % 6)", age: index % 18)
      let raters = index % 10 == 0 ? 2 : 1
      let responses = (0..<raters).map { rater -> AuditedResponse in
        var answers: [String: Answer] = [:]
        for question in 0..<questionCount {
          let levels = question < 30 ? ofsted : ypn
          answers["q\(question)"] = Answer(
            .level(levels[rng.uniform(below: levels.count)]), evidence: "Seen in the file.")
        }
        return AuditedResponse(
          auditorID: "A\(rater)", auditorAgency: rater == 0 ? "Health" : "Police",
          status: .submitted, answers: AnswerSet(answers))
      }
      return AuditedCase(
        caseID: record.id, reference: "CA-\(index)", record: record,
        allocatedAuditors: responses.map(\.auditorID), responses: responses)
    }
    let info = RoundInfo(
      name: "Bench", purpose: "routine", toolID: tool.id, toolVersion: tool.version,
      sampleDescription: "synthetic")
    let input = ReportInput(
      partnership: "Benchmark",
      round: ReportRound(
        name: "Bench", purpose: "routine", toolID: tool.id, toolVersion: tool.version,
        toolTitle: tool.title, auditDate: "2027-03-01", createdAt: "2027-03-01T00:00:00Z",
        training: nil),
      participants: [ReportParticipant(agency: "Health", auditors: 1, responses: 500)],
      findings: RoundFindings.compute(tool: tool, round: info, cases: cases, breakdown: .stage),
      agreement: AgreementReport.compute(tool: tool, round: info, cases: cases), comparison: nil,
      methods: ReportMethods(
        snapshotID: "1", asOf: "2027-03-01", sources: [], populationSize: 500, eligible: 500,
        filters: "synthetic", strata: [], seed: "1", algorithm: "bench", verification: "n/a",
        allocation: nil, replacements: 0),
      dataQuality: [], generatedAt: "2027-03-01T00:00:00Z", identified: false, auditTool: tool)
    var best = Double.infinity
    var bytes = 0
    for _ in 0..<5 {
      let start = ContinuousClock.now
      bytes =
        HTMLReport.render(input).utf8.count + MarkdownReport.render(input).utf8.count
        + CSVReport.summary(input).count + (try JSONReport.render(input)).count
      best = min(best, seconds(since: start))
    }
    print(
      String(
        format:
          "Rendering a 500-case round as HTML, Markdown, CSV and JSON: %.1f ms (best of 5, %d bytes)",
        best * 1000, bytes))
    print(String(format: "RESULT report_ms=%.1f", best * 1000))
  }
}
