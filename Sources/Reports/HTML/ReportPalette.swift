/// The report's colours: a calm neutral page and a single-hue sequential blue scale for grades,
/// darkest for the best level, so the order survives greyscale printing and colour-blind
/// reading; levels below acceptable are also hatched, and every segment is labelled.
///
/// Every text colour is chosen for WCAG 2.2 AA contrast (4.5:1) against the background it is
/// drawn on; `textPairs` lists them so a test can check.
enum ReportPalette {
  /// Body text.
  static let text = "#1a1f26"
  /// Secondary text (captions, notes).
  static let muted = "#4a5260"
  /// The page.
  static let background = "#ffffff"
  /// Headings and in-page links.
  static let accent = "#0b4f8a"
  /// Table header and zebra rows.
  static let tint = "#f1f5f9"
  /// Notice boxes (warnings, indicative-only flags).
  static let notice = "#fdf3dc"
  /// The notice boxes' border.
  static let noticeBorder = "#8a5a00"
  /// Rules and chart outlines.
  static let rule = "#5b6572"
  /// Light grid lines in charts (not needed to read them).
  static let grid = "#d5dbe3"

  /// Grade fills from the best level (darkest) to the worst (lightest).
  static let grades = ["#08306b", "#2171b5", "#6baed6", "#bdd7ee", "#eef5fb"]
  /// The label colour drawn on each grade fill.
  static let gradeText = ["#ffffff", "#ffffff", "#111827", "#111827", "#111827"]

  /// The fill index for the level of rank `rank` (0 best) on a scale of `count` levels,
  /// spread over the five blues so the best is always darkest and the worst lightest.
  static func gradeIndex(rank: Int, count: Int) -> Int {
    guard count > 1 else { return 0 }
    let last = grades.count - 1
    let spread = Double(rank) * Double(last) / Double(count - 1)
    return min(last, max(0, Int(spread.rounded(.toNearestOrAwayFromZero))))
  }

  /// The fill index for a level by what it means.
  ///
  /// One colour means one thing across the report whatever the scale: 0 the best level, 1 another acceptable level, 2 a level
  /// left out of the acceptable share ("not needed"), 3 below acceptable, 4 the worst level.
  /// Without acceptable levels (a tool not at hand) the levels spread by rank.
  static func gradeIndex(rank: Int, count: Int, code: String, acceptable: Set<String>?) -> Int {
    guard let acceptable else { return gradeIndex(rank: rank, count: count) }
    if acceptable.contains(code) { return rank == 0 ? 0 : 1 }
    if code == "notNeeded" { return 2 }
    return rank == count - 1 ? 4 : 3
  }

  /// Every text colour with the background it is drawn on, named by its use.
  static var textPairs: [(use: String, foreground: String, background: String)] {
    var pairs: [(use: String, foreground: String, background: String)] = [
      ("body text", text, background),
      ("muted text", muted, background),
      ("headings and links", accent, background),
      ("table header", text, tint),
      ("muted text on tint", muted, tint),
      ("notice text", text, notice),
      ("muted notice text", muted, notice),
    ]
    for (index, fill) in grades.enumerated() {
      pairs.append(("grade label \(index)", gradeText[index], fill))
    }
    return pairs
  }

  /// The WCAG 2.2 contrast ratio of two `#rrggbb` colours: (L1 + 0.05) / (L2 + 0.05), or `nil`
  /// for a malformed colour.
  static func contrast(_ first: String, _ second: String) -> Double? {
    guard let a = luminance(first), let b = luminance(second) else { return nil }
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }

  /// The WCAG relative luminance of a `#rrggbb` colour, or `nil` when malformed.
  static func luminance(_ hex: String) -> Double? {
    let digits = Array(hex.utf8.dropFirst())
    guard hex.hasPrefix("#"), digits.count == 6 else { return nil }
    var channels: [Double] = []
    for start in stride(from: 0, to: 6, by: 2) {
      guard let high = nibble(digits[start]), let low = nibble(digits[start + 1]) else {
        return nil
      }
      let value = Double(high * 16 + low) / 255
      // WCAG 2.2, "relative luminance": linearise each sRGB channel.
      channels.append(value <= 0.04045 ? value / 12.92 : pow24((value + 0.055) / 1.055))
    }
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
  }

  private static func nibble(_ byte: UInt8) -> Int? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
    default: nil
    }
  }

  /// x^2.4 for x in 0…1, by exp(2.4 · ln x) computed without Foundation.
  private static func pow24(_ x: Double) -> Double {
    guard x > 0 else { return 0 }
    // x^2.4 = x^2 · x^0.4, and x^0.4 = (x^2)^(1/5): a fifth root by Newton's method.
    let square = x * x
    var root = 1.0
    for _ in 0..<60 {
      let fourth = root * root * root * root
      root -= (fourth * root - square) / (5 * fourth)
    }
    return square * root
  }
}
