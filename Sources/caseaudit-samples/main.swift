import Foundation

// `caseaudit-samples`: writes the synthetic Northbridge partnership (Samples/northbridge) and,
// with `--embed`, the copy built into `caseaudit demo`. Deterministic from its seed, so the
// bundled samples are reproducible with this one command.
do {
  try NorthbridgeSamples.run(arguments: Array(CommandLine.arguments.dropFirst()))
} catch {
  FileHandle.standardError.write(Data("caseaudit-samples: \(error)\n".utf8))
  exit(1)
}
