internal import Foundation

/// Writes `--json` output: pretty-printed, keys sorted, one document, to standard output only.
enum JSONOutput {
  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// One line of JSON with sorted keys, for storing parameters and feeding commands.
  static func compact(_ value: some Encodable) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(value)
  }

  static func write(_ value: some Encodable, to invocation: Invocation) throws {
    let data = try encoder().encode(value)
    invocation.stdout.write(bytes: Array(data))
    invocation.stdout.write("\n")
  }
}
