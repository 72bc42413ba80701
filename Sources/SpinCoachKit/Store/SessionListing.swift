import Foundation

/// One row of the session list: enough to choose a session without reading its file.
public struct SessionListing: Equatable, Sendable {
    public var id: String
    public var started: Date
    public var persona: String
    public var script: String
    public var language: ContentLanguage
    public var rep: String
    /// Nil until the session is finished.
    public var outcome: CallOutcome?
    public var score: Int?
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

    init(
        id: String, started: Date, persona: String, script: String, language: ContentLanguage, rep: String,
        outcome: CallOutcome?, score: Int?, questions: [String: Int]? = nil, turns: Int, repTurns: Int,
        buyerTurns: Int, isComplete: Bool,
        path: String, problem: String?, logSize: Int
    ) {
        self.id = id
        self.started = started
        self.persona = persona
        self.script = script
        self.language = language
        self.rep = rep
        self.outcome = outcome
        self.score = score
        self.questions = questions
        self.turns = turns
        self.repTurns = repTurns
        self.buyerTurns = buyerTurns
        self.isComplete = isComplete
        self.path = path
        self.problem = problem
        self.logSize = logSize
    }

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
}

extension SessionListing {
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
        case complete, path, problem
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeTimestamp(started, forKey: .started)
        try container.encode(persona, forKey: .persona)
        try container.encode(script, forKey: .script)
        try container.encode(language, forKey: .language)
        try container.encode(rep, forKey: .rep)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(score, forKey: .score)
        try container.encodeIfPresent(questions, forKey: .questions)
        try container.encode(turns, forKey: .turns)
        try container.encode(repTurns, forKey: .repTurns)
        try container.encode(buyerTurns, forKey: .buyerTurns)
        try container.encode(isComplete, forKey: .complete)
        try container.encode(path, forKey: .path)
        try container.encodeIfPresent(problem, forKey: .problem)
    }
}
