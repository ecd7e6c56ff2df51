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
    // The leaf every library shares: JSON with positions, calendar dates, SHA-256/HMAC and the
    // one diagnostic type. It imports nothing of ours.
    .target(name: "Formats", swiftSettings: swiftSettings),
    .target(name: "Statistics", swiftSettings: swiftSettings),
    .target(name: "CaseList", dependencies: ["Formats"], swiftSettings: swiftSettings),
    .target(
      name: "Sampling", dependencies: ["Formats", "CaseList", "Statistics"],
      swiftSettings: swiftSettings),
    .target(name: "AuditForms", dependencies: ["Formats"], swiftSettings: swiftSettings),
    .target(
      name: "Findings",
      dependencies: ["Formats", "AuditForms", "CaseList", "Statistics"],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "AuditStore",
      dependencies: ["CSQLite", "Formats", "CaseList", "Sampling", "AuditForms", "Statistics"],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "Reports",
      dependencies: ["Formats", "Findings", "AuditForms", "CaseList", "Statistics"],
      swiftSettings: swiftSettings
    ),
    // The use cases (import, set up a round, draw, record, assemble findings, compare, report)
    // between the libraries and every front end: no terminal, no argument parsing, no HTTP.
    .target(
      name: "Workflows",
      dependencies: [
        "Formats", "Statistics", "CaseList", "Sampling", "AuditForms", "Findings", "AuditStore",
        "Reports",
      ],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "CaseAuditCLI",
      dependencies: [
        "Formats", "Statistics", "CaseList", "Sampling", "AuditForms", "Findings", "AuditStore",
        "Reports",
        "Workflows",
      ],
      swiftSettings: swiftSettings
    ),
    .executableTarget(
      name: "caseaudit", dependencies: ["CaseAuditCLI"], swiftSettings: swiftSettings),
    .executableTarget(
      name: "caseaudit-bench",
      dependencies: [
        "Formats", "Statistics", "CaseList", "Sampling", "AuditForms", "Findings", "AuditStore",
        "Reports",
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
      dependencies: ["Formats", "Statistics", "CaseList", "Sampling", "AuditForms"],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "TestSupport",
      dependencies: ["Formats", "Statistics", "AuditStore"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "FormatsTests", dependencies: ["Formats", "TestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "StatisticsTests", dependencies: ["Statistics", "TestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "CaseListTests", dependencies: ["Formats", "CaseList", "TestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "SamplingTests",
      dependencies: ["Formats", "Sampling", "CaseList", "Statistics", "TestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "AuditFormsTests", dependencies: ["Formats", "AuditForms", "TestSupport"],
      exclude: ["Golden"], swiftSettings: swiftSettings),
    .testTarget(
      name: "FindingsTests",
      dependencies: ["Formats", "Findings", "AuditForms", "CaseList", "Statistics", "TestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "AuditStoreTests", dependencies: ["Formats", "AuditStore", "CaseList", "TestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "ReportsTests", dependencies: ["Formats", "Reports", "TestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "WorkflowsTests",
      dependencies: [
        "Workflows", "Formats", "AuditStore", "AuditForms", "CaseList", "Findings", "Reports",
        "Sampling", "TestSupport",
      ],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "CaseAuditCLITests",
      dependencies: ["Formats", "CaseAuditCLI", "AuditStore", "TestSupport"],
      exclude: ["Goldens"], swiftSettings: swiftSettings),
  ],
  swiftLanguageModes: [.v6]
)
