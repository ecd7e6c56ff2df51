import CaseList

/// Puts cases in canonical order: ascending case id, compared byte-wise as UTF-8.
enum CanonicalOrder {
  /// Sorts `indices` (positions in `population`) into canonical order and checks the ids are
  /// unique.
  ///
  /// The case importer already sorts the population by id, so the common path is a single check
  /// in O(*N*); otherwise the positions are sorted by an eight-byte prefix key, falling back to a
  /// full byte comparison only where prefixes tie.
  ///
  /// - Complexity: O(*N*) when already sorted, O(*N* log *N*) otherwise.
  static func arrange(_ indices: inout [Int], of population: [CaseRecord]) throws(SamplingError) {
    if isStrictlyAscending(indices, population) { return }
    var keyed = indices.map { (prefix: ByteOrder.prefixKey(population[$0].id), index: $0) }
    keyed.sort { a, b in
      if a.prefix != b.prefix { return a.prefix < b.prefix }
      return ByteOrder.precedes(population[a.index].id, population[b.index].id)
    }
    indices = keyed.map(\.index)
    var duplicates = 0
    var previousWasRepeat = false
    for position in indices.indices.dropFirst() {
      let repeats =
        ByteOrder.compare(population[indices[position - 1]].id, population[indices[position]].id)
        == 0
      if repeats && !previousWasRepeat { duplicates += 1 }
      previousWasRepeat = repeats
    }
    if duplicates > 0 { throw .duplicateCaseIds(count: duplicates) }
  }

  private static func isStrictlyAscending(_ indices: [Int], _ population: [CaseRecord]) -> Bool {
    guard indices.count > 1 else { return true }
    return population.withUnsafeBufferPointer { buffer in
      for position in 1..<indices.count
      where ByteOrder.compare(buffer[indices[position - 1]].id, buffer[indices[position]].id) >= 0 {
        return false
      }
      return true
    }
  }
}
