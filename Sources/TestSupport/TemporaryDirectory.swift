internal import Foundation

/// A fresh folder under the system's temporary directory, removed when the value is released.
public final class TemporaryDirectory: @unchecked Sendable {
  // @unchecked: immutable after init; removal happens once, in deinit.
  /// The folder's absolute path.
  public let path: String

  /// Creates the folder.
  public init(prefix: String = "caseaudit-test") throws {
    let base = NSTemporaryDirectory()
    let name = "\(prefix)-\(UUID().uuidString)"
    path = (base as NSString).appendingPathComponent(name)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// The path of a file or folder inside this one.
  public func file(_ name: String) -> String {
    (path as NSString).appendingPathComponent(name)
  }

  /// Writes text to a file inside this folder and returns its path.
  @discardableResult
  public func write(_ text: String, to name: String) throws -> String {
    let target = file(name)
    try Data(text.utf8).write(to: URL(fileURLWithPath: target))
    return target
  }

  /// Writes bytes to a file inside this folder and returns its path.
  @discardableResult
  public func write(bytes: [UInt8], to name: String) throws -> String {
    let target = file(name)
    try Data(bytes).write(to: URL(fileURLWithPath: target))
    return target
  }
}
