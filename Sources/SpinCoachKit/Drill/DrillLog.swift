import Foundation

/// What a drill asks about: one skill, or all three taken in turn.
public enum DrillKind: String, CaseIterable, Codable, Sendable {
    case spin, disc, fab, mixed

    public var skills: [DrillSkill] {
        switch self {
        case .spin: [.spin]
        case .disc: [.disc]
        case .fab: [.fab]
        case .mixed: DrillSkill.allCases
        }
    }
}

/// The first line of a drill log: who drilled what, when.
public struct DrillHeader: Equatable, Sendable {
    /// The line's `type` field: a constant, stored so the synthesized encoding writes it.
    private let type = DrillLineType.drill
    public var id: String
    @EncodedTimestamp public var started: Date
    public var rep: String
    public var language: ContentLanguage
    public var kind: DrillKind

    public init(id: String, started: Date, rep: String, language: ContentLanguage, kind: DrillKind) {
        self.id = id
        self.started = started
        self.rep = rep
        self.language = language
        self.kind = kind
    }
}

/// One answered round: written the moment it is marked, so nothing answered is lost.
public struct DrillRound: Equatable, Sendable {
    private let type = DrillLineType.round
    /// 1-based, in the order asked.
    public var index: Int
    public var item: String
    public var skill: DrillSkill
    public var answer: String
    public var verdict: DrillVerdict
    /// SM-2's grade, 0 to 5.
    public var quality: Int
    public var label: UtteranceLabel?
    public var confidence: Double?
    @EncodedTimestamp public var time: Date

    public init(
        index: Int, item: String, skill: DrillSkill, answer: String, mark: DrillMark, time: Date
    ) {
        self.index = index
        self.item = item
        self.skill = skill
        self.answer = answer
        verdict = mark.verdict
        quality = mark.quality
        label = mark.label
        confidence = mark.confidence
        self.time = time
    }

    public var isCorrect: Bool { quality >= SM2State.passingQuality }
}

/// The last line, when the drill ended in good order (a killed drill has none, and keeps its rounds).
public struct DrillEnd: Equatable, Sendable {
    private let type = DrillLineType.end
    @EncodedTimestamp public var ended: Date
    public var rounds: Int
    /// The rep stopped early (Ctrl-D) rather than answering every round planned.
    public var stopped: Bool
}

/// A drill log as read back.
public struct DrillRecord: Equatable, Sendable {
    public var header: DrillHeader
    public var rounds: [DrillRound]
    public var end: DrillEnd?
    public var path: String
}

extension DrillHeader: Codable {
    enum CodingKeys: String, CodingKey { case type, id, started, rep, language, kind }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        started = try container.decodeTimestamp(forKey: .started)
        rep = try container.decode(String.self, forKey: .rep)
        language = try container.decodeChoice(ContentLanguage.self, forKey: .language)
        kind = try container.decodeChoice(DrillKind.self, forKey: .kind)
    }
}

extension DrillRound: Codable {
    enum CodingKeys: String, CodingKey {
        case type, index, item, skill, answer, verdict, quality, label, confidence, time
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        index = try container.decodeWholeNumber(Int.self, forKey: .index)
        item = try container.decode(String.self, forKey: .item)
        skill = try container.decodeChoice(DrillSkill.self, forKey: .skill)
        answer = try container.decode(String.self, forKey: .answer)
        verdict = try container.decodeChoice(DrillVerdict.self, forKey: .verdict)
        quality = try container.decodeWholeNumber(Int.self, forKey: .quality)
        guard (0...5).contains(quality) else {
            throw DecodingError.dataCorruptedError(
                forKey: .quality, in: container, debugDescription: "must be a whole number from 0 to 5")
        }
        label = try container.decodeIfPresent(String.self, forKey: .label).map { text in
            guard let label = UtteranceLabel(rawValue: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .label, in: container, debugDescription: "'\(text)' is not a label")
            }
            return label
        }
        confidence = try container.decodeIfPresent(Double.self, forKey: .confidence)
        time = try container.decodeTimestamp(forKey: .time)
    }
}

extension DrillEnd: Codable {
    enum CodingKeys: String, CodingKey { case type, ended, rounds, stopped }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        ended = try container.decodeTimestamp(forKey: .ended)
        rounds = try container.decodeWholeNumber(Int.self, forKey: .rounds)
        stopped = try container.decode(Bool.self, forKey: .stopped)
    }
}

/// The `type` field of a drill log line.
enum DrillLineType: String, CaseIterable, Encodable {
    case drill, round, end
}
