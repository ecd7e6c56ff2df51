import Statistics
import Testing

/// Pairwise agreement the slow way: every pair of present entries in every unit.
private func bruteForceAgreement(
  _ rows: [[Int?]], agree: (Int, Int) -> Bool
) -> (proportion: Double, agreeing: Int, pairs: Int, units: Int)? {
  var proportions: [Double] = []
  var agreeing = 0
  var pairs = 0
  for row in rows {
    let present = row.compactMap { $0 }
    var unitAgreeing = 0
    var unitPairs = 0
    for i in present.indices {
      for j in present.indices where i < j {
        unitPairs += 1
        if agree(present[i], present[j]) { unitAgreeing += 1 }
      }
    }
    guard unitPairs > 0 else { continue }
    proportions.append(Double(unitAgreeing) / Double(unitPairs))
    agreeing += unitAgreeing
    pairs += unitPairs
  }
  guard !proportions.isEmpty else { return nil }
  return (proportions.reduce(0, +) / Double(proportions.count), agreeing, pairs, proportions.count)
}

@Suite("Percent agreement")
struct AgreementTests {
  @Test("Wikipedia \"Fleiss' kappa\" example: mean unit agreement P̄ = 0.378")
  func fleissExample() throws {
    let ratings = try ratingsFromCounts(fleissWikipediaCounts)
    let agreement = try #require(Agreement.exact(ratings))
    #expect(isClose(agreement.proportion, 0.378, absolute: 0.0005))
    #expect(agreement.units == 10)
    // 14 raters per subject: 91 pairs each.
    #expect(agreement.pairs == 910)
    #expect(isClose(agreement.pooledProportion, agreement.proportion, relative: 1e-12))
  }

  @Test("Wikipedia \"Cohen's kappa\" example (20, 5 / 10, 15 of 50): exact agreement 0.70")
  func cohenExample() throws {
    let ratings = try makeRatings(rowsFromTable([[20, 5], [10, 15]]))
    let agreement = try #require(Agreement.exact(ratings))
    #expect(isClose(agreement.proportion, 0.7, relative: 1e-12))
    #expect(agreement.agreeingPairs == 35 && agreement.pairs == 50 && agreement.units == 50)
  }

  @Test(
    "Fleiss, Levin & Paik (2003) ch. 18 diagnosis table: 89% exact, 96% within one category")
  func withinOneLevelOnPublishedTable() throws {
    // 100 subjects, three diagnoses; only the 4 subjects rated 0 by one rater and 2 by the other
    // are more than one level apart.
    let ratings = try makeRatings(rowsFromTable([[75, 1, 4], [5, 4, 1], [0, 0, 10]]))
    let exact = try #require(Agreement.exact(ratings))
    let adjacent = try #require(Agreement.withinOneLevel(ratings))
    #expect(isClose(exact.proportion, 0.89, relative: 1e-12))
    #expect(isClose(adjacent.proportion, 0.96, relative: 1e-12))
  }

  @Test(
    "Agrees with brute-force pair counting on generated tables with missing ratings",
    arguments: [(UInt64(101), 4, 5, 30), (102, 3, 4, 0), (103, 7, 6, 45), (104, 2, 3, 20)])
  func agreesWithBruteForce(seed: UInt64, raters: Int, levels: Int, missing: Int) throws {
    let rows = agreementRows(
      seed: seed, units: 300, raters: raters, levels: levels, missingPercent: missing)
    let ratings = try makeRatings(rows)
    let checks: [(PairwiseAgreement?, (Int, Int) -> Bool)] = [
      (Agreement.exact(ratings), { $0 == $1 }),
      (Agreement.withinOneLevel(ratings), { abs($0 - $1) <= 1 }),
      (Agreement.within(2, ratings), { abs($0 - $1) <= 2 }),
    ]
    for (computed, rule) in checks {
      let agreement = try #require(computed)
      let expected = try #require(bruteForceAgreement(rows, agree: rule))
      #expect(isClose(agreement.proportion, expected.proportion, relative: 1e-12))
      #expect(agreement.agreeingPairs == expected.agreeing)
      #expect(agreement.pairs == expected.pairs)
      #expect(agreement.units == expected.units)
    }
  }

  @Test("Double values: a tolerance of 0.5 on values 0.0, 0.5, 1.0 … matches one level on levels")
  func doubleValues() throws {
    let rows = agreementRows(seed: 105, units: 200, raters: 3, levels: 5, missingPercent: 10)
    let halves = rows.map { $0.map { $0.map { Double($0) / 2 } } }
    let levels = try #require(Agreement.withinOneLevel(makeRatings(rows)))
    let values = try #require(Agreement.within(0.5, makeRatings(halves)))
    #expect(levels == values)
  }

  @Test("No unit rated twice gives nil; a negative tolerance gives nil")
  func edges() throws {
    let sparse = try Ratings<Int>(raterCount: 3, units: [[1, nil, nil], [nil, nil, nil]])
    #expect(Agreement.exact(sparse) == nil)
    #expect(Agreement.withinOneLevel(sparse) == nil)
    let empty = try Ratings<Int>(raterCount: 2)
    #expect(Agreement.exact(empty) == nil)
    let full = try Ratings<Int>(raterCount: 2, units: [[1, 1]])
    #expect(Agreement.within(-1, full) == nil)
    #expect(Agreement.within(.nan, full) == nil)
    #expect(Agreement.exact(full)?.proportion == 1)
  }
}
