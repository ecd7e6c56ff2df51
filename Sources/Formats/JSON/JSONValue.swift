/// Any JSON value, without positions: made from a parsed ``JSONNode``, or decoded with
/// `JSONDecoder`.
///
/// A column mapping is read as one so it can be checked as a whole and every problem in it
/// reported, instead of stopping at the first decoding error; front ends embed stored JSON text
/// in their own JSON output with it (as JSON, not as a string).
public enum JSONValue: Sendable, Hashable, Codable {
  /// A string.
  case string(String)
  /// A number.
  case number(Double)
  /// `true` or `false`.
  case bool(Bool)
  /// `null`.
  case null
  /// An array.
  case array([JSONValue])
  /// An object.
  case object([String: JSONValue])

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  /// Encodes the value; a whole number within ±9·10¹⁵ (exact in a `Double`) is written without
  /// a fraction, as it was read.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let value): try container.encode(value)
    case .number(let value):
      if value == value.rounded(), abs(value) < 9e15 {
        try container.encode(Int64(value))
      } else {
        try container.encode(value)
      }
    case .string(let value): try container.encode(value)
    case .array(let value): try container.encode(value)
    case .object(let value): try container.encode(value)
    }
  }

  /// The value of a parsed node; of duplicate keys in an object, the last one counts (as with
  /// `JSONDecoder`).
  public init(_ node: JSONNode) {
    switch node.value {
    case .null: self = .null
    case .bool(let value): self = .bool(value)
    case .number(let value, _): self = .number(value)
    case .string(let value): self = .string(value)
    case .array(let elements): self = .array(elements.map(JSONValue.init))
    case .object(let members):
      var object: [String: JSONValue] = [:]
      for member in members { object[member.key] = JSONValue(member.value) }
      self = .object(object)
    }
  }

  /// The kind of value, for messages: "a string", "an object".
  public var kind: String {
    switch self {
    case .string: "a string"
    case .number: "a number"
    case .bool: "true or false"
    case .null: "null"
    case .array: "an array"
    case .object: "an object"
    }
  }
}
