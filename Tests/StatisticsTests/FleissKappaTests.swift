import Statistics
import Testing

/// Fleiss' kappa computed literally from the generated rows: per-unit agreement over ordered
/// pairs of ratings, category shares over all ratings of the units rated at least twice.
private func fleissByDefinition(_ rows: [[Int?]]) -> Double {
  var unitAgreements: [Double] = []
  var categoryCounts: [Int: Int] = [:]
  var ratingCount = 0
  for row in rows {
    let present = row.compactMap { $0 }
    guard present.count >= 2 else { continue }
    var agreeing = 0
    for i in present.indices {
      for j in present.indices where i != j && present[i] == present[j] { agreeing += 1 }
    }
    unitAgreements.append(Double(agreeing) / Double(present.count * (present.count - 1)))
    for value in present { categoryCounts[value, default: 0] += 1 }
    ratingCount += present.count
  }
  let observed = unitAgreements.reduce(0, +) / Double(unitAgreements.count)
  let expected = categoryCounts.values.reduce(0.0) {
    $0 + Double($1) * Double($1) / Double(ratingCount * ratingCount)
  }
  return (observed - expected) / (1 - expected)
}

@Suite("Fleiss' kappa")
struct FleissKappaTests {
  @Test("Wikipedia \"Fleiss' kappa\" example (10 subjects, 14 raters): P̄ .378, P̄ₑ .213, κ .210")
  func wikipediaExample() throws {
    let kappa = try #require(FleissKappa.estimate(counts: fleissWikipediaCounts))
    #expect(isClose(kappa.value, 0.210, absolute: 0.0005))
    #expect(isClose(kappa.observedAgreement, 0.378, absolute: 0.0005))
    #expect(isClose(kappa.expectedAgreement, 0.213, absolute: 0.0005))
    #expect(kappa.count == 10)
    #expect(kappa.standardError == nil)
    // statsmodels 0.15 fleiss_kappa(table) = 0.20993070442195522.
    #expect(isClose(kappa.value, 0.20993070442195522, relative: 1e-12))
    // The same data as a ratings table.
    let fromRatings = try #require(FleissKappa.estimate(ratingsFromCounts(fleissWikipediaCounts)))
    #expect(isClose(fromRatings.value, kappa.value, relative: 1e-12))
  }

  @Test(
    "Matches statsmodels fleiss_kappa on generated complete tables",
    arguments: [
      // statsmodels 0.15: fleiss_kappa(aggregate_raters(rows)[0]).
      (UInt64(21), 30, 5, 4, 0.5626561942163515),
      (22, 100, 3, 3, 0.3574942274872),
      (23, 12, 8, 5, 0.23976791594793784),
    ])
  func matchesStatsmodels(
    seed: UInt64, units: Int, raters: Int, levels: Int, expected: Double
  ) throws {
    let rows = agreementRows(
      seed: seed, units: units, raters: raters, levels: levels, missingPercent: 0)
    let kappa = try #require(FleissKappa.estimate(makeRatings(rows)))
    #expect(isClose(kappa.value, expected, relative: 1e-9))
  }

  @Test(
    "Agrees with the literal definition, with missing ratings too",
    arguments: [UInt64(301), 302, 303, 304])
  func agreesWithDefinition(seed: UInt64) throws {
    let rows = agreementRows(
      seed: seed, units: 250, raters: 2 + Int(seed % 4), levels: 4, missingPercent: 25)
    let kappa = try #require(FleissKappa.estimate(makeRatings(rows)))
    #expect(isClose(kappa.value, fleissByDefinition(rows), relative: 1e-9))
  }

  @Test(
    "Complete data: Krippendorff's nominal α = 1 − (1 − κ)(n − 1)/n with n ratings",
    arguments: [UInt64(311), 312, 313])
  func relationToKrippendorff(seed: UInt64) throws {
    // Both compare the same observed disagreement with chance; Krippendorff's expected
    // disagreement samples pairs without replacement, Fleiss's with replacement.
    let rows = agreementRows(seed: seed, units: 60, raters: 4, levels: 5, missingPercent: 0)
    let ratings = try makeRatings(rows)
    let kappa = try #require(FleissKappa.estimate(ratings))
    let alpha = try #require(KrippendorffAlpha.estimate(ratings, metric: .nominal))
    let n = Double(alpha.pairableValues)
    #expect(isClose(alpha.alpha, 1 - (1 - kappa.value) * (n - 1) / n, relative: 1e-12))
  }

  @Test("All ratings in one category, no unit rated twice, or a bad table give nil")
  func edges() throws {
    #expect(FleissKappa.estimate(counts: [[3, 0], [3, 0]]) == nil)
    #expect(FleissKappa.estimate(counts: [[1, 0], [0, 1]]) == nil)
    #expect(FleissKappa.estimate(counts: []) == nil)
    #expect(FleissKappa.estimate(counts: [[2, 1], [1]]) == nil)
    #expect(FleissKappa.estimate(counts: [[2, -1], [1, 1]]) == nil)
    let perfect = try #require(FleissKappa.estimate(counts: [[3, 0], [0, 3]]))
    #expect(perfect.value == 1)
    let sparse = try Ratings<Int>(raterCount: 3, units: [[1, nil, nil]])
    #expect(FleissKappa.estimate(sparse) == nil)
  }
}
