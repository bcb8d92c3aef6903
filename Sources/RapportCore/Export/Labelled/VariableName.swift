/// Variable names that Stata, SPSS (and GNU PSPP) and R all accept, made from column names.
///
/// Stata's rules are the tightest, so every name follows them: at most 32 characters of
/// ASCII letters, digits and `_`, starting with a letter. Anything else becomes `_` (so
/// `contact-consent` is `contact_consent`), a name that does not start with a letter gets
/// `v` in front, and a reserved word of Stata or SPSS (`if`, `in`, `by`, `str12`, …) gets
/// `v_`. Names are unique without regard to case (SPSS ignores it): a name already taken is
/// cut short enough to end in `_2`, `_3`, and so on.
public enum VariableName {
  /// Stata's limit; SPSS allows 64 bytes.
  public static let maximumLength = 32

  /// One valid, unique name per column, in order.
  public static func names(_ columns: [String]) -> [String] {
    var taken = Set<String>()
    return columns.map { column in
      let base = valid(column)
      var name = base
      var number = 1
      while taken.contains(name.lowercased()) {
        number += 1
        let suffix = "_\(number)"
        name = String(base.prefix(maximumLength - suffix.count)) + suffix
      }
      taken.insert(name.lowercased())
      return name
    }
  }

  /// `column` as a valid name, not yet made unique.
  static func valid(_ column: String) -> String {
    var name = String(
      String.UnicodeScalarView(
        column.unicodeScalars.map { scalar in
          scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
            ? scalar : "_"
        }))
    if let first = name.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic {
      if isReserved(name) { name = "v_" + name }
    } else {
      name = "v" + name
    }
    return String(name.prefix(maximumLength))
  }

  private static func isReserved(_ name: String) -> Bool {
    let lower = name.lowercased()
    if reserved.contains(lower) { return true }
    // Stata's string types: str1 … str2045, and strL.
    return lower.hasPrefix("str") && lower.dropFirst(3).allSatisfy(\.isASCII)
      && (lower == "strl" || (lower.count > 3 && lower.dropFirst(3).allSatisfy(\.isNumber)))
  }

  /// SPSS's reserved keywords and Stata's reserved names that start with a letter.
  private static let reserved: Set<String> = [
    "all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne", "not", "or", "to", "with",
    "byte", "double", "float", "if", "in", "int", "long", "using",
  ]
}
