import Foundation

/// JSON encoding for the tests, with sorted keys so the text is stable.
enum FindingsJSON {
  /// The value as JSON bytes.
  static func encode(_ value: some Encodable) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(value)
  }

  /// The value as a JSON object tree.
  static func object(_ value: some Encodable) throws -> Any {
    try JSONSerialization.jsonObject(with: encode(value), options: [.fragmentsAllowed])
  }
}
