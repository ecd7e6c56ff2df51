/// Our own small argument parser, modelled on swift-argument-parser's behaviour.
///
/// It accepts nested subcommands, `--name VALUE` and `--name=VALUE`, one-letter aliases, flags,
/// repeated options, positionals, and `--` (everything after it is positional). `-h`/`--help`
/// anywhere asks for the help of the command reached so far; `--version` at the top asks for
/// the version.
public enum ArgumentParser {
  /// What the command line asks for.
  public enum Outcome: Sendable {
    /// Run the command at the end of `path` with `arguments`.
    case run(path: [CommandDefinition], arguments: ParsedArguments)
    /// Print the help of the command at the end of `path`.
    case help(path: [CommandDefinition])
    /// Print the version.
    case version
  }

  /// Parses `arguments` (without the program name) against the command tree under `root`.
  public static func parse(_ arguments: [String], root: CommandDefinition) throws -> Outcome {
    var path = [root]
    var index = 0
    // Walk down the subcommands while the words name them.
    while index < arguments.count, let next = path.last?.subcommand(named: arguments[index]) {
      path.append(next)
      index += 1
    }
    guard let command = path.last else { return .help(path: [root]) }
    let names = path.map(\.name)
    var parsed = ParsedArguments()
    parsed.commandPath = names
    var positionals: [String] = []
    var onlyPositionals = false

    while index < arguments.count {
      let word = arguments[index]
      index += 1
      if onlyPositionals || !word.hasPrefix("-") || word == "-" {
        positionals.append(word)
        continue
      }
      if word == "--" {
        onlyPositionals = true
        continue
      }
      if word == "--help" || word == "-h" {
        // `caseaudit sample bogus --help` names a command that does not exist.
        if command.run == nil, let unknown = positionals.first {
          throw UsageError(
            message: "unknown command '\(unknown)' for '\(names.joined(separator: " "))'",
            commandPath: names)
        }
        return .help(path: path)
      }
      if word == "--version" && path.count == 1 { return .version }

      let (key, inlineValue) = split(word)
      guard let definition = find(key, in: command) else {
        // `caseaudit cases delete --workspace W`: the mistake is the command, not the option
        // a group does not take.
        if command.run == nil, let unknown = positionals.first {
          throw UsageError(
            message: "unknown command '\(unknown)' for '\(names.joined(separator: " "))'",
            commandPath: names)
        }
        throw UsageError(message: "unknown option '\(key)'", commandPath: names)
      }
      switch definition.kind {
      case .flag:
        if inlineValue != nil {
          throw UsageError(
            message: "'--\(definition.name)' is a flag and takes no value", commandPath: names)
        }
        parsed.flags.insert(definition.name)
      case .option(_, let repeating):
        let value: String
        if let inlineValue {
          value = inlineValue
        } else if index < arguments.count, !looksLikeOption(arguments[index]) {
          value = arguments[index]
          index += 1
        } else {
          throw UsageError(
            message: "missing value for '--\(definition.name)'", commandPath: names)
        }
        if !repeating, parsed.values[definition.name] != nil {
          throw UsageError(
            message: "'--\(definition.name)' was given more than once", commandPath: names)
        }
        parsed.values[definition.name, default: []].append(value)
      case .pair:
        guard inlineValue == nil else {
          throw UsageError(
            message: "'--\(definition.name)' takes two values: --\(definition.name) A B",
            commandPath: names)
        }
        guard index + 1 < arguments.count, !looksLikeOption(arguments[index]),
          !looksLikeOption(arguments[index + 1])
        else {
          throw UsageError(
            message: "'--\(definition.name)' needs two values", commandPath: names)
        }
        if parsed.values[definition.name] != nil {
          throw UsageError(
            message: "'--\(definition.name)' was given more than once", commandPath: names)
        }
        parsed.values[definition.name] = [arguments[index], arguments[index + 1]]
        index += 2
      case .positional:
        throw UsageError(message: "unknown option '\(key)'", commandPath: names)
      }
    }

    if command.run == nil {
      // A group: a leftover word is an unknown subcommand.
      if let first = positionals.first {
        throw UsageError(
          message: "unknown command '\(first)' for '\(names.joined(separator: " "))'",
          commandPath: names)
      }
      return .help(path: path)
    }
    try assign(positionals, to: command, into: &parsed, names: names)
    return .run(path: path, arguments: parsed)
  }

  /// Whether a word is an option rather than an option's value.
  ///
  /// It is when it starts with `-`, is not `-` itself (standard input) and is not a negative
  /// number. Such a value can still be given as `--name=-value`.
  static func looksLikeOption(_ word: String) -> Bool {
    word.hasPrefix("-") && word != "-" && Double(word) == nil
  }

  private static func split(_ word: String) -> (String, String?) {
    guard word.hasPrefix("--"), let equals = word.firstIndex(of: "=") else { return (word, nil) }
    return (String(word[..<equals]), String(word[word.index(after: equals)...]))
  }

  private static func find(_ key: String, in command: CommandDefinition) -> ArgumentDefinition? {
    if key.hasPrefix("--") {
      let name = key.dropFirst(2)
      return command.arguments.first { !$0.isPositional && $0.name == name }
    }
    if key.count == 2, let letter = key.last {
      return command.arguments.first { !$0.isPositional && $0.short == letter }
    }
    return nil
  }

  private static func assign(
    _ positionals: [String], to command: CommandDefinition, into parsed: inout ParsedArguments,
    names: [String]
  ) throws {
    var remaining = positionals[...]
    for definition in command.arguments {
      guard case .positional(let valueName, let repeating, let optional) = definition.kind else {
        continue
      }
      if remaining.isEmpty {
        if !optional {
          throw UsageError(
            message: "missing <\(valueName.lowercased())>", commandPath: names)
        }
        continue
      }
      if repeating {
        parsed.values[definition.name] = Array(remaining)
        remaining = []
      } else {
        parsed.values[definition.name] = [remaining.removeFirst()]
      }
    }
    if let extra = remaining.first {
      throw UsageError(message: "unexpected argument '\(extra)'", commandPath: names)
    }
  }
}
