import Statistics

/// Krippendorff's reliability data with missing values: 4 observers × 12 units.
///
/// Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011); the paper's
/// observers are rows, here they are columns. Also R
/// `irr::kripp.alpha` / DescTools `KrippAlpha` example data `nmm`.
let krippendorff2011Units: [[Int?]] = [
  [1, 1, nil, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
  [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [nil, 5, 5, 5], [nil, nil, 1, 1], [nil, 3, nil, nil],
]

/// The worked example of the Wikipedia article "Fleiss' kappa" (10 subjects, 14 raters,
/// 5 categories): row i, column j = raters assigning subject i to category j.
let fleissWikipediaCounts: [[Int]] = [
  [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
]

/// A units × categories count table as a ratings table: unit i gets `counts[i][j]` ratings of
/// value j, in category order, padded with nil to the largest row total.
func ratingsFromCounts(_ counts: [[Int]]) throws -> Ratings<Int> {
  let width = counts.map { $0.reduce(0, +) }.max() ?? 1
  var ratings = try Ratings<Int>(raterCount: max(1, width))
  for row in counts {
    var unit: [Int?] = []
    for (category, count) in row.enumerated() {
      unit += Array(repeating: category, count: count)
    }
    unit += Array(repeating: nil, count: width - unit.count)
    try ratings.append(unit)
  }
  return ratings
}

/// Two-rater rows from a k × k table: `table[i][j]` units rated i by the first rater and j by
/// the second.
func rowsFromTable(_ table: [[Int]]) -> [[Int?]] {
  var rows: [[Int?]] = []
  for (i, row) in table.enumerated() {
    for (j, count) in row.enumerated() {
      rows += Array(repeating: [i, j], count: count)
    }
  }
  return rows
}
