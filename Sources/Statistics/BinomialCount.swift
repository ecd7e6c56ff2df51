/// A count of successes out of a number of trials: cases meeting a standard out of cases audited.
public struct BinomialCount: Sendable, Hashable, Codable {
  /// The number of successes.
  public var successes: Int

  /// The number of trials.
  public var trials: Int

  /// Creates a count.
  public init(successes: Int, trials: Int) {
    self.successes = successes
    self.trials = trials
  }

  /// Whether the count can be estimated from: at least one trial and 0 ≤ successes ≤ trials.
  public var isValid: Bool { trials > 0 && successes >= 0 && successes <= trials }

  /// The observed proportion successes/trials, or nil when ``isValid`` is false.
  public var proportion: Double? {
    isValid ? Double(successes) / Double(trials) : nil
  }
}
