import Formats

/// What merging needs from every source besides its rows: names and interned strings.
///
/// One context per import, extended a batch of pieces at a time and read by every worker.
struct MergeContext: Sendable {
  /// The as-of date.
  let asOf: CalendarDate
  /// The as-of date, packed.
  let asOfPacked: Int32
  /// How rows' neglect combines.
  let rule: ChildMerger.NeglectRule
  /// The sources' names, by source index.
  let names: [String]
  /// Every piece's interned strings, one table after another.
  private(set) var texts: [String] = []
  /// Where each piece's tables start in `texts`, by piece, then `TextColumn.rawValue`.
  private(set) var bases: [[Int32]] = []
  /// Every piece's side table of long identifiers and family keys.
  private(set) var longTexts: [[String]] = []

  /// Creates an empty context for sources named `names`; `append(_:)` adds pieces.
  init(names: [String], asOf: CalendarDate, rule: ChildMerger.NeglectRule) {
    self.asOf = asOf
    self.asOfPacked = PackedDate.pack(asOf)
    self.rule = rule
    self.names = names
  }

  /// Adds the strings of the next pieces, in merge order (a piece's index is the number of
  /// pieces appended before it).
  mutating func append(_ pieces: [SourceRows]) {
    for source in pieces {
      longTexts.append(source.longTexts)
      var sourceBases: [Int32] = []
      for column in TextColumn.allCases {
        sourceBases.append(Int32(texts.count))
        if column.rawValue < source.strings.count {
          texts += source.strings[column.rawValue]
        }
      }
      bases.append(sourceBases)
    }
  }

  /// The string a child's text reference points to.
  @inline(__always)
  func text(_ reference: Int32) -> String? {
    reference < 0 ? nil : texts[Int(reference)]
  }
}
