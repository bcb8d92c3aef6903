import Yams

/// Walks a composed YAML tree once, without recursion, before anything reads it.
///
/// An alias resolves to the very node it names, so a "billion laughs" file is a small tree
/// whose naive walk is exponential. Without aliases a file has fewer values than bytes, so
/// visiting more than that (plus some slack for honest reuse) means aliases multiply; the
/// walk stops there. It also bounds depth, which aliases can grow past what the text shows.
enum NodeBudget {
  enum Finding: Equatable {
    case aliasBomb(SourceLocation)
    case tooDeep(SourceLocation)
  }

  static let slack = 100_000

  static func check(_ root: Node, byteCount: Int, path: String) -> Finding? {
    let budget = byteCount + slack
    var visited = 0
    // Each entry: a node, its depth, and the top-level key it sits under (for the message).
    var stack: [(node: Node, depth: Int, top: Mark?)] = [(root, 1, nil)]
    while let (node, depth, top) = stack.popLast() {
      visited += 1
      if visited > budget {
        return .aliasBomb(location(top ?? node.mark, path))
      }
      if depth > NestingScanner.maximumDepth {
        return .tooDeep(location(node.mark, path))
      }
      switch node {
      case .mapping(let mapping):
        for (key, value) in mapping {
          let owner = top ?? (depth == 1 ? key.mark : nil)
          stack.append((key, depth + 1, owner))
          stack.append((value, depth + 1, owner))
        }
      case .sequence(let sequence):
        for element in sequence { stack.append((element, depth + 1, top)) }
      case .scalar, .alias:
        break
      }
    }
    return nil
  }

  private static func location(_ mark: Mark?, _ path: String) -> SourceLocation {
    SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }
}
