import Statistics
import Testing

@Suite("Ratings table")
struct RatingsTests {
  @Test("Rows are stored and read back by unit and rater, nil for missing entries")
  func storesRows() throws {
    var ratings = try Ratings<Int>(raterCount: 3, units: [[0, nil, 2], [nil, nil, nil]])
    try ratings.append([1, 1, 1])
    #expect(ratings.unitCount == 3)
    #expect(ratings.raterCount == 3)
    #expect(ratings[unit: 0, rater: 0] == 0)
    #expect(ratings[unit: 0, rater: 1] == nil)
    #expect(ratings[unit: 0, rater: 2] == 2)
    #expect(ratings[unit: 1, rater: 2] == nil)
    #expect(ratings[unit: 2, rater: 1] == 1)
  }

  @Test("A row of the wrong width is rejected with its position, and the table is unchanged")
  func wrongWidth() throws {
    var ratings = try Ratings<Int>(raterCount: 2, units: [[0, 1]])
    #expect(throws: RatingsError.wrongRaterCount(unit: 1, expected: 2, found: 3)) {
      try ratings.append([0, 1, 2])
    }
    #expect(ratings.unitCount == 1)
    #expect(throws: RatingsError.wrongRaterCount(unit: 0, expected: 2, found: 1)) {
      _ = try Ratings<Int>(raterCount: 2, units: [[0]])
    }
  }

  @Test("No raters, and NaN or infinite values, are rejected")
  func invalidInput() {
    #expect(throws: RatingsError.raterCountNotPositive(0)) {
      _ = try Ratings<Int>(raterCount: 0)
    }
    #expect(throws: RatingsError.nonFiniteValue(unit: 1, rater: 0)) {
      _ = try Ratings<Double>(raterCount: 2, units: [[1, 2], [.nan, 1]])
    }
    #expect(throws: RatingsError.nonFiniteValue(unit: 0, rater: 1)) {
      _ = try Ratings<Double>(raterCount: 2, units: [[1, .infinity]])
    }
  }

  @Test("Error descriptions name positions, never values")
  func descriptions() {
    let error = RatingsError.nonFiniteValue(unit: 4, rater: 2)
    #expect(error.description == "The rating of unit 4 by rater 2 is not a finite number.")
    #expect(
      RatingsError.wrongRaterCount(unit: 3, expected: 4, found: 2).description
        == "Unit 3 has 2 rating entries; the table has 4 raters.")
  }
}
