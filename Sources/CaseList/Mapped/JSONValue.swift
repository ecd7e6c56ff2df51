/// Any JSON value, decoded with `JSONDecoder`.
///
/// A mapping is read as one so it can be checked as a whole and every problem in it reported,
/// instead of stopping at the first decoding error; front ends embed stored JSON text in their
/// own JSON output with it (as JSON, not as a string).
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

  /// The kind of value, for messages: "a string", "an object".
  var kind: String {
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

/// A JSON path, `$.codes.stage.CP`, built one step at a time.
struct JSONPath: Sendable, Hashable, CustomStringConvertible {
  /// The keys from the root.
  var keys: [String] = []

  /// The path one key further down.
  func appending(_ key: String) -> JSONPath { JSONPath(keys: keys + [key]) }

  /// The path one step up (the root stays the root).
  var parent: JSONPath { JSONPath(keys: Array(keys.dropLast())) }

  /// `$.a.b`, with keys that are not plain identifiers written `$["a b"]`.
  var description: String {
    var text = "$"
    for key in keys {
      let plain =
        !key.isEmpty
        && key.unicodeScalars.allSatisfy {
          $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0))
        }
      if plain {
        text += ".\(key)"
      } else {
        let escaped = key.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
        text += "[\"\(escaped)\"]"
      }
    }
    return text
  }
}
