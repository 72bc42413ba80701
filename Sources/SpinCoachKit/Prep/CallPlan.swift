/// A plan for a real call, written before it: who the buyer is, the questions to ask
/// by SPIN type, rapport advice, likely objections, the advance to aim for and the red flags.
///
/// Every field may be missing from a partial plan (the rep stopped halfway); a
/// complete one has them all. Markdown and JSON both carry all of it, so either can be
/// read back and practised (`practice --plan`).
public struct CallPlan: Equatable, Codable, Sendable {
    /// The version of the plan format; a reader refuses a newer one.
    public static let formatVersion = 1

    public var version = CallPlan.formatVersion
    public var language: ContentLanguage
    /// The simulated buyer to practise this call against.
    public var persona: String?
    /// The question script the model questions came from.
    public var script: String?
    public var isComplete: Bool
    public var buyer = PlannedBuyer()
    /// What the rep already knows of the buyer's situation.
    public var known: [String] = []
    /// Script situation questions the rep need not ask, because the answer is already known.
    public var dropped: [String] = []
    /// Situation questions still worth asking.
    public var situation: [String] = []
    public var problems: [PlannedProblem] = []
    public var rapport = PlannedRapport()
    public var objections: [PlannedObjection] = []
    public var advance = PlannedAdvance()
    public var redFlags: [String] = []

    public init(language: ContentLanguage, isComplete: Bool = false) {
        self.language = language
        self.isComplete = isComplete
    }

    /// Every planned question, grouped by SPIN type in Rackham's order.
    public var questions: [PlannedQuestion] {
        let numbered = problems.enumerated().map { (number: $0.offset + 1, problem: $0.element) }
        func each(_ type: UtteranceLabel, _ text: (PlannedProblem) -> String?) -> [PlannedQuestion] {
            numbered.compactMap { entry in
                text(entry.problem).map { PlannedQuestion(type: type, text: $0, problem: entry.number) }
            }
        }
        return situation.map { PlannedQuestion(type: .situation, text: $0, problem: nil) }
            + each(.problem, \.problemQuestion) + each(.implication, \.implication) + each(.needPayoff, \.needPayoff)
    }
}

/// One question of the plan; `problem` is the 1-based suspected problem it develops.
public struct PlannedQuestion: Equatable, Sendable {
    public var type: UtteranceLabel
    public var text: String
    public var problem: Int?

    public init(type: UtteranceLabel, text: String, problem: Int?) {
        self.type = type
        self.text = text
        self.problem = problem
    }
}

public struct PlannedBuyer: Equatable, Codable, Sendable {
    /// Who the rep is meeting: a name and a title, as the rep wrote them.
    public var name: String?
    public var role: BuyingRole?
    public var stance: Stance?
    public var mode: ResponseMode?
    public var style: DISCStyle?
    public var styleSource: StyleSource?
    /// The rep's own DISC style, when known.
    public var repStyle: DISCStyle?

    public init() {}
}

/// Where the buyer's DISC style in a plan came from.
public enum StyleSource: Equatable, Codable, Sendable {
    /// The persona's profile.
    case persona
    /// The rep named it.
    case rep
    /// Suggested from the rep's answers about how the buyer behaves; confidence 0 to 1.
    case behaviour(confidence: Double)
}

/// A problem the rep suspects, with the questions that develop it.
public struct PlannedProblem: Equatable, Codable, Sendable {
    public var suspected: String
    /// A problem question from the script on the same topic, when the script has one.
    public var problemQuestion: String?
    public var implication: String?
    public var needPayoff: String?

    public init(
        suspected: String, problemQuestion: String? = nil, implication: String? = nil, needPayoff: String? = nil
    ) {
        self.suspected = suspected
        self.problemQuestion = problemQuestion
        self.implication = implication
        self.needPayoff = needPayoff
    }
}

public struct PlannedRapport: Equatable, Codable, Sendable {
    public var dos: [String] = []
    public var donts: [String] = []
    /// How the rep's own style meets the buyer's.
    public var yourStyle: [String] = []

    public init(dos: [String] = [], donts: [String] = [], yourStyle: [String] = []) {
        self.dos = dos
        self.donts = donts
        self.yourStyle = yourStyle
    }
}

public struct PlannedObjection: Equatable, Codable, Sendable {
    public var objection: String
    public var answer: String?

    public init(objection: String, answer: String?) {
        self.objection = objection
        self.answer = answer
    }
}

/// Rackham's advance: the best step the buyer could commit to, and the least the rep will accept.
public struct PlannedAdvance: Equatable, Codable, Sendable {
    public var best: BuyerStep?
    public var minimum: BuyerStep?

    public init(best: BuyerStep? = nil, minimum: BuyerStep? = nil) {
        self.best = best
        self.minimum = minimum
    }
}

/// A concrete step the buyer takes, by a date.
public struct BuyerStep: Equatable, Codable, Sendable {
    public var step: String
    public var date: CalendarDay?

    public init(step: String, date: CalendarDay?) {
        self.step = step
        self.date = date
    }
}
