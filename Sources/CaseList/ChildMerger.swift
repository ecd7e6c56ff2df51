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
  /// The children's identifiers, in the order they were first seen.
  private(set) var ids: [String] = []
  private var children: [Child] = []
  /// Problems found while merging, with the index of the source each is in.
  private(set) var problems: [(source: Int, problem: CaseListProblem)] = []

  /// A hash-table slot: the identifier and its hash beside the child index, so a probe reads
  /// one cache line.
  private struct Slot: Sendable {
    var hash: UInt64 = 0
    var id = ShortText.empty
    /// The child's index + 1; 0 when the slot is empty.
    var child: Int32 = 0
  }

  /// What is known so far about one child; strings are indices into `MergeContext.texts`, −1
  /// for none.
  private struct Child: Sendable {
    var stage: Stage = .closed
    var openNeglect: NeglectStatus = .none
    var startedNeglect: NeglectStatus = .none
    var startedPossible = false
    var disability: Int8 = -1
    var age: Int16 = -1
    var stagePlans: Int16 = -1
    var latestPlans: Int16 = -1
    var start: Int32 = 0
    var latestPlansStart: Int32 = -1
    var dateOfBirth: Int32 = 0
    var dateOfBirthSource: Int32 = -1
    var dateOfBirthLine: Int32 = 0
    var team: Int32 = -1
    var worker: Int32 = -1
    var gender: Int32 = -1
    var ethnicity: Int32 = -1
    /// The index in `MergeContext.longTexts` of the family key's piece.
    var familyKeyTable: Int32 = -1
    var familyKey = ShortText.empty
    /// The category of abuse of the open child-protection plan that gives the stage.
    var category: AbuseCategory?
    /// The latest end date on or before the as-of date, packed; 0 when none.
    var latestEnd: Int32 = 0
    /// The content hash, source and line of the child's previous row (for duplicates).
    var previousHash: UInt64 = 0
    var previousSource: Int32 = -1
    var previousLine: Int32 = 0
  }

  /// Creates a merger for about `expectedChildren` children.
  init(expectedChildren: Int) {
    var capacity = 16
    while capacity < expectedChildren * 2 { capacity *= 2 }
    slots = Array(repeating: Slot(), count: capacity)
    mask = capacity - 1
    ids.reserveCapacity(expectedChildren)
    children.reserveCapacity(expectedChildren)
  }

  /// The number of children merged.
  var count: Int { ids.count }

  /// Merges this partition's rows of one piece (the `entry`th); pieces must come in order.
  ///
  /// - Complexity: O(*r*) expected, for *r* rows.
  mutating func merge(
    _ rows: [CaseListRow], of piece: SourceRows, entry: Int, context: MergeContext
  ) {
    let origin = Origin(
      bases: context.bases[entry], source: Int32(piece.sourceIndex),
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
    var source: Int32
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
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let stored = slots[slot]
      if stored.child == 0 { break }
      if stored.hash == hash {
        let index = Int(stored.child) - 1
        // Long identifiers are side-table indices, so they are compared as strings.
        if id.isLong ? ids[index] == id.string(longTexts) : stored.id == id { return index }
      }
      slot = (slot + 1) & mask
    }
    let index = ids.count
    slots[slot] = Slot(hash: hash, id: id, child: Int32(index + 1))
    ids.append(id.string(longTexts))
    children.append(Child())
    if ids.count * 2 > mask { grow() }
    return index
  }

  private mutating func grow() {
    let old = slots
    let capacity = (mask + 1) * 2
    mask = capacity - 1
    slots = Array(repeating: Slot(), count: capacity)
    for stored in old where stored.child != 0 {
      var slot = Int(truncatingIfNeeded: stored.hash) & mask
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
          childID: ids[child])
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
          childID: ids[slot])
      ))
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
    let neglect: NeglectStatus
    switch context.rule {
    case .annexA:
      neglect =
        child.openNeglect == .confirmed ? .confirmed : child.startedPossible ? .possible : .none
    case .mapped:
      neglect = child.stage != .closed ? child.openNeglect : child.startedNeglect
    }
    let isOpen = child.stage != .closed
    let start = isOpen && child.start != 0 ? PackedDate.unpack(child.start) : nil
    let plans = child.stagePlans >= 0 && isOpen ? child.stagePlans : child.latestPlans
    return CaseRecord(
      id: ids[index],
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
