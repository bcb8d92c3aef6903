import Foundation

/// A participant's withdrawal from a study's ledger: the one edit an append-only ledger
/// allows, because a person's right to have their answers erased outweighs keeping them.
///
/// The ledger's bytes come back with the kept screening answers of that participant
/// removed from their `screened` line and a `withdrawn` line at the end. Every other line,
/// a damaged one included, is kept byte for byte: nothing but their answers is lost. Their
/// id stays given (ids are never reused), and so do their assignments (interviewer ids).
public enum StudyLedgerErasure {
  /// What erasing found.
  public enum Outcome: Equatable, Sendable {
    /// The new ledger bytes; `erasedAnswers` counts the answers removed.
    case erased(Data, erasedAnswers: Int)
    /// No line of the ledger gives this participant id.
    case notInLedger
    /// The participant withdrew before; nothing changes.
    case alreadyWithdrawn
  }

  /// Erases `participant`'s kept answers from `ledger`, appending `withdrawn` stamped `at`.
  public static func erase(_ participant: String, from ledger: Data, at: String) -> Outcome {
    var lines = ledger.split(separator: UInt8(0x0A), omittingEmptySubsequences: false).map {
      Data($0)
    }
    // The text after the last newline: empty for a whole ledger, a torn line otherwise.
    let tail = lines.removeLast()
    var given = false
    var erased = 0
    for index in lines.indices {
      guard let entry = StudyLedgerEntry.parse(lines[index]), entry.participant == participant
      else { continue }
      switch entry.type {
      case .withdrawn: return .alreadyWithdrawn
      case .screened where entry.outcome == StudyLedgerEntry.Outcome.eligible:
        given = true
        guard let attributes = entry.attributes, !attributes.isEmpty else { continue }
        var kept = entry
        kept.attributes = nil
        erased += attributes.count
        lines[index] = kept.line.dropLast()
      default: continue
      }
    }
    guard given else { return .notInLedger }
    var out = Data()
    out.reserveCapacity(ledger.count + 64)
    for line in lines {
      out.append(line)
      out.append(0x0A)
    }
    // A torn last line stays, ended, so the withdrawal is a line of its own.
    if !tail.isEmpty {
      out.append(tail)
      out.append(0x0A)
    }
    out.append(StudyLedgerEntry(type: .withdrawn, participant: participant, at: at).line)
    return .erased(out, erasedAnswers: erased)
  }
}
