/// A round's findings broken down by one dimension, with small cells withheld.
///
/// Disclosure control: a cell with fewer than `minimumCell` cases is suppressed whole, and so
/// is a question's or theme's figure in any cell where its denominator is below `minimumCell`.
/// Whenever exactly one figure in a row of cells is suppressed (the cells' case counts, or one
/// question's or theme's figures across the cells), the smallest other non-empty one is
/// suppressed too, so the small one cannot be worked out by subtracting the others from the
/// round's totals. The same rule is applied to the overlapping neglect-type cells, to be safe.
public struct Breakdown: Sendable, Hashable, Codable {
  /// The dimension.
  public var dimension: BreakdownDimension
  /// The smallest number of cases a figure may rest on.
  public var minimumCell: Int
  /// For `neglectType`, the id of the question the types were read from.
  public var sourceQuestion: String?
  /// Whether a case can fall in more than one cell (neglect types), so cells do not add up to
  /// the round.
  public var cellsOverlap: Bool
  /// A note on the breakdown, for example when the tool has no neglect-types question.
  public var note: String?
  /// The cells, in the dimension's natural order.
  public var cells: [BreakdownCell]

  /// Creates a breakdown from its parts.
  public init(
    dimension: BreakdownDimension, minimumCell: Int, sourceQuestion: String?,
    cellsOverlap: Bool, note: String?, cells: [BreakdownCell]
  ) {
    self.dimension = dimension
    self.minimumCell = minimumCell
    self.sourceQuestion = sourceQuestion
    self.cellsOverlap = cellsOverlap
    self.note = note
    self.cells = cells
  }

  private enum CodingKeys: String, CodingKey {
    case dimension, minimumCell, sourceQuestion, cellsOverlap, note, cells
  }

  /// Encodes every field, writing `null` for missing values.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(dimension, forKey: .dimension)
    try container.encode(minimumCell, forKey: .minimumCell)
    try container.encode(sourceQuestion, forKey: .sourceQuestion)
    try container.encode(cellsOverlap, forKey: .cellsOverlap)
    try container.encode(note, forKey: .note)
    try container.encode(cells, forKey: .cells)
  }
}
