/// The classifier's judgement of one utterance, with what decided it.
public struct Classification: Equatable, Sendable, Codable {
    public var label: UtteranceLabel
    /// 0 to 1: how clearly this label won over the others.
    public var confidence: Double
    public var language: ContentLanguage
    /// The cue or learned evidence that decided it, shown to the rep.
    public var evidence: String
    /// The script question the line is, word for word, if any.
    public var scriptQuestion: ScriptQuestionReference?
    /// The line talks about price, the offer's cost or the buyer's budget (a `[price]` cue).
    public var isAboutPrice: Bool
    /// The line says something warm (a `[rapport]` cue), whatever else it is: "Thanks for having me. How…?"
    public var isWarm: Bool

    public init(
        label: UtteranceLabel, confidence: Double, language: ContentLanguage, evidence: String,
        scriptQuestion: ScriptQuestionReference? = nil, isAboutPrice: Bool = false, isWarm: Bool = false
    ) {
        self.label = label
        self.confidence = confidence
        self.language = language
        self.evidence = evidence
        self.scriptQuestion = scriptQuestion
        self.isAboutPrice = isAboutPrice
        self.isWarm = isWarm
    }
}

/// One question of one script, as the classifier recognises it: shown as `script:question`.
public struct ScriptQuestionReference: Hashable, Codable, Sendable, CustomStringConvertible {
    public var script: String
    public var question: String

    public init(script: String, question: String) {
        self.script = script
        self.question = question
    }

    public var description: String { "\(script):\(question)" }
}
