import Formats

/// Merges rows into one `CaseRecord` per child.
///
/// Rows are merged in source order, then file order, so "the first" always means the same row.
/// For each child:
/// - a row is *open* when it started on or before the as-of date (or has no start) and has no
///   end, or ends after the as-of date; rows starting after the as-of date are not yet open;
/// - the stage is the most intensive open row's (later start breaks a tie); team, worker, start
///   date and months open come from that row; a child with nothing open is `closed`;
/// - gender, ethnicity, disability, family key and the age column come from the first row that
///   has them; two different dates of birth are a problem;
/// - previous child-protection plans come from the stage-giving row, else from the latest
///   starting row that records them.
///
/// A merger holds one partition of the children (see `SourceRows`); partitions merge in
/// parallel, and strings come from a `MergeContext`.
struct ChildMerger: Sendable {
  /// How rows' neglect combines into a child's neglect status.
  enum NeglectRule: Sendable {
    /// Annex A: `confirmed` needs an open list 7 row whose category is neglect; otherwise
    /// `possible` when any list 6 or 8 row that has started has need code N1.
    case annexA
    /// Mapped: the strongest status among open rows, or among started rows when none is open.
    case mapped
  }

  /// Open addressing with linear probing over identifier hashes.
  private var slots: [Slot]
  private var mask: Int
  /// The children's identifiers, in the order they were first seen: inline, or an index into
  /// `longIDs` (see `id(_:)`).
  private var keys: [ShortText] = []
  /// The identifiers too long to hold inline.
  private var longIDs: [String] = []
  private var children: [Child] = []
  /// Problems found while merging, with the index of the source each is in.
  private(set) var problems: [(source: Int, problem: CaseListProblem)] = []

  /// A hash-table slot: eight bytes, so a partition's table stays in cache (a million
  /// children in 4,096 partitions need 32 MB of slots, not the 160 MB that slots holding the
  /// identifier took).
  private struct Slot: Sendable {
    /// Bits 32–63 of the identifier's hash, compared before the identifier is.
    var tag: UInt32 = 0
    /// The child's index + 1; 0 when the slot is empty.
    var child: Int32 = 0
  }

  /// What is known so far about one child; strings are indices into `MergeContext.texts`, −1
  /// for none.
  private struct Child: Sendable {
    // Widest fields first, so the struct packs (Swift lays stored properties out in order).
    /// The content hash of the child's previous row (for duplicates).
    var previousHash: UInt64 = 0
    var familyKey = ShortText.empty
    /// The index in `MergeContext.longTexts` of the family key's piece.
    var familyKeyTable: Int32 = -1
    var start: Int32 = 0
    var latestPlansStart: Int32 = -1
    var dateOfBirth: Int32 = 0
    var dateOfBirthLine: Int32 = 0
    var team: Int32 = -1
    var worker: Int32 = -1
    var gender: Int32 = -1
    var ethnicity: Int32 = -1
    /// The latest end date on or before the as-of date, packed; 0 when none.
    var latestEnd: Int32 = 0
    /// The source and line of the child's previous row (for duplicates).
    var previousLine: Int32 = 0
    var previousSource: Int16 = -1
    var dateOfBirthSource: Int16 = -1
    var age: Int16 = -1
    var stagePlans: Int16 = -1
    var latestPlans: Int16 = -1
    var stage: Stage = .closed
    var openNeglect: NeglectStatus = .none
    var startedNeglect: NeglectStatus = .none
    var startedPossible = false
    var disability: Int8 = -1
    /// The category of abuse of the open child-protection plan that gives the stage.
    var category: AbuseCategory?
  }

  /// Creates a merger for about `expectedChildren` children.
  init(expectedChildren: Int) {
    var capacity = 16
    while capacity < expectedChildren * 2 { capacity *= 2 }
    slots = Array(repeating: Slot(), count: capacity)
    mask = capacity - 1
    keys.reserveCapacity(expectedChildren)
    children.reserveCapacity(expectedChildren)
  }

  /// The merger with its lookup tables released: what reading the records needs.
  func finishedMerging() -> ChildMerger {
    var finished = self
    finished.slots = []
    finished.mask = 0
    return finished
  }

  /// The number of children merged.
  var count: Int { keys.count }

  /// The identifier of the child with index `index`.
  func id(_ index: Int) -> String { keys[index].string(longIDs) }

  /// Merges this partition's rows of one piece (the `entry`th); pieces must come in order.
  ///
  /// - Complexity: O(*r*) expected, for *r* rows.
  mutating func merge(
    _ rows: [CaseListRow], of piece: SourceRows, entry: Int, context: MergeContext
  ) {
    // Sources are counted in 16 bits: 32,767 at most, far more than a command line holds.
    let origin = Origin(
      bases: context.bases[entry], source: Int16(clamping: piece.sourceIndex),
      lineOffset: Int32(piece.lineOffset), longTexts: entry)
    rows.withUnsafeBufferPointer { rows in
      for row in rows {
        let slot = slotFor(row.id, hash: row.idHash, longTexts: piece.longTexts)
        let previous = children[slot]
        if row.contentHash != 0, previous.previousSource == origin.source,
          previous.previousHash == row.contentHash
        {
          reportDuplicate(row, of: previous, child: slot, piece: piece)
        }
        let conflict = ChildMerger.merge(
          row, into: &children[slot], origin: origin, asOf: context.asOfPacked)
        if conflict {
          reportDateOfBirthConflict(row, slot: slot, piece: piece, names: context.names)
        }
        children[slot].previousHash = row.contentHash
        children[slot].previousSource = origin.source
        children[slot].previousLine = row.line + origin.lineOffset
      }
    }
  }

  /// Where a row comes from: its piece's string tables, source and line offset.
  private struct Origin {
    var bases: [Int32]
    var source: Int16
    var lineOffset: Int32
    /// The piece's index in `MergeContext.longTexts`.
    var longTexts: Int

    @inline(__always)
    func reference(_ index: Int32, _ column: TextColumn) -> Int32 {
      index < 0 ? -1 : bases[column.rawValue] + index
    }
  }

  /// The index of the child with identifier `id`, adding the child when new.
  @inline(__always)
  private mutating func slotFor(_ id: ShortText, hash: UInt64, longTexts: [String]) -> Int {
    let tag = ChildMerger.tag(hash)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let stored = slots[slot]
      if stored.child == 0 { break }
      if stored.tag == tag {
        let index = Int(stored.child) - 1
        // Long identifiers are side-table indices, so they are compared as strings.
        if id.isLong
          ? keys[index].isLong && keys[index].string(longIDs) == id.string(longTexts)
          : keys[index] == id
        {
          return index
        }
      }
      slot = (slot + 1) & mask
    }
    let index = keys.count
    slots[slot] = Slot(tag: tag, child: Int32(index + 1))
    if id.isLong {
      // Re-read into this merger's own table: the piece's table is released after merging.
      let bytes = Array(id.string(longTexts).utf8)
      keys.append(bytes.withUnsafeBufferPointer { ShortText($0, longTexts: &longIDs) })
    } else {
      keys.append(id)
    }
    children.append(Child())
    if keys.count * 2 > mask { grow() }
    return index
  }

  /// The slot tag of an identifier hash: bits the slot index (the low bits) does not use.
  @inline(__always)
  private static func tag(_ hash: UInt64) -> UInt32 {
    UInt32(truncatingIfNeeded: hash >> 32)
  }

  private mutating func grow() {
    let old = slots
    let capacity = (mask + 1) * 2
    mask = capacity - 1
    slots = Array(repeating: Slot(), count: capacity)
    for stored in old where stored.child != 0 {
      // Slots hold no hash, so each identifier is hashed again (tables are sized from the
      // row count, so this is rare).
      var id = self.id(Int(stored.child) - 1)
      var slot = Int(truncatingIfNeeded: id.withUTF8 { ByteInterner.hash($0) }) & mask
      while slots[slot].child != 0 { slot = (slot + 1) & mask }
      slots[slot] = stored
    }
  }

  /// Merges a row into a child; returns whether its date of birth contradicts an earlier one.
  @inline(__always)
  private static func merge(
    _ row: CaseListRow, into child: inout Child, origin: Origin, asOf: Int32
  ) -> Bool {
    let started = row.start == 0 || row.start <= asOf
    if started {
      let open = (row.end == 0 || row.end > asOf) && row.stage != .closed
      if open {
        if row.stage > child.stage || (row.stage == child.stage && row.start > child.start) {
          child.stage = row.stage
          child.start = row.start
          child.team = origin.reference(row.team, .team)
          child.worker = origin.reference(row.worker, .worker)
          child.stagePlans = row.previousPlans
          child.category = row.category
        }
        if row.neglect.rank > child.openNeglect.rank { child.openNeglect = row.neglect }
      }
      if row.neglect.rank > child.startedNeglect.rank { child.startedNeglect = row.neglect }
      if row.neglect == .possible { child.startedPossible = true }
      if row.end != 0, row.end <= asOf, row.end > child.latestEnd { child.latestEnd = row.end }
    }
    if row.previousPlans >= 0, row.start > child.latestPlansStart {
      child.latestPlans = row.previousPlans
      child.latestPlansStart = row.start
    }
    if child.age < 0 { child.age = row.age }
    if child.disability < 0 { child.disability = row.disability }
    if child.gender < 0 { child.gender = origin.reference(row.gender, .gender) }
    if child.ethnicity < 0 { child.ethnicity = origin.reference(row.ethnicity, .ethnicity) }
    if child.familyKey.isEmpty, !row.familyKey.isEmpty {
      child.familyKey = row.familyKey
      child.familyKeyTable = Int32(origin.longTexts)
    }
    guard row.dateOfBirth != 0 else { return false }
    if child.dateOfBirth == 0 {
      child.dateOfBirth = row.dateOfBirth
      child.dateOfBirthSource = origin.source
      child.dateOfBirthLine = row.line + origin.lineOffset
      return false
    }
    return child.dateOfBirth != row.dateOfBirth
  }

  /// Warns that a row repeats the child's previous row of the same file, byte for byte (it
  /// merges identically, so it changes nothing but the row count).
  private mutating func reportDuplicate(
    _ row: CaseListRow, of previous: Child, child: Int, piece source: SourceRows
  ) {
    let line = Int(row.line) + source.lineOffset
    problems.append(
      (
        source.sourceIndex,
        CaseListProblem(
          file: source.name, line: line, column: 1,
          message: "this row repeats an earlier row for the same child", severity: .warning,
          kind: .duplicateRow, detail: "line \(previous.previousLine)",
          childID: id(child))
      ))
  }

  private mutating func reportDateOfBirthConflict(
    _ row: CaseListRow, slot: Int, piece source: SourceRows, names: [String]
  ) {
    let child = children[slot]
    let earlier = "\(names[Int(child.dateOfBirthSource)]):\(child.dateOfBirthLine)"
    let line = Int(row.line) + source.lineOffset
    var position = (line: line, column: 1)
    if let field = source.dateOfBirthField, let text = source.text {
      position = text.withUTF8 { bytes in
        var tokenizer = CSVTokenizer(text: bytes, start: row.recordStart, line: line)
        var fields: [CSVField] = []
        var ignored: [CSVSyntaxProblem] = []
        guard let info = tokenizer.next(into: &fields, problems: &ignored), field < fields.count
        else { return position }
        return SourceScanner.locate(fields[field], info, bytes)
      }
    }
    problems.append(
      (
        source.sourceIndex,
        CaseListProblem(
          file: source.name, line: position.line, column: position.column,
          message: "'Date of Birth' differs from an earlier row's for the same child",
          kind: .dateOfBirthConflict, detail: "the earlier row is at \(earlier)",
          childID: id(slot))
      ))
  }

  /// The stage and neglect status of the child with index `index`, without its record.
  func classification(_ index: Int, rule: NeglectRule) -> (stage: Stage, neglect: NeglectStatus) {
    let child = children[index]
    return (child.stage, ChildMerger.neglect(of: child, rule: rule))
  }

  /// A child's neglect status under `rule`.
  private static func neglect(of child: Child, rule: NeglectRule) -> NeglectStatus {
    switch rule {
    case .annexA:
      child.openNeglect == .confirmed ? .confirmed : child.startedPossible ? .possible : .none
    case .mapped:
      child.stage != .closed ? child.openNeglect : child.startedNeglect
    }
  }

  /// The record of the child with index `index` (in first-seen order).
  func record(_ index: Int, context: MergeContext) -> CaseRecord {
    let asOf = context.asOf
    let child = children[index]
    var age: Int?
    if child.dateOfBirth != 0 {
      let birth = PackedDate.unpack(child.dateOfBirth)
      age = birth <= asOf ? birth.wholeYears(until: asOf) : nil
    } else if child.age >= 0 {
      age = Int(child.age)
    }
    let neglect = ChildMerger.neglect(of: child, rule: context.rule)
    let isOpen = child.stage != .closed
    let start = isOpen && child.start != 0 ? PackedDate.unpack(child.start) : nil
    let plans = child.stagePlans >= 0 && isOpen ? child.stagePlans : child.latestPlans
    return CaseRecord(
      id: id(index),
      familyKey: child.familyKey.isEmpty
        ? nil : child.familyKey.string(context.longTexts[Int(child.familyKeyTable)]),
      stage: child.stage,
      neglectStatus: neglect, team: isOpen ? context.text(child.team) : nil,
      worker: isOpen ? context.text(child.worker) : nil, age: age,
      gender: context.text(child.gender), ethnicity: context.text(child.ethnicity),
      disability: child.disability < 0 ? nil : child.disability == 1,
      startDate: start, monthsOpen: start.map { $0.wholeMonths(until: asOf) },
      previousPlans: plans < 0 ? nil : Int(plans),
      abuseCategory: isOpen ? child.category : nil,
      isUnborn: child.dateOfBirth > context.asOfPacked,
      endDate: child.latestEnd == 0 ? nil : PackedDate.unpack(child.latestEnd))
  }
}

extension NeglectStatus {
  /// The strength of the status: none < possible < confirmed.
  var rank: Int {
    switch self {
    case .none: 0
    case .possible: 1
    case .confirmed: 2
    }
  }
}
