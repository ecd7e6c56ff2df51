import AuditStore
import TestSupport
import Testing

@Suite struct PseudonymizerTests {
  @Test func referencesAreStableKeyedAndShaped() throws {
    let one = Pseudonymizer(secret: Array(repeating: 1, count: 32))
    let two = Pseudonymizer(secret: Array(repeating: 2, count: 32))
    let reference = one.reference(for: "C000123")
    #expect(reference == one.reference(for: "C000123"))
    #expect(reference != two.reference(for: "C000123"))
    #expect(reference != one.reference(for: "C000124"))
    #expect(reference.hasPrefix("CA-"))
    #expect(reference.count == 13)
    #expect(!reference.contains("123"))
  }

  @Test func noCollisionsAcrossAPopulationOfTenThousand() {
    let pseudonymizer = Pseudonymizer(secret: Array(0..<32))
    let references = Set((0..<10_000).map { pseudonymizer.reference(for: "C\($0)") })
    #expect(references.count == 10_000)
  }

  @Test func theWorkspaceSecretDrivesIt() throws {
    let temp = try TemporaryWorkspace()
    let fromWorkspace = try temp.workspace.pseudonymizer().reference(for: "C1")
    #expect(
      fromWorkspace == Pseudonymizer(secret: Array(repeating: 7, count: 32)).reference(for: "C1"))
  }
}
