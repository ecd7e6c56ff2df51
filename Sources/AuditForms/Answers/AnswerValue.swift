public import Formats

/// The value of one answer, typed by the kind of question it answers.
///
/// In an answers file a value is written as plain JSON (a level or option code, an array of
/// codes, a number, a `YYYY-MM-DD` string, text, or `"na"`); which case it becomes depends on
/// the question, so files are read with the tool (`AuditTool.readAnswers`). This type's own
/// `Codable` form is self-describing instead — `{"level": "good"}`, `{"choices": ["a", "b"]}`,
/// `{"notApplicable": true}` — so it round-trips without the tool.
public enum AnswerValue: Sendable, Hashable, Codable {
  /// A level code on the question's scale.
  case level(String)
  /// One option code.
  case choice(String)
  /// Option codes, for a multi-choice question, in the order given.
  case choices([String])
  /// A number.
  case number(Double)
  /// A date.
  case date(CalendarDate)
  /// Free text.
  case text(String)
  /// Not applicable (`"na"` in a file).
  case notApplicable

  /// The name of the question type this value fits, or `nil` for N/A (which fits any).
  public var typeName: String? {
    switch self {
    case .level: return "grade"
    case .choice: return "choice"
    case .choices: return "multiChoice"
    case .number: return "number"
    case .date: return "date"
    case .text: return "text"
    case .notApplicable: return nil
    }
  }

  /// The value as one plain-text cell, for CSV export: the code, the codes joined by `;`, the
  /// number, the `YYYY-MM-DD` date, the text, or `na`.
  public var exportText: String {
    switch self {
    case .level(let code), .choice(let code), .text(let code): return code
    case .choices(let codes): return codes.joined(separator: ";")
    case .number(let number): return JSONWriter.number(number)
    case .date(let date): return date.description
    case .notApplicable: return "na"
    }
  }

  private enum CodingKeys: String, CodingKey {
    case level, choice, choices, number, date, text, notApplicable
  }

  /// Decodes the self-describing form: an object with exactly one of the case names as key.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    guard container.allKeys.count == 1, let key = container.allKeys.first else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: decoder.codingPath,
          debugDescription: "expected exactly one of level, choice, choices, number, date, "
            + "text, notApplicable"))
    }
    switch key {
    case .level: self = .level(try container.decode(String.self, forKey: key))
    case .choice: self = .choice(try container.decode(String.self, forKey: key))
    case .choices: self = .choices(try container.decode([String].self, forKey: key))
    case .number: self = .number(try container.decode(Double.self, forKey: key))
    case .date: self = .date(try container.decode(CalendarDate.self, forKey: key))
    case .text: self = .text(try container.decode(String.self, forKey: key))
    case .notApplicable:
      guard try container.decode(Bool.self, forKey: key) else {
        throw DecodingError.dataCorruptedError(
          forKey: key, in: container, debugDescription: "notApplicable must be true")
      }
      self = .notApplicable
    }
  }

  /// Encodes the self-describing form.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .level(let code): try container.encode(code, forKey: .level)
    case .choice(let code): try container.encode(code, forKey: .choice)
    case .choices(let codes): try container.encode(codes, forKey: .choices)
    case .number(let value): try container.encode(value, forKey: .number)
    case .date(let date): try container.encode(date, forKey: .date)
    case .text(let text): try container.encode(text, forKey: .text)
    case .notApplicable: try container.encode(true, forKey: .notApplicable)
    }
  }
}
