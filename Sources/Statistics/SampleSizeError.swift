/// Why a sample-size calculation could not be made: an input outside its allowed range.
///
/// Each case carries the offending value so the message can say what was wrong; the values are
/// planning parameters, never case data.
public enum SampleSizeError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The population must hold at least one case.
  case populationTooSmall(Int)

  /// The margin of error must lie strictly between 0 and 1.
  case marginOutOfRange(Double)

  /// The confidence level must lie strictly between 0 and 1.
  case confidenceOutOfRange(Double)

  /// The named proportion lies outside its allowed range.
  case proportionOutOfRange(name: String, value: Double)

  /// Both proportions are the same, so there is no difference to detect.
  case proportionsEqual(Double)

  /// The significance level (alpha) must lie strictly between 0 and 1.
  case alphaOutOfRange(Double)

  /// The power must lie strictly between 0 and 1.
  case powerOutOfRange(Double)

  /// Each group of a comparison must hold at least one case.
  case groupTooSmall(Int)

  /// Even a rise from the baseline to 100% could not be detected with groups this small.
  case differenceNotDetectable(n1: Int, n2: Int, baseline: Double)

  /// A sentence describing the problem, for the command line and the reports.
  public var description: String {
    switch self {
    case .populationTooSmall(let population):
      return "The population must hold at least 1 case (got \(population))."
    case .marginOutOfRange(let margin):
      return "The margin of error must be greater than 0 and less than 1 (got \(margin))."
    case .confidenceOutOfRange(let confidence):
      return "The confidence level must be greater than 0 and less than 1 (got \(confidence))."
    case .proportionOutOfRange(let name, let value):
      return "The proportion \(name) is outside its allowed range (got \(value))."
    case .proportionsEqual(let value):
      return "The two proportions are equal (both \(value)), so there is no difference to detect."
    case .alphaOutOfRange(let alpha):
      return "The significance level must be greater than 0 and less than 1 (got \(alpha))."
    case .powerOutOfRange(let power):
      return "The power must be greater than 0 and less than 1 (got \(power))."
    case .groupTooSmall(let size):
      return "Each group must hold at least 1 case (got \(size))."
    case .differenceNotDetectable(let n1, let n2, let baseline):
      return
        "Groups of \(n1) and \(n2) cases cannot detect any rise from a baseline of \(baseline)"
        + " at the requested power."
    }
  }
}
