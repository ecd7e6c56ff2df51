import CaseList
import Sampling
import Statistics

/// A second, deliberately plain implementation of the documented child-level method (README,
/// "How a sample is drawn"), written from the description rather than from the library's code.
enum ReferenceSampler {
  struct Result: Equatable {
    var sample: [String]
    var strata: [String]
    var reserves: [String]
  }

  static func draw(
    _ population: [CaseRecord], size: Int, dimensions: [StratificationDimension],
    allocation: AllocationMethod = .proportional, minimum: Int = 0, reserves: Int = 0,
    seed: UInt64, eligible: (CaseRecord) -> Bool
  ) throws -> Result {
    // 1. Eligible cases in canonical order: ids compared as arrays of UTF-8 bytes.
    let cases = population.filter(eligible).sorted {
      Array($0.id.utf8).lexicographicallyPrecedes(Array($1.id.utf8))
    }
    // 2. Strata by key, keys in byte order.
    var groups: [String: [CaseRecord]] = [:]
    for record in cases { groups[key(record, dimensions), default: []].append(record) }
    let keys = groups.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    // 3. Allocation (tested on its own in StratumAllocationTests).
    let sizes = try StratumAllocation.allocate(
      strata: keys.map { (key: $0, size: groups[$0]?.count ?? 0) }, total: size,
      method: allocation, minimumPerStratum: minimum)
    // 4. One generator; per stratum, a partial Fisher–Yates shuffle.
    var generator = Xoshiro256StarStar(seed: seed)
    var result = Result(sample: [], strata: [], reserves: [])
    for (h, key) in keys.enumerated() {
      var units = (groups[key] ?? []).map(\.id)
      let n = sizes[h]
      let r = min(reserves, units.count - n)
      for i in 0..<(n + r) {
        let j = i + Int(generator.uniform(below: UInt64(units.count - i)))
        let held = units[i]
        units[i] = units[j]
        units[j] = held
      }
      result.sample += units[0..<n]
      result.strata += Array(repeating: key, count: n)
      result.reserves += units[n..<(n + r)]
    }
    return result
  }

  static func key(_ record: CaseRecord, _ dimensions: [StratificationDimension]) -> String {
    var parts: [String] = []
    if dimensions.contains(.stage) { parts.append("stage=" + record.stage.rawValue) }
    if dimensions.contains(.team) {
      let team = (record.team ?? "").trimmingWhitespace
      let escaped = team.replacing("%", with: "%25").replacing("|", with: "%7C")
        .replacing("=", with: "%3D")
      parts.append("team=" + (team.isEmpty ? "(none)" : escaped))
    }
    if dimensions.contains(.ageBand) { parts.append("ageBand=" + record.ageBand.rawValue) }
    if dimensions.contains(.neglectStatus) {
      parts.append("neglectStatus=" + record.neglectStatus.rawValue)
    }
    if dimensions.contains(.longTerm) { parts.append("longTerm=\(record.isLongTerm)") }
    return parts.isEmpty ? "all" : parts.joined(separator: "|")
  }
}

extension String {
  /// The string without leading and trailing white space.
  var trimmingWhitespace: String {
    String(
      unicodeScalars.drop { $0.properties.isWhitespace }.reversed()
        .drop { $0.properties.isWhitespace }.reversed().map(Character.init))
  }
}
