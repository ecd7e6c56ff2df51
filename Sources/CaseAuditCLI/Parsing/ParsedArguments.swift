/// The values the parser found for one command.
public struct ParsedArguments: Sendable {
  /// Flags that were given.
  var flags: Set<String> = []
  /// Option and positional values, in the order given.
  var values: [String: [String]] = [:]
  /// The full command path, for example `["caseaudit", "sample", "draw"]`, for messages.
  public internal(set) var commandPath: [String] = []

  /// Creates an empty set of arguments.
  public init() {}

  /// Whether the flag was given.
  public func flag(_ name: String) -> Bool { flags.contains(name) }

  /// The value of a single-valued option or positional, if given.
  public func value(_ name: String) -> String? { values[name]?.last }

  /// Every value of a repeating option or positional, in order.
  public func values(_ name: String) -> [String] { values[name] ?? [] }

  /// The value of a required option, or a usage error naming it.
  public func required(_ name: String) throws -> String {
    guard let value = value(name) else {
      throw UsageError(message: "missing '--\(name)'", commandPath: commandPath)
    }
    return value
  }

  /// The option's value as an integer in `range`, or a usage error.
  public func int(_ name: String, in range: ClosedRange<Int> = Int.min...Int.max) throws -> Int? {
    guard let text = value(name) else { return nil }
    guard let number = Int(text), range.contains(number) else {
      throw UsageError(
        message: "'--\(name)' takes a whole number\(Self.describe(range)), not '\(text)'",
        commandPath: commandPath)
    }
    return number
  }

  /// The option's value as a number in `range`, or a usage error.
  public func double(_ name: String, in range: ClosedRange<Double>) throws -> Double? {
    guard let text = value(name) else { return nil }
    guard let number = Double(text), number.isFinite, range.contains(number) else {
      throw UsageError(
        message:
          "'--\(name)' takes a number from \(range.lowerBound) to \(range.upperBound), not '\(text)'",
        commandPath: commandPath)
    }
    return number
  }

  /// The option's value as one of an enumeration's raw values, or a usage error listing them.
  public func choice<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws
    -> T? where T.RawValue == String
  {
    guard let text = value(name) else { return nil }
    return try Self.parseChoice(text, option: name, as: type, commandPath: commandPath)
  }

  /// Every value of a repeating option as enumeration cases (comma-separated lists allowed).
  public func choices<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws
    -> [T] where T.RawValue == String
  {
    try values(name).flatMap { $0.split(separator: ",").map(String.init) }.map {
      try Self.parseChoice($0, option: name, as: type, commandPath: commandPath)
    }
  }

  static func parseChoice<T: RawRepresentable & CaseIterable>(
    _ text: String, option: String, as type: T.Type, commandPath: [String]
  ) throws -> T where T.RawValue == String {
    if let value = T(rawValue: text) { return value }
    let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
    throw UsageError(
      message: "'--\(option)' takes one of \(allowed); not '\(text)'", commandPath: commandPath)
  }

  private static func describe(_ range: ClosedRange<Int>) -> String {
    switch (range.lowerBound, range.upperBound) {
    case (Int.min, Int.max): ""
    case (let low, Int.max): " of at least \(low)"
    case (let low, let high): " from \(low) to \(high)"
    }
  }
}
