/// Where the call is, in Rackham's order.
public enum CallStage: String, CaseIterable, Codable, Sendable {
    case opening, situation, problem, implication
    case needPayoff = "need-payoff"
    case demonstrating, commitment, ended
}

/// How a call ended (Rackham's outcomes, plus the buyer walking out, the rep leaving
/// mid-conversation, or the rep quitting before saying anything).
public enum CallOutcome: String, CaseIterable, Codable, Sendable {
    case advance, continuation
    case noSale = "no-sale"
    case walkOut = "walk-out"
    case endedEarly = "ended-early"
    case abandoned
}

/// Slash commands the rep can type during a call.
public enum CallCommand: Equatable, Sendable {
    case hint, stage, advice, score, undo, end, quit
    /// Why the buyer answered the last line as it did.
    case why
    case note(String)
}

/// Something that happened in the call: the machine's only input.
public enum CallEvent: Equatable, Sendable {
    /// The call begins: the buyer opens. It happens once, first.
    case start
    case repSaid(String)
    case command(CallCommand)
}

public enum Speaker: String, Codable, Sendable {
    case rep, buyer, coach, note
}

/// A line of the call as it goes into the session log.
public struct CallTurn: Equatable, Sendable {
    public var index: Int
    public var speaker: Speaker
    public var text: String
    public var classification: Classification?
    public var stage: CallStage
    /// On a buyer's answer to a SPIN question: what it understood the rep's line to be about.
    public var understanding: Understanding?
    /// On an undo note: the earlier turns it takes back.
    public var retracts: [Int]?

    public init(
        index: Int, speaker: Speaker, text: String, classification: Classification?, stage: CallStage,
        understanding: Understanding? = nil, retracts: [Int]? = nil
    ) {
        self.index = index
        self.speaker = speaker
        self.text = text
        self.classification = classification
        self.stage = stage
        self.understanding = understanding
        self.retracts = retracts
    }
}

/// A coaching tip: why, and a concrete question to try next.
public struct CoachTip: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case situationStreak = "situation-streak"
        case prematureNeedPayoff = "premature-need-payoff"
        case prematurePitch = "premature-pitch"
        case offStyle = "off-style"
        case needStated = "need-stated"
    }

    public var kind: Kind
    public var text: String
    public var suggestion: SuggestedQuestion?
}

/// A question from the script, worded for this buyer.
public struct SuggestedQuestion: Equatable, Sendable {
    public var id: String
    public var text: String
    public var hint: String?
}

/// What the shell must do: the machine's only output. Each effect is one instruction.
public enum CallEffect: Equatable, Sendable {
    /// Show the buyer's line.
    case showBuyerLine(String)
    /// Show a coaching tip during the call.
    case showTip(CoachTip)
    /// Show the coach's reply to a slash command; it is not call talk.
    case showInfo(String)
    /// Show that the call has moved to this stage.
    case showStage(CallStage)
    /// Append this turn to the session log.
    case logTurn(CallTurn)
    /// Show the end-of-call report.
    case showScorecard(Scorecard)
    /// Write the call's summary into the session log and close it.
    case closeLog(Scorecard)
}

/// When the coach speaks during a practice call.
public enum CoachMode: String, CaseIterable, Codable, Sendable {
    /// Tips during the call and the scorecard at the end.
    case live
    /// Only the scorecard at the end.
    case end
    /// Role-play only: the scorecard without coaching points.
    case off
}
