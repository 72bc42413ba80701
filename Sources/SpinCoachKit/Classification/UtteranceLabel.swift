/// What a rep's utterance does, in the spellings every output uses.
public enum UtteranceLabel: String, CaseIterable, Codable, CodingKeyRepresentable, Sendable {
    case situation, problem, implication
    case needPayoff = "need-payoff"
    case question, rapport, feature, advantage, benefit, commitment, statement

    /// The four SPIN question types.
    public static let spin: [UtteranceLabel] = [.situation, .problem, .implication, .needPayoff]

    public var isSPIN: Bool { Self.spin.contains(self) }

    /// Labels that are questions by nature, so a question shape supports them.
    var isQuestionType: Bool { isSPIN || self == .question }

    /// Product statements (Rackham's features, advantages and benefits).
    public var isProductStatement: Bool { self == .feature || self == .advantage || self == .benefit }
}
