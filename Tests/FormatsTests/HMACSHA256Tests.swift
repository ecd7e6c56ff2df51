import Formats
import Statistics
import Testing

/// One RFC 4231 §4 test case.
struct HMACVector: Sendable, CustomTestStringConvertible {
  var name: String
  var key: [UInt8]
  var data: [UInt8]
  /// The expected code in hex; shorter than 64 digits when the RFC truncates the output.
  var code: String

  var testDescription: String { name }
}

@Suite("HMAC-SHA-256 (RFC 2104, vectors of RFC 4231)")
struct HMACSHA256Tests {
  static let longKey = [UInt8](repeating: 0xaa, count: 131)

  static let rfc4231: [HMACVector] = [
    HMACVector(
      name: "RFC 4231 test case 1", key: [UInt8](repeating: 0x0b, count: 20),
      data: Array("Hi There".utf8),
      code: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
    HMACVector(
      name: "RFC 4231 test case 2 (key shorter than the output)", key: Array("Jefe".utf8),
      data: Array("what do ya want for nothing?".utf8),
      code: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
    HMACVector(
      name: "RFC 4231 test case 3", key: [UInt8](repeating: 0xaa, count: 20),
      data: [UInt8](repeating: 0xdd, count: 50),
      code: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
    HMACVector(
      name: "RFC 4231 test case 4", key: Array(1...25),
      data: [UInt8](repeating: 0xcd, count: 50),
      code: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
    HMACVector(
      name: "RFC 4231 test case 5 (truncated to 128 bits)",
      key: [UInt8](repeating: 0x0c, count: 20), data: Array("Test With Truncation".utf8),
      code: "a3b6167473100ee06e0c796c2955552b"),
    HMACVector(
      name: "RFC 4231 test case 6 (131-byte key, hashed first)", key: longKey,
      data: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
      code: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
    HMACVector(
      name: "RFC 4231 test case 7 (131-byte key and long data)", key: longKey,
      data: Array(
        ("This is a test using a larger than block-size key and a larger than block-size data."
          + " The key needs to be hashed before being used by the HMAC algorithm.").utf8),
      code: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
  ]

  @Test("RFC 4231 test cases 1–7", arguments: rfc4231)
  func rfc4231Vector(_ vector: HMACVector) {
    let code = HMACSHA256.authenticationCode(for: vector.data, key: vector.key)
    #expect(code.count == HMACSHA256.byteCount)
    // RFC 4231 §4.6: test case 5 compares only the leftmost 128 bits.
    #expect(code.prefix(vector.code.count / 2).hexString == vector.code)
  }

  @Test("Streaming the message equals one shot", arguments: rfc4231)
  func streaming(_ vector: HMACVector) {
    var code = HMACSHA256(key: vector.key)
    for byte in vector.data {
      code.update([byte])
    }
    let streamed = code.finalize()
    #expect(streamed == HMACSHA256.authenticationCode(for: vector.data, key: vector.key))
  }

  @Test(
    "Keys of exactly one block and one byte more (codes from Python's hmac module over OpenSSL)",
    arguments: [
      (64, "f91c4c403625fb06910ef93999265bbd2d62baeaec6ff36455498cc124fe3e66"),
      (65, "75092ca3ee2b307470c227697b42b3e65376aa3bae98fb5a1f7b7536daa9588a"),
    ])
  func blockSizedKeys(keyLength: Int, code: String) {
    let key = [UInt8](repeating: UInt8(ascii: "k"), count: keyLength)
    #expect(HMACSHA256.authenticationCode(for: Array("x".utf8), key: key).hexString == code)
  }

  @Test("A key longer than a block acts as its SHA-256 digest (RFC 2104 §2)")
  func longKeyIsHashed() {
    let message = Array("CASE-000123".utf8)
    #expect(
      HMACSHA256.authenticationCode(for: message, key: Self.longKey)
        == HMACSHA256.authenticationCode(for: message, key: SHA256.hash(Self.longKey)))
  }
}
