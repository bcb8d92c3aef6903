import Foundation

/// A session's recording as a REFI-QDA project holds it (`rapport export --media`): what
/// kind it is, how the project refers to it, and how to read its bytes when it is copied in.
///
/// The command opens the file (never through a link) and hands its bytes in through `read`;
/// the core does no I/O.
public struct Recording {
  /// Audio or video, by the file's extension: the project's `AudioSource` or `VideoSource`.
  public enum Kind: String, Sendable {
    case audio, video

    /// The REFI-QDA element names: `Audio`/`Video` + `Source` or `Selection`.
    var element: String { self == .audio ? "Audio" : "Video" }
  }

  /// How the project holds the recording.
  public enum Link: String, CaseIterable, Sendable {
    /// The project names the file by its absolute `file://` URL and holds none of it:
    /// small, and the recording (the most sensitive data) goes only where it is sent.
    case reference
    /// The recording is copied into the project's `sources/` (stored, not compressed).
    case copy
  }

  /// Extensions read as audio, lower case.
  public static let audioExtensions = [
    "aac", "aif", "aiff", "flac", "m4a", "mp3", "oga", "ogg", "opus", "wav", "wma",
  ]
  /// Extensions read as video, lower case.
  public static let videoExtensions = [
    "avi", "m4v", "mkv", "mov", "mp4", "mpeg", "mpg", "webm", "wmv",
  ]

  /// The kind of a file by the extension of `name` (any case), or nil for neither.
  public static func kind(ofFileNamed name: String) -> Kind? {
    let suffix = fileExtension(of: name)
    if audioExtensions.contains(suffix) { return .audio }
    if videoExtensions.contains(suffix) { return .video }
    return nil
  }

  /// The extension of `name`, lower case, without the dot; empty when there is none.
  public static func fileExtension(of name: String) -> String {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return name[name.index(after: dot)...].lowercased()
  }

  public var kind: Kind
  /// The extension the copy keeps, lower case.
  public var fileExtension: String
  public var link: Link
  /// The file's absolute `file://` URL (what `reference` writes).
  public var url: String
  /// The file's size in bytes.
  public var size: Int
  /// Up to `count` bytes of the file from `offset` (used by `copy`).
  public var read: (_ offset: Int, _ count: Int) throws -> Data

  public init(
    kind: Kind, fileExtension: String, link: Link, url: String, size: Int,
    read: @escaping (_ offset: Int, _ count: Int) throws -> Data
  ) {
    self.kind = kind
    self.fileExtension = fileExtension
    self.link = link
    self.url = url
    self.size = size
    self.read = read
  }
}
