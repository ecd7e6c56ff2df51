/// One row's contribution to a child's record, kept small because there are millions of them.
///
/// The row is plain data: identifiers and family keys are `ShortText`, other strings are indices
/// into the reading file's interned tables (−1 for none), dates are packed `yyyymmdd` (0 for
/// none), and −1 stands for a missing number.
struct CaseListRow: Sendable {
  // Widest fields first, so the row packs into 104 bytes (Swift lays stored properties out in
  // order); there are millions of rows.
  /// The child's identifier (see `SourceRows.longTexts`).
  var id: ShortText
  /// The physical line the row starts on.
  var line: Int32
  /// `ByteInterner.hash` of the identifier's bytes, computed while reading (in parallel).
  var idHash: UInt64
  /// A hash of the row's bytes, to find rows that repeat the child's previous row.
  var contentHash: UInt64
  /// The byte offset the row starts at (to locate its fields again, for problems).
  var recordStart: Int
  /// The family key (see `SourceRows.longTexts`); empty when blank.
  var familyKey: ShortText
  /// The start of the plan or episode, packed; 0 when unknown.
  var start: Int32
  /// The end of the plan or episode, packed; 0 while open.
  var end: Int32
  /// The date of birth, packed; 0 when blank.
  var dateOfBirth: Int32
  /// Interned team, or −1.
  var team: Int32
  /// Interned worker, or −1.
  var worker: Int32
  /// Interned gender, or −1.
  var gender: Int32
  /// Interned ethnicity, or −1.
  var ethnicity: Int32
  /// The age column, or −1.
  var age: Int16
  /// The number of previous child-protection plans, or −1.
  var previousPlans: Int16
  /// 1 for yes, 0 for no, −1 when unknown.
  var disability: Int8
  /// The stage the row gives while it is open.
  var stage: Stage
  /// What the row says about neglect (see `ChildMerger` for how rows combine).
  var neglect: NeglectStatus
  /// The category of abuse of a child-protection plan (the latest, else the initial), if any.
  var category: AbuseCategory?

  /// A row with only its identity and stage set.
  init(id: ShortText, idHash: UInt64, line: Int, recordStart: Int, stage: Stage) {
    self.id = id
    self.idHash = idHash
    self.line = Int32(clamping: line)
    self.recordStart = recordStart
    self.stage = stage
    start = 0
    end = 0
    dateOfBirth = 0
    age = -1
    previousPlans = -1
    disability = -1
    neglect = .none
    team = -1
    worker = -1
    gender = -1
    ethnicity = -1
    familyKey = .empty
    contentHash = 0
    category = nil
  }
}

/// The rows read from one source, or from one piece of a large source.
///
/// Rows are split into partitions by the top bits of their identifier hash while they are read,
/// so that each partition's children can be merged with a hash table that fits in cache.
struct SourceRows: Sendable {
  /// The source's position among the import's sources.
  var sourceIndex: Int
  /// The source's display name.
  var name: String
  /// The source's decoded text (kept so problems found while merging can be located).
  var text: DecodedText?
  /// The rows of each partition, in file order.
  private(set) var partitions: [[CaseListRow]]
  /// The interned strings the rows' text fields point into, by `TextColumn.rawValue`.
  var strings: [[String]] = []
  /// The identifiers and family keys too long to hold inline (see `ShortText`).
  var longTexts: [String] = []
  /// The field index of the date-of-birth column, if any.
  var dateOfBirthField: Int?
  /// The header's names, for messages.
  var headerNames: [String] = []
  /// The identifier of the child whose row is being read (empty before it is read), so that
  /// problems can flag the child; never shown in a message.
  var currentChild = ShortText.empty
  /// The problems found, with lines counted like the rows'.
  var problems: [CaseListProblem] = []
  /// The number of data rows read (blank lines excluded).
  var dataRows = 0
  /// What to add to the rows' and problems' lines to make them lines of the source: pieces
  /// count lines from 1.
  var lineOffset = 0
  private let partitionBits: Int

  /// Creates an empty result with `1 << partitionBits` partitions.
  init(sourceIndex: Int, name: String, text: DecodedText?, partitionBits: Int) {
    self.sourceIndex = sourceIndex
    self.name = name
    self.text = text
    self.partitionBits = partitionBits
    partitions = Array(repeating: [], count: 1 << partitionBits)
  }

  /// The partition of an identifier hash among `1 << bits` partitions.
  @inline(__always)
  static func partition(of hash: UInt64, bits: Int) -> Int {
    bits == 0 ? 0 : Int(truncatingIfNeeded: hash &>> UInt64(64 - bits))
  }

  /// The number of rows read into the partitions.
  var rowCount: Int { partitions.reduce(0) { $0 + $1.count } }

  /// Adds a row to its partition.
  @inline(__always)
  mutating func append(_ row: CaseListRow) {
    partitions[SourceRows.partition(of: row.idHash, bits: partitionBits)].append(row)
  }
}
