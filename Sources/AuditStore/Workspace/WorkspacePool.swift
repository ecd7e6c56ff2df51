internal import Dispatch
public import Foundation
internal import Synchronization

/// One workspace file shared by concurrent tasks — the workbench's requests — through a
/// connection per task.
///
/// A ``Workspace`` is one SQLite connection with its own statement cache and transaction
/// state, so it serves one task at a time. The pool holds up to `connections` of them on the
/// same file and lends each to one task at a time (``withWorkspace(_:)``). In WAL mode readers
/// see a consistent snapshot without blocking the writer or each other, and writers take
/// turns through `BEGIN IMMEDIATE` and the busy timeout (sqlite.org/wal.html,
/// sqlite.org/lang_transaction.html), so requests that read run side by side and requests that
/// write queue on SQLite's own lock, not on ours. A task that finds every connection lent waits
/// for one to come back.
///
/// Connections are opened on first need, so an idle server holds one.
public final class WorkspacePool: Sendable {
  /// The workspace file.
  public let path: String
  /// The most connections lent at once.
  public let connections: Int
  private let actor: String
  private let now: @Sendable () -> Date
  private let slots: DispatchSemaphore
  private let writer = DispatchSemaphore(value: 1)
  private let idle: Mutex<[Lent]>

  /// A workspace as the pool keeps it.
  ///
  /// `@unchecked Sendable`: the pool moves it between threads, and lends it to one task at a
  /// time — it is in `idle` or in exactly one `withWorkspace` call, never both.
  private final class Lent: @unchecked Sendable {
    let workspace: Workspace
    init(_ workspace: Workspace) { self.workspace = workspace }
  }

  /// Opens the workspace at `path` (migrating it forward once, as ``Workspace/open(at:actor:now:)``
  /// does) for up to `connections` tasks at once.
  ///
  /// - Throws: ``WorkspaceError`` when there is no workspace at `path` or it is not one.
  public init(
    path: String, connections: Int = 4, actor: String = "caseaudit",
    now: @escaping @Sendable () -> Date = { Date() }
  ) throws {
    precondition(connections > 0, "a pool lends at least one connection")
    self.path = path
    self.connections = connections
    self.actor = actor
    self.now = now
    slots = DispatchSemaphore(value: connections)
    let first = try Workspace.open(at: path, actor: actor, now: now)
    idle = Mutex([Lent(first)])
  }

  /// Runs `body` with a workspace no other task is using, and takes it back afterwards.
  ///
  /// Pass `writing: true` when `body` may write: such tasks take turns here, one at a time,
  /// instead of on SQLite's busy handler, which waits by sleeping and so adds milliseconds to a
  /// write that meets another (sqlite.org/c3ref/busy_timeout.html; measured by
  /// `caseaudit-bench pool`). A task that writes without saying so is still correct: SQLite's
  /// lock and the busy timeout serialise it.
  ///
  /// Do not keep the workspace beyond `body`, or call `withWorkspace` again inside it (with
  /// every connection lent, the inner call would wait on itself).
  public func withWorkspace<T>(writing: Bool = false, _ body: (Workspace) throws -> T) throws
    -> T
  {
    if writing { writer.wait() }
    defer { if writing { writer.signal() } }
    slots.wait()
    defer { slots.signal() }
    let lent = try idle.withLock { $0.popLast() } ?? Lent(open())
    defer { idle.withLock { $0.append(lent) } }
    return try body(lent.workspace)
  }

  /// How many connections are open and not lent.
  public var idleCount: Int { idle.withLock { $0.count } }

  private func open() throws -> Workspace {
    try Workspace.open(at: path, actor: actor, now: now)
  }
}
