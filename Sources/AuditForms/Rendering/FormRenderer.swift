/// Renders a blank, printable audit form from a tool, for audit days that fall back to paper.
///
/// Every format shows the same content: the tool's title, version and description; boxes for
/// the case, auditor and date; the scales and themes; then each section with its questions —
/// id, text, whether it is required, the evidence rule, when it is asked (stages and condition
/// in plain English), its themes, a box per level or option (plus N/A where allowed), the
/// guidance on what good and inadequate look like, any published figure to compare with, and
/// space for evidence — and finally the overall-judgement rule.
public enum FormRenderer {
  /// The output formats.
  public enum Format: String, Sendable, Hashable, CaseIterable {
    /// Plain text, wrapped at 80 columns.
    case text
    /// Markdown (CommonMark with task-list boxes).
    case markdown
    /// A self-contained HTML page with inline CSS, styled for printing.
    case html

    /// The usual file extension: `txt`, `md` or `html`.
    public var fileExtension: String {
      switch self {
      case .text: return "txt"
      case .markdown: return "md"
      case .html: return "html"
      }
    }
  }

  /// The blank form for `tool` in `format`.
  ///
  /// - Complexity: O(n) in the size of the tool.
  public static func render(_ tool: AuditTool, format: Format) -> String {
    switch format {
    case .text: return TextFormWriter(tool: tool).render()
    case .markdown: return MarkdownFormWriter(tool: tool).render()
    case .html: return HTMLFormWriter(tool: tool).render()
    }
  }
}
