/// "Did you mean …?" suggestions for misspelt names.
enum Suggestion {
  /// The candidate nearest to `name` by edit distance, if it is close enough to be a likely
  /// typo (at most a third of the name's length, and at most 3 edits); ties go to the first in
  /// sorted order so messages are stable.
  ///
  /// - Complexity: O(k · n · m) for k candidates of length m and a name of length n.
  static func closest(to name: String, in candidates: [String]) -> String? {
    let limit = min(3, max(1, name.count / 3))
    var best: (distance: Int, candidate: String)?
    for candidate in candidates.sorted() where candidate != name {
      let distance = editDistance(Array(name), Array(candidate))
      if distance <= limit, distance < (best?.distance ?? Int.max) {
        best = (distance, candidate)
      }
    }
    return best?.candidate
  }

  /// Levenshtein distance (insertions, deletions, substitutions each cost 1).
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var row = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      row[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &row)
    }
    return previous[b.count]
  }
}
