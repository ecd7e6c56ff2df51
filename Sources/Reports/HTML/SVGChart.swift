import Findings
import Statistics

/// Inline SVG charts: stacked grade bars with the acceptable proportion and its interval, dot
/// plots with intervals, and before→after dumbbells.
///
/// Every chart is an `<svg role="img">` labelled by its own `<title>` and `<desc>`; its numbers
/// are always also given in a table beside it, so the chart is never the only way to read them.
enum SVGChart {
  /// One segment of a stacked bar: a level and how many cases chose it.
  struct Segment {
    /// The level's label.
    let label: String
    /// The cases at the level.
    let count: Int
    /// The fill index in `ReportPalette.grades`.
    let fill: Int
    /// Whether the level is below acceptable (hatched).
    let hatched: Bool
  }

  /// One row of a stacked bar chart.
  struct BarRow {
    /// The criterion's text.
    let label: String
    /// The levels, best first.
    let segments: [Segment]
    /// The acceptable proportion, drawn as a dot with its interval.
    let acceptable: ProportionFinding?
  }

  /// One row of a dot plot.
  struct DotRow {
    /// The row's label.
    let label: String
    /// The proportion.
    let finding: ProportionFinding
  }

  /// One row of a dumbbell chart.
  struct DumbbellRow {
    /// The criterion's text.
    let label: String
    /// The earlier round's proportion.
    let before: ProportionFinding
    /// The later round's proportion.
    let after: ProportionFinding
    /// The verdict in words.
    let verdict: String
  }

  private static let width = 720.0
  private static let plotWidth = 500.0
  private static let textX = 516.0

  /// A horizontal stacked bar per criterion, with the acceptable proportion and its Wilson
  /// interval drawn beneath as a dot and error bar.
  static func stackedBars(id: String, title: String, description: String, rows: [BarRow])
    -> String
  {
    let rowHeight = 64.0
    let top = 24.0
    let layout = RowLayout(labels: rows.map(\.label), top: top, rowHeight: rowHeight)
    let height = layout.bottom + 8
    var svg = open(id: id, title: title, description: description, height: height)
    svg += hatchPattern(id: id)
    svg += axis(top: top - 6, bottom: height - 8)
    for (index, row) in rows.enumerated() {
      let y = layout.contentY[index]
      svg += label(layout.lines[index], lastBaseline: y + 12)
      let total = row.segments.reduce(0) { $0 + $1.count }
      var x = 0.0
      let barY = y + 18
      let barHeight = 20.0
      for segment in row.segments where segment.count > 0 && total > 0 {
        let segmentWidth = plotWidth * Double(segment.count) / Double(total)
        let fill = ReportPalette.grades[segment.fill]
        svg +=
          "<rect x=\"\(n(x))\" y=\"\(n(barY))\" width=\"\(n(segmentWidth))\" "
          + "height=\"\(n(barHeight))\" fill=\"\(fill)\" stroke=\"#ffffff\" stroke-width=\"1\">"
          + "<title>\(esc(segment.label)): \(segment.count) of \(total)</title></rect>"
        if segment.hatched {
          svg +=
            "<rect x=\"\(n(x))\" y=\"\(n(barY))\" width=\"\(n(segmentWidth))\" "
            + "height=\"\(n(barHeight))\" fill=\"url(#\(id)-hatch)\" aria-hidden=\"true\"/>"
        }
        if segmentWidth >= 18 {
          svg +=
            "<text x=\"\(n(x + segmentWidth / 2))\" y=\"\(n(barY + 14))\" text-anchor=\"middle\" "
            + "font-size=\"12\" font-weight=\"600\" fill=\"\(ReportPalette.gradeText[segment.fill])\">"
            + "\(segment.count)</text>"
        }
        x += segmentWidth
      }
      if total > 0 {
        svg +=
          "<rect x=\"0\" y=\"\(n(barY))\" width=\"\(n(plotWidth))\" height=\"\(n(barHeight))\" "
          + "fill=\"none\" stroke=\"\(ReportPalette.rule)\" stroke-width=\"1\"/>"
      }
      guard let acceptable = row.acceptable, let proportion = acceptable.proportion,
        let interval = acceptable.interval
      else {
        svg += text("no grades", x: textX, y: barY + 14, size: 12, fill: ReportPalette.muted)
        continue
      }
      let markY = barY + barHeight + 12
      svg += errorBar(lower: interval.lower, upper: interval.upper, y: markY)
      svg +=
        "<circle cx=\"\(n(plotWidth * proportion))\" cy=\"\(n(markY))\" r=\"4.5\" "
        + "fill=\"\(ReportPalette.text)\"/>"
      let flag = acceptable.isIndicativeOnly ? " †" : ""
      svg += text(
        "\(ReportNumbers.percent(proportion)) acceptable\(flag)", x: textX, y: barY + 14,
        size: 13, weight: "600")
      svg += text(
        "\(acceptable.count)/\(acceptable.n), CI \(ReportNumbers.interval(interval))", x: textX,
        y: markY + 4, size: 12, fill: ReportPalette.muted)
    }
    return svg + "</svg>\n"
  }

  /// A dot per row with its Wilson interval as an error bar.
  static func dotPlot(id: String, title: String, description: String, rows: [DotRow]) -> String {
    let rowHeight = 44.0
    let top = 24.0
    let layout = RowLayout(labels: rows.map(\.label), top: top, rowHeight: rowHeight)
    let height = layout.bottom + 8
    var svg = open(id: id, title: title, description: description, height: height)
    svg += axis(top: top - 6, bottom: height - 8)
    for (index, row) in rows.enumerated() {
      let y = layout.contentY[index]
      svg += label(layout.lines[index], lastBaseline: y + 12)
      guard let proportion = row.finding.proportion, let interval = row.finding.interval else {
        svg += text("no cases", x: textX, y: y + 30, size: 12, fill: ReportPalette.muted)
        continue
      }
      let markY = y + 26
      svg += errorBar(lower: interval.lower, upper: interval.upper, y: markY)
      svg +=
        "<circle cx=\"\(n(plotWidth * proportion))\" cy=\"\(n(markY))\" r=\"5\" "
        + "fill=\"\(ReportPalette.grades[0])\"/>"
      let flag = row.finding.isIndicativeOnly ? " †" : ""
      svg += text(
        "\(ReportNumbers.percent(proportion)) (\(row.finding.count)/\(row.finding.n))\(flag)",
        x: textX, y: markY - 2, size: 13, weight: "600")
      svg += text(
        "CI \(ReportNumbers.interval(interval))", x: textX, y: markY + 13, size: 12,
        fill: ReportPalette.muted)
    }
    return svg + "</svg>\n"
  }

  /// Before→after per criterion: a hollow circle before and a filled diamond after, each with
  /// its Wilson interval, joined by a line, with the verdict beside.
  static func dumbbell(
    id: String, title: String, description: String, rows: [DumbbellRow]
  ) -> String {
    let rowHeight = 56.0
    let top = 24.0
    let layout = RowLayout(labels: rows.map(\.label), top: top, rowHeight: rowHeight)
    let height = layout.bottom + 8
    var svg = open(id: id, title: title, description: description, height: height)
    svg += axis(top: top - 6, bottom: height - 8)
    for (index, row) in rows.enumerated() {
      let y = layout.contentY[index]
      svg += label(layout.lines[index], lastBaseline: y + 12)
      let beforeY = y + 24
      let afterY = y + 40
      if let before = row.before.proportion, let after = row.after.proportion {
        svg +=
          "<line x1=\"\(n(plotWidth * before))\" y1=\"\(n(beforeY))\" "
          + "x2=\"\(n(plotWidth * after))\" y2=\"\(n(afterY))\" stroke=\"\(ReportPalette.rule)\" "
          + "stroke-width=\"2\"/>"
      }
      if let proportion = row.before.proportion, let interval = row.before.interval {
        svg += errorBar(lower: interval.lower, upper: interval.upper, y: beforeY)
        svg +=
          "<circle cx=\"\(n(plotWidth * proportion))\" cy=\"\(n(beforeY))\" r=\"5\" "
          + "fill=\"#ffffff\" stroke=\"\(ReportPalette.grades[0])\" stroke-width=\"2.5\"/>"
      }
      if let proportion = row.after.proportion, let interval = row.after.interval {
        svg += errorBar(lower: interval.lower, upper: interval.upper, y: afterY)
        let cx = plotWidth * proportion
        svg +=
          "<polygon points=\"\(n(cx)),\(n(afterY - 6)) \(n(cx + 6)),\(n(afterY)) "
          + "\(n(cx)),\(n(afterY + 6)) \(n(cx - 6)),\(n(afterY))\" "
          + "fill=\"\(ReportPalette.grades[0])\"/>"
      }
      let before = row.before.proportion.map(ReportNumbers.percent) ?? "—"
      let after = row.after.proportion.map(ReportNumbers.percent) ?? "—"
      svg += text("\(before) → \(after)", x: textX, y: beforeY + 4, size: 13, weight: "600")
      svg += text(row.verdict, x: textX, y: afterY + 4, size: 12, fill: ReportPalette.muted)
    }
    return svg + "</svg>\n"
  }

  // MARK: - Parts

  private static func open(id: String, title: String, description: String, height: Double)
    -> String
  {
    "<svg role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" "
      + "viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"100%\" class=\"chart\">"
      + "<title id=\"\(id)-title\">\(esc(title))</title>"
      + "<desc id=\"\(id)-desc\">\(esc(description))</desc>\n"
  }

  private static func hatchPattern(id: String) -> String {
    "<defs><pattern id=\"\(id)-hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" "
      + "patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" "
      + "stroke=\"\(ReportPalette.text)\" stroke-opacity=\"0.45\" stroke-width=\"1.5\"/>"
      + "</pattern></defs>\n"
  }

  private static func axis(top: Double, bottom: Double) -> String {
    var svg = ""
    for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
      let x = plotWidth * tick
      svg +=
        "<line x1=\"\(n(x))\" y1=\"\(n(top))\" x2=\"\(n(x))\" y2=\"\(n(bottom))\" "
        + "stroke=\"\(ReportPalette.grid)\" stroke-width=\"1\"/>"
      let anchor = tick == 0 ? "start" : tick == 1 ? "end" : "middle"
      svg +=
        "<text x=\"\(n(x))\" y=\"\(n(top - 4))\" text-anchor=\"\(anchor)\" font-size=\"11\" "
        + "fill=\"\(ReportPalette.muted)\">\(ReportNumbers.percent(tick))</text>"
    }
    return svg + "\n"
  }

  private static func errorBar(lower: Double, upper: Double, y: Double) -> String {
    let low = plotWidth * lower
    let high = plotWidth * upper
    let colour = ReportPalette.text
    return "<path d=\"M\(n(low)) \(n(y - 4))v8M\(n(low)) \(n(y))H\(n(high))M\(n(high)) "
      + "\(n(y - 4))v8\" stroke=\"\(colour)\" stroke-width=\"1.5\" fill=\"none\"/>"
  }

  private static func text(
    _ content: String, x: Double, y: Double, size: Int = 13, weight: String = "400",
    fill: String = ReportPalette.text
  ) -> String {
    "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(size)\" font-weight=\"\(weight)\" "
      + "fill=\"\(fill)\">\(esc(content))</text>\n"
  }

  /// A label's lines, the last on `lastBaseline`, the others above it.
  private static func label(_ lines: [String], lastBaseline: Double) -> String {
    var svg = ""
    for (index, line) in lines.enumerated() {
      let baseline = lastBaseline - RowLayout.lineHeight * Double(lines.count - 1 - index)
      svg += text(line, x: 0, y: baseline, weight: "600")
    }
    return svg
  }

  /// Where each row goes when long labels wrap onto several lines: a row is `rowHeight` tall
  /// plus one line height per extra label line, and its content moves down with it.
  struct RowLayout {
    /// The extra height of each label line after the first.
    static let lineHeight = 15.0
    /// Characters per label line at 13 px across the chart's 720 units.
    static let lineLength = 96
    /// Each row's label, wrapped at word boundaries.
    let lines: [[String]]
    /// Each row's content origin (the y its single-line layout used).
    let contentY: [Double]
    /// The bottom of the last row.
    let bottom: Double

    init(labels: [String], top: Double, rowHeight: Double) {
      var lines: [[String]] = []
      var contentY: [Double] = []
      var y = top
      for label in labels {
        let wrapped = Self.wrap(label)
        let extra = Self.lineHeight * Double(wrapped.count - 1)
        lines.append(wrapped)
        contentY.append(y + extra)
        y += rowHeight + extra
      }
      self.lines = lines
      self.contentY = contentY
      bottom = y
    }

    /// `label` in lines of at most ``lineLength`` characters, broken at spaces (a word longer
    /// than a line stands on its own line).
    static func wrap(_ label: String) -> [String] {
      var lines: [String] = []
      var current = ""
      for word in label.split(separator: " ") {
        if current.isEmpty {
          current = String(word)
        } else if current.count + 1 + word.count <= lineLength {
          current += " " + word
        } else {
          lines.append(current)
          current = String(word)
        }
      }
      if !current.isEmpty || lines.isEmpty { lines.append(current) }
      return lines
    }
  }

  /// A coordinate with at most one decimal place.
  private static func n(_ value: Double) -> String {
    let text = ReportNumbers.plain(value, places: 1)
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }

  private static func esc(_ text: String) -> String { HTMLText.escape(text) }
}
