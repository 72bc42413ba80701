/// The buyer's side of a call, driven by its persona: what it tells, admits,
/// develops and wants, and how trust and patience move with the rep's behaviour.
public struct SimulatedBuyer: Equatable, Sendable {
    public enum ProblemState: Equatable, Sendable {
        case hidden
        /// Answered guardedly once; the next probe gets the admission.
        case guarded
        case admitted
    }

    /// What a rep line made the buyer do, for the coach and the scorecard.
    public enum Reaction: Equatable, Sendable {
        case toldFact(String)
        case guarded(problem: String)
        case admitted(problem: String)
        case developed(problem: String, implication: Int)
        case statedNeed(problem: String)
        case objected(ObjectionTrigger)
        case deflected
        /// Held back what it knows, for a stated reason.
        case withheld
        case acknowledged
        case warmed
    }

    public let persona: Persona
    /// What the buyer understands lines by: its items as terms, shared by every copy of the buyer.
    let index: PersonaIndexReference
    /// The steps a rep may propose, which an acceptance names.
    let steps: ProposedSteps

    public private(set) var trust: Double
    public private(set) var patience: Double
    public internal(set) var factsTold: Set<String> = []
    public internal(set) var problemStates: [String: ProblemState] = [:]
    public internal(set) var developed: [String: Set<Int>] = [:]
    public internal(set) var needsStated: [String] = []
    /// The problem the conversation last touched, for "how would that help?".
    public internal(set) var focusProblem: String?
    /// Items held back while trust is low (by `PersonaItem.description`), with the reason given.
    public internal(set) var withheld: [String: String] = [:]
    /// The reply just given, and the persona line it came from (the same unless said again in other words).
    var lastLine: String?
    var lastSource: String?

    public init(
        persona: Persona, scripts: [Script] = [], lexicon: ConceptLexicon? = nil, steps: ConceptLexicon? = nil
    ) {
        self.persona = persona
        index = PersonaIndexReference(PersonaIndex(persona: persona, scripts: scripts, lexicon: lexicon))
        self.steps = ProposedSteps(language: persona.language, list: steps)
        trust = Self.startingTrust(persona.stance)
        patience = Double(persona.patience)
        for problem in persona.problems { problemStates[problem.id] = .hidden }
    }

    static func startingTrust(_ stance: Stance) -> Double {
        switch stance {
        case .champion: 6
        case .supporter: 5
        case .neutral: 4
        case .enemy: 3
        case .blocker: 2
        }
    }

    public var isOutOfPatience: Bool { patience <= 0 }

    /// Explicit needs stated so far, in the buyer's words (the context that makes a benefit).
    public var statedNeedTexts: [String] {
        // In the order stated: the coach quotes the one just said.
        needsStated.compactMap { id in persona.problems.first { $0.id == id }?.need }
    }

    public func state(of problemID: String) -> ProblemState { problemStates[problemID] ?? .hidden }

    public func developedCount(_ problemID: String) -> Int { developed[problemID]?.count ?? 0 }

    // MARK: Lines

    mutating func objection(_ trigger: ObjectionTrigger, random: inout SeededGenerator) -> String {
        let options = persona.objections(for: trigger)
        let fallback = persona.objections.map(\.say)
        return pick(options.isEmpty ? fallback : options, random: &random)
    }

    mutating func deflect(random: inout SeededGenerator) -> String {
        pick(persona.deflections, random: &random)
    }

    mutating func warmReply(random: inout SeededGenerator) -> String {
        persona.rapport.isEmpty ? deflect(random: &random) : pick(persona.rapport, random: &random)
    }

    /// Picks a line at random but never the one just said, so the buyer does not repeat itself.
    mutating func pick(_ lines: [String], random: inout SeededGenerator) -> String {
        guard !lines.isEmpty else { return "…" }
        let fresh = lines.filter { $0 != lastLine }
        // A persona may repeat one line in its list; then nothing fresh is left to say.
        let candidates = fresh.isEmpty ? lines : fresh
        let line = candidates[Int(random.next() % UInt64(candidates.count))]
        return remember(line)
    }

    // MARK: Trust and patience

    mutating func adjust(trust trustChange: Double = 0, patience patienceChange: Double = 0) {
        trust = min(10, max(0, trust + trustChange))
        patience = min(Double(persona.patience) + 2, patience + patienceChange)
    }
}
