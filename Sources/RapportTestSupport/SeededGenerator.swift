/// A small deterministic generator (a 64-bit linear congruential step) for the tests that
/// compare a fast path with its full rules on generated inputs: the same seed gives the
/// same inputs, so a failure can be replayed.
public struct SeededGenerator: RandomNumberGenerator {
  /// The generator's whole state, after the latest step.
  public private(set) var state: UInt64

  public init(seed: UInt64) { state = seed }

  /// The next state, all 64 bits.
  public mutating func nextState() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state
  }

  /// `RandomNumberGenerator`, for `Int.random(in:using:)` and the like.
  public mutating func next() -> UInt64 { nextState() }

  /// A number in `0..<bound`, from the state's high bits (the low ones repeat quickly).
  public mutating func next(_ bound: Int) -> Int {
    Int((nextState() >> 33) % UInt64(bound))
  }

  /// A text of fewer than `maxLength` characters drawn from `alphabet`.
  public mutating func text(from alphabet: [Character], maxLength: Int) -> String {
    String((0..<next(maxLength)).map { _ in alphabet[next(alphabet.count)] })
  }
}
