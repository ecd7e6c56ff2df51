import Statistics
import Testing

/// The paired fast path against the general estimators on the same generated ratings.
@Suite struct PairedAgreementTests {
  /// 300 generated double audits (2 to 6 categories, 2 to 80 units, agreement from none to
  /// complete): every coefficient from the pair table equals the one computed from the ratings
  /// by `CohensKappa`, `FleissKappa` and `KrippendorffAlpha`, to 1e-12, defined or not alike.
  @Test func thePairTableGivesTheSameCoefficientsAsTheRatings() throws {
    var random = Xoshiro256StarStar(seed: 1_968)
    var compared = 0
    for _ in 0..<300 {
      let k = 2 + random.uniform(below: 5)
      let units = 2 + random.uniform(below: 79)
      let agreement = random.unitDouble()
      let ordered = random.uniform(below: 2) == 0
      var table = [Int](repeating: 0, count: k * k)
      var rows: [[Int?]] = []
      for _ in 0..<units {
        let first = random.uniform(below: k)
        let second = random.unitDouble() < agreement ? first : random.uniform(below: k)
        table[first * k + second] += 1
        rows.append([first, second])
      }
      let ratings = try Ratings<Int>(raterCount: 2, units: rows)
      let fast = PairedAgreement.coefficients(table: table, categories: k, ordered: ordered)
      let nested = (0..<k).map { Array(table[($0 * k)..<(($0 + 1) * k)]) }
      let pairs: [(Double?, Double?, String)] = [
        (
          fast.cohenKappa, CohensKappa.estimate(table: nested, weighting: .unweighted)?.value,
          "Cohen"
        ),
        (
          fast.weightedKappa,
          ordered ? CohensKappa.estimate(table: nested, weighting: .quadratic)?.value : nil,
          "weighted"
        ),
        (fast.fleissKappa, FleissKappa.estimate(ratings)?.value, "Fleiss"),
        (
          fast.alpha,
          KrippendorffAlpha.estimate(ratings, metric: ordered ? .ordinal : .nominal)?.alpha,
          "alpha"
        ),
      ]
      for (got, want, name) in pairs {
        #expect((got == nil) == (want == nil), "\(name) defined differently: \(table)")
        if let got, let want {
          #expect(abs(got - want) < 1e-12, "\(name): \(got) vs \(want) for \(table)")
          compared += 1
        }
      }
    }
    #expect(compared > 600)
  }
}
