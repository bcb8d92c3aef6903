import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `--study` and `--responses` (any number of times) for the study commands, and the
/// study file read, checked and loaded with its protocols.
struct StudyOptions: ParsableArguments {
  @Option(help: "The study file, e.g. Protocols/belonging-study.yaml.")
  var study: String

  @Option(
    help: ArgumentHelp(
      "A responses folder; give one per site. The first holds the study's ledger.",
      valueName: "folder"))
  var responses: [String] = []

  /// The folders as typed, `Responses` when none was given.
  var folders: [String] { responses.isEmpty ? ["Responses"] : responses }

  /// The study and its protocols, or exit 1 after their diagnostics.
  func load() throws -> LoadedStudy {
    let data = try ProtocolInput.bytes(of: study)
    guard StudyLoader.isStudyFile(data) else {
      try StandardError.fail(
        "'\(study)' is not a study file (it has no '\(StudyLoader.formatKey)' key)")
    }
    let result = StudyCheck.check(data: data, path: study, read: ProtocolFile.source)
    let errors = result.diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty, let plan = result.plan, let screening = result.screening,
      let interview = result.interview
    else {
      errors.forEach { StandardError.write($0.compilerForm) }
      try StandardError.fail(
        "'\(study)' has \(errors.count) error(s): fix them first (see 'rapport lint \(study)')")
    }
    return LoadedStudy(plan: plan, screening: screening, interview: interview)
  }

  /// The first responses folder, checked (made 0700 when open to others), and its ledger.
  func ledger(_ plan: StudyPlan) throws -> (SessionStore, StudyLedgerFile) {
    let store = SessionStore(root: folders[0])
    if let warning = try StandardError.failing({ try store.checkRoot().warning }) {
      StandardError.warning(warning)
    }
    return (store, StudyLedgerFile(root: folders[0], studyID: plan.id.value))
  }

  /// The study's ledger and its interview sessions in every folder; problems reading the
  /// sessions are warned about, never fatal, so one damaged folder does not hide the rest.
  func ledgerAndSessions(_ study: LoadedStudy) throws -> (StudyLedger, [StudySession]) {
    let (_, ledgerFile) = try ledger(study.plan)
    try checkOtherFolders()
    let ledger = try StandardError.failing { try ledgerFile.read() }
    let read = StudySessionReader.sessions(
      in: folders, protocolID: study.interview.model.id.value)
    read.problems.forEach { StandardError.warning($0) }
    return (ledger, read.sessions)
  }

  /// Every folder after the first is checked as the first is: never followed through a
  /// link, made 0700, and named once (the same folder twice, e.g. `A` and `./A`, would
  /// count its sessions twice). A folder that does not exist is warned about (a typing slip
  /// would otherwise hide a site's interviews).
  private func checkOtherFolders() throws {
    var seen: [(folder: String, device: UInt64, inode: UInt64)] = []
    for (index, folder) in folders.enumerated() {
      let store = SessionStore(root: folder)
      if index > 0, let warning = try StandardError.failing({ try store.checkRoot().warning }) {
        StandardError.warning(warning)
      }
      var info = stat()
      guard lstat(folder, &info) == 0 else {
        if index > 0 { StandardError.warning("the responses folder '\(folder)' does not exist") }
        continue
      }
      let device = UInt64(info.st_dev)
      let inode = UInt64(info.st_ino)
      if let earlier = seen.first(where: { $0.device == device && $0.inode == inode }) {
        try StandardError.fail(
          "'\(folder)' and '\(earlier.folder)' are the same responses folder: give each "
            + "site's folder once", status: 2)
      }
      seen.append((folder, device, inode))
    }
  }
}
