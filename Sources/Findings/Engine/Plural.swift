/// Counted nouns in English: "1 case", "3 cases" (one helper for every library and front end).
public enum Plural {
  /// `count` and `noun`, with the plural the noun takes (`plural`, else `noun` + "s").
  public static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
  }
}
