/// The classifier's judgement of one utterance, with what decided it.
public struct Classification: Equatable, Sendable, Codable {
    public var label: UtteranceLabel
    /// 0 to 1: how clearly this label won over the others.
    public var confidence: Double
    public var language: ContentLanguage
    /// The cue or learned evidence that decided it, shown to the rep.
    public var evidence: String
    /// `script:question` when the line is exactly one of a script's questions.
    public var scriptQuestion: String?

    public init(
        label: UtteranceLabel, confidence: Double, language: ContentLanguage, evidence: String,
        scriptQuestion: String? = nil
    ) {
        self.label = label
        self.confidence = confidence
        self.language = language
        self.evidence = evidence
        self.scriptQuestion = scriptQuestion
    }
}
