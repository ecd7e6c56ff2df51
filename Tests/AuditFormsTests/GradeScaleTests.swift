import AuditForms
import Testing

@Suite struct GradeScaleTests {
  @Test func ofstedGoodAndAboveIsAcceptable() {
    let scale = GradeScale.ofsted4
    #expect(
      scale.levels.map(\.code) == ["outstanding", "good", "requiresImprovement", "inadequate"])
    #expect(scale.levels.filter(\.acceptable).map(\.code) == ["outstanding", "good"])
    #expect(scale.isBetter("good", than: "requiresImprovement") == true)
    #expect(scale.isBetter("inadequate", than: "good") == false)
    #expect(scale.isBetter("good", than: "excellent") == nil)
    #expect(scale.level("requiresImprovement")?.label == "Requires improvement to be good")
  }

  @Test(arguments: [
    ("ofsted4", 4, 2), ("yesPartlyNo", 3, 1), ("progress", 3, 1), ("challenge", 4, 2),
  ])
  func builtInScalesHaveTheirLevels(id: String, levels: Int, acceptable: Int) throws {
    let scale = try #require(GradeScale.builtIn[id])
    #expect(scale.levels.count == levels)
    #expect(scale.levels.filter(\.acceptable).count == acceptable)
    #expect(Set(scale.levels.map(\.code)).count == levels, "codes are unique")
    // Acceptable levels come first: the scale is listed best first.
    let flags = scale.levels.map(\.acceptable)
    #expect(flags == flags.sorted { $0 && !$1 })
  }

  @Test func rankIgnoresNumericDirection() {
    // A GCP2-style scale: 1 best, 5 worst. Rank still puts the best first.
    let gcp = GradeScale(
      id: "gcp", title: "GCP-style", direction: .lowerIsBetter,
      levels: (1...5).map {
        GradeScale.Level(code: "level\($0)", label: "\($0)", value: Double($0), acceptable: $0 <= 2)
      })
    #expect(gcp.rank(of: "level1") == 0)
    #expect(gcp.isBetter("level1", than: "level5") == true)
    #expect(gcp.isAcceptable("level3") == false)
    #expect(gcp.isAcceptable("level9") == nil)
  }
}
