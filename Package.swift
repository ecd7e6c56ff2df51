// swift-tools-version:6.0
import PackageDescription

/// Settings every target shares: Swift 6 language mode plus the upcoming features the house
/// style asks for (see ../shared/design/STYLE.md).
let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "CaseAudit",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "caseaudit", targets: ["caseaudit"]),
    .executable(name: "caseaudit-bench", targets: ["caseaudit-bench"]),
    .executable(name: "caseaudit-samples", targets: ["caseaudit-samples"]),
  ],
  targets: [
    .systemLibrary(
      name: "CSQLite",
      path: "Sources/CSQLite",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
    ),
    .target(name: "Statistics", swiftSettings: swiftSettings),
    .target(name: "CaseList", swiftSettings: swiftSettings),
    .target(
      name: "Sampling", dependencies: ["CaseList", "Statistics"], swiftSettings: swiftSettings),
    .target(name: "AuditForms", swiftSettings: swiftSettings),
    .target(
      name: "Findings",
      dependencies: ["AuditForms", "CaseList", "Statistics"],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "AuditStore",
      dependencies: ["CSQLite", "CaseList", "Sampling", "AuditForms", "Statistics"],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "Reports",
      dependencies: ["Findings", "AuditForms", "CaseList", "Statistics"],
      swiftSettings: swiftSettings
    ),
    // The use cases (import, set up a round, draw, record, assemble findings, compare, report)
    // between the libraries and every front end: no terminal, no argument parsing, no HTTP.
    .target(
      name: "Workflows",
      dependencies: [
        "Statistics", "CaseList", "Sampling", "AuditForms", "Findings", "AuditStore", "Reports",
      ],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "CaseAuditCLI",
      dependencies: [
        "Statistics", "CaseList", "Sampling", "AuditForms", "Findings", "AuditStore", "Reports",
        "Workflows",
      ],
      swiftSettings: swiftSettings
    ),
    .executableTarget(
      name: "caseaudit", dependencies: ["CaseAuditCLI"], swiftSettings: swiftSettings),
    .executableTarget(
      name: "caseaudit-bench",
      dependencies: [
        "Statistics", "CaseList", "Sampling", "AuditForms", "Findings", "AuditStore", "Reports",
        "Workflows",
      ],
      exclude: [
        "pandas_pipeline.py", "scipy_aggregate.py", "scipy_workspace.py",
        "run-import-benchmark.sh",
      ],
      swiftSettings: swiftSettings
    ),
    .executableTarget(
      name: "caseaudit-samples",
      dependencies: ["Statistics", "CaseList", "Sampling", "AuditForms"],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "TestSupport",
      dependencies: ["Statistics", "AuditStore"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "StatisticsTests", dependencies: ["Statistics", "TestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "CaseListTests", dependencies: ["CaseList", "TestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "SamplingTests", dependencies: ["Sampling", "CaseList", "Statistics", "TestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "AuditFormsTests", dependencies: ["AuditForms", "TestSupport"],
      exclude: ["Golden"], swiftSettings: swiftSettings),
    .testTarget(
      name: "FindingsTests",
      dependencies: ["Findings", "AuditForms", "CaseList", "Statistics", "TestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "AuditStoreTests", dependencies: ["AuditStore", "CaseList", "TestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "ReportsTests", dependencies: ["Reports", "TestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "WorkflowsTests",
      dependencies: [
        "Workflows", "AuditStore", "AuditForms", "CaseList", "Findings", "Reports", "Sampling",
        "TestSupport",
      ],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "CaseAuditCLITests", dependencies: ["CaseAuditCLI", "AuditStore", "TestSupport"],
      exclude: ["Goldens"], swiftSettings: swiftSettings),
  ],
  swiftLanguageModes: [.v6]
)
