/// The three skills a drill trains, each with its own score, streak and schedule.
public enum DrillSkill: String, CaseIterable, Codable, Sendable {
    /// Write the right next SPIN question after a buyer's line.
    case spin
    /// Name the DISC style a buyer's line suggests.
    case disc
    /// Turn features into a need-payoff question or into a benefit tied to a stated need.
    case fab
}

/// What a round asks for, and so how its answer is marked.
public enum DrillTask: Equatable, Sendable {
    /// A question of this SPIN type; `topic` is what it should be about, when the persona knows.
    case question(UtteranceLabel, topic: DrillTopic?)
    /// A statement that meets this explicit need the buyer stated (Rackham's benefit).
    case benefit(need: String)
    /// The buyer's DISC style; naming their secondary style is near, not right.
    case style(DISCStyle, secondary: DISCStyle?)
}

/// The persona item a question should touch, for the topic check.
public struct DrillTopic: Equatable, Sendable {
    public var persona: String
    public var item: PersonaItem
}

/// What kind of buyer line a SPIN round shows, which decides the question that should follow.
public enum BuyerLineKind: String, CaseIterable, Sendable {
    /// A fact about their situation: probe for a difficulty (a problem question).
    case fact
    /// A guarded, vague answer that hints at a problem: a gentler problem question.
    case guarded
    /// An admitted problem: develop it (an implication question).
    case problem
    /// A consequence of the problem: ask what solving it is worth (a need-payoff question).
    case consequence

    public var nextQuestion: UtteranceLabel {
        switch self {
        case .fact, .guarded: .problem
        case .problem: .implication
        case .consequence: .needPayoff
        }
    }
}

/// One round of a drill, built from content; its `id` stays the same across runs while
/// the content it comes from keeps its ids, so the schedule can find it again.
public struct DrillItem: Equatable, Sendable, Identifiable {
    public var id: String
    public var skill: DrillSkill
    public var language: ContentLanguage
    /// Who is speaking: the persona's name and title.
    public var speaker: String
    /// What the buyer said (for a FAB round, the buyer's problem or stated need).
    public var buyerLine: String
    /// SPIN rounds: the kind of line shown.
    public var lineKind: BuyerLineKind?
    /// FAB rounds: the features the rep has to work from (the script's offer).
    public var features: String?
    public var task: DrillTask
    /// A model answer from the scripts (or, for a benefit, the gold set); nil when none fits.
    public var model: String?

    public init(
        id: String, skill: DrillSkill, language: ContentLanguage, speaker: String, buyerLine: String,
        lineKind: BuyerLineKind? = nil, features: String? = nil, task: DrillTask, model: String? = nil
    ) {
        self.id = id
        self.skill = skill
        self.language = language
        self.speaker = speaker
        self.buyerLine = buyerLine
        self.lineKind = lineKind
        self.features = features
        self.task = task
        self.model = model
    }
}
