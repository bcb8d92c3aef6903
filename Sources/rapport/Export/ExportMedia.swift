import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

/// `--media` and `--media-link` of `rapport export`: the recordings a `.qdpx` project gets.
struct MediaOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "A recording (when one session is exported) or a folder of recordings, named after "
        + "the session folders or participant IDs, added to the qdpx project.",
      valueName: "path"))
  var media: String?

  @Option(
    help: ArgumentHelp(
      "reference (the default: the project names the recording's file) or copy (the "
        + "recording goes inside the project).", valueName: "how"))
  var mediaLink: MediaLinkChoice?

  /// Why these options cannot go with `formats`, if they cannot.
  func check(formats: [ExportFormat]) throws {
    if media != nil, !formats.contains(.qdpx) {
      throw ValidationError("--media adds recordings to the qdpx project: add --format qdpx")
    }
    if media == nil, mediaLink != nil {
      throw ValidationError("--media-link says how to add the recordings of --media")
    }
  }
}

/// How the project holds a recording, as typed after `--media-link`.
enum MediaLinkChoice: String, CaseIterable, ExpressibleByArgument {
  case reference, copy

  var link: Recording.Link { self == .copy ? .copy : .reference }
}

/// The recordings of the sessions being exported, found from `--media`.
struct ExportMedia {
  let link: Recording.Link
  /// The recording of each session that has one, by session folder name.
  private(set) var paths: [String: String] = [:]
  /// Sessions without a recording, files without a session, links passed over.
  private(set) var warnings: [String] = []

  /// Matches `media` (`--media`) to `sessions` (folder name and participant of each); a
  /// single file needs a single session. A link, or a file that is not a recording, is refused.
  init(_ media: String?, link: Recording.Link, sessions: [RecordingMatcher.Session]) throws {
    self.link = link
    guard let media else { return }
    if try StandardError.failing({ try MediaFile.isFolder(media) }) {
      let listing = try StandardError.failing { try MediaFile.regularFiles(in: media) }
      for name in listing.passedOver {
        warnings.append("media: '\(name)' is not a regular file (a link or a folder); left out")
      }
      let matched = RecordingMatcher.match(sessions: sessions, files: listing.files)
      paths = matched.files.mapValues { (media as NSString).appendingPathComponent($0) }
      warnings += matched.warnings
      return
    }
    guard Recording.kind(ofFileNamed: media) != nil else {
      try StandardError.fail(
        "'\(media)' is not an audio or video file (by its extension: "
          + (Recording.audioExtensions + Recording.videoExtensions).joined(separator: ", ") + ")")
    }
    guard sessions.count == 1, let session = sessions.first else {
      try StandardError.fail(
        "--media names one recording, but \(sessions.count) sessions are exported: name a "
          + "folder of recordings instead (see docs/exports.md)")
    }
    // Refused now (a link, a FIFO), before anything is written.
    try StandardError.failing { try MediaFile.open(media) }.close()
    paths[session.folderName] = media
  }

  /// The recording of the session in `folderName`, open for reading, or nil without one.
  func open(_ folderName: String) throws -> (recording: Recording, file: MediaFile)? {
    guard let path = paths[folderName], let kind = Recording.kind(ofFileNamed: path) else {
      return nil
    }
    let file = try StandardError.failing { try MediaFile.open(path) }
    let recording = Recording(
      kind: kind, fileExtension: Recording.fileExtension(of: path), link: link, url: file.url,
      size: file.size
    ) { offset, count in try file.read(at: offset, count: count) }
    return (recording, file)
  }
}
