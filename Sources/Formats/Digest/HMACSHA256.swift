/// HMAC-SHA-256, the keyed message authentication code of RFC 2104 over ``SHA256``.
///
/// CaseAudit derives pseudonyms for case references with it: the same reference and key always
/// give the same code, and without the key the code reveals nothing about the reference.
///
/// ```swift
/// let code = HMACSHA256.authenticationCode(for: Array("CHILD-0042".utf8), key: secretKey)
/// ```
public struct HMACSHA256: Sendable {
  /// The length of an authentication code in bytes (32).
  public static let byteCount = SHA256.byteCount

  /// The hash of (K ⊕ ipad) ‖ message, fed as the message arrives.
  private var inner: SHA256

  /// The hash of K ⊕ opad, kept for the outer hash: absorbed once per key, so a copy of a
  /// keyed value authenticates each further message with two compressions instead of four
  /// (RFC 2104 §4, "precompute the intermediate results").
  private let outer: SHA256

  /// Starts an authentication code keyed by `key`.
  ///
  /// A key longer than the 64-byte block is replaced by its SHA-256 digest; a shorter key is
  /// padded with zero bytes (RFC 2104 §2).
  ///
  /// - Complexity: O(*k*) in the key length.
  public init(key: some Collection<UInt8>) {
    // RFC 2104 §2: K is hashed when longer than B = 64 bytes, then zero-padded to B bytes.
    var block = key.count > SHA256.blockByteCount ? SHA256.hash(key) : Array(key)
    block += [UInt8](repeating: 0, count: SHA256.blockByteCount - block.count)
    // RFC 2104 §2: ipad = 0x36 and opad = 0x5c, each repeated B times.
    inner = SHA256()
    inner.update(block.map { $0 ^ 0x36 })
    var outer = SHA256()
    outer.update(block.map { $0 ^ 0x5c })
    self.outer = outer
  }

  /// Appends bytes to the message.
  ///
  /// - Complexity: O(*n*) in the number of bytes.
  public mutating func update(_ bytes: some Sequence<UInt8>) {
    inner.update(bytes)
  }

  /// Appends the bytes of a raw buffer to the message.
  ///
  /// - Complexity: O(*n*) in the number of bytes.
  public mutating func update(bufferPointer bytes: UnsafeRawBufferPointer) {
    inner.update(bufferPointer: bytes)
  }

  /// Returns the 32-byte authentication code of the message so far.
  public consuming func finalize() -> [UInt8] {
    // RFC 2104 §2: H(K ⊕ opad, H(K ⊕ ipad, text)).
    let innerDigest = inner.finalize()
    var outer = outer
    outer.update(innerDigest)
    return outer.finalize()
  }

  /// The HMAC-SHA-256 of `message` under `key`, in one call.
  ///
  /// - Complexity: O(*n* + *k*) in the message and key lengths.
  public static func authenticationCode(
    for message: some Collection<UInt8>, key: some Collection<UInt8>
  ) -> [UInt8] {
    var code = HMACSHA256(key: key)
    code.update(message)
    return code.finalize()
  }
}
