internal import Foundation
internal import Statistics

/// `caseaudit sample size`: how many cases a round needs.
enum SampleSizeCommand {
  static let definition = CommandDefinition(
    name: "size",
    abstract: "How many cases to audit for a stated margin of error, or to detect a change.",
    discussion: """
      Single round: n = z²·N·p(1−p) / (E²·N + z²·p(1−p)), the clinical-audit formula with the
      finite-population correction, rounded UP to a whole case so that the margin asked for is
      delivered (--round nearest reproduces calculators that round to the nearest case, such as
      the NHS clinical-audit ones, which can fall short); the margin the size achieves is
      printed. Use p = 0.5 when you have no idea of the proportion: it gives the largest
      sample.

      --compare: the cases needed in EACH of two rounds (before and after training) to detect a
      change from --baseline to --target at --power with two-sided --alpha (Fleiss, Levin & Paik
      2003, with continuity correction).
      """,
    arguments: [
      .option("population", short: "N", valueName: "N", help: "Cases in the population."),
      .option("margin", short: "e", valueName: "E", help: "Margin of error (default 0.05)."),
      .option("confidence", valueName: "C", help: "Confidence level (default 0.95)."),
      .option(
        "proportion", short: "p", valueName: "P",
        help: "Expected proportion (default 0.5, the most cautious)."),
      .option(
        "round", valueName: "up|nearest",
        help: "up (default): never below the margin asked for; nearest: as most calculators."),
      .flag("round-up", help: "The same as --round up (the default)."),
      .flag("compare", help: "Size two rounds to detect a change between them."),
      .option("baseline", valueName: "P1", help: "With --compare: the proportion before."),
      .option("target", valueName: "P2", help: "With --compare: the proportion hoped for after."),
      .option("power", valueName: "power", help: "With --compare: power (default 0.8)."),
      .option("alpha", valueName: "alpha", help: "With --compare: significance (default 0.05)."),
      CommonArguments.json,
    ],
    run: { invocation in try run(invocation) })

  struct CompareOutput: Encodable {
    let perRound: Int
    let total: Int
    let baseline: Double
    let target: Double
    let alpha: Double
    let power: Double
    let continuityCorrection: Bool
  }

  struct SingleOutput: Encodable {
    let required: Int
    let withoutCorrection: Int
    let population: Int
    let margin: Double
    let confidence: Double
    let proportion: Double
    let roundUp: Bool
    let achievedMargin: Double?
  }

  /// How a size is rounded to whole cases.
  enum Rounding: String, CaseIterable {
    case up, nearest
  }

  static func run(_ invocation: Invocation) throws -> Int32 {
    let arguments = invocation.arguments
    let open = 0.000_001...0.999_999
    if arguments.flag("compare") {
      guard let baseline = try arguments.double("baseline", in: 0...1),
        let target = try arguments.double("target", in: 0...1)
      else {
        throw UsageError(
          message: "--compare needs --baseline and --target", commandPath: arguments.commandPath)
      }
      let power = try arguments.double("power", in: open) ?? 0.8
      let alpha = try arguments.double("alpha", in: open) ?? 0.05
      let perRound: Int
      do {
        perRound = try SampleSize.perGroupForTwoProportions(
          p1: baseline, p2: target, alpha: alpha, power: power)
      } catch {
        throw UsageError(message: error.description, commandPath: arguments.commandPath)
      }
      let output = CompareOutput(
        perRound: perRound, total: perRound * 2, baseline: baseline, target: target, alpha: alpha,
        power: power, continuityCorrection: true)
      if arguments.flag("json") {
        try JSONOutput.write(output, to: invocation)
      } else {
        invocation.stdout.line(
          "To detect a change from \(percent(baseline)) to \(percent(target)) with "
            + "\(percent(power)) power at a two-sided \(alpha) significance level,")
        invocation.stdout.line(
          "audit \(perRound) cases in each round (\(perRound * 2) in all).")
      }
      return ExitCode.success
    }
    guard let population = try arguments.int("population", in: 1...Int.max) else {
      throw UsageError(message: "missing '--population'", commandPath: arguments.commandPath)
    }
    let margin = try arguments.double("margin", in: open) ?? 0.05
    let confidence = try arguments.double("confidence", in: open) ?? 0.95
    let proportion = try arguments.double("proportion", in: open) ?? 0.5
    let rounding = try arguments.choice("round", as: Rounding.self) ?? .up
    if rounding == .nearest, arguments.flag("round-up") {
      throw UsageError(
        message: "--round nearest and --round-up contradict each other",
        commandPath: arguments.commandPath)
    }
    let result: SampleSizeResult
    do {
      result = try SampleSize.forProportion(
        population: population, margin: margin, confidence: confidence, proportion: proportion,
        roundUp: rounding == .up)
    } catch {
      throw UsageError(message: error.description, commandPath: arguments.commandPath)
    }
    let achieved = SampleSize.achievedMargin(
      size: min(result.required, population), population: population, confidence: confidence,
      proportion: proportion)
    if arguments.flag("json") {
      try JSONOutput.write(
        SingleOutput(
          required: result.required, withoutCorrection: result.withoutCorrection,
          population: result.population, margin: result.margin, confidence: result.confidence,
          proportion: result.proportion, roundUp: result.roundUp, achievedMargin: achieved),
        to: invocation)
    } else {
      invocation.stdout.line(
        "Audit \(result.required) of \(population) cases for a margin of error of "
          + "±\(percent(result.margin)) at \(percent(result.confidence)) confidence "
          + "(expected proportion \(percent(result.proportion))).")
      if let achieved {
        invocation.stdout.line(
          "That size achieves ±\(String(format: "%.2f", achieved * 100))% (rounded "
            + "\(result.roundUp ? "up" : "to the nearest case")).")
      }
      invocation.stdout.line(
        "Without the finite-population correction: \(result.withoutCorrection).")
    }
    return ExitCode.success
  }

  private static func percent(_ value: Double) -> String {
    let scaled = (value * 1000).rounded() / 10
    return scaled == scaled.rounded() ? "\(Int(scaled))%" : "\(scaled)%"
  }
}
