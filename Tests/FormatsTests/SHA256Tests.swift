import Formats
import Statistics
import Testing

@Suite("SHA-256 (FIPS 180-4)")
struct SHA256Tests {
  /// The 896-bit, two-block example message of FIPS 180-2 Appendix C / NIST's SHA-256 examples.
  static let twoBlockMessage =
    "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
    + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"

  /// One million repetitions of "a": FIPS 180-2 Appendix B.3.
  static let millionA = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
  static let millionADigest = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"

  @Test(
    "FIPS 180-2 Appendix B and NIST CSRC SHA-256 examples; empty message from NIST CAVP SHAVS",
    arguments: [
      // FIPS 180-2 Appendix B.1 (one block).
      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
      // NIST CAVP SHA256ShortMsg.rsp, Len = 0.
      ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      // FIPS 180-2 Appendix B.2 (448 bits: the padding needs a second block).
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
      ),
      // NIST CSRC "SHA256" two-block example (896 bits).
      (
        SHA256Tests.twoBlockMessage,
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
      ),
    ])
  func publishedExample(message: String, digest: String) {
    #expect(SHA256.hash(Array(message.utf8)).hexString == digest)
    #expect(SHA256.hexDigest(Array(message.utf8)) == digest)
  }

  @Test("One million 'a' (FIPS 180-2 Appendix B.3)")
  func oneMillionA() {
    #expect(SHA256.hash(Self.millionA).hexString == Self.millionADigest)
  }

  @Test(
    "Streaming in odd chunk sizes equals the published one-shot digest",
    arguments: [
      1, 3, 63, 64, 65, 4097,
    ])
  func streamingMillionA(chunkSize: Int) {
    var hasher = SHA256()
    var start = 0
    while start < Self.millionA.count {
      let end = min(start + chunkSize, Self.millionA.count)
      hasher.update(Self.millionA[start..<end])
      start = end
    }
    #expect(hasher.finalize().hexString == Self.millionADigest)
  }

  @Test("Streaming the two-block message byte-split at every position")
  func everySplitPoint() {
    let message = Array(Self.twoBlockMessage.utf8)
    let expected = "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    for split in 0...message.count {
      var hasher = SHA256()
      hasher.update(message[..<split])
      message[split...].withUnsafeBytes { hasher.update(bufferPointer: $0) }
      #expect(hasher.finalize().hexString == expected, "split at \(split)")
    }
  }

  @Test(
    "Padding boundaries: n repetitions of 'a' (digests from OpenSSL through Python hashlib)",
    arguments: [
      (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
      (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
      (57, "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6"),
      (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
      (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
      (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
      (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
      (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
      (128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
    ])
  func paddingBoundary(length: Int, digest: String) {
    #expect(SHA256.hash([UInt8](repeating: UInt8(ascii: "a"), count: length)).hexString == digest)
  }

  @Test("Sequences without contiguous storage give the same digest")
  func nonContiguousSequences() {
    // Repeated and lazy-mapped collections have no contiguous storage: the gathering path.
    let repeated = repeatElement(UInt8(ascii: "a"), count: 1_000_000)
    #expect(SHA256.hash(repeated).hexString == Self.millionADigest)
    let bytes = (0..<1000).lazy.map { UInt8(truncatingIfNeeded: $0) }
    // 1000 bytes 0, 1, …, 255, 0, 1, …: digest from OpenSSL through Python hashlib.
    let expected = "a8af099bf2e878609558dbf69d8f88f4a31040a8cf84b549a0cfa912f12ffc3f"
    #expect(SHA256.hash(bytes).hexString == expected)
    #expect(SHA256.hash(Array(bytes)).hexString == expected)
  }

  @Test("A copy of a hasher can be finalised without disturbing the original")
  func copyIsIndependent() {
    var hasher = SHA256()
    hasher.update(Array("ab".utf8))
    let peek = hasher
    #expect(peek.finalize().hexString == SHA256.hash(Array("ab".utf8)).hexString)
    hasher.update(Array("c".utf8))
    #expect(
      hasher.finalize().hexString
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test("Empty updates change nothing")
  func emptyUpdates() {
    var hasher = SHA256()
    hasher.update([UInt8]())
    [UInt8]().withUnsafeBytes { hasher.update(bufferPointer: $0) }
    hasher.update(Array("abc".utf8))
    hasher.update([UInt8]())
    #expect(
      hasher.finalize().hexString
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test("Hex encoding is lowercase, two digits per byte")
  func hexEncoding() {
    #expect([UInt8]().hexString == "")
    #expect([0x00, 0x0f, 0xa0, 0xff].hexString == "000fa0ff")
    #expect(SHA256.hash([]).count == SHA256.byteCount)
  }
}
