import Foundation

/// A session as read back: undone turns are already dropped.
public struct LoadedSession: Equatable, Sendable {
    public var header: SessionHeader
    /// In the order said; turns an undo note retracted are left out, the note itself kept.
    public var turns: [SessionTurn] = []
    /// The turns undo notes took back, kept so a coach can see what was said and withdrawn.
    public var undone: [SessionTurn] = []
    public var summary: SessionSummary?

    /// A session without a summary line was never finished (the program stopped mid-call).
    public var isComplete: Bool { summary != nil }

    /// Every turn written, undone ones included, in the order said.
    public var transcript: [SessionTurn] { (turns + undone).sorted { $0.index < $1.index } }
}

extension LoadedSession: Encodable {
    enum CodingKeys: String, CodingKey {
        case header, turns, undone, summary, complete
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(header, forKey: .header)
        try container.encode(turns, forKey: .turns)
        try container.encode(undone, forKey: .undone)
        try container.encodeIfPresent(summary, forKey: .summary)
        try container.encode(isComplete, forKey: .complete)
    }
}
