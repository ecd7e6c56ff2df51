/// One option, flag or positional argument a command accepts.
public struct ArgumentDefinition: Sendable {
  /// What sort of argument it is.
  public enum Kind: Sendable, Equatable {
    /// `--name`: present or absent.
    case flag
    /// `--name VALUE` or `--name=VALUE`; `repeating` allows it more than once.
    case option(valueName: String, repeating: Bool)
    /// `--name FIRST SECOND`: an option that takes two values, such as a date range.
    case pair(first: String, second: String)
    /// A bare word in order; `repeating` takes all that remain; `optional` may be absent.
    case positional(valueName: String, repeating: Bool, optional: Bool)
  }

  /// The long name without dashes (for positionals, the key values are stored under).
  public let name: String
  /// A one-letter alias (`-n`), if any.
  public let short: Character?
  /// The kind.
  public let kind: Kind
  /// One line of help.
  public let help: String
  /// Hidden from `--help` (still accepted).
  public let isHidden: Bool

  /// A flag, `--name`.
  public static func flag(_ name: String, short: Character? = nil, help: String) -> Self {
    Self(name: name, short: short, kind: .flag, help: help, isHidden: false)
  }

  /// An option with two values, `--name FIRST SECOND` (not repeatable).
  public static func pair(_ name: String, first: String, second: String, help: String) -> Self {
    Self(
      name: name, short: nil, kind: .pair(first: first, second: second), help: help,
      isHidden: false)
  }

  /// An option with a value, `--name VALUE`.
  public static func option(
    _ name: String, short: Character? = nil, valueName: String, repeating: Bool = false,
    help: String, hidden: Bool = false
  ) -> Self {
    Self(
      name: name, short: short, kind: .option(valueName: valueName, repeating: repeating),
      help: help, isHidden: hidden)
  }

  /// A positional argument.
  public static func positional(
    _ name: String, valueName: String? = nil, repeating: Bool = false, optional: Bool = false,
    help: String
  ) -> Self {
    Self(
      name: name, short: nil,
      kind: .positional(
        valueName: valueName ?? name.uppercased(), repeating: repeating, optional: optional),
      help: help, isHidden: false)
  }

  var isPositional: Bool {
    if case .positional = kind { return true }
    return false
  }

  /// How the argument appears in a usage line: `--size <n>`, `[--json]`, `<file> ...`.
  var usageFragment: String {
    switch kind {
    case .flag: return "[--\(name)]"
    case .option(let valueName, let repeating):
      return "[--\(name) <\(valueName)>\(repeating ? " ..." : "")]"
    case .pair(let first, let second): return "[--\(name) <\(first)> <\(second)>]"
    case .positional(let valueName, let repeating, let optional):
      let core = "<\(valueName.lowercased())>\(repeating ? " ..." : "")"
      return optional ? "[\(core)]" : core
    }
  }

  /// How the argument is labelled in the help's list.
  var helpLabel: String {
    let shortPart = short.map { "-\($0), " } ?? ""
    switch kind {
    case .flag: return "\(shortPart)--\(name)"
    case .option(let valueName, _): return "\(shortPart)--\(name) <\(valueName)>"
    case .pair(let first, let second): return "--\(name) <\(first)> <\(second)>"
    case .positional(let valueName, _, _): return "<\(valueName.lowercased())>"
    }
  }
}
