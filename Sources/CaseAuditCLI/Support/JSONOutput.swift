internal import Foundation

/// Writes `--json` output: pretty-printed, keys sorted, one document, to standard output only.
enum JSONOutput {
  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  static func write(_ value: some Encodable, to invocation: Invocation) throws {
    let data = try encoder().encode(value)
    invocation.stdout.write(bytes: Array(data))
    invocation.stdout.write("\n")
  }
}
