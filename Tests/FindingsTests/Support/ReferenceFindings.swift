import AuditForms
import CaseList
import Findings

/// A second, deliberately plain computation of a round's counts, for property tests: it reads
/// applicability from `AuditTool.applicability(answers:case:)` and recounts everything with
/// dictionaries, one case at a time.
struct ReferenceFindings {
  /// Per question counts.
  struct QuestionCounts: Equatable {
    var applicable = 0
    var answered = 0
    var notApplicable = 0
    var levels: [String: Int] = [:]
    var judged = 0
    var acceptable = 0
  }

  var cases = 0
  var moderated = 0
  var notAudited = 0
  var questions: [String: QuestionCounts] = [:]
  /// Per theme: cases judged, cases below.
  var themes: [String: (judged: Int, below: Int)] = [:]

  /// The answers a case contributes, or `nil` when it has none; and whether they are moderated.
  static func used(_ audited: AuditedCase) -> (AnswerSet, Bool)? {
    if let moderated = audited.moderated, moderated.status != .draft {
      return (moderated.answers.valueSet, true)
    }
    guard let first = audited.allocatedAuditors.first,
      let response = audited.responses.first(where: { $0.auditorID == first }),
      response.status != .draft
    else { return nil }
    return (response.answers.valueSet, false)
  }

  /// The attributes a case's conditions read.
  static func attributes(_ record: CaseRecord) -> CaseAttributes {
    CaseAttributes(
      stage: record.stage.rawValue, age: record.age, longTerm: record.isLongTerm,
      neglectStatus: record.neglectStatus.rawValue)
  }

  /// Whether a grade answer is judged (not the challenge scale's "not needed") and acceptable.
  static func judgement(_ question: Question, _ answer: Answer?) -> (judged: Bool, acceptable: Bool)
  {
    guard case .grade(let scale) = question.type, case .level(let code)? = answer?.value,
      let level = scale.level(code), !(scale.id == "challenge" && code == "notNeeded")
    else { return (false, false) }
    return (true, level.acceptable)
  }

  /// Counts a round.
  init(tool: AuditTool, cases input: [AuditedCase]) {
    for audited in input {
      guard let (answers, isModerated) = Self.used(audited) else {
        notAudited += 1
        continue
      }
      cases += 1
      if isModerated { moderated += 1 }
      let states = tool.applicability(answers: answers, case: Self.attributes(audited.record))
      var judgedThemes: Set<String> = []
      var belowThemes: Set<String> = []
      for question in tool.questions where states[question.id] == .applies {
        var counts = questions[question.id] ?? QuestionCounts()
        counts.applicable += 1
        if let answer = answers[question.id] {
          counts.answered += 1
          switch answer.value {
          case .notApplicable:
            counts.notApplicable += 1
          case .level(let code) where question.type.codes.contains(code):
            counts.levels[code, default: 0] += 1
          case .choices(let codes) where codes.allSatisfy(question.type.codes.contains):
            for code in Set(codes) { counts.levels[code, default: 0] += 1 }
          default:
            break
          }
          let judgement = Self.judgement(question, answer)
          if judgement.judged {
            counts.judged += 1
            if judgement.acceptable { counts.acceptable += 1 }
            for theme in question.themes {
              judgedThemes.insert(theme)
              if !judgement.acceptable { belowThemes.insert(theme) }
            }
          }
        }
        questions[question.id] = counts
      }
      for theme in judgedThemes {
        let current = themes[theme] ?? (0, 0)
        themes[theme] = (current.judged + 1, current.below + (belowThemes.contains(theme) ? 1 : 0))
      }
    }
  }
}

extension ResponseAnswers {
  /// The answers as a set keyed by question id; packed answers' evidence is not at hand, so it
  /// reads as a placeholder where the answer has some (the reference counts values only).
  var valueSet: AnswerSet {
    switch self {
    case .full(let set): set
    case .packed(let packed, _): packed.answerSet { _ in "(evidence in the workspace)" }
    }
  }
}
