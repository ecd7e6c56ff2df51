import AuditForms
import CaseList
import Findings
import Statistics

/// Generates random audited cases for the fixture tool, for property tests: random stages,
/// ages and durations, grades including N/A, unknown codes, missing answers and answers left
/// on questions that do not apply, drafts, moderation and double audits.
struct SeededCases {
  let tool: AuditTool
  var generator: Xoshiro256StarStar

  /// A generator for a tool, seeded.
  init(tool: AuditTool, seed: UInt64) {
    self.tool = tool
    generator = Xoshiro256StarStar(seed: seed)
  }

  /// A random answer set: each question answered with probability 0.9, sometimes N/A or an
  /// unknown code; `shift` moves grades towards better (negative) or worse (positive) levels.
  mutating func answers(shift: Int = 0) -> AnswerSet {
    var set = AnswerSet()
    for question in tool.questions {
      guard generator.uniform(below: 10) > 0 else { continue }
      if generator.uniform(below: 25) == 0 {
        set[question.id] = Answer(.notApplicable)
        continue
      }
      if generator.uniform(below: 60) == 0 {
        set[question.id] = Answer(.level("unknownLevel"))
        continue
      }
      let evidence =
        generator.uniform(below: 3) == 0 ? nil : "Evidence \(generator.uniform(below: 99))"
      switch question.type {
      case .grade(let scale):
        let drawn = generator.uniform(below: scale.levels.count) + shift
        let level = scale.levels[min(max(drawn, 0), scale.levels.count - 1)]
        set[question.id] = Answer(.level(level.code), evidence: evidence)
      case .choice(let options):
        set[question.id] = Answer(.choice(options[generator.uniform(below: options.count)].code))
      case .multiChoice(let options):
        let picked = options.filter { _ in generator.uniform(below: 3) == 0 }.map(\.code)
        set[question.id] = Answer(.choices(picked.isEmpty ? [options[0].code] : picked))
      case .number:
        set[question.id] = Answer(.number(Double(generator.uniform(below: 8))))
      case .date, .text:
        set[question.id] = Answer(.text("note"))
      }
    }
    return set
  }

  /// A random stage.
  mutating func stage() -> Stage {
    let stages: [Stage] = [.earlyHelp, .referral, .childInNeed, .childProtection, .lookedAfter]
    return stages[generator.uniform(below: stages.count)]
  }

  /// `count` random cases numbered from `first`.
  mutating func cases(_ count: Int, first: Int = 1, shift: Int = 0) -> [AuditedCase] {
    (first..<(first + count)).map { number in
      let id = "GEN-\(number)"
      let record = CaseRecord(
        id: id, stage: stage(), neglectStatus: .confirmed,
        team: ["North", "South", "East"][generator.uniform(below: 3)],
        worker: "W\(generator.uniform(below: 20))",
        age: generator.uniform(below: 6) == 0 ? nil : generator.uniform(below: 18),
        monthsOpen: generator.uniform(below: 30))
      var responses = [
        AuditedResponse(
          auditorID: "A\(number % 7)", auditorAgency: ["health", "police"][number % 2],
          status: generator.uniform(below: 12) == 0 ? .draft : .submitted,
          answers: answers(shift: shift))
      ]
      var allocated = ["A\(number % 7)"]
      if generator.uniform(below: 4) == 0 {
        allocated.append("B\(number % 5)")
        responses.append(
          AuditedResponse(
            auditorID: "B\(number % 5)", auditorAgency: "education", status: .submitted,
            answers: answers(shift: shift)))
      }
      var moderated: AuditedResponse?
      if generator.uniform(below: 6) == 0 {
        moderated = AuditedResponse(
          auditorID: "M1", auditorAgency: "socialCare",
          status: generator.uniform(below: 5) == 0 ? .draft : .moderated,
          answers: answers(shift: shift))
      }
      return AuditedCase(
        caseID: id, reference: "REF-\(number)", record: record, allocatedAuditors: allocated,
        responses: responses, moderated: moderated)
    }
  }
}
