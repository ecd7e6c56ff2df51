import Statistics
import Testing

@Suite("Standard normal distribution")
struct NormalTests {
  @Test(
    "Quantiles match published values to about 1e-15 relative",
    arguments: [
      // The textbook critical values; digits from SciPy's special.ndtri (Cephes, a different
      // algorithm from AS 241), each within 2e-16 of a 60-digit mpmath computation.
      (0.975, 1.959963984540054),
      (0.025, -1.959963984540054),
      (0.995, 2.5758293035489004),
      (0.8, 0.8416212335729143),
      (0.99, 2.3263478740408408),
      (0.95, 1.6448536269514722),
      (0.9, 1.2815515655446004),
      (0.999, 3.090232306167813),
      // The far tails use AS 241's third rational function (r > 5).
      (1e-10, -6.361340902404056),
      (1e-300, -37.0470962993612),
    ])
  func quantile(p: Double, expected: Double) {
    let value = Normal.quantile(p)
    #expect(isClose(value, expected, relative: 1e-15), "quantile(\(p)) = \(value)")
  }

  @Test(
    "The distribution function matches published values",
    arguments: [
      // SciPy's stats.norm.cdf, and for −10 and −30 a 60-digit mpmath computation of ncdf.
      (1.96, 0.9750021048517795, 1e-15),
      (0.0, 0.5, 0),
      (-1.0, 0.15865525393145705, 1e-15),
      (1.0, 0.8413447460685429, 1e-15),
      (2.0, 0.9772498680518208, 1e-15),
      (3.0, 0.9986501019683699, 1e-15),
      // Far out, rounding x/√2 to a double is amplified about x² times by erfc, so the
      // tolerance widens with x² × 1e-16.
      (-10.0, 7.619853024160525e-24, 1e-14),
      (-30.0, 4.906713927148187e-198, 2e-13),
    ])
  func cdf(x: Double, expected: Double, tolerance: Double) {
    let value = Normal.cdf(x)
    #expect(isClose(value, expected, relative: tolerance), "cdf(\(x)) = \(value)")
  }

  @Test("cdf(quantile(p)) returns p, across the central region and both tails")
  func roundTrip() {
    var p = 1e-300
    while p < 0.5 {
      #expect(isClose(Normal.cdf(Normal.quantile(p)), p, relative: 1e-12), "p = \(p)")
      let upper = 1 - p
      #expect(isClose(Normal.cdf(Normal.quantile(upper)), upper, relative: 1e-15), "p = \(upper)")
      p *= 1.7
    }
  }

  @Test("The quantile is antisymmetric about ½ and increasing")
  func symmetryAndMonotonicity() {
    var previous = -Double.infinity
    for step in 1..<1000 {
      let p = Double(step) / 1000
      let value = Normal.quantile(p)
      #expect(value > previous)
      #expect(isClose(value, -Normal.quantile(1 - p), absolute: 4e-15))
      previous = value
    }
    #expect(Normal.quantile(0.5) == 0)
  }

  @Test("Quantile edge cases: ±∞ at 0 and 1, NaN outside [0, 1]")
  func quantileEdges() {
    #expect(Normal.quantile(0) == -.infinity)
    #expect(Normal.quantile(1) == .infinity)
    #expect(Normal.quantile(-0.1).isNaN)
    #expect(Normal.quantile(1.5).isNaN)
    #expect(Normal.quantile(.nan).isNaN)
    #expect(Normal.cdf(.infinity) == 1)
    #expect(Normal.cdf(-.infinity) == 0)
    #expect(Normal.cdf(.nan).isNaN)
  }
}
