/// The rank sum of the first of two samples in their pooled ranking, ties sharing the mean of
/// the ranks they span, and the tie term Σ(t³ − t) over the tie groups.
struct MidRanks {
  /// The sum of the first sample's mid-ranks, R₁.
  let firstRankSum: Double

  /// Σ(t³ − t) over groups of t tied values (0 when nothing ties).
  let tieSum: Double

  /// The pooled tie groups in rank order: each group's mid-rank doubled (an integer, since a
  /// mid-rank is a whole or half number) and how many values share it.
  let groups: [(doubledRank: Int, size: Int)]

  /// Ranks the pooled samples by sorting their indexes.
  ///
  /// - Complexity: O(N log N) for N = n₁ + n₂.
  init<Value: Comparable>(_ first: [Value], _ second: [Value]) {
    let values = first + second
    let order = values.indices.sorted { values[$0] < values[$1] }
    var rankSum = 0.0
    var tieSum = 0.0
    var groups: [(doubledRank: Int, size: Int)] = []
    var start = 0
    while start < order.count {
      var end = start + 1
      while end < order.count, !(values[order[start]] < values[order[end]]) { end += 1 }
      // Positions start..<end hold equal values: ranks start+1 … end, mean (start + 1 + end)/2.
      let rank = Double(start + 1 + end) / 2
      for position in start..<end where order[position] < first.count { rankSum += rank }
      let tied = Double(end - start)
      tieSum += tied * tied * tied - tied
      groups.append((start + 1 + end, end - start))
      start = end
    }
    firstRankSum = rankSum
    self.tieSum = tieSum
    self.groups = groups
  }

  /// Ranks integer samples by counting, when their range is small (ordinal levels); otherwise
  /// by sorting.
  ///
  /// - Complexity: O(N + range) for a range up to 4N + 1024, else O(N log N).
  init(levels first: [Int], _ second: [Int]) {
    guard let table = LevelCounts(first, second) else {
      self = MidRanks(first, second)
      return
    }
    var rankSum = 0.0
    var tieSum = 0.0
    var groups: [(doubledRank: Int, size: Int)] = []
    var below = 0
    for level in 0..<table.first.count {
      let tied = table.first[level] + table.second[level]
      guard tied > 0 else { continue }
      // The `tied` values at this level take ranks below + 1 … below + tied.
      let rank = Double(2 * below + tied + 1) / 2
      rankSum += rank * Double(table.first[level])
      let t = Double(tied)
      tieSum += t * t * t - t
      groups.append((2 * below + tied + 1, tied))
      below += tied
    }
    firstRankSum = rankSum
    self.tieSum = tieSum
    self.groups = groups
  }
}

/// Counts per level of two integer samples, offset by their common minimum, when the range of
/// levels is small enough for counting to beat sorting.
struct LevelCounts {
  /// The smallest value in either sample: level index 0.
  let minimum: Int

  /// `first[k]`: how many values of the first sample equal minimum + k.
  private(set) var first: [Int]

  /// `second[k]`: how many values of the second sample equal minimum + k.
  private(set) var second: [Int]

  /// Counts both samples, or nil when both are empty or the range exceeds 4N + 1024.
  init?(_ first: [Int], _ second: [Int]) {
    guard let low = [first.min(), second.min()].compactMap({ $0 }).min(),
      let high = [first.max(), second.max()].compactMap({ $0 }).max()
    else { return nil }
    let (span, overflow) = high.subtractingReportingOverflow(low)
    guard !overflow, span <= 4 * (first.count + second.count) + 1024 else { return nil }
    minimum = low
    self.first = [Int](repeating: 0, count: span + 1)
    self.second = [Int](repeating: 0, count: span + 1)
    for value in first { self.first[value - low] += 1 }
    for value in second { self.second[value - low] += 1 }
  }
}
