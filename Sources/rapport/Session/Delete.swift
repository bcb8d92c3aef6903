import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Rapport {
  struct Delete: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "delete",
      abstract: "Remove one participant's data: their session folders and per-session exports.",
      discussion: """
        Removes every session folder of PARTICIPANT in the responses folder, whole (journal, \
        history of typed lines, recovered-N files, locks), and the per-session exports named \
        for those sessions in the exports folder. Asks for the id twice; without a terminal \
        it needs --yes PARTICIPANT. Refused while a session of theirs is being run or joined. \
        Study-wide exports (CSV, descriptors, REFI-QDA) are named, not changed. With \
        --study, their kept screening answers are also erased from the study's ledger, \
        which records that they withdrew (their id is never given again).
        """)

    @Argument(help: "The participant's id, e.g. P001.")
    var participant: String

    @OptionGroup var responses: ResponsesFolder

    @Option(help: "Where exports are.")
    var exports = "Exports"

    @Option(help: "Confirm without asking: the same participant id again, exactly.")
    var yes: String?

    @OptionGroup var studyLink: StudyLink

    func run() throws {
      guard SessionStore.isSafeParticipantID(participant) else {
        try StandardError.fail(
          "that is not a participant id (letters, digits, '-' and '_' only)", status: 2)
      }
      let folders = try sessionFolders()
      let withdrawal = try studyLink.study.map {
        try LedgerWithdrawal.open(
          study: $0, ledgerFolder: studyLink.ledgerFolder(responses: responses),
          participant: participant)
      }
      guard !folders.isEmpty || withdrawal?.listed != nil else {
        print("No session folders of \(participant) in '\(responses.path)'; nothing removed.")
        if let withdrawal { print(try withdrawal.run(participant)) }
        return
      }
      let exportFiles = perSessionExports(of: folders)
      print("Session folders of \(participant) in '\(responses.path)':")
      folders.forEach { print("  \($0.name)") }
      exportFiles.forEach { print("  \(exports)/\($0)") }
      withdrawal?.listed.map { print($0) }
      try confirm()
      // First, as it is one atomic rename: a rerun after a failure below still erases.
      if let withdrawal { print(try withdrawal.run(participant)) }
      // Held until the end: nobody starts driving or joining a folder while it goes.
      let locks = try lockAll(folders)
      defer { withExtendedLifetime(locks) {} }
      for folder in folders {
        guard FolderRemoval.removeTree(folder.path) else {
          try StandardError.fail("could not remove all of '\(folder.path)'; run the command again")
        }
        print("removed \(folder.path)/")
      }
      for name in exportFiles where unlink("\(exports)/\(name)") == 0 {
        print("removed \(exports)/\(name)")
      }
      warnAboutStudyExports(folders)
    }

    /// The participant's folders: `PARTICIPANT_…` entries of the responses folder.
    private func sessionFolders() throws -> [SessionFolder] {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: responses.path)) ?? []
      var folders: [SessionFolder] = []
      for name in names.sorted() where name.hasPrefix(participant + "_") {
        let path = "\(responses.path)/\(name)"
        var info = stat()
        guard lstat(path, &info) == 0 else { continue }
        guard info.st_mode & S_IFMT == S_IFDIR else {
          try StandardError.fail(
            "'\(path)' is a link or a file, not a session folder; it is not followed "
              + "and nothing was removed (remove or move it by hand)")
        }
        folders.append(SessionFolder(path: path))
      }
      return folders
    }

    /// The id typed twice on the terminal, or `--yes` with the same id exactly.
    private func confirm() throws {
      if let yes {
        guard yes == participant else {
          try StandardError.fail(
            "--yes must repeat the participant id exactly; nothing was removed", status: 2)
        }
        return
      }
      guard isatty(STDIN_FILENO) == 1 else {
        try StandardError.fail(
          "no terminal to confirm on; add --yes \(participant) to remove without asking")
      }
      print("This cannot be undone.")
      let reader = ReadlineLineReader(historyPath: nil) { _ in [] }
      for prompt in ["Type the participant id to remove: ", "Type it again: "] {
        guard case .line(let typed) = reader.readLine(prompt: prompt), typed == participant else {
          try StandardError.fail("the id typed does not match; nothing was removed")
        }
      }
    }

    private func lockAll(_ folders: [SessionFolder]) throws -> [DriverLock] {
      var locks: [DriverLock] = []
      for folder in folders {
        let taken = [
          try? DriverLock.acquire(folder),
          try? DriverLock.acquireWriter(folder, writer: Role.lead.rawValue),
          try? DriverLock.acquireWriter(folder, writer: Role.support.rawValue),
        ]
        guard taken.allSatisfy({ $0 != nil }) else {
          try StandardError.fail(
            "session '\(folder.name)' is being run or joined right now; stop it there "
              + "first (nothing was removed)")
        }
        locks += taken.compactMap { $0 }
      }
      return locks
    }

    /// Per-session export files named for these sessions (`SESSION.md`, `SESSION.json`…).
    private func perSessionExports(of folders: [SessionFolder]) -> [String] {
      let formats = ExportFormat.allCases.filter(\.isPerSession)
      return folders.flatMap { folder in
        formats.map { ExportFile.safeName(folder.name) + "." + $0.fileExtension }
      }.filter { name in
        var info = stat()
        return lstat("\(exports)/\(name)", &info) == 0 && info.st_mode & S_IFMT != S_IFDIR
      }
    }

    /// Study-wide files hold every participant exported together: said, never edited.
    private func warnAboutStudyExports(_ folders: [SessionFolder]) {
      let protocols = Set(
        folders.map { folder in
          String(
            folder.name.dropFirst(participant.count + 1).split(separator: "_").dropLast()
              .joined(separator: "_"))
        })
      let study =
        (protocols.sorted().flatMap { id in
          // A codebook (`.qdc`) is the protocol's alone: no participant is in it.
          ExportFormat.allCases.filter { $0 != .qdc }.flatMap { $0.studyFileNames(protocolID: id) }
        } + [ParadataExporter.fileNames[0], ParadataExporter.fileNames[3]]).filter {
          FileManager.default.fileExists(atPath: "\(exports)/\($0)")
        }
      guard !study.isEmpty else { return }
      print(
        "Study-wide exports may still hold \(participant)'s data; export them again without "
          + "this participant: " + study.map { "\(exports)/\($0)" }.joined(separator: ", "))
    }
  }
}
