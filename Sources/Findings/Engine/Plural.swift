/// Counted nouns in English: "1 case", "3 cases".
enum Plural {
  /// `count` and `noun`, with the plural the noun takes (`plural`, else `noun` + "s").
  static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
  }
}
