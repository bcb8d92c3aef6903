/// Marker text for audio editors: an Audacity label and a CUE sheet's quoted string, each
/// one line that cannot break its file.
///
/// An Audacity label track is one label a line, its fields split by tabs; a CUE sheet is
/// one command a line with its text in double quotes that have no escape. So line breaks
/// and tabs become spaces, control and invisible characters are written in the visible
/// forms every text export uses (`␛`, `<U+202E>`, see `HiddenCharacters`), and in a CUE
/// string a `"` becomes `'`.
enum MarkerText {
  /// One Audacity label: one line, no tab.
  static func audacity(_ text: String) -> String {
    HiddenCharacters.reveal(text, breaks: .space, keepTabs: false)
  }

  /// The text between a CUE command's double quotes: one line, no `"`.
  static func cueSheet(_ text: String) -> String {
    let line = audacity(text)
    guard line.utf8.contains(UInt8(ascii: "\"")) else { return line }
    return line.replacingOccurrences(of: "\"", with: "'")
  }
}
