import Foundation

/// The last line of a finished session. A file without one is incomplete.
public struct SessionSummary: Equatable, Sendable {
    public static let scoreRange = 0...100

    private let type = SessionLogLineType.summary
    @EncodedTimestamp public var ended: Date
    public var outcome: CallOutcome
    public var score: Int
    /// The coaching scorecard; its shape belongs to the coach, not the store.
    public var scorecard: [String: JSONValue]

    public init(ended: Date, outcome: CallOutcome, score: Int, scorecard: [String: JSONValue]) {
        self.ended = ended
        self.outcome = outcome
        self.score = score
        self.scorecard = scorecard
    }
}

extension SessionSummary: Codable {
    enum CodingKeys: String, CodingKey {
        case type, ended, outcome, score, scorecard
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        ended = try container.decodeTimestamp(forKey: .ended)
        outcome = try container.decodeChoice(
            from: [CallOutcome.advance, .continuation, .noSale, .walkOut, .endedEarly, .abandoned], forKey: .outcome)
        score = try container.decodeWholeNumber(Int.self, forKey: .score)
        guard Self.scoreRange.contains(score) else {
            throw DecodingError.dataCorruptedError(
                forKey: .score, in: container, debugDescription: "must be between 0 and 100, not \(score)")
        }
        scorecard = try container.decode([String: JSONValue].self, forKey: .scorecard)
    }
}
