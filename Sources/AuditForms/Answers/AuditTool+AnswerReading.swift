import Formats

extension AuditTool {
  /// Reads an answers file (`{"answers": {"<questionId>": {"value": …, "evidence": "…"}}}`)
  /// into typed answers, returning the answers that could be read and a problem for each that
  /// could not (malformed JSON, wrong shape, unknown question, wrong kind of value).
  ///
  /// Values are read by the question's type: a level or option code, an array of option codes,
  /// a number, a `YYYY-MM-DD` string, or text; `"na"` is not applicable for any type. Codes and
  /// bounds are not checked here; `validate` or `checkAnswers` does that.
  ///
  /// - Complexity: O(n) in the size of the file.
  public func readAnswers(json: [UInt8], fileName: String) -> (AnswerSet, [AnswerProblem]) {
    let read = AnswerFileReader(tool: self, fileName: fileName).read(json)
    return (read.answers, read.problems)
  }

  /// Reads and validates an answers file: every problem, with file and line, or the answers.
  ///
  /// - Complexity: O(n + q · c) for a file of n bytes and q questions with conditions of
  ///   size c.
  public func checkAnswers(
    json: [UInt8], fileName: String, case attributes: CaseAttributes, mode: ValidationMode
  ) -> Result<AnswerSet, AnswerSetError> {
    let read = AnswerFileReader(tool: self, fileName: fileName).read(json)
    var problems = read.problems
    if !read.malformed {
      let validation = validate(
        read.answers, case: attributes, mode: mode, alreadyReported: read.dropped)
      problems += validation.map { problem in
        let position = problem.questionID.flatMap { read.positions[$0] }
        return problem.located(fileName: fileName, position: position)
      }
    }
    // Problems with a line first, in line order; then those that have none (unanswered); the
    // consequences of other problems last, so that the cause is read first.
    let ordered = problems.enumerated().sorted { lhs, rhs in
      let consequence = (
        lhs.element.kind == .followsFromEarlierProblem,
        rhs.element.kind == .followsFromEarlierProblem
      )
      if consequence.0 != consequence.1 { return consequence.1 }
      switch (lhs.element.position, rhs.element.position) {
      case (let a?, let b?): return (a, lhs.offset) < (b, rhs.offset)
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return lhs.offset < rhs.offset
      }
    }.map(\.element)
    return ordered.isEmpty ? .success(read.answers) : .failure(AnswerSetError(problems: ordered))
  }

  /// Validates answers already in memory; the `Result` form of `validate`.
  public func checkAnswers(
    _ answers: AnswerSet, case attributes: CaseAttributes, mode: ValidationMode
  ) -> Result<AnswerSet, AnswerSetError> {
    let problems = validate(answers, case: attributes, mode: mode)
    return problems.isEmpty ? .success(answers) : .failure(AnswerSetError(problems: problems))
  }
}

/// Reads the JSON of an answers file against a tool.
private struct AnswerFileReader {
  let tool: AuditTool
  let fileName: String

  struct Read {
    var answers = AnswerSet()
    var problems: [AnswerProblem] = []
    var positions: [String: SourcePosition] = [:]
    var dropped: Set<String> = []
    var malformed = false
  }

  func read(_ json: [UInt8]) -> Read {
    var read = Read()
    func shape(_ message: String, _ position: SourcePosition, question: String? = nil) {
      read.problems.append(
        AnswerProblem(
          questionID: question, kind: .invalidShape, message: message, fileName: fileName,
          position: position))
    }
    let root: JSONNode
    do {
      root = try JSONParser.parse(json)
    } catch {
      read.malformed = true
      read.problems.append(
        AnswerProblem(
          questionID: nil, kind: .malformedJSON, message: error.message, fileName: fileName,
          position: error.position))
      return read
    }
    guard let members = root.members else {
      shape(
        "expected an object with an 'answers' field, found \(root.kindDescription)", root.position)
      read.malformed = true
      return read
    }
    var answersNode: JSONNode?
    for member in members {
      if member.key == "answers", answersNode == nil {
        answersNode = member.value
      } else {
        shape("unexpected field; an answers file holds only 'answers'", member.keyPosition)
      }
    }
    guard let answersNode else {
      shape("missing required field 'answers'", root.position)
      read.malformed = true
      return read
    }
    guard let entries = answersNode.members else {
      shape("'answers' must be an object keyed by question id", answersNode.position)
      read.malformed = true
      return read
    }
    for entry in entries {
      let id = entry.key
      guard let question = tool.question(id) else {
        read.problems.append(
          tool.unknownQuestionProblem(id).located(fileName: fileName, position: entry.keyPosition))
        continue
      }
      if read.positions[id] != nil {
        read.problems.append(
          AnswerProblem(
            questionID: id, kind: .duplicate, message: "answered more than once",
            fileName: fileName, position: entry.keyPosition))
        continue
      }
      read.positions[id] = entry.keyPosition
      switch answer(entry.value, for: question) {
      case .success(let answer):
        read.answers[id] = answer
      case .failure(let problem):
        read.dropped.insert(id)
        read.problems.append(problem.located(fileName: fileName, position: entry.keyPosition))
      }
    }
    return read
  }

  private func answer(_ node: JSONNode, for question: Question) -> Result<Answer, AnswerProblem> {
    func shape(_ message: String) -> Result<Answer, AnswerProblem> {
      .failure(AnswerProblem(questionID: question.id, kind: .invalidShape, message: message))
    }
    guard let members = node.members else {
      return shape("expected an object {\"value\": …, \"evidence\": …}")
    }
    var valueNode: JSONNode?
    var evidence: String?
    for member in members {
      switch member.key {
      case "value" where valueNode == nil:
        valueNode = member.value
      case "evidence" where evidence == nil:
        switch member.value.value {
        case .string(let text): evidence = text
        case .null: break
        default: return shape("evidence must be a string")
        }
      case "value", "evidence":
        return shape("field '\(member.key)' is repeated")
      default:
        return shape("unexpected field; an answer holds only 'value' and 'evidence'")
      }
    }
    guard let valueNode else { return shape("missing required field 'value'") }
    return value(valueNode, for: question).map { Answer($0, evidence: evidence) }
  }

  private func value(_ node: JSONNode, for question: Question) -> Result<AnswerValue, AnswerProblem>
  {
    let wrong = Result<AnswerValue, AnswerProblem>.failure(
      AnswerProblem(
        questionID: question.id, kind: .wrongType,
        message: "expected \(question.expectedValue), found \(node.kindDescription)"))
    if case .string("na") = node.value { return .success(.notApplicable) }
    switch (node.value, question.type) {
    case (.string(let code), .grade): return .success(.level(code))
    case (.string(let code), .choice): return .success(.choice(code))
    case (.array(let elements), .multiChoice):
      var codes: [String] = []
      for element in elements {
        guard let code = element.stringValue else { return wrong }
        codes.append(code)
      }
      return .success(.choices(codes))
    case (.number(let number, _), .number): return .success(.number(number))
    case (.string(let text), .date):
      guard let date = CalendarDate(iso: text) else {
        return .failure(
          AnswerProblem(
            questionID: question.id, kind: .wrongType,
            message: "expected a date written YYYY-MM-DD (a real calendar date)"))
      }
      return .success(.date(date))
    case (.string(let text), .text): return .success(.text(text))
    default: return wrong
    }
  }
}
