extension AuditTool {
  /// Every problem with a set of answers for this case, in tool order (answers to unknown
  /// questions last).
  ///
  /// Checks: unknown questions; each value's type, codes and bounds; N/A where not allowed;
  /// answers to questions that do not apply (stage or condition); the overall-judgement rule;
  /// and, when submitting, required questions left unanswered and missing evidence.
  ///
  /// - Complexity: O(q · c) for q questions with conditions of size c.
  public func validate(
    _ answers: AnswerSet, case attributes: CaseAttributes, mode: ValidationMode
  ) -> [AnswerProblem] {
    validate(answers, case: attributes, mode: mode, alreadyReported: [])
  }

  /// Validates, skipping the "unanswered" check for questions whose answers were dropped
  /// because of a problem already reported.
  func validate(
    _ answers: AnswerSet, case attributes: CaseAttributes, mode: ValidationMode,
    alreadyReported: Set<String>
  ) -> [AnswerProblem] {
    var problems: [AnswerProblem] = []
    let states = applicability(answers: answers, case: attributes)
    var valid: Set<String> = []
    // Questions whose answer has a problem (or, in turn, depends on one): a condition that
    // reads one of them cannot be decided, so what it hides or shows is a consequence.
    var invalid = alreadyReported
    for question in questions {
      let state = states[question.id] ?? .applies
      guard let answer = answers[question.id] else {
        if state == .applies, question.required, mode == .submit,
          !alreadyReported.contains(question.id)
        {
          problems.append(
            AnswerProblem(
              questionID: question.id, kind: .requiredUnanswered,
              message: "required question not answered"))
        }
        continue
      }
      if state == .conditionNotMet,
        case let roots = (question.showIf?.referencedQuestions ?? []).filter(invalid.contains),
        !roots.isEmpty
      {
        // One wrong answer must read as one mistake: name it as the cause (it is reported
        // above, conditions reading only earlier questions) instead of a second error.
        invalid.insert(question.id)
        problems.append(
          AnswerProblem(
            questionID: question.id, kind: .followsFromEarlierProblem,
            message: "follows from the problem with \(ConditionChecker.list(roots)) above: "
              + notApplyingReason(question, state, attributes)
              + ", which cannot be decided until that answer is fixed"))
        continue
      }
      if state != .applies {
        problems.append(
          AnswerProblem(
            questionID: question.id, kind: .doesNotApply,
            message: "answered, but the question does not apply to this case: "
              + notApplyingReason(question, state, attributes)))
        continue
      }
      if let problem = question.check(answer.value) {
        problems.append(problem)
        invalid.insert(question.id)
        continue
      }
      if let evidence = answer.evidence, let problem = TextRules.problem(in: evidence) {
        problems.append(
          AnswerProblem(
            questionID: question.id, kind: .wrongType, message: "evidence: " + problem))
        continue
      }
      valid.insert(question.id)
      if mode == .submit, question.evidence.requiresEvidence(for: answer.value, of: question),
        !answer.hasEvidence
      {
        var message = "evidence is required"
        if question.evidence == .requiredBelowAcceptable, case .level(let code) = answer.value {
          message += " because '\(code)' is below acceptable on scale \(question.scale?.id ?? "")"
        }
        problems.append(
          AnswerProblem(questionID: question.id, kind: .evidenceMissing, message: message))
      }
    }
    if let problem = overallProblem(answers, case: attributes, valid: valid) {
      problems.append(problem)
    }
    for id in answers.questionIDs where question(id) == nil {
      problems.append(unknownQuestionProblem(id))
    }
    return problems
  }

  /// The problem for an answer to a question the tool does not have.
  func unknownQuestionProblem(_ id: String) -> AnswerProblem {
    var message = "unknown question; tool \(self.id) \(version) has no question with this id"
    if let suggestion = Suggestion.closest(to: id, in: questions.map(\.id)) {
      message += " (did you mean '\(suggestion)'?)"
    }
    let shownID = id.count <= 80 && ConditionLexer.isQuestionID(id) ? id : "(unknown id)"
    return AnswerProblem(questionID: shownID, kind: .unknownQuestion, message: message)
  }

  private func notApplyingReason(
    _ question: Question, _ state: Applicability, _ attributes: CaseAttributes
  ) -> String {
    switch state {
    case .applies:
      return ""
    case .otherStage:
      let stages = question.stages.map(CaseAttributes.stageLabel)
      return "it is asked only at the \(ConditionChecker.list(stages)) stage"
        + (stages.count == 1 ? "" : "s")
        + ", and this case is at the \(CaseAttributes.stageLabel(attributes.stage)) stage"
    case .conditionNotMet:
      return "it is asked only if \(question.showIf?.plainEnglish ?? "its condition holds")"
    }
  }

  private func overallProblem(
    _ answers: AnswerSet, case attributes: CaseAttributes, valid: Set<String>
  ) -> AnswerProblem? {
    guard let overall, valid.contains(overall.questionID),
      case .level(let code) = answers[overall.questionID]?.value,
      let scale = question(overall.questionID)?.scale, let rank = scale.rank(of: code),
      let cap = overallCap(answers: answers, case: attributes),
      let capRank = scale.rank(of: cap.level.code), rank < capRank
    else { return nil }
    let limiting = ConditionChecker.list(cap.limitedBy)
    return AnswerProblem(
      questionID: overall.questionID, kind: .overallRuleBroken,
      message: "'\(code)' breaks the rule \(overall.rule.rawValue): the overall judgement may "
        + "be no better than '\(cap.level.code)', the grade given to \(limiting)")
  }
}
