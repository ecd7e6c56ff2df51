/// Reliability data: a table of units (audited cases) by raters, with missing entries allowed.
///
/// Row `u` holds what each of the ``raterCount`` raters recorded for unit `u`, or nil where a
/// rater did not rate that unit. This is Krippendorff's canonical "reliability data" layout
/// (Krippendorff 2011), transposed so that units, which are many, are the rows. The values
/// are stored in one flat array, so a table of 100,000 units costs one allocation.
public struct Ratings<Value: RatingValue>: Sendable, Hashable {
  /// The number of raters: the width of every row.
  public let raterCount: Int

  /// Row-major entries: unit `u`, rater `r` at `u * raterCount + r`.
  @usableFromInline var storage: [Value?]

  /// The number of units (rows).
  public var unitCount: Int { storage.count / raterCount }

  /// Creates a table for `raterCount` raters holding the given units, each a row of exactly
  /// `raterCount` entries.
  ///
  /// - Throws: ``RatingsError`` when `raterCount` is below 1, when a row has the wrong width, or
  ///   when a `Double` value is NaN or infinite (record those as nil).
  /// - Complexity: O(units × raters).
  public init(raterCount: Int, units: [[Value?]] = []) throws(RatingsError) {
    guard raterCount >= 1 else { throw .raterCountNotPositive(raterCount) }
    self.raterCount = raterCount
    storage = []
    storage.reserveCapacity(units.count * raterCount)
    for unit in units { try append(unit) }
  }

  /// Appends one unit: a row of exactly ``raterCount`` entries, nil where a rater gave none.
  ///
  /// - Throws: ``RatingsError`` for a row of the wrong width or a non-finite value; the table is
  ///   unchanged when it throws.
  /// - Complexity: amortized O(raters).
  @inlinable
  public mutating func append(_ unit: [Value?]) throws(RatingsError) {
    guard unit.count == raterCount else {
      throw .wrongRaterCount(unit: unitCount, expected: raterCount, found: unit.count)
    }
    for (rater, value) in unit.enumerated() {
      if let value, !value.numericValue.isFinite {
        throw .nonFiniteValue(unit: unitCount, rater: rater)
      }
    }
    storage.append(contentsOf: unit)
  }

  /// The value rater `rater` recorded for unit `unit`, or nil if none was recorded.
  ///
  /// Both indexes must be in range.
  public subscript(unit unit: Int, rater rater: Int) -> Value? {
    precondition(unit >= 0 && unit < unitCount, "unit index out of range")
    precondition(rater >= 0 && rater < raterCount, "rater index out of range")
    return storage[unit * raterCount + rater]
  }

  /// The entries of one unit, one per rater.
  func row(_ unit: Int) -> ArraySlice<Value?> {
    let start = unit * raterCount
    return storage[start..<(start + raterCount)]
  }
}
