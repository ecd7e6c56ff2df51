/// The character encoding a case-list file was read in.
public enum TextEncoding: String, Sendable, Hashable, Codable, CaseIterable {
  /// UTF-8 without a byte order mark.
  case utf8
  /// UTF-8 starting with the byte order mark `EF BB BF`, as Excel's "CSV UTF-8" writes it.
  case utf8WithBOM
  /// Windows-1252, detected because the bytes are not valid UTF-8 (Excel's plain "CSV").
  case windows1252
}
