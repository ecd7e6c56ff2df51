import Foundation
import TestSupport
import Testing

@testable import AuditStore

/// End-to-end checks of the built `caseaudit` binary: help, errors, init, status and log.
@Suite struct FoundationCommandTests {
  @Test(arguments: [["--help"], ["init", "--help"], ["help", "init"], ["status", "-h"]])
  func helpGoesToStdoutAndExitsZero(arguments: [String]) throws {
    let result = try CommandRunner.run(arguments)
    #expect(result.exitCode == 0)
    #expect(result.stdout.hasPrefix("OVERVIEW: "))
    #expect(result.stdout.contains("USAGE: caseaudit"))
    #expect(result.stderr.isEmpty)
  }

  @Test func versionPrintsTheVersion() throws {
    let result = try CommandRunner.run(["--version"])
    #expect(result.exitCode == 0)
    #expect(result.stdout.hasPrefix("caseaudit "))
  }

  @Test(arguments: [
    (["frobnicate"], "caseaudit"),
    (["init", "--bogus"], "caseaudit init"),
    (["log", "--limit", "zero"], "caseaudit log"),
  ])
  func usageErrorsExit64WithAPointerToHelp(arguments: [String], command: String) throws {
    let result = try CommandRunner.run(arguments)
    #expect(result.exitCode == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("Error: "))
    #expect(result.stderr.contains("See '\(command) --help'."))
  }

  @Test func initStatusAndLogEndToEnd() throws {
    let directory = try TemporaryDirectory()
    let first = try CommandRunner.run(["init"], in: directory.path)
    #expect(first.exitCode == 0, "\(first.stderr)")
    #expect(first.stdout.contains("Created workspace"))
    let path = directory.file("caseaudit.db")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))

    let second = try CommandRunner.run(["init", "--workspace", path])
    #expect(second.exitCode == 0)
    #expect(second.stdout.contains("nothing was changed"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)

    let status = try CommandRunner.run(
      ["status", "--json"], environment: ["CASEAUDIT_WORKSPACE": path])
    #expect(status.exitCode == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
    #expect(object["formatVersion"] as? Int == Workspace.currentFormatVersion)
    #expect(object["events"] as? Int == 1)
    for key in ["snapshots", "rounds", "responses"] { #expect(object[key] as? Int == 0) }

    let log = try CommandRunner.run(
      ["log", "--json", "--limit", "5", "--workspace", path],
      environment: ["CASEAUDIT_ACTOR": "qa.lead"])
    #expect(log.exitCode == 0)
    let events = try #require(
      try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: Any]])
    #expect(events.count == 1)
    #expect(events.first?["action"] as? String == "workspace.created")
  }

  @Test func initOverATextFileExits1AndLeavesItAlone() throws {
    let directory = try TemporaryDirectory()
    let text = "Name,DOB\nnot,a database\n"
    let path = try directory.write(text, to: "caseaudit.db")
    let result = try CommandRunner.run(["init"], in: directory.path)
    #expect(result.exitCode == 1)
    #expect(result.stderr.contains("is not a CaseAudit workspace"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    let others = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(others == ["caseaudit.db"])
  }

  @Test func statusWithoutAWorkspaceFailsClearly() throws {
    let directory = try TemporaryDirectory()
    let result = try CommandRunner.run(["status"], in: directory.path)
    #expect(result.exitCode == 1)
    #expect(result.stderr.contains("no workspace at"))
    #expect(result.stderr.contains("caseaudit init"))
  }

  @Test func aNewerWorkspaceIsRefused() throws {
    let temp = try TemporaryWorkspace()
    try temp.workspace.database.execute("PRAGMA user_version = 42")
    let result = try CommandRunner.run(["status", "--workspace", temp.path])
    #expect(result.exitCode == 1)
    #expect(result.stderr.contains("newer than this CaseAudit understands"))
  }

  @Test func withoutALoginNameTheLogNamesTheUidsUserAndSaysItIsAGuess() throws {
    let directory = try TemporaryDirectory()
    let path = directory.file("guess.db")
    let unset = ["USER": "", "LOGNAME": "", "CASEAUDIT_ACTOR": ""]
    #expect(try CommandRunner.run(["init", "--workspace", path], environment: unset).exitCode == 0)
    let log = try CommandRunner.run(["log", "--workspace", path]).stdout
    #expect(log.contains("(guessed from uid "), "\(log)")
    #expect(!log.contains(" unknown "))
  }
}
