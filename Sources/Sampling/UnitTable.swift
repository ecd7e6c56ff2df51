import CaseList

/// The sampling units of a draw, in canonical order: single children, or families.
///
/// Unit *u*'s members are `members[offsets[u]..<offsets[u + 1]]` (positions in the population,
/// in canonical order); a unit's canonical position is that of its first member.
struct UnitTable {
  /// Each unit's lead child: the member at the most intensive stage, ties going to the first.
  var leads: [Int]
  /// Where each unit's members start in `members`, plus the end.
  var offsets: [Int]
  /// The members of all units, unit by unit.
  var members: [Int]

  /// The number of units.
  var count: Int { leads.count }

  /// The members of unit `unit`.
  func members(of unit: Int) -> ArraySlice<Int> { members[offsets[unit]..<offsets[unit + 1]] }

  /// Groups the eligible cases (in canonical order) into units.
  ///
  /// - Complexity: O(*N*).
  init(eligible: [Int], population: UnsafeBufferPointer<CaseRecord>, unit: SamplingUnit) {
    guard unit != .child else {
      leads = eligible
      offsets = Array(0...eligible.count)
      members = eligible
      return
    }
    var unitOfFamily: [String: Int] = [:]
    var unitOfCase = [Int](repeating: 0, count: eligible.count)
    var leads: [Int] = []
    var sizes: [Int] = []
    unitOfFamily.reserveCapacity(eligible.count)
    leads.reserveCapacity(eligible.count)
    sizes.reserveCapacity(eligible.count)
    for (position, index) in eligible.enumerated() {
      let family = TextKey.nonBlank(population[index].familyKey)
      if let family, let existing = unitOfFamily[family] {
        unitOfCase[position] = existing
        sizes[existing] += 1
        if population[index].stage.intensity > population[leads[existing]].stage.intensity {
          leads[existing] = index
        }
      } else {
        if let family { unitOfFamily[family] = leads.count }
        unitOfCase[position] = leads.count
        leads.append(index)
        sizes.append(1)
      }
    }
    var offsets = [Int](repeating: 0, count: leads.count + 1)
    for unit in sizes.indices { offsets[unit + 1] = offsets[unit] + sizes[unit] }
    var next = offsets
    var members = [Int](repeating: 0, count: eligible.count)
    for (position, index) in eligible.enumerated() {
      let unit = unitOfCase[position]
      members[next[unit]] = index
      next[unit] += 1
    }
    self.leads = leads
    self.offsets = offsets
    self.members = members
  }
}
