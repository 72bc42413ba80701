import Foundation

/// One row of the session list: enough to choose a session without reading its file.
public struct SessionListing: Equatable, Sendable {
    public var id: String
    @EncodedTimestamp public var started: Date
    public var persona: String
    public var script: String
    public var language: ContentLanguage
    public var rep: String
    /// Nil until the session is finished.
    @EncodedNull public var outcome: CallOutcome?
    @EncodedNull public var score: Int?
    /// SPIN question counts by label, from the finished session's scorecard.
    public var questions: [String: Int]?
    /// Turns as `load` returns them: undone ones left out, undo notes counted.
    public var turns: Int
    /// Of those, the lines the rep and the buyer said (not notes or coach lines).
    public var repTurns: Int
    public var buyerTurns: Int
    public var isComplete: Bool
    public var path: String
    /// `file:line: problem` when part of the file could not be read; the row shows what came before it.
    public var problem: String?
    /// Bytes of the file this row was made from; a file that has grown since is read again.
    var logSize: Int
}

// Outside the type's body, so the memberwise initialiser stays.
extension SessionListing {
    init(record: LoadedSession, path: String, logSize: Int, problem: String? = nil) {
        let header = record.header
        self.init(
            id: header.id, started: header.started, persona: header.persona, script: header.script,
            language: header.language, rep: header.rep, outcome: record.summary?.outcome,
            score: record.summary?.score, questions: record.summary.flatMap(Self.questionCounts),
            turns: record.turns.count,
            repTurns: record.turns.filter { $0.speaker == .rep }.count,
            buyerTurns: record.turns.filter { $0.speaker == .buyer }.count, isComplete: record.isComplete, path: path,
            problem: problem, logSize: logSize)
    }

    /// The scorecard's `questions` object, when it holds whole-number counts.
    static func questionCounts(_ summary: SessionSummary) -> [String: Int]? {
        guard case .object(let members)? = summary.scorecard["questions"] else { return nil }
        var counts: [String: Int] = [:]
        for (label, value) in members {
            guard case .number(let number) = value, number >= 0, number == number.rounded() else { return nil }
            counts[label] = Int(number)
        }
        return counts
    }
}

extension SessionListing: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, started, persona, script, language, rep, outcome, score, questions, turns, repTurns, buyerTurns
        case isComplete = "complete"
        case path, problem
    }
}
