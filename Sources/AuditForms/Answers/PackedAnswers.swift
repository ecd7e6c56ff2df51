/// One response's answers packed for reading many at once: a 16-bit slot per question of the
/// tool, in the tool's asking order, and whether each answer has evidence — not the evidence
/// text, which stays where it is stored until a report quotes it.
///
/// An `AnswerSet` holds a dictionary and an evidence string per answer (about 6 KB for a
/// 40-question response); this holds about 100 bytes, so a round of 100,000 responses fits in
/// tens of megabytes instead of hundreds.
public struct PackedAnswers: Sendable, Hashable, Codable {
  /// What a response says about one question.
  public enum Slot: Sendable, Hashable {
    /// No answer.
    case unanswered
    /// Answered "not applicable".
    case notApplicable
    /// A grade level or a choice option, by its position in the question's scale or options.
    case code(Int)
    /// Any other value: a number, a date, a text, multiple choices, or a code the tool does not
    /// list.
    case value(AnswerValue)
  }

  /// The questions the slots describe, shared by every response packed for the same tool.
  public final class Layout: Sendable, Hashable, Codable {
    /// The question ids, in the tool's asking order.
    public let questionIDs: [String]
    /// Each question's level or option codes (empty for other types), in the tool's order.
    public let codes: [[String]]
    /// Whether each question is a single choice (its codes are options, not grade levels).
    public let isChoice: [Bool]
    private let index: [String: Int]

    /// The layout of a tool's questions.
    public convenience init(_ tool: AuditTool) {
      self.init(
        questionIDs: tool.questions.map(\.id),
        codes: tool.questions.map { question in
          switch question.type {
          case .grade(let scale): scale.levels.map(\.code)
          case .choice(let options), .multiChoice(let options): options.map(\.code)
          case .number, .date, .text: []
          }
        },
        isChoice: tool.questions.map { question in
          if case .choice = question.type { return true }
          return false
        })
    }

    /// A layout of questions, their codes, and which are single choices.
    public init(questionIDs: [String], codes: [[String]], isChoice: [Bool]) {
      precondition(
        questionIDs.count == codes.count && codes.count == isChoice.count,
        "one code list and kind per question")
      self.questionIDs = questionIDs
      self.codes = codes
      self.isChoice = isChoice
      index = Dictionary(
        questionIDs.enumerated().map { ($0.element, $0.offset) },
        uniquingKeysWith: { first, _ in first })
    }

    /// The position of a question, if the layout has it.
    public func position(ofQuestion id: String) -> Int? { index[id] }

    /// Layouts are equal when they describe the same questions and codes.
    public static func == (lhs: Layout, rhs: Layout) -> Bool {
      lhs === rhs
        || (lhs.questionIDs == rhs.questionIDs && lhs.codes == rhs.codes
          && lhs.isChoice == rhs.isChoice)
    }

    /// Hashes the question ids.
    public func hash(into hasher: inout Hasher) { hasher.combine(questionIDs) }

    private enum CodingKeys: String, CodingKey { case questionIDs, codes, isChoice }

    /// Decodes a layout.
    public convenience init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      self.init(
        questionIDs: try container.decode([String].self, forKey: .questionIDs),
        codes: try container.decode([[String]].self, forKey: .codes),
        isChoice: try container.decode([Bool].self, forKey: .isChoice))
    }

    /// Encodes a layout.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(questionIDs, forKey: .questionIDs)
      try container.encode(codes, forKey: .codes)
      try container.encode(isChoice, forKey: .isChoice)
    }
  }

  /// The questions the slots describe.
  public let layout: Layout
  /// Per question: bit 15 set when the answer has evidence; the low 15 bits `unanswered`,
  /// `notApplicable`, a code position, or `valueBase` plus an index into `values`.
  private var slots: [UInt16]
  /// The values that are not a listed code.
  private var values: [AnswerValue] = []

  private static let evidenceBit: UInt16 = 0x8000
  private static let unansweredMark: UInt16 = 0x7FFF
  private static let notApplicableMark: UInt16 = 0x7FFE
  /// Slots from here up to `notApplicableMark` index `values`; below it, code positions.
  private static let valueBase: UInt16 = 0x4000

  /// No answers, for the questions of `layout`.
  public init(layout: Layout) {
    self.layout = layout
    slots = [UInt16](repeating: Self.unansweredMark, count: layout.questionIDs.count)
  }

  /// The number of questions.
  public var questionCount: Int { slots.count }

  /// The number of questions answered (including "not applicable").
  public var answeredCount: Int { slots.count { $0 & ~Self.evidenceBit != Self.unansweredMark } }

  /// What the response says about the question at `position`.
  public subscript(position: Int) -> Slot {
    let slot = slots[position] & ~Self.evidenceBit
    switch slot {
    case Self.unansweredMark: return .unanswered
    case Self.notApplicableMark: return .notApplicable
    case Self.valueBase...: return .value(values[Int(slot - Self.valueBase)])
    default: return .code(Int(slot))
    }
  }

  /// Whether the answer at `position` has evidence (present and not only whitespace, as
  /// `Answer.hasEvidence`).
  public func hasEvidence(at position: Int) -> Bool { slots[position] & Self.evidenceBit != 0 }

  /// Sets the answer at `position`; a code is kept by position when the question lists it.
  public mutating func set(_ value: AnswerValue, hasEvidence: Bool, at position: Int) {
    var slot: UInt16
    switch value {
    case .notApplicable:
      slot = Self.notApplicableMark
    case .level(let code) where !layout.isChoice[position],
      .choice(let code) where layout.isChoice[position]:
      if let index = layout.codes[position].firstIndex(of: code), index < Int(Self.valueBase) {
        slot = UInt16(index)
      } else {
        slot = storeValue(value)
      }
    default:
      slot = storeValue(value)
    }
    if hasEvidence { slot |= Self.evidenceBit }
    slots[position] = slot
  }

  /// Sets the answer at `position` to a listed code, by its position among the question's codes.
  public mutating func setCode(_ code: Int, hasEvidence: Bool, at position: Int) {
    precondition(code >= 0 && code < layout.codes[position].count, "a listed code")
    slots[position] = UInt16(code) | (hasEvidence ? Self.evidenceBit : 0)
  }

  /// Removes the answer at `position`.
  public mutating func clear(at position: Int) { slots[position] = Self.unansweredMark }

  private mutating func storeValue(_ value: AnswerValue) -> UInt16 {
    precondition(values.count < Int(Self.notApplicableMark - Self.valueBase), "too many values")
    values.append(value)
    return Self.valueBase + UInt16(values.count - 1)
  }

  /// The value answered to the question at `position` (evidence is not held), if any.
  public func value(at position: Int) -> AnswerValue? {
    switch self[position] {
    case .unanswered: return nil
    case .notApplicable: return .notApplicable
    case .code(let code):
      let code = layout.codes[position][code]
      return layout.isChoice[position] ? .choice(code) : .level(code)
    case .value(let value): return value
    }
  }

  /// Packed answers are equal when they say the same about every question, however their
  /// values were stored (a value overwritten or cleared leaves its old entry behind).
  public static func == (lhs: PackedAnswers, rhs: PackedAnswers) -> Bool {
    lhs.layout == rhs.layout
      && lhs.slots.indices.allSatisfy { position in
        lhs[position] == rhs[position]
          && lhs.hasEvidence(at: position) == rhs.hasEvidence(at: position)
      }
  }

  /// Hashes what the answers say about every question.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(layout)
    for position in slots.indices {
      hasher.combine(self[position])
      hasher.combine(hasEvidence(at: position))
    }
  }

  /// The answers as a set keyed by question id, each with its evidence from `evidence` (given
  /// the question's position) when it has any.
  public func answerSet(evidence: (Int) throws -> String?) rethrows -> AnswerSet {
    var answers: [String: Answer] = [:]
    for position in slots.indices {
      guard let value = value(at: position) else { continue }
      answers[layout.questionIDs[position]] = Answer(
        value, evidence: hasEvidence(at: position) ? try evidence(position) : nil)
    }
    return AnswerSet(answers)
  }
}
