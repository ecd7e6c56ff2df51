/// Reads and writes 64-bit seeds as decimal strings, so they survive JSON readers that hold
/// numbers as IEEE doubles (exact only up to 2⁵³).
enum SeedCoding {
  /// Encodes `seed` as its decimal string under `key`.
  static func encode<Key: CodingKey>(
    _ seed: UInt64, forKey key: Key, in container: inout KeyedEncodingContainer<Key>
  ) throws {
    try container.encode(String(seed), forKey: key)
  }

  /// Decodes a seed written as a decimal string or, for hand-written JSON, as a plain number.
  static func decode<Key: CodingKey>(
    forKey key: Key, from container: KeyedDecodingContainer<Key>
  ) throws -> UInt64 {
    if let text = try? container.decode(String.self, forKey: key) {
      guard let seed = UInt64(text) else {
        throw DecodingError.dataCorruptedError(
          forKey: key, in: container,
          debugDescription: "a seed must be a whole number from 0 to 18446744073709551615")
      }
      return seed
    }
    return try container.decode(UInt64.self, forKey: key)
  }
}
