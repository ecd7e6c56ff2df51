import Foundation

/// Writes a report's whole input as JSON, for machines: the round, participants, findings,
/// agreement, comparison, methods and data-quality notes.
public enum JSONReport {
  /// The input as pretty-printed JSON with sorted keys (stable from run to run), ending in a
  /// newline.
  ///
  /// Non-finite numbers, which JSON cannot hold, are written as the strings `"NaN"`,
  /// `"Infinity"` and `"-Infinity"`.
  ///
  /// - Throws: `EncodingError` if a value cannot be encoded.
  public static func render(_ input: ReportInput) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    return Array(try encoder.encode(input)) + [0x0A]
  }
}
