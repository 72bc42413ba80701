/// How one answer went, in words the round's feedback is chosen by.
public enum DrillVerdict: String, CaseIterable, Codable, Sendable {
    /// The right kind of answer, about the right thing.
    case right
    /// The right type of question, but about something other than what the buyer said.
    case offTopic = "off-topic"
    /// Close: the neighbouring SPIN type, a feature or advantage instead of a benefit, the
    /// buyer's secondary style.
    case near
    case wrong
    /// A statement (or feature dump) where a question was wanted.
    case notAQuestion = "not-a-question"
    case skipped
}

/// The mark for one answer. `quality` is SM-2's 0–5 grade; 3 and above counts as right.
public struct DrillMark: Equatable, Sendable {
    public var verdict: DrillVerdict
    public var quality: Int
    /// The classifier's label and confidence, for written answers.
    public var label: UtteranceLabel?
    public var confidence: Double?
    /// The style the rep named, for DISC rounds.
    public var named: DISCStyle?

    public init(
        verdict: DrillVerdict, quality: Int, label: UtteranceLabel? = nil, confidence: Double? = nil,
        named: DISCStyle? = nil
    ) {
        self.verdict = verdict
        self.quality = quality
        self.label = label
        self.confidence = confidence
        self.named = named
    }

    public var isCorrect: Bool { quality >= SM2State.passingQuality }

    public static let skipped = DrillMark(verdict: .skipped, quality: 0)
}

/// Marks answers with the real classifier, and checks a question's topic against the
/// persona the buyer line came from (the same index the simulated buyer understands by).
///
/// Grades: the right type on topic 5 (4 when the classifier is unsure, confidence under
/// 0.5); right type, other topic 3; the neighbouring SPIN type 2; another question 1;
/// a statement 0. A benefit: 5 (or 4), a feature or advantage not tied to the need 2,
/// anything else 1. A DISC style: right 5, the secondary style 2, another 1.
public struct DrillMarker: Sendable {
    let classifier: UtteranceClassifier
    let indexes: [String: PersonaIndex]

    public static let sureConfidence = 0.5

    public init(classifier: UtteranceClassifier, library: ContentLibrary, language: ContentLanguage) {
        self.classifier = classifier
        var indexes: [String: PersonaIndex] = [:]
        for persona in library.personas where persona.language == language {
            indexes[persona.id] = PersonaIndex(
                persona: persona, scripts: library.scripts, lexicon: library.lexicons[language])
        }
        self.indexes = indexes
    }

    /// Nil for a DISC round whose answer names no style: the rep is asked again.
    public func mark(_ answer: String, for item: DrillItem) -> DrillMark? {
        switch item.task {
        case .style(let style, let secondary):
            guard let named = DISCAnswer.parse(answer) else { return nil }
            let quality = named == style ? 5 : named == secondary ? 2 : 1
            let verdict: DrillVerdict = named == style ? .right : named == secondary ? .near : .wrong
            return DrillMark(verdict: verdict, quality: quality, named: named)
        case .question(let expected, let topic):
            let line = SpokenLine(answer)
            let result = classifier.classify(line, language: item.language)
            var mark = DrillMark(
                verdict: .wrong, quality: 1, label: result.label, confidence: result.confidence)
            if result.label == expected {
                let onTopic = topic.map { isAbout($0, line.tokens) } ?? true
                mark.verdict = onTopic ? .right : .offTopic
                mark.quality = onTopic ? (result.confidence >= Self.sureConfidence ? 5 : 4) : 3
            } else if let distance = Self.stageDistance(result.label, expected), distance == 1 {
                (mark.verdict, mark.quality) = (.near, 2)
            } else if !result.label.isSPIN && result.label != .question {
                (mark.verdict, mark.quality) = (.notAQuestion, 0)
            }
            return mark
        case .benefit(let need):
            let result = classifier.classify(answer, language: item.language, statedNeeds: [need])
            var mark = DrillMark(verdict: .wrong, quality: 1, label: result.label, confidence: result.confidence)
            if result.label == .benefit {
                mark.verdict = .right
                mark.quality = result.confidence >= Self.sureConfidence ? 5 : 4
            } else if result.label == .feature || result.label == .advantage {
                (mark.verdict, mark.quality) = (.near, 2)
            }
            return mark
        }
    }

    /// Steps between two SPIN types (situation 0 … need-payoff 3); nil if either is not one.
    static func stageDistance(_ lhs: UtteranceLabel, _ rhs: UtteranceLabel) -> Int? {
        guard let left = UtteranceLabel.spin.firstIndex(of: lhs), let right = UtteranceLabel.spin.firstIndex(of: rhs)
        else { return nil }
        return abs(left - right)
    }

    /// A question with no words the persona knows follows the thread ("What does that cost
    /// you?"); one with topic words must meet the item, or its problem, best.
    func isAbout(_ topic: DrillTopic, _ tokens: TokenizedText) -> Bool {
        guard let index = indexes[topic.persona] else { return true }
        let meaning = index.meaning(of: tokens)
        guard index.knows(meaning) else { return true }
        let kinds: Set<PersonaItem.Kind> =
            topic.item.problemID == nil ? [.fact] : [.problem, .implication, .need]
        guard let best = index.rank(meaning, kinds: kinds).first else { return true }
        if best.item == topic.item { return true }
        return topic.item.problemID != nil && best.item.problemID == topic.item.problemID
    }
}
