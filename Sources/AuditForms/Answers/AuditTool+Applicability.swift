extension AuditTool {
  /// Why a question does or does not apply to a case.
  public enum Applicability: Sendable, Hashable {
    /// The question is asked.
    case applies
    /// The question is only for other stages.
    case otherStage
    /// The question's `showIf` condition does not hold.
    case conditionNotMet
  }

  /// The questions asked of this case, in order, given the answers so far.
  ///
  /// Conditions are evaluated in order, each seeing only the answers to questions that apply,
  /// so an answer left behind on a question that no longer applies (because an earlier answer
  /// changed) has no effect. Call it again after each answer for interactive capture.
  ///
  /// - Complexity: O(q · c) for q questions with conditions of size c.
  public func applicableQuestions(answers: AnswerSet, case attributes: CaseAttributes) -> [Question]
  {
    let states = applicability(answers: answers, case: attributes)
    return questions.filter { states[$0.id] == .applies }
  }

  /// Whether each question applies to this case given the answers, keyed by question id.
  ///
  /// - Complexity: O(q · c) for q questions with conditions of size c.
  public func applicability(
    answers: AnswerSet, case attributes: CaseAttributes
  ) -> [String: Applicability] {
    var effective: [String: Answer] = [:]
    var states: [String: Applicability] = [:]
    for question in questions {
      let state: Applicability
      if !question.applies(toStage: attributes.stage) {
        state = .otherStage
      } else if let condition = question.showIf,
        !condition.evaluate(answers: effective, case: attributes)
      {
        state = .conditionNotMet
      } else {
        state = .applies
      }
      states[question.id] = state
      if state == .applies, let answer = answers[question.id] { effective[question.id] = answer }
    }
    return states
  }

  /// The answers without those to unknown questions or to questions that do not apply to this
  /// case — what an interactive capture keeps after an earlier answer changes.
  public func keepingApplicable(_ answers: AnswerSet, case attributes: CaseAttributes) -> AnswerSet
  {
    let states = applicability(answers: answers, case: attributes)
    return AnswerSet(answers.answers.filter { states[$0.key] == .applies })
  }

  /// The best grade the overall judgement may take under its rule, given the answers; `nil`
  /// if the tool has no overall judgement or no limiting question has a grade yet.
  ///
  /// Only limiting questions that apply to the case and are graded (not N/A) count.
  public func overallCap(answers: AnswerSet, case attributes: CaseAttributes) -> OverallCap? {
    guard let overall, let scale = question(overall.questionID)?.scale else { return nil }
    let states = applicability(answers: answers, case: attributes)
    var worst: (rank: Int, ids: [String])?
    for id in overall.limitingQuestions where states[id] == .applies {
      guard case .level(let code) = answers[id]?.value, let rank = scale.rank(of: code) else {
        continue
      }
      switch overall.rule {
      case .noHigherThanLowest:
        if let current = worst, current.rank == rank {
          worst = (rank, current.ids + [id])
        } else if rank > (worst?.rank ?? -1) {
          worst = (rank, [id])
        }
      }
    }
    guard let worst else { return nil }
    return OverallCap(level: scale.levels[worst.rank], limitedBy: worst.ids)
  }
}
