import Formats
internal import Statistics

/// Derives the pseudonymous case references that reports, exports and messages use.
///
/// A reference is `CA-` followed by the first 40 bits of HMAC-SHA-256(workspace secret, case id)
/// as ten upper-case hex digits (RFC 2104 keyed hashing): stable within a workspace, so one
/// case keeps its reference across rounds and reports, but meaningless without the secret,
/// which never leaves the workspace file. 40 bits keep collisions negligible for the few
/// hundred cases a report names (birthday bound: ~1 in 10⁷ for 500 cases).
public struct Pseudonymizer: Sendable {
  /// HMAC-SHA-256 keyed with the workspace's secret, copied for each reference.
  private let keyed: HMACSHA256

  /// Creates a pseudonymizer over a workspace's secret.
  public init(secret: [UInt8]) { keyed = HMACSHA256(key: secret) }

  /// The pseudonymous reference for a case id, for example `CA-3F9A1B2C7D`.
  public func reference(for caseID: String) -> String {
    var hmac = keyed
    hmac.update(caseID.utf8)
    let code = hmac.finalize()
    return "CA-" + code.prefix(5).hexString.uppercased()
  }
}

extension Workspace {
  /// The pseudonymizer keyed with this workspace's secret.
  public func pseudonymizer() throws -> Pseudonymizer {
    Pseudonymizer(secret: try pseudonymSecret())
  }
}
