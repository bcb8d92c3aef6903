/// A list that only grows with the session (its notes, flags, skips, cues), which counts
/// every element read and every element copied (`WorkCount`, debug builds only).
///
/// It reads like an array. It exists so that a test can prove that folding an event and
/// drawing a screen do work independent of the session's length: a filter over all notes
/// per render, or a fold that copies the list per event, shows up in the counts.
public struct SessionList<Element: Sendable & Equatable>: RandomAccessCollection, Equatable,
  Sendable, ExpressibleByArrayLiteral
{
  private var storage: [Element]

  public init(_ elements: [Element] = []) {
    storage = elements
  }

  public init(arrayLiteral elements: Element...) {
    storage = elements
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { storage.count }

  /// One element; counted as one visited.
  public subscript(position: Int) -> Element {
    WorkCount.visit()
    return storage[position]
  }

  /// The last element, read without walking the list.
  public var last: Element? {
    guard let element = storage.last else { return nil }
    WorkCount.visit()
    return element
  }

  /// The elements, as an array (a copy only when written to afterwards).
  public var elements: [Element] { storage }

  /// Adds one at the end; when the list was shared with another state, the copy that
  /// makes is counted. (Growing a full list moves it too, but doubling its room makes that
  /// linear over a session: not counted.)
  mutating func append(_ element: Element) {
    #if DEBUG
      let before = storage.withUnsafeBufferPointer { $0.baseAddress }
      let count = storage.count
      let hadRoom = count < storage.capacity
      storage.append(element)
      let after = storage.withUnsafeBufferPointer { $0.baseAddress }
      if hadRoom, before != after { WorkCount.copy(count) }
    #else
      storage.append(element)
    #endif
  }

  public static func == (lhs: SessionList, rhs: SessionList) -> Bool {
    lhs.storage == rhs.storage
  }
}
