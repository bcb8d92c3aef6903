/// Walks a parsed YAML tree once, without recursion, before anything reads it.
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

  static func check(_ tree: YAMLTree, byteCount: Int, path: String) -> Finding? {
    let budget = byteCount + slack
    var visited = 0
    // Each entry: a node, its depth, and the top-level key it sits under (for the message).
    var stack: [(node: YAMLNode, depth: Int, top: YAMLNode?)] = [(YAMLNode(0), 1, nil)]
    while let (node, depth, top) = stack.popLast() {
      visited += 1
      if visited > budget {
        return .aliasBomb(location(top ?? node, tree, path))
      }
      if depth > NestingScanner.maximumDepth {
        return .tooDeep(location(node, tree, path))
      }
      switch tree.kind(node) {
      case .mapping:
        for (key, value) in tree.pairs(node) {
          let owner = top ?? (depth == 1 ? key : nil)
          stack.append((key, depth + 1, owner))
          stack.append((value, depth + 1, owner))
        }
      case .sequence:
        for element in tree.entries(node) { stack.append((element, depth + 1, top)) }
      case .scalar:
        break
      }
    }
    return nil
  }

  private static func location(_ node: YAMLNode, _ tree: YAMLTree, _ path: String)
    -> SourceLocation
  {
    let (line, column) = tree.mark(node)
    return SourceLocation(file: path, line: line, column: column)
  }
}
