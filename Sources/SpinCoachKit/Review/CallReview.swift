import Foundation

/// Which side of the sale a speaker is on.
public enum Side: String, Codable, Sendable {
    case rep, buyer
}

/// How the rep was told from the buyers, so the report can say.
public enum RepRule: String, Codable, Sendable {
    /// `--rep NAME`.
    case option
    /// The practice call's own rep.
    case session
    /// The speaker who asks the most questions.
    case mostQuestions = "most-questions"
    case onlySpeaker = "only-speaker"
}

/// How much of the call's timing the file gives.
public enum Timing: String, Codable, Sendable {
    /// Every utterance has a start and an end.
    case full
    /// Start times only (most plain-text exports, session logs).
    case starts
    case none
}

public struct SpeakerStats: Codable, Equatable, Sendable {
    public var name: String
    public var side: Side?
    public var turns: Int
    /// Words, with Chinese counted in characters.
    public var words: Int
    /// Seconds spoken, when every utterance is timed.
    public var seconds: Double?
}

/// One turn as reviewed: rep turns labelled, buyer turns checked for explicit needs.
public struct ReviewedTurn: Codable, Equatable, Sendable {
    public var index: Int
    /// "(unlabelled)" when the file does not say.
    public var speaker: String
    public var side: Side?
    public var text: String
    public var start: Double?
    public var end: Double?
    public var line: Int
    public var words: Int
    public var label: UtteranceLabel?
    public var confidence: Double?
    public var evidence: String?
    /// On a buyer turn: the words that make it an explicit need.
    public var explicitNeed: String?
    public var reason: BuyerReason?

    public var isQuestion: Bool { label.map { $0.isSPIN || $0 == .question } ?? false }
}

/// A published figure a measure is shown beside, with the sample it comes from.
public struct Reference: Codable, Equatable, Sendable {
    public var id: String
    public var low: Double?
    public var high: Double?
    public var summary: String
    public var source: String
}

public enum Verdict: String, Codable, Sendable {
    case below, within, above
}

public enum MetricUnit: String, Codable, Sendable {
    case share, seconds, words, perMinute = "per-minute", count
}

/// One conversation measure; nil `value` when this file cannot give it (no timing, say).
public struct Metric: Codable, Equatable, Sendable {
    public var id: String
    public var value: Double?
    public var unit: MetricUnit
    /// `time` or `words`, for measures that use whichever the file allows.
    public var basis: String?
    public var reference: Reference?
    public var verdict: Verdict?
}

public struct QuestionStats: Codable, Equatable, Sendable {
    public var total: Int
    /// Situation, problem, implication and need-payoff counts, by label.
    public var spin: [String: Int]
    /// Per minute of call, when the call is timed.
    public var perMinute: [String: Double]?
    /// Need-payoff questions asked before any implication question.
    public var prematureNeedPayoffs: [Int]
    /// Features and advantages offered before the buyer stated any explicit need.
    public var prematurePitches: [Int]

    public func count(_ label: UtteranceLabel) -> Int { spin[label.rawValue] ?? 0 }

    public var spinTotal: Int { UtteranceLabel.spin.reduce(0) { $0 + count($1) } }

    /// Implication and need-payoff questions over all SPIN questions.
    public var laterStageShare: Double? {
        spinTotal == 0 ? nil : Double(count(.implication) + count(.needPayoff)) / Double(spinTotal)
    }
}

public struct DISCHint: Codable, Equatable, Sendable {
    public var style: DISCStyle
    /// 0 to 1: how one-sided and how plentiful the cues were.
    public var confidence: Double
    public var cues: [String]
}

public struct ReviewCoachingPoint: Codable, Equatable, Sendable {
    public var kind: String
    public var advice: String
    public var turn: Int
    /// The rep's own line.
    public var quote: String
    /// A question from the scripts for that moment: `script:question` and its wording.
    public var betterQuestion: String?
    public var betterQuestionID: String?
}

/// Everything `review` says about one call.
public struct CallReview: Codable, Equatable, Sendable {
    public var file: String
    public var format: TranscriptFormat
    public var language: ContentLanguage
    public var date: Date?
    public var timing: Timing
    /// Seconds from the first utterance's start to the last one's end (or start).
    public var duration: Double?
    public var rep: String
    public var repRule: RepRule
    public var speakers: [SpeakerStats]
    public var turns: [ReviewedTurn]
    public var questions: QuestionStats
    public var metrics: [Metric]
    public var disc: DISCHint?
    public var coaching: [ReviewCoachingPoint]
    public var practice: PracticeSummary?

    public func metric(_ id: String) -> Metric? { metrics.first { $0.id == id } }

    public var explicitNeeds: [ReviewedTurn] { turns.filter { $0.explicitNeed != nil } }
}

public struct PracticeSummary: Codable, Equatable, Sendable {
    public var sessionID: String
    public var persona: String
    public var script: String
    public var outcome: CallOutcome?
    public var score: Int?
}
