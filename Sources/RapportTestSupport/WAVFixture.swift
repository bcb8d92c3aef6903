import Foundation

/// A small valid WAV file (RIFF, PCM, 8 kHz, mono, 16-bit) of silence, for tests that give
/// `rapport export --media` a recording.
public enum WAVFixture {
  /// `seconds` of silence: a 44-byte header and the samples.
  public static func silence(seconds: Int = 1) -> Data {
    let rate: UInt32 = 8000
    let bytesPerSample: UInt16 = 2
    let samples = Data(count: Int(rate) * Int(bytesPerSample) * seconds)
    var out = Data("RIFF".utf8)
    out.append(littleEndian: UInt32(36 + samples.count))
    out.append(contentsOf: Array("WAVEfmt ".utf8))
    out.append(littleEndian: UInt32(16))  // fmt chunk size
    out.append(littleEndian: UInt16(1))  // PCM
    out.append(littleEndian: UInt16(1))  // mono
    out.append(littleEndian: rate)
    out.append(littleEndian: rate * UInt32(bytesPerSample))  // bytes per second
    out.append(littleEndian: bytesPerSample)  // block align
    out.append(littleEndian: UInt16(16))  // bits per sample
    out.append(contentsOf: Array("data".utf8))
    out.append(littleEndian: UInt32(samples.count))
    out.append(samples)
    return out
  }

  /// Writes `silence(seconds:)` to `path`.
  public static func write(to path: String, seconds: Int = 1) throws {
    try silence(seconds: seconds).write(to: URL(fileURLWithPath: path))
  }
}

extension Data {
  fileprivate mutating func append<T: FixedWidthInteger>(littleEndian value: T) {
    Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
  }
}
