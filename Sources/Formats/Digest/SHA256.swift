/// SHA-256, the 256-bit Secure Hash Algorithm of NIST FIPS 180-4 (2015), computed incrementally.
///
/// CaseAudit fingerprints every imported case list with it, so a population snapshot can later be
/// shown to match (or not match) the file it came from. Feed the bytes in any number of pieces
/// with ``update(_:)`` or ``update(bufferPointer:)``, then call ``finalize()``; the digest does
/// not depend on how the input was split.
///
/// ```swift
/// var hasher = SHA256()
/// hasher.update(Array("ab".utf8))
/// hasher.update(Array("c".utf8))
/// let digest = hasher.finalize()  // ba7816bf…f20015ad
/// ```
///
/// Contiguous input (arrays, `Data`, buffers) is compressed straight from its storage, one
/// 64-byte block at a time, with no allocation per byte or per block.
public struct SHA256: Sendable {
  /// The length of a digest in bytes (32).
  public static let byteCount = 32

  /// The length of one message block in bytes (64).
  public static let blockByteCount = 64

  /// The eight working hash words H0…H7.
  private var state: State

  /// Bytes received but not yet compressed; only the first `pendingCount` are meaningful.
  private var pending: [UInt8]

  /// How many bytes of `pending` hold message bytes (always below 64 between calls).
  private var pendingCount: Int

  /// The total message length so far, in bytes (wrapping: FIPS 180-4 records it modulo 2⁶⁴ bits).
  private var messageByteCount: UInt64

  /// Creates a hasher holding the FIPS 180-4 §5.3.3 initial hash value.
  public init() {
    state = State(
      a: 0x6a09_e667, b: 0xbb67_ae85, c: 0x3c6e_f372, d: 0xa54f_f53a,
      e: 0x510e_527f, f: 0x9b05_688c, g: 0x1f83_d9ab, h: 0x5be0_cd19)
    pending = [UInt8](repeating: 0, count: Self.blockByteCount)
    pendingCount = 0
    messageByteCount = 0
  }

  /// Appends bytes to the message.
  ///
  /// Sequences with contiguous storage (`[UInt8]`, `ArraySlice`, `Data`, `UnsafeBufferPointer`)
  /// take the fast path of ``update(bufferPointer:)``; other sequences are gathered in chunks.
  ///
  /// - Complexity: O(*n*) in the number of bytes.
  public mutating func update(_ bytes: some Sequence<UInt8>) {
    let handled: Void? = bytes.withContiguousStorageIfAvailable { buffer in
      update(bufferPointer: UnsafeRawBufferPointer(buffer))
    }
    if handled != nil { return }
    var chunk: [UInt8] = []
    chunk.reserveCapacity(Self.chunkByteCount)
    for byte in bytes {
      chunk.append(byte)
      if chunk.count == Self.chunkByteCount {
        chunk.withUnsafeBytes { update(bufferPointer: $0) }
        chunk.removeAll(keepingCapacity: true)
      }
    }
    chunk.withUnsafeBytes { update(bufferPointer: $0) }
  }

  /// Appends the bytes of a raw buffer to the message: the fast path for large inputs.
  ///
  /// - Complexity: O(*n*) in the number of bytes.
  public mutating func update(bufferPointer bytes: UnsafeRawBufferPointer) {
    if bytes.isEmpty { return }
    messageByteCount &+= UInt64(bytes.count)
    var remaining = bytes[...]

    if pendingCount > 0 {
      let taken = min(Self.blockByteCount - pendingCount, remaining.count)
      let start = pendingCount
      pending.withUnsafeMutableBytes { block in
        UnsafeMutableRawBufferPointer(rebasing: block[start..<(start + taken)])
          .copyMemory(from: UnsafeRawBufferPointer(rebasing: remaining.prefix(taken)))
      }
      pendingCount += taken
      remaining = remaining.dropFirst(taken)
      if pendingCount < Self.blockByteCount { return }
      pending.withUnsafeBytes { Self.compress(&state, blocks: $0) }
      pendingCount = 0
    }

    let wholeBlocks = remaining.count - remaining.count % Self.blockByteCount
    if wholeBlocks > 0 {
      Self.compress(&state, blocks: UnsafeRawBufferPointer(rebasing: remaining.prefix(wholeBlocks)))
      remaining = remaining.dropFirst(wholeBlocks)
    }

    if !remaining.isEmpty {
      let tail = remaining
      pending.withUnsafeMutableBytes { block in
        UnsafeMutableRawBufferPointer(rebasing: block[0..<tail.count])
          .copyMemory(from: UnsafeRawBufferPointer(rebasing: tail))
      }
      pendingCount = tail.count
    }
  }

  /// Pads the message and returns its 32-byte digest.
  ///
  /// The hasher is consumed; copy it first to keep hashing after a peek at the digest so far.
  public consuming func finalize() -> [UInt8] {
    // FIPS 180-4 §5.1.1: append the bit "1", then k zero bits with ℓ + 1 + k ≡ 448 (mod 512),
    // then ℓ as a 64-bit big-endian integer.
    let bitLength = messageByteCount &<< 3
    let zeroCount = (Self.blockByteCount + 55 - pendingCount) % Self.blockByteCount
    var padding = [UInt8](repeating: 0, count: 1 + zeroCount + 8)
    padding[0] = 0x80
    for index in 0..<8 {
      padding[1 + zeroCount + index] = UInt8(truncatingIfNeeded: bitLength &>> (56 - 8 * index))
    }
    padding.withUnsafeBytes { update(bufferPointer: $0) }
    return state.bigEndianBytes
  }

  /// The SHA-256 digest of `bytes` in one call.
  ///
  /// - Complexity: O(*n*) in the number of bytes.
  public static func hash(_ bytes: some Collection<UInt8>) -> [UInt8] {
    var hasher = SHA256()
    hasher.update(bytes)
    return hasher.finalize()
  }

  /// The SHA-256 digest of `bytes` as 64 lowercase hexadecimal digits.
  ///
  /// - Complexity: O(*n*) in the number of bytes.
  public static func hexDigest(_ bytes: some Collection<UInt8>) -> String {
    hash(bytes).hexString
  }

  /// How many bytes a non-contiguous sequence is gathered into before compression.
  private static let chunkByteCount = 4096

  /// FIPS 180-4 §4.2.2: the first 32 bits of the fractional parts of the cube roots of the first
  /// sixty-four primes.
  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]

  /// Runs the compression function over every 64-byte block of `blocks` (whose length must be a
  /// multiple of 64), updating `state` in place.
  private static func compress(_ state: inout State, blocks: UnsafeRawBufferPointer) {
    roundConstants.withUnsafeBufferPointer { constants in
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
        var offset = 0
        while offset < blocks.count {
          // FIPS 180-4 §6.2.2 step 1: the message schedule W0…W63 (words read big-endian).
          for t in 0..<16 {
            let word = blocks.loadUnaligned(fromByteOffset: offset + 4 * t, as: UInt32.self)
            schedule[t] = UInt32(bigEndian: word)
          }
          for t in 16..<64 {
            let w15 = schedule[t - 15]
            let w2 = schedule[t - 2]
            let sigma0 = rotateRight(w15, 7) ^ rotateRight(w15, 18) ^ (w15 &>> 3)
            let sigma1 = rotateRight(w2, 17) ^ rotateRight(w2, 19) ^ (w2 &>> 10)
            schedule[t] = schedule[t - 16] &+ sigma0 &+ schedule[t - 7] &+ sigma1
          }
          // Steps 2–4: sixty-four rounds over the working variables a…h, then the new H(i).
          // The rounds are unrolled by eight, renaming the variables instead of shifting them.
          var (a, b, c, d) = (state.a, state.b, state.c, state.d)
          var (e, f, g, h) = (state.e, state.f, state.g, state.h)
          var t = 0
          while t < 64 {
            round(a, b, c, &d, e, f, g, &h, constants[t] &+ schedule[t])
            round(h, a, b, &c, d, e, f, &g, constants[t + 1] &+ schedule[t + 1])
            round(g, h, a, &b, c, d, e, &f, constants[t + 2] &+ schedule[t + 2])
            round(f, g, h, &a, b, c, d, &e, constants[t + 3] &+ schedule[t + 3])
            round(e, f, g, &h, a, b, c, &d, constants[t + 4] &+ schedule[t + 4])
            round(d, e, f, &g, h, a, b, &c, constants[t + 5] &+ schedule[t + 5])
            round(c, d, e, &f, g, h, a, &b, constants[t + 6] &+ schedule[t + 6])
            round(b, c, d, &e, f, g, h, &a, constants[t + 7] &+ schedule[t + 7])
            t += 8
          }
          state.a &+= a
          state.b &+= b
          state.c &+= c
          state.d &+= d
          state.e &+= e
          state.f &+= f
          state.g &+= g
          state.h &+= h
          offset += blockByteCount
        }
      }
    }
  }

  /// One SHA-256 round (FIPS 180-4 §6.2.2 step 3) on renamed working variables.
  ///
  /// Instead of shifting h ← g ← … ← a, the caller rotates the argument order, so this round only
  /// writes the new e (into `d`) and the new a (into `h`). `roundInput` is K_t + W_t.
  @inline(__always)
  private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
    _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ roundInput: UInt32
  ) {
    // FIPS 180-4 §4.1.2: Σ1(e), Ch(e, f, g) = (e ∧ f) ⊕ (¬e ∧ g), written g ⊕ (e ∧ (f ⊕ g)).
    let bigSigma1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25)
    let t1 = h &+ bigSigma1 &+ (g ^ (e & (f ^ g))) &+ roundInput
    // Σ0(a), Maj(a, b, c) = (a ∧ b) ⊕ (a ∧ c) ⊕ (b ∧ c), written (a ∧ b) ∨ (c ∧ (a ∨ b)).
    let bigSigma0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22)
    let t2 = bigSigma0 &+ ((a & b) | (c & (a | b)))
    d &+= t1
    h = t1 &+ t2
  }

  /// ROTR^n(x) of FIPS 180-4 §3.2, for 0 < n < 32.
  @inline(__always)
  private static func rotateRight(_ x: UInt32, _ n: UInt32) -> UInt32 {
    (x &>> n) | (x &<< (32 &- n))
  }

  /// The eight 32-bit hash words.
  private struct State: Sendable {
    var a: UInt32
    var b: UInt32
    var c: UInt32
    var d: UInt32
    var e: UInt32
    var f: UInt32
    var g: UInt32
    var h: UInt32

    /// The words H0…H7 written out big-endian: the digest (FIPS 180-4 §6.2.2, last step).
    var bigEndianBytes: [UInt8] {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(SHA256.byteCount)
      for word in [a, b, c, d, e, f, g, h] {
        bytes.append(UInt8(truncatingIfNeeded: word &>> 24))
        bytes.append(UInt8(truncatingIfNeeded: word &>> 16))
        bytes.append(UInt8(truncatingIfNeeded: word &>> 8))
        bytes.append(UInt8(truncatingIfNeeded: word))
      }
      return bytes
    }
  }
}
