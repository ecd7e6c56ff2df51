import Dispatch
import Foundation
import Synchronization
import TestSupport
import Testing

@testable import AuditStore

/// Concurrent tasks (the workbench's requests) sharing one workspace file through the pool.
@Suite struct WorkspacePoolTests {
  /// Eight tasks, 25 writes and reads each, on a pool of three connections: every write lands
  /// once, every read sees a whole log, and no more than three tasks hold a connection at once.
  @Test func concurrentWritersAndReadersShareThePoolSafely() throws {
    let temp = try TemporaryWorkspace()
    let before = try temp.workspace.events().count
    let pool = try WorkspacePool(path: temp.path, connections: 3)
    let active = Atomic<Int>(0)
    let most = Atomic<Int>(0)
    let failures = Mutex<[String]>([])
    DispatchQueue.concurrentPerform(iterations: 8) { task in
      for step in 0..<25 {
        do {
          try pool.withWorkspace(writing: step % 2 == 0) { workspace in
            let now = active.add(1, ordering: .sequentiallyConsistent).newValue
            _ = most.max(now, ordering: .sequentiallyConsistent)
            defer { active.subtract(1, ordering: .sequentiallyConsistent) }
            try workspace.write(
              actor: "task\(task)", action: "test.pool", subject: "\(task).\(step)"
            ) { _ in }
            let seen = try workspace.events().filter { $0.action == "test.pool" }
            if !seen.contains(where: { $0.subject == "\(task).\(step)" }) {
              failures.withLock { $0.append("task \(task) did not read its own write \(step)") }
            }
          }
        } catch {
          failures.withLock { $0.append("task \(task) step \(step): \(error)") }
        }
      }
    }
    #expect(failures.withLock { $0 } == [])
    let events = try temp.workspace.events()
    #expect(events.count == before + 200)
    #expect(Set(events.compactMap(\.subject)).count == 200)
    #expect(most.load(ordering: .sequentiallyConsistent) <= 3)
    #expect(pool.idleCount <= 3)
  }

  @Test func aPoolOnAMissingFileIsRefused() {
    #expect(throws: WorkspaceError.self) {
      try WorkspacePool(path: "/nonexistent/folder/caseaudit.db")
    }
  }

  /// A body that throws gives its connection back: the next task gets one.
  @Test func aFailingTaskReturnsItsConnection() throws {
    let temp = try TemporaryWorkspace()
    let pool = try WorkspacePool(path: temp.path, connections: 1)
    struct Boom: Error {}
    #expect(throws: Boom.self) { try pool.withWorkspace { _ in throw Boom() } }
    let count = try pool.withWorkspace { try $0.events().count }
    #expect(count >= 1)
    #expect(pool.idleCount == 1)
  }
}
