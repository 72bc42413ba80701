import Foundation

/// Labels what a rep just did: a SPIN question type or a selling behaviour.
///
/// Each label's score is the learned model's tempered log-likelihood plus a
/// bonus for each of the label's cues found in the line (at most two), plus
/// a shape term: a line shaped like a question favours the question labels,
/// any other line disfavours them (small talk with a rapport cue counts as a
/// question label here: "How are you today?"). The highest score wins. A line of
/// several questions gets the label of its main ask: the latest SPIN stage among
/// them, except that a question about price or budget asks for facts. A benefit is an
/// advantage that meets an explicit need the buyer stated, so it is only ever
/// given when stated needs are passed in.
public struct UtteranceClassifier: Sendable {
    public struct Tuning: Sendable {
        /// Multiplies the model's average per-feature log-likelihood.
        public var modelWeight = 4.0
        public var cueBonus = 1.6
        public var questionShapeBonus = 2.0
        public init() {}
    }

    public struct TrainingExample: Sendable {
        public var text: String
        public var label: UtteranceLabel
        public var language: ContentLanguage
        /// The script question it is, when it is one.
        public var source: ScriptQuestionReference?

        public init(text: String, label: UtteranceLabel, language: ContentLanguage) {
            self.text = text
            self.label = label
            self.language = language
        }
    }

    struct LanguageModel: Sendable {
        var cues: CueBook
        var model: NaiveBayes
        var lexicon: Lexicon
        /// The scripts' own questions, by their tokens' hashes.
        var scriptQuestions: [[UInt64]: (label: UtteranceLabel, source: ScriptQuestionReference)]
    }

    /// Labels the scores compete over; benefit is decided afterwards from context.
    static let scoredLabels = UtteranceLabel.allCases.filter { $0 != .benefit }
    /// Longer lines are classified on their start (the command warns).
    public static let maximumLength = 10_000

    let models: [ContentLanguage: LanguageModel]
    public var tuning = Tuning()

    /// `scriptQuestions` that name their `source` are recognised by their exact
    /// wording before any cue or model is consulted.
    public init(
        cueBooks: [ContentLanguage: CueBook], training: [TrainingExample],
        scriptQuestions: [TrainingExample] = []
    ) {
        let languages = ContentLanguage.allCases
        // The languages train independently, so on two cores start-up takes the time of one.
        let slots = ResultSlots<LanguageModel>(count: languages.count)
        DispatchQueue.concurrentPerform(iterations: languages.count) { index in
            slots.store(
                Self.model(
                    for: languages[index], cues: cueBooks[languages[index]], training: training,
                    scriptQuestions: scriptQuestions),
                at: index)
        }
        var models: [ContentLanguage: LanguageModel] = [:]
        for (index, language) in languages.enumerated() { models[language] = slots.take(index) }
        self.models = models
    }

    private static func model(
        for language: ContentLanguage, cues: CueBook?, training: [TrainingExample],
        scriptQuestions: [TrainingExample]
    ) -> LanguageModel {
        let examples = training.filter { $0.language == language }.map {
            NaiveBayes.Example(
                tokens: Tokenizer.tokens($0.text), label: $0.label == .benefit ? .advantage : $0.label)
        }
        let cues = cues ?? CueBook(language: language)
        let model = NaiveBayes(labels: scoredLabels, examples: examples)
        // A rep asking one of the scripts' own questions is asking that section's type.
        // Keyed by the words themselves, so a question the model never trained on (an opening) is known too.
        var known: [[UInt64]: (label: UtteranceLabel, source: ScriptQuestionReference)] = [:]
        for question in scriptQuestions where question.language == language {
            guard let source = question.source else { continue }
            known[Tokenizer.tokenize(question.text).hashes] = (question.label, source)
        }
        return LanguageModel(
            cues: cues, model: model, lexicon: Lexicon(vocabulary: model.vocabulary, cues: cues),
            scriptQuestions: known)
    }

    /// The start of an overlong line (`maximumLength` characters), or the line itself.
    public static func clipped(_ text: String) -> String {
        // A string never has more characters than UTF-8 bytes, so short lines skip the count.
        text.utf8.count > maximumLength && text.count > maximumLength ? String(text.prefix(maximumLength)) : text
    }

    /// Classifies one utterance. `statedNeeds` are the explicit needs the buyer has stated so far.
    public func classify(
        _ text: String, language requested: ContentLanguage? = nil, statedNeeds: [String] = []
    ) -> Classification {
        classify(SpokenLine(text), language: requested, statedNeeds: statedNeeds)
    }

    /// Classifies a line already clipped and tokenized, so a caller that needs its tokens too reads it once.
    public func classify(
        _ line: SpokenLine, language requested: ContentLanguage? = nil, statedNeeds: [String] = []
    ) -> Classification {
        let language = requested ?? Tokenizer.detectLanguage(line.text)
        let tokenized = line.tokens
        let tokens = tokenized.tokens
        guard let languageModel = models[language], !tokens.isEmpty else {
            return Classification(label: .statement, confidence: 0, language: language, evidence: "no words")
        }
        let (ids, candidates) = languageModel.lexicon.lookup(tokenized)
        let hits = languageModel.cues.hits(in: tokenized, candidates: candidates)
        let isWarm = hits.contains { $0.group == .label(.rapport) }
        if let known = languageModel.scriptQuestions[tokenized.hashes] {
            return Classification(
                label: known.label, confidence: 1, language: language, evidence: "script question \(known.source)",
                scriptQuestion: known.source, isWarm: isWarm)
        }
        let isQuestion = Self.isQuestionShaped(
            tokens, language: language, hits: hits, endsWithStop: Self.endsWithStop(line.text))
        let (modelScores, known) = languageModel.model.scores(ids: ids)

        let cueCounts = Self.effectiveCueCounts(hits, isQuestion: isQuestion)
        var scores: [Double] = []
        for (index, label) in Self.scoredLabels.enumerated() {
            var score = known > 0 ? tuning.modelWeight * modelScores[index] : 0
            let cueCount = cueCounts[label] ?? 0
            // A SPIN cue in a statement, or a product cue in a question, is weaker evidence.
            let shapeDisagrees =
                (label.isQuestionType && !isQuestion)
                || (isQuestion && (label.isProductStatement || label == .statement))
            score += tuning.cueBonus * Double(min(cueCount, 2)) * (shapeDisagrees ? 0.4 : 1)
            if label.isQuestionType || (label == .rapport && isQuestion && cueCount >= 2) {
                score += isQuestion ? tuning.questionShapeBonus : -tuning.questionShapeBonus
            } else if label == .commitment && !isQuestion && cueCount == 0 {
                // Asking for a step is a question or a "let's"; a bare statement rarely is one.
                score -= tuning.questionShapeBonus
            } else if isQuestion && (label.isProductStatement || label == .statement) {
                score -= tuning.questionShapeBonus
            }
            scores.append(score)
        }
        let best = scores.indices.max { scores[$0] < scores[$1] }!
        var label = Self.scoredLabels[best]
        let confidence = Self.softmax(scores)[best]
        var evidence = Self.evidence(
            for: label, hits: hits, model: languageModel.model, ids: ids, isQuestion: isQuestion)
        if !isQuestion, Self.canBeBenefit(label, hits: hits),
            let need = NeedMatcher.bestMatch(tokens: tokens, needs: statedNeeds)
        {
            label = .benefit
            evidence = "meets the stated need \"\(need)\"; " + evidence
        }
        if label != .commitment, let ask = Self.closingProposal(line), ask.text != line.text {
            let last = classify(ask, language: language, statedNeeds: [])
            if last.label == .commitment, last.confidence >= Self.proposalConfidence {
                return Classification(
                    label: .commitment, confidence: last.confidence, language: language,
                    evidence: "ends by proposing a step: " + last.evidence,
                    isAboutPrice: hits.contains { $0.group == .price }, isWarm: isWarm)
            }
        }
        return Classification(
            label: label, confidence: (confidence * 100).rounded() / 100, language: language, evidence: evidence,
            isAboutPrice: hits.contains { $0.group == .price }, isWarm: isWarm)
    }

    /// How sure the classifier must be that a line's last sentence proposes a step.
    static let proposalConfidence = 0.8

    /// The last sentence of a line of several: "…worth a look? I could bring a plan next
    /// Tuesday." ends on a proposal, and what a rep ends on is the ask.
    static func closingProposal(_ line: SpokenLine) -> SpokenLine? {
        let ends: Set<Character> = [".", "?", "!", "。", "？", "！"]
        var sentences: [String] = []
        var current = ""
        for character in line.text {
            current.append(character)
            if ends.contains(character) {
                sentences.append(current)
                current = ""
            }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { sentences.append(current) }
        let spoken = sentences.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard spoken.count >= 2, let last = spoken.last else { return nil }
        return SpokenLine(last)
    }

    /// Cue hits per label, where a later SPIN stage's cue overrides an earlier one's:
    /// an implication question names the problem it develops, and a problem
    /// question often names the situation, so those earlier cues prove nothing.
    /// A question about price or budget is a situation question whatever else it
    /// names: "what would it cost you to run a pilot" asks what they would pay.
    static func effectiveCueCounts(_ hits: [CueBook.Cue], isQuestion: Bool = false) -> [UtteranceLabel: Int] {
        var counts: [UtteranceLabel: Int] = [:]
        for hit in hits {
            // A cue tied to the start of the line ("^hello", "^您好") is positional, so stronger.
            if case .label(let label) = hit.group { counts[label, default: 0] += hit.pattern.anchored ? 2 : 1 }
        }
        if isQuestion, hits.contains(where: { $0.group == .price }) {
            counts[.implication] = nil
            counts[.problem] = nil
            counts[.situation, default: 0] += 2
            return counts
        }
        // Small talk at the start of a line ("How are you today?") is not fact-finding.
        if isQuestion, (counts[.rapport] ?? 0) >= 2 { counts[.situation] = nil }
        let later = { (label: UtteranceLabel) in (counts[label] ?? 0) > 0 }
        if later(.implication) || later(.needPayoff) {
            counts[.problem] = nil
            counts[.situation] = nil
        } else if later(.problem) {
            counts[.situation] = nil
        }
        return counts
    }

    /// A statement about what we offer, or one that ties back to what the buyer said,
    /// can meet a stated need; small talk and questions cannot.
    static func canBeBenefit(_ label: UtteranceLabel, hits: [CueBook.Cue]) -> Bool {
        if label.isProductStatement { return true }
        return hits.contains { $0.group == .label(.benefit) || $0.group == .label(.advantage) }
    }

    static func evidence(
        for label: UtteranceLabel, hits: [CueBook.Cue], model: NaiveBayes, ids: [UInt32], isQuestion: Bool
    ) -> String {
        let cues = hits.filter { $0.group == .label(label) }
        if let strongest = cues.max(by: { $0.pattern.source.count < $1.pattern.source.count }) {
            return "cue \"\(strongest.pattern.source)\""
        }
        let features = model.strongestFeatures(ids: ids, for: label)
        if !features.isEmpty {
            return "learned: " + features.map { "\"\($0)\"" }.joined(separator: ", ")
        }
        return isQuestion ? "question shape" : "no cue matched"
    }

    /// A question mark, a request like "walk me through", or, in a line that does not end with
    /// a full stop, a question word ("多少") or a leading one in a line short enough to be one
    /// question: a long run of words without a question mark is a monologue ("What we see in
    /// plants like yours is …"), and one ended by a full stop tells ("这几项我都记下了。").
    static func isQuestionShaped(
        _ tokens: [String], language: ContentLanguage, hits: [CueBook.Cue], endsWithStop: Bool
    ) -> Bool {
        if tokens.contains("?") || hits.contains(where: { $0.group == .questionForm }) { return true }
        guard !endsWithStop else { return false }
        if hits.contains(where: { $0.group == .questionWord }) { return true }
        guard language == .english, tokens.count <= longestUnmarkedQuestion else { return false }
        let fillers: Set<String> = ["so", "and", "ok", "okay", "right", "now", "well", "then", "but", "just", "also"]
        let first = tokens.first { !fillers.contains($0) }
        return first.map(englishQuestionStarts.contains) ?? false
    }

    /// Whether the line's last mark is a full stop or an exclamation, which end a statement.
    static func endsWithStop(_ text: String) -> Bool {
        guard let last = text.last(where: { !$0.isWhitespace && $0 != "\"" && $0 != "”" && $0 != "）" }) else {
            return false
        }
        return [".", "!", "。", "！"].contains(last)
    }

    /// Tokens (words and punctuation) a question without a question mark can run to.
    static let longestUnmarkedQuestion = 24

    static let englishQuestionStarts: Set<String> = [
        "how", "what", "what's", "why", "when", "where", "who", "who's", "whom", "whose", "which", "do", "does",
        "did", "is", "are", "was", "were", "can", "could", "would", "will", "should", "shall", "have", "has",
        "may", "might", "isn't", "aren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "how's", "where's",
    ]

    static func softmax(_ scores: [Double]) -> [Double] {
        let top = scores.max() ?? 0
        let exponentials = scores.map { exp($0 - top) }
        let total = exponentials.reduce(0, +)
        return exponentials.map { $0 / total }
    }
}

/// One slot per concurrent worker: each is written by exactly one worker and read
/// only after all have finished, so no two threads ever touch the same memory.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    func store(_ value: Value, at index: Int) { storage[index] = value }

    func take(_ index: Int) -> Value? { storage[index] }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }
}
