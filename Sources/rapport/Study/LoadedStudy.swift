import RapportCore

/// A study file and the two protocols it names, all without errors.
struct LoadedStudy {
  var plan: StudyPlan
  var screening: StudyCheck.ProtocolFile
  var interview: StudyCheck.ProtocolFile
}
