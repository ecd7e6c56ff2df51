#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// ln Γ(x) and ln n!, through the C library's reentrant `lgamma_r`.
///
/// Plain `lgamma` writes the sign of Γ(x) to the global `signgam`, a data race when several
/// threads compute statistics at once; `lgamma_r` returns it instead.
enum LogGamma {
  /// ln |Γ(x)|.
  static func of(_ x: Double) -> Double {
    var sign: Int32 = 0
    return lgamma_r(x, &sign)
  }

  /// ln n! for n ≥ 0, from a table for n below ``tableSize`` and `lgamma_r` above.
  static func factorial(_ n: Int) -> Double {
    precondition(n >= 0, "ln n! needs n ≥ 0")
    return n < tableSize ? factorialTable[n] : of(Double(n) + 1)
  }

  /// ln(n choose k) for 0 ≤ k ≤ n.
  static func choose(_ n: Int, _ k: Int) -> Double {
    factorial(n) - factorial(k) - factorial(n - k)
  }

  /// How many values of ln n! are tabulated.
  static let tableSize = 4096

  /// ln n! for n in 0..<tableSize, each from `lgamma_r` (not a running sum, so no error builds up).
  private static let factorialTable: [Double] = (0..<tableSize).map { of(Double($0) + 1) }
}
