/// Generates `--help` text and usage lines from command definitions.
enum HelpFormatter {
  static let width = 100

  /// The usage line, for example `USAGE: caseaudit init [--workspace <path>]`.
  static func usage(for path: [CommandDefinition]) -> String {
    guard let command = path.last else { return "" }
    let names = path.map(\.name).joined(separator: " ")
    if command.run == nil {
      return "USAGE: \(names) <subcommand>"
    }
    let fragments = command.arguments.filter { !$0.isHidden }.map(\.usageFragment)
    return (["USAGE: \(names)"] + fragments).joined(separator: " ")
  }

  /// The full help of the command at the end of `path`.
  static func help(for path: [CommandDefinition]) -> String {
    guard let command = path.last else { return "" }
    var lines = ["OVERVIEW: \(command.abstract)", "", usage(for: path), ""]
    let positionals = command.arguments.filter { $0.isPositional && !$0.isHidden }
    if !positionals.isEmpty {
      lines.append("ARGUMENTS:")
      lines += table(positionals.map { ($0.helpLabel, $0.help) })
      lines.append("")
    }
    let options = command.arguments.filter { !$0.isPositional && !$0.isHidden }
    lines.append("OPTIONS:")
    var rows = options.map { ($0.helpLabel, $0.help) }
    if path.count == 1 { rows.append(("--version", "Show the version.")) }
    rows.append(("-h, --help", "Show help information."))
    lines += table(rows)
    let visible = command.subcommands.filter { !$0.isHidden }
    if !visible.isEmpty {
      lines.append("")
      lines.append("SUBCOMMANDS:")
      lines += table(visible.map { ($0.name, $0.abstract) })
      lines.append("")
      let names = path.map(\.name).joined(separator: " ")
      let rest = path.dropFirst().map(\.name).joined(separator: " ")
      let helpForm = "caseaudit help" + (rest.isEmpty ? "" : " " + rest)
      lines.append("  See '\(helpForm) <subcommand>' or '\(names) <subcommand> --help'.")
    }
    if let discussion = command.discussion {
      lines.append("")
      lines += discussion.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Two columns: labels padded to a common width, help wrapped at ``width``.
  private static func table(_ rows: [(String, String)]) -> [String] {
    let labelWidth = min(30, (rows.map(\.0.count).max() ?? 0) + 2)
    var lines: [String] = []
    for (label, text) in rows {
      let indent = String(repeating: " ", count: labelWidth + 4)
      let wrapped = wrap(text, width: width - indent.count)
      if label.count + 2 > labelWidth {
        lines.append("  \(label)")
        lines += wrapped.map { indent + $0 }
      } else {
        let padded = label + String(repeating: " ", count: labelWidth - label.count)
        for (offset, line) in wrapped.enumerated() {
          lines.append(offset == 0 ? "  \(padded)  \(line)" : indent + line)
        }
        if wrapped.isEmpty { lines.append("  \(label)") }
      }
    }
    return lines
  }

  /// Splits text into lines of at most `width` characters at spaces.
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      if current.isEmpty {
        current = String(word)
      } else if current.count + 1 + word.count <= width {
        current += " " + word
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }
}
