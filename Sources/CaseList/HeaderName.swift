/// Normalises column headers so that the small variations authorities make compare equal.
enum HeaderName {
  /// The header in lower case with everything but letters and digits removed, and without a
  /// trailing date-format hint or "(Y/N)": "Date of Birth (dd/mm/yyyy)", "DATE_OF_BIRTH" and
  /// "dateOfBirth" all become "dateofbirth", and "Does the Child have a Disability (Y/N)" is
  /// "doesthechildhaveadisability".
  static func normalized(_ header: String) -> String {
    var key = ""
    key.reserveCapacity(header.utf8.count)
    for scalar in header.unicodeScalars where scalar.properties.isAlphabetic || isDigit(scalar) {
      key.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
    }
    for hint in ["ddmmyyyy", "ddmmyy", "yyyymmdd", "yn"] where key.hasSuffix(hint) && key != hint {
      key.removeLast(hint.count)
      break
    }
    return key
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }
}
