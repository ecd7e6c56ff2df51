import Foundation
import TestSupport
import Testing

@testable import CaseAuditCLI

/// Case lists are mapped, not copied, and the pages already read are given back: giving them
/// back must never change what is read.
@Suite struct MappedFileTests {
  @Test func aMappedFileReadsItsBytesAgainAfterItsPagesAreGivenBack() throws {
    let directory = try TemporaryDirectory()
    // Five pages and a bit, with no two pages alike.
    let bytes = (0..<(5 * 4096 + 123)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 12) }
    let path = try directory.write(bytes: bytes, to: "list6.csv")
    let file = try #require(MappedFile(path: path))
    #expect(Array(file.data) == bytes)
    file.discard(100..<9000)
    #expect(Array(file.data) == bytes)
    file.discard(0..<bytes.count)
    #expect(Array(file.data) == bytes)
  }

  @Test func anEmptyFileIsEmptyAndAFolderOrAMissingFileIsNotMapped() throws {
    let directory = try TemporaryDirectory()
    let empty = try directory.write(bytes: [], to: "empty.csv")
    #expect(try #require(MappedFile(path: empty)).data.isEmpty)
    #expect(MappedFile(path: directory.path) == nil)
    #expect(MappedFile(path: directory.file("missing.csv")) == nil)
  }

  @Test func aListReadFromStandardInputImports() throws {
    let header =
      "Child Unique ID,Family ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),"
      + "Does the Child have a Disability,CIN Start Date,Primary Need Code,Case Status,"
      + "CIN Closure Date,Allocated Team,Allocated Worker"
    let row = "C1,,Female,WBRI,05/06/2015,,No,01/04/2026,N5,c) Child in need plan,,Team A,W A"
    // The binary itself: /dev/stdin is the process's own standard input.
    let result = try CommandRunner.run(
      ["cases", "import", "/dev/stdin", "--as-of", "2027-03-31", "--dry-run"],
      stdin: header + "\n" + row + "\n")
    #expect(result.exitCode == 0)
    #expect(result.stdout.contains("Children: 1 (1 with something open)"))
  }
}
