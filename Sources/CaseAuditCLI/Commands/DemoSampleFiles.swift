public import Foundation

/// The built-in Northbridge samples, decoded: what `caseaudit demo` writes to `DIR/samples`.
public enum DemoSampleFiles {
  /// Every built-in sample file's name and bytes, in name order.
  ///
  /// - Complexity: O(*n*) in the samples' size (about 2 MB, decoded on each call).
  public static var all: [(name: String, bytes: Data)] {
    DemoSamples.files.map { name, base64 in
      (name, Data(base64Encoded: base64, options: .ignoreUnknownCharacters) ?? Data())
    }
  }
}
