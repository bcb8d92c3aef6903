extension SessionRecord {
  /// The record without its visits, moments and timeline: what the study-wide tables
  /// (answers, codebook, descriptors) and the `.qdpx`'s users and variables read.
  ///
  /// `rapport export --all` keeps this, not the whole record, for each session until the
  /// study's last session is read, so its memory does not grow with the notes.
  public var studySummary: SessionRecord {
    var copy = self
    copy.visits = []
    copy.sessionMoments = []
    copy.pauses = []
    copy.recordingParts = []
    copy.outages = []
    copy.warnings = []
    return copy
  }
}
