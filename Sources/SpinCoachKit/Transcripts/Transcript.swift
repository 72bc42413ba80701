import Foundation

/// The file formats a call can be imported from.
public enum TranscriptFormat: String, Codable, Sendable, CaseIterable {
    /// A SpinCoach practice call (JSON Lines).
    case session
    case webVTT = "webvtt"
    case srt
    /// `Speaker: text` lines, or a speaker-and-time header line followed by the text.
    case plainText = "text"
    /// AssemblyAI, Deepgram or Whisper-style JSON.
    case speechToText = "stt-json"
}

/// One stretch of speech: a cue, a line or a logged turn, or several merged.
public struct Utterance: Equatable, Sendable {
    /// Nil when the file does not say who is speaking.
    public var speaker: String?
    public var text: String
    /// Seconds from the start of the recording, when the file gives them.
    public var start: Double?
    public var end: Double?
    /// The 1-based line of the file it starts on.
    public var line: Int
    /// For a practised call's buyer turn: why the buyer answered as it did.
    public var reason: BuyerReason?

    public init(
        speaker: String?, text: String, start: Double? = nil, end: Double? = nil, line: Int,
        reason: BuyerReason? = nil
    ) {
        self.speaker = speaker
        self.text = text
        self.start = start
        self.end = end
        self.line = line
        self.reason = reason
    }

    /// Seconds spoken, when both ends are known and in order.
    public var duration: Double? {
        guard let start, let end, end >= start else { return nil }
        return end - start
    }
}

/// What a practised call's log says beyond the words.
public struct PracticeContext: Equatable, Sendable {
    public var sessionID: String
    public var persona: String
    public var script: String
    public var rep: String
    public var language: ContentLanguage
    public var started: Date
    public var outcome: CallOutcome?
    public var score: Int?
}

/// A call as imported: who said what, and when if the file says.
public struct Transcript: Equatable, Sendable {
    public var file: String
    public var format: TranscriptFormat
    public var utterances: [Utterance]
    public var practice: PracticeContext?

    public init(file: String, format: TranscriptFormat, utterances: [Utterance], practice: PracticeContext? = nil) {
        self.file = file
        self.format = format
        self.utterances = utterances
        self.practice = practice
    }

    /// Distinct speaker names in order of first appearance.
    public var speakers: [String] {
        var seen = Set<String>()
        return utterances.compactMap { utterance in
            guard let name = utterance.speaker, seen.insert(name).inserted else { return nil }
            return name
        }
    }
}

/// The optional `reason` a practised call logs on a buyer turn, for example
/// `{"kind":"reveals","item":"problem:breakdowns","evidence":["stop"],"focus":false}`.
/// Kinds this version does not know are kept and shown as written.
public struct BuyerReason: Equatable, Sendable, Codable {
    public var kind: String
    public var item: String?
    public var evidence: [String]?
    public var focus: Bool?
    public var trigger: String?

    public init(
        kind: String, item: String? = nil, evidence: [String]? = nil, focus: Bool? = nil, trigger: String? = nil
    ) {
        self.kind = kind
        self.item = item
        self.evidence = evidence
        self.focus = focus
        self.trigger = trigger
    }
}
