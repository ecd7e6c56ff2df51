/// An ordered scale of levels an auditor grades a criterion on.
///
/// Levels are listed best first. Each says whether it is **acceptable** — for Ofsted's
/// judgement, good and above. `direction` records how the scale's numeric values run: Ofsted
/// grades are written 1 (outstanding) to 4 (inadequate) in some templates and the Graded Care
/// Profile 2 scores 1 (best) to 5 (worst), so numbers alone never decide what is "better".
public struct GradeScale: Sendable, Hashable, Codable {
  /// The scale's identifier, for example `ofsted4`.
  public let id: String
  /// A human title.
  public let title: String
  /// How the numeric `value`s relate to quality.
  public let direction: Direction
  /// The levels, best first.
  public let levels: [Level]

  /// Whether higher numbers are better or worse on this scale.
  public enum Direction: String, Sendable, Hashable, Codable {
    /// A higher value is better.
    case higherIsBetter
    /// A lower value is better (Graded Care Profile 2).
    case lowerIsBetter
  }

  /// One level of a scale.
  public struct Level: Sendable, Hashable, Codable {
    /// The stable code answers use, for example `requiresImprovement`.
    public let code: String
    /// The label people read: "Requires improvement to be good".
    public let label: String
    /// The numeric value, for medians and ordinal statistics.
    public let value: Double
    /// Whether this level counts as acceptable practice.
    public let acceptable: Bool

    /// Creates a level.
    public init(code: String, label: String, value: Double, acceptable: Bool) {
      self.code = code
      self.label = label
      self.value = value
      self.acceptable = acceptable
    }
  }

  /// Creates a scale; levels are given best first.
  public init(id: String, title: String, direction: Direction, levels: [Level]) {
    self.id = id
    self.title = title
    self.direction = direction
    self.levels = levels
  }

  /// The level with a code, if any.
  public func level(_ code: String) -> Level? { levels.first { $0.code == code } }

  /// The rank of a level: 0 for the best, counting down the list; `nil` for an unknown code.
  ///
  /// Comparisons between levels (`showIf` conditions, medians, agreement) use this rank, never
  /// the numeric value, so they mean the same on scales of either direction.
  public func rank(of code: String) -> Int? { levels.firstIndex { $0.code == code } }

  /// Whether a level is acceptable (`nil` for an unknown code).
  public func isAcceptable(_ code: String) -> Bool? { level(code)?.acceptable }

  /// Whether `a` is strictly better than `b` on this scale.
  public func isBetter(_ a: String, than b: String) -> Bool? {
    guard let rankA = rank(of: a), let rankB = rank(of: b) else { return nil }
    return rankA < rankB
  }

  /// Ofsted's four-point judgement; good and above acceptable.
  public static let ofsted4 = GradeScale(
    id: "ofsted4", title: "Ofsted judgement", direction: .lowerIsBetter,
    levels: [
      Level(code: "outstanding", label: "Outstanding", value: 1, acceptable: true),
      Level(code: "good", label: "Good", value: 2, acceptable: true),
      Level(
        code: "requiresImprovement", label: "Requires improvement to be good", value: 3,
        acceptable: false),
      Level(code: "inadequate", label: "Inadequate", value: 4, acceptable: false),
    ])

  /// Yes / partly / no, for evidence items; only yes is acceptable.
  public static let yesPartlyNo = GradeScale(
    id: "yesPartlyNo", title: "Yes / partly / no", direction: .higherIsBetter,
    levels: [
      Level(code: "yes", label: "Yes", value: 2, acceptable: true),
      Level(code: "partly", label: "Partly", value: 1, acceptable: false),
      Level(code: "no", label: "No", value: 0, acceptable: false),
    ])

  /// Progress for the child: positive, partial or none (Ofsted 2014's outcome measure).
  public static let progress = GradeScale(
    id: "progress", title: "Progress for the child", direction: .higherIsBetter,
    levels: [
      Level(code: "positive", label: "Positive", value: 2, acceptable: true),
      Level(code: "partial", label: "Partial", value: 1, acceptable: false),
      Level(code: "none", label: "None", value: 0, acceptable: false),
    ])

  /// Challenge and escalation: effective, escalated but not acted on, none, or not needed.
  public static let challenge = GradeScale(
    id: "challenge", title: "Challenge and escalation", direction: .higherIsBetter,
    levels: [
      Level(code: "effective", label: "Effective", value: 3, acceptable: true),
      Level(code: "notNeeded", label: "Not needed", value: 2, acceptable: true),
      Level(
        code: "escalatedNotActioned", label: "Escalated but not acted on", value: 1,
        acceptable: false),
      Level(code: "none", label: "None", value: 0, acceptable: false),
    ])

  /// The scales every audit tool may use without declaring them.
  public static let builtIn: [String: GradeScale] = Dictionary(
    uniqueKeysWithValues: [ofsted4, yesPartlyNo, progress, challenge].map { ($0.id, $0) })
}
