import Foundation

/// One line of a practice call, numbered from 0 in the order written. A `note`
/// speaker marks bookkeeping, such as an undo.
public struct SessionTurn: Equatable, Sendable {
    /// The line's `type` field: a constant, stored so the synthesized encoding writes it.
    private let type = SessionLogLineType.turn
    public var index: Int
    public var speaker: Speaker
    public var text: String
    /// The classifier's label for a rep line.
    public var label: String?
    public var confidence: Double?
    /// The call stage the line was said in.
    public var stage: String
    @EncodedTimestamp public var time: Date
    /// On an undo note: the earlier turns it takes back. History is never rewritten.
    public var retracts: [Int]?
    /// On a buyer's answer: what it took the rep's line to be about, and why.
    public var reason: BuyerReason?

    public init(
        index: Int, speaker: Speaker, text: String, label: String? = nil, confidence: Double? = nil, stage: String,
        time: Date, retracts: [Int]? = nil, reason: BuyerReason? = nil
    ) {
        self.index = index
        self.speaker = speaker
        self.text = text
        self.label = label
        self.confidence = confidence
        self.stage = stage
        self.time = time
        self.retracts = retracts
        self.reason = reason
    }
}

extension SessionTurn {
    /// A note taking back earlier turns (`undo: turns 5-6`, `"retracts":[5,6]`). History is
    /// never rewritten: readers leave the named turns out.
    public static func undoNote(index: Int, retracting indices: [Int], stage: String, time: Date) -> SessionTurn {
        let sorted = Set(indices).sorted()
        return SessionTurn(
            index: index, speaker: .note, text: undoText(sorted), stage: stage, time: time, retracts: sorted)
    }

    /// `undo: turn 4`, `undo: turns 5-6`, `undo: turns 2, 5-6`.
    static func undoText(_ sortedIndices: [Int]) -> String {
        var ranges: [ClosedRange<Int>] = []
        for index in sortedIndices {
            if let last = ranges.last, last.upperBound + 1 == index {
                ranges[ranges.count - 1] = last.lowerBound...index
            } else {
                ranges.append(index...index)
            }
        }
        let listed = ranges.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }
        return "undo: " + (sortedIndices.count == 1 ? "turn " : "turns ") + listed.joined(separator: ", ")
    }
}

extension SessionTurn: Codable {
    enum CodingKeys: String, CodingKey {
        case type, index, speaker, text, label, confidence, stage, time, retracts, reason
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        index = try container.decodeWholeNumber(Int.self, forKey: .index)
        guard index >= 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: .index, in: container, debugDescription: "must be 0 or more, not \(index)")
        }
        speaker = try container.decodeChoice(from: [Speaker.rep, .buyer, .coach, .note], forKey: .speaker)
        text = try container.decode(String.self, forKey: .text)
        label = try container.decodeIfPresent(String.self, forKey: .label)
        confidence = try container.decodeIfPresent(Double.self, forKey: .confidence)
        if let confidence, !(0...1).contains(confidence) {
            throw DecodingError.dataCorruptedError(
                forKey: .confidence, in: container, debugDescription: "must be between 0 and 1, not \(confidence)")
        }
        stage = try container.decode(String.self, forKey: .stage)
        time = try container.decodeTimestamp(forKey: .time)
        retracts = try container.decodeWholeNumbersIfPresent(forKey: .retracts)
        if retracts != nil, speaker != .note {
            throw DecodingError.dataCorruptedError(
                forKey: .retracts, in: container, debugDescription: "only a note can retract turns")
        }
        reason = try container.decodeIfPresent(BuyerReason.self, forKey: .reason)
    }
}
