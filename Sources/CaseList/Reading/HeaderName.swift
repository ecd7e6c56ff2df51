/// Normalises column headers so that the small variations authorities make compare equal.
enum HeaderName {
  /// The header in lower case with everything but letters and digits removed, and without a
  /// trailing date-format hint or "(Y/N)": "Date of Birth (dd/mm/yyyy)", "DATE_OF_BIRTH" and
  /// "dateOfBirth" all become "dateofbirth", and "Does the Child have a Disability (Y/N)" is
  /// "doesthechildhaveadisability".
  static func normalized(_ header: String) -> String {
    // The scalars are gathered first and the string made once: appending to a String's
    // scalar view one scalar at a time copied the whole string each time (quadratic on a
    // 400 KB header line).
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(header.utf8.count)
    for scalar in header.unicodeScalars {
      if scalar.isASCII {
        let value = scalar.value
        if value >= 0x41 && value <= 0x5A {
          scalars.append(Unicode.Scalar(UInt8(value + 0x20)))
        } else if (value >= 0x61 && value <= 0x7A) || isDigit(scalar) {
          scalars.append(scalar)
        }
      } else if scalar.properties.isAlphabetic {
        scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      }
    }
    var key = ""
    key.unicodeScalars.append(contentsOf: scalars)
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
