import CaseList
import Foundation
import Testing

/// Property checks on generated populations large enough to be split into partitions and
/// merged in parallel: the result matches a plain model of the rules, whatever the row order.
struct LargeImportTests {
  /// SplitMix64 (Steele, Lea and Flood, 2014): a small seedable generator for test data.
  private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// One generated child and what the rules say about them.
  private struct Child {
    var id: String
    var list6: String?
    var list7: String?
    var list8: String?
    var stage: Stage
    var neglect: NeglectStatus
  }

  private func generate(count: Int, seed: UInt64) -> [Child] {
    var rng = SplitMix64(state: seed)
    return (0..<count).map { index in
      let id = "C" + String(index * 7919 % 1_000_003)
      let dob =
        "\(Int.random(in: 10...28, using: &rng))/0\(Int.random(in: 1...9, using: &rng))/20\(Int.random(in: 10...24, using: &rng))"
      var child = Child(id: id, stage: .closed, neglect: .none)
      var possible = false
      if Bool.random(using: &rng) {
        let open = Int.random(in: 0..<4, using: &rng) > 0
        let need = Bool.random(using: &rng) ? "N1 - Abuse or neglect" : "N4"
        possible = possible || need.hasPrefix("N1")
        child.list6 = Fixtures.list6Row(
          id, dob: dob, need: need, closure: open ? "" : "01/02/2027", team: "Team \(index % 7)")
        if open { child.stage = .childInNeed }
      }
      if Int.random(in: 0..<3, using: &rng) == 0 {
        let open = Bool.random(using: &rng)
        let neglect = Bool.random(using: &rng)
        child.list7 = Fixtures.list7Row(
          id, dob: dob, initial: neglect ? "a) Neglect" : "d) Emotional abuse",
          end: open ? "" : "01/03/2027")
        if open { child.stage = .childProtection }
        if open && neglect { child.neglect = .confirmed }
      }
      if Int.random(in: 0..<4, using: &rng) == 0 || (child.list6 == nil && child.list7 == nil) {
        let open = Bool.random(using: &rng)
        let need = Bool.random(using: &rng) ? "N1" : "N2"
        possible = possible || need == "N1"
        child.list8 = Fixtures.list8Row(id, dob: dob, need: need, end: open ? "" : "15/03/2027")
        if open { child.stage = .lookedAfter }
      }
      if child.neglect == .none && possible { child.neglect = .possible }
      return child
    }
  }

  private func sources(_ children: [Child], shuffledWith seed: UInt64?) -> [CaseListSource] {
    var rng = SplitMix64(state: seed ?? 0)
    func file(_ name: String, _ header: String, _ rows: [String]) -> CaseListSource {
      let ordered = seed == nil ? rows : rows.shuffled(using: &rng)
      let text = ([header] + ordered).joined(separator: "\r\n") + "\r\n"
      return CaseListSource(name: name, data: Data(text.utf8))
    }
    let files = [
      file("list6.csv", Fixtures.list6Header, children.compactMap(\.list6)),
      file("list7.csv", Fixtures.list7Header, children.compactMap(\.list7)),
      file("list8.csv", Fixtures.list8Header, children.compactMap(\.list8)),
    ]
    return seed == nil ? files : files.shuffled(using: &rng)
  }

  @Test(arguments: [1 as UInt64, 2, 3])
  func resultsMatchAPlainModelOfTheRules(seed: UInt64) throws {
    let children = generate(count: 30_000, seed: seed)
    let result = try Fixtures.annexA(sources(children, shuffledWith: nil))
    #expect(result.problems == [])
    let expected = children.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    #expect(result.records.map(\.id) == expected.map(\.id))
    #expect(result.records.map(\.stage) == expected.map(\.stage))
    #expect(result.records.map(\.neglectStatus) == expected.map(\.neglect))
    #expect(
      result.sources.map(\.dataRows) == [
        children.compactMap(\.list6).count, children.compactMap(\.list7).count,
        children.compactMap(\.list8).count,
      ])
    #expect(result.countsByStage.values.reduce(0, +) == children.count)
  }

  @Test(arguments: [11 as UInt64, 12])
  func rowAndFileOrderDoNotChangeTheResult(seed: UInt64) throws {
    let children = generate(count: 20_000, seed: seed)
    let inOrder = try Fixtures.annexA(sources(children, shuffledWith: nil))
    let shuffled = try Fixtures.annexA(sources(children, shuffledWith: seed))
    #expect(inOrder.problems == [] && shuffled.problems == [])
    #expect(inOrder.records == shuffled.records)
  }

  @Test func problemsInALargeFileAreAllReported() throws {
    var children = generate(count: 20_000, seed: 5)
    for index in stride(from: 0, to: children.count, by: 1000) {
      children[index].list8 = Fixtures.list8Row(children[index].id, dob: "", start: "99/99/2025")
    }
    let result = try Fixtures.annexA(sources(children, shuffledWith: nil))
    #expect(result.problems.count == 20)
    #expect(
      result.problems.allSatisfy {
        $0.file == "list8.csv" && $0.message.hasPrefix("'Date Started to be Looked After' is not")
      })
    #expect(result.problems.map(\.line) == result.problems.map(\.line).sorted())
    #expect(result.records == [])
  }

  /// A list 6 of about 12 MB, big enough to be read in pieces, whose workers hold quoted
  /// commas, quotes and line breaks; row `badRow` (if any) has a bad start date and row
  /// `strayRow` (if any) a stray quote.
  private func bigList(badRow: Int? = nil, strayRow: Int? = nil, then extra: [String] = [])
    -> (CaseListSource, [Int])
  {
    var rows: [String] = []
    var lines: [Int] = []
    var line = 2
    for index in 0..<110_000 {
      let multiline = index % 3 == 0
      let worker =
        multiline ? "\"Worker, \"\"Q\"\"\r\nline \(index % 50)\"" : "Worker \(index % 50)"
      let team = index == strayRow ? "Team \"X" : "Team \(index % 9)"
      let start = index == badRow ? "32/01/2026" : "01/04/2026"
      rows.append(Fixtures.list6Row("C\(index)", start: start, team: team, worker: worker))
      lines.append(line)
      line += multiline ? 2 : 1
    }
    let text = ([Fixtures.list6Header] + rows + extra).joined(separator: "\r\n") + "\r\n"
    return (CaseListSource(name: "list6.csv", data: Data(text.utf8)), lines)
  }

  @Test func largeFilesAreReadInPiecesWithExactFieldsAndLines() throws {
    let (source, lines) = bigList(badRow: 109_998)
    let result = try Fixtures.annexA([source])
    #expect(
      Fixtures.descriptions(result) == [
        "list6.csv:\(lines[109_998]):37: 'CIN Start Date' is not a date (expected dd/mm/yyyy, "
          + "dd/mm/yy or yyyy-mm-dd)"
      ])
    #expect(result.sources.first?.dataRows == 110_000)
    let good = try Fixtures.annexA([bigList().0])
    #expect(good.records.count == 110_000)
    let workers = Dictionary(uniqueKeysWithValues: good.records.map { ($0.id, $0.worker) })
    #expect(workers["C0"] == "Worker, \"Q\"\r\nline 0")
    #expect(workers["C1"] == "Worker 1")
    #expect(workers["C109998"] == "Worker, \"Q\"\r\nline 48")
    #expect(good.records.allSatisfy { $0.team?.hasPrefix("Team ") == true })
  }

  /// Pieces are merged a batch at a time; a child's rows in the first and the last batch merge
  /// as if read in one pass, and problems found while merging keep their lines.
  @Test func rowsOfOneChildInDifferentBatchesMergeAsInOnePass() throws {
    let (_, lines) = bigList()
    // The first line after the 110,000 rows (row 109,999 is on one line).
    let last = lines[109_999] + 1
    let (big, _) = bigList(then: [
      Fixtures.list6Row(
        "C5", gender: "Male", status: "b) Child Protection plan", team: "Team Late"),
      Fixtures.list6Row("C1", team: "Team 1", worker: "Worker 1"),
    ])
    let merged = try Fixtures.annexA([big])
    #expect(merged.records.count == 110_000)
    let c5 = try #require(merged.records.first { $0.id == "C5" })
    #expect(c5.stage == .childProtection)
    #expect(c5.team == "Team Late")
    #expect(c5.gender == "Female")
    #expect(
      Fixtures.descriptions(merged) == [
        "list6.csv:\(last + 1):1: warning: this row repeats an earlier row for the same child (line "
          + "\(lines[1]))"
      ])
    let conflicting = try Fixtures.annexA([
      bigList(then: [Fixtures.list6Row("C7", dob: "01/01/2001")]).0
    ])
    #expect(conflicting.records == [])
    #expect(conflicting.problems.map(\.line) == [last])
    #expect(conflicting.problems.first?.detail == "the earlier row is at list6.csv:\(lines[7])")
  }

  @Test func aSyntaxProblemInALargeFileIsReportedOnceAtItsPlace() throws {
    let (source, lines) = bigList(strayRow: 70_001)
    let result = try Fixtures.annexA([source])
    #expect(
      Fixtures.descriptions(result).map { $0.prefix { $0 != " " } } == [
        "list6.csv:\(lines[70_001]):\("C70001,,Female,WBRI,05/06/2015,,No,01/04/2026,N5,c) Child in need plan,,Team ".count + 1):"
      ])
  }
}
