import Formats

/// The limits on a `number` question's answers.
public struct NumberBounds: Sendable, Hashable, Codable {
  /// The smallest allowed value, if any.
  public let minimum: Double?
  /// The largest allowed value, if any.
  public let maximum: Double?
  /// Whether only whole numbers are allowed.
  public let integer: Bool
  /// A unit to show beside the answer, for example "months".
  public let unit: String?

  /// Creates bounds.
  public init(
    minimum: Double? = nil, maximum: Double? = nil, integer: Bool = false, unit: String? = nil
  ) {
    self.minimum = minimum
    self.maximum = maximum
    self.integer = integer
    self.unit = unit
  }

  /// Whether `value` is allowed.
  public func contains(_ value: Double) -> Bool {
    guard value.isFinite else { return false }
    if let minimum, value < minimum { return false }
    if let maximum, value > maximum { return false }
    return !integer || value == value.rounded()
  }

  /// Words for a form or a message: "a whole number from 0 to 20 (months)".
  public var summary: String {
    var text = integer ? "a whole number" : "a number"
    switch (minimum, maximum) {
    case (let low?, let high?):
      text += " from \(JSONWriter.number(low)) to \(JSONWriter.number(high))"
    case (let low?, nil): text += " of at least \(JSONWriter.number(low))"
    case (nil, let high?): text += " of at most \(JSONWriter.number(high))"
    case (nil, nil): break
    }
    if let unit { text += " (\(unit))" }
    return text
  }
}
