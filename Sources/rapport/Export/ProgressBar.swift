import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A one-line progress bar on standard error, drawn only when it is a terminal and the
/// work is long enough to watch, so pipes and logs stay clean.
final class ProgressBar {
  private let total: Int
  private let label: String
  private let enabled: Bool
  private var done = 0
  private var drawn = -1

  init(total: Int, label: String) {
    self.total = total
    self.label = label
    enabled = isatty(STDERR_FILENO) == 1 && total > 2
  }

  func advance() {
    done += 1
    guard enabled else { return }
    let percent = total == 0 ? 100 : done * 100 / total
    guard percent != drawn else { return }
    drawn = percent
    let width = 30
    let filled = width * percent / 100
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    FileHandle.standardError.write(Data("\r[\(bar)] \(percent)% \(label)".utf8))
  }

  func finish() {
    guard enabled, drawn >= 0 else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
