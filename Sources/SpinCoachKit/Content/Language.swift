/// The two languages SpinCoach works in.
public enum ContentLanguage: String, CaseIterable, Codable, Sendable {
    case english = "en"
    case chinese = "zh"
}

/// DISC behavioural styles. A rapport heuristic, never a diagnosis.
public enum DISCStyle: String, CaseIterable, Codable, Sendable {
    case dominance = "D"
    case influence = "I"
    case steadiness = "S"
    case conscientiousness = "C"
}
