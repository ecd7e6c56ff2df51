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

  /// The kind of warning.
  public var code: Code
  /// The warning in words.
  public var message: String

  /// Creates a warning.
  public init(code: Code, message: String) {
    self.code = code
    self.message = message
  }
}
