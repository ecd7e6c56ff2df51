import CaseList
import Testing

/// An import's records are built when read; reading them in chunks, a chunk built ahead on
/// another thread, gives the same records in the same order.
struct CaseRecordsTests {
  private struct Stop: Error {}

  private func imported(children: Int) throws -> CaseListImport {
    let rows = (0..<children).map { index in
      Fixtures.list6Row(
        "C\(index)", status: index % 3 == 0 ? "b) Child Protection plan" : "c) Child in need plan",
        team: "Team \(index % 7)")
    }
    return try Fixtures.annexA([Fixtures.file("list6.csv", Fixtures.list6Header, rows)])
  }

  @Test(arguments: [1, 7, 4096, 10_000, 20_000])
  func chunksHoldEveryRecordOnceInOrder(size: Int) throws {
    let result = try imported(children: 10_000)
    var chunks: [[CaseRecord]] = []
    try result.records.forEachChunk(of: size) { chunks.append($0) }
    #expect(chunks.count == (10_000 + size - 1) / size)
    #expect(chunks.dropLast().allSatisfy { $0.count == size })
    #expect(chunks.flatMap { $0 } == Array(result.records))
    #expect(result.records.openCount == 10_000)
    #expect(result.countsByStage[.childProtection] == 3334)
  }

  @Test func anEmptyCollectionHasNoChunkAndAFailureStopsTheChunks() throws {
    var calls = 0
    try CaseRecords([]).forEachChunk(of: 5) { _ in calls += 1 }
    #expect(calls == 0)
    let result = try imported(children: 100)
    #expect(throws: Stop.self) {
      try result.records.forEachChunk(of: 10) { _ in
        calls += 1
        if calls == 2 { throw Stop() }
      }
    }
    #expect(calls == 2)
  }

  @Test func recordsFromAnArrayAreThatArray() {
    let records = [
      CaseRecord(id: "B", stage: .closed, neglectStatus: .none),
      CaseRecord(id: "A", stage: .childInNeed, neglectStatus: .possible),
    ]
    let collection = CaseRecords(records)
    #expect(Array(collection) == records)
    #expect(collection.openCount == 1)
    #expect(collection == [records[0], records[1]])
    #expect(collection != [records[1], records[0]])
  }
}
