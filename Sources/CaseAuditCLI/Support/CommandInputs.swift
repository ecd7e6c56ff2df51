internal import AuditForms
internal import CaseList
internal import Findings
import Formats
internal import Foundation
internal import Workflows

/// What several commands read from the user, or write for them, the same way.
///
/// Files, dates, seeds, answers and shell words: commands share these instead of calling one
/// another.
enum CommandInputs {
  /// Reads a file the user named, or fails with exit 1 naming it.
  static func readFile(_ path: String, invocation: Invocation) throws -> [UInt8] {
    let resolved = invocation.resolve(path)
    guard let data = FileManager.default.contents(atPath: resolved) else {
      var isFolder: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder)
      throw CommandFailure.failed(
        exists && isFolder.boolValue ? "\(path) is a folder, not a file" : "cannot read \(path)")
    }
    return [UInt8](data)
  }

  /// Writes a file atomically, or fails with exit 1 naming it.
  static func write(_ bytes: [UInt8], to path: String) throws {
    do {
      try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw CommandFailure.failed("cannot write \(path): \(error.localizedDescription)")
    }
  }

  /// Parses a `YYYY-MM-DD` option, defaulting to today's UTC date.
  static func parseDate(_ text: String?, option: String, invocation: Invocation) throws
    -> CalendarDate
  {
    guard let text else {
      let days = Int((invocation.now().timeIntervalSince1970 / 86_400).rounded(.down))
      return CalendarDate(daysSinceEpoch: days)
    }
    guard let date = CalendarDate(iso: text) else {
      throw UsageError(
        message: "'--\(option)' takes a date as YYYY-MM-DD, not '\(text)'",
        commandPath: invocation.arguments.commandPath)
    }
    return date
  }

  /// The year two-digit years are read near: the current UTC year.
  static func parseDateDefaultYear(_ invocation: Invocation) -> Int {
    CalendarDate(daysSinceEpoch: Int(invocation.now().timeIntervalSince1970 / 86_400)).year
  }

  /// Parses `--seed` (decimal or 0x-hex); a fresh random seed when it is not given.
  static func parseSeed(_ text: String?, commandPath: [String]) throws -> UInt64 {
    guard let text else {
      var generator = SystemRandomNumberGenerator()
      return generator.next()
    }
    let value: UInt64? =
      text.lowercased().hasPrefix("0x")
      ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
    guard let value else {
      throw UsageError(
        message:
          "'--seed' takes a whole number from 0 to 2^64−1 (decimal or 0x-hex), not '\(text)'",
        commandPath: commandPath)
    }
    return value
  }

  /// Reads an answers file (or standard input for `-`).
  static func readAnswers(_ path: String, invocation: Invocation) throws -> (
    bytes: [UInt8], name: String
  ) {
    if path == "-" { return ([UInt8](invocation.readStandardInput()), "<stdin>") }
    return (
      try readFile(path, invocation: invocation), (path as NSString).lastPathComponent
    )
  }

  /// `body`'s result; answers it rejects fail with every problem (exit 65), causes first.
  static func rejectingAnswers<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let rejected as AnswersRejected {
      let causes = Plural.count(rejected.causes, "problem")
      let follow = rejected.consequences == 1 ? "follows" : "follow"
      let source = rejected.causes == 1 ? "it" : "them"
      throw CommandFailure.invalidInput(
        summary: rejected.consequences == 0
          ? "\(causes) in the answers; nothing was saved."
          : "\(causes) in the answers (and \(Plural.count(rejected.consequences, "answer")) "
            + "that \(follow) from \(source)); nothing was saved.",
        diagnostics: rejected.problems.map(\.diagnostic))
    }
  }

  /// Quotes a word for a shell when it holds anything but safe characters.
  static func shellQuoted(_ word: String) -> String {
    let safe = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) }
    return safe
      ? word
      : "'"
        + word.split(separator: "'", omittingEmptySubsequences: false)
        .joined(separator: "'\\''") + "'"
  }
}
