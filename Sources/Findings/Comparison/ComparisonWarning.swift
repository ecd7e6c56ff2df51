/// Something that limits how a comparison can be read.
public struct ComparisonWarning: Sendable, Hashable, Codable {
  /// The kinds of warning.
  public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
    /// The rounds used different audit tools.
    case differentTool
    /// The rounds used different versions of the audit tool.
    case differentToolVersion
    /// The rounds' samples were drawn with different filters or strata.
    case differentSampling
    /// The rounds' stage mixes differ (chi-square p < 0.05).
    case caseMixDiffers
    /// The case-mix test is approximate: some expected counts are below 5.
    case caseMixApproximate
    /// A round (or a stratum) has fewer than 10 cases.
    case smallSample
    /// A round has no usable cases.
    case noCases
    /// Some cases were audited in both rounds, so the samples are not independent as the tests
    /// assume.
    case overlappingCases
    /// Some grade questions could not be compared (in one tool only, or on a changed scale).
    case questionsNotCompared
    /// Some themes are fed by different questions in the two tools.
    case themeCompositionChanged
  }

  /// How much a warning matters to the reader.
  public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
    /// Worth knowing; it does not change what the comparison can claim.
    case note
    /// It limits how far the comparison can be read.
    case limitation
  }

  /// The kind of warning.
  public var code: Code
  /// The warning in words.
  public var message: String
  /// Whether it is a note or a limitation: only a limitation is counted in the report's
  /// headline.
  public var severity: Severity

  /// Creates a warning; its severity follows from its code unless given (an approximate
  /// case-mix test is a note, everything else a limitation).
  public init(code: Code, message: String, severity: Severity? = nil) {
    self.code = code
    self.message = message
    self.severity = severity ?? (code == .caseMixApproximate ? .note : .limitation)
  }

  private enum CodingKeys: String, CodingKey {
    case code, message, severity
  }

  /// Decodes a warning; one written without a severity gets its code's.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      code: try container.decode(Code.self, forKey: .code),
      message: try container.decode(String.self, forKey: .message),
      severity: try container.decodeIfPresent(Severity.self, forKey: .severity))
  }
}
