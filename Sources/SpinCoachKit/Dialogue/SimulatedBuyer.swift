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
        case acknowledged
        case warmed
    }

    public let persona: Persona
    private let factCues: [[CuePattern]]
    private let problemCues: [[CuePattern]]
    private let implicationCues: [[[CuePattern]]]

    public private(set) var trust: Double
    public private(set) var patience: Double
    public private(set) var factsTold: Set<String> = []
    public private(set) var problemStates: [String: ProblemState] = [:]
    public private(set) var developed: [String: Set<Int>] = [:]
    public private(set) var needsStated: [String] = []
    /// The problem the conversation last touched, for "how would that help?".
    public private(set) var focusProblem: String?
    private var lastLine: String?

    public init(persona: Persona) {
        self.persona = persona
        factCues = persona.facts.map { $0.cues.map(CuePattern.init(personaCue:)) }
        problemCues = persona.problems.map { $0.cues.map(CuePattern.init(personaCue:)) }
        implicationCues = persona.problems.map { problem in
            problem.implications.map { $0.cues.map(CuePattern.init(personaCue:)) }
        }
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
        persona.problems.filter { needsStated.contains($0.id) }.map(\.need)
    }

    public func state(of problemID: String) -> ProblemState { problemStates[problemID] ?? .hidden }

    public func developedCount(_ problemID: String) -> Int { developed[problemID]?.count ?? 0 }

    // MARK: Answering

    /// The buyer's answer to a SPIN question; `nil` words mean a deflection.
    mutating func answer(_ label: UtteranceLabel, tokens: TokenizedText, random: inout SeededGenerator)
        -> (line: String, reaction: Reaction)
    {
        switch label {
        case .situation:
            if let index = firstMatch(factCues, tokens, preferring: { !factsTold.contains(persona.facts[$0].id) }) {
                let fact = persona.facts[index]
                factsTold.insert(fact.id)
                return (remember(fact.say), .toldFact(fact.id))
            }
        case .problem:
            if let index = touchedProblem(tokens) { return probe(problem: index) }
        case .implication:
            if let reply = developImplication(tokens) { return reply }
        case .needPayoff:
            return needPayoff(tokens, random: &random)
        default:
            break
        }
        return (deflect(random: &random), .deflected)
    }

    private mutating func probe(problem index: Int) -> (String, Reaction) {
        let problem = persona.problems[index]
        focusProblem = problem.id
        let reserved = persona.mode.deniesProblemsAtFirst || persona.language == .chinese
        if state(of: problem.id) == .hidden, reserved, let deny = problem.deny {
            problemStates[problem.id] = .guarded
            return (remember(deny), .guarded(problem: problem.id))
        }
        let wasAdmitted = state(of: problem.id) == .admitted
        problemStates[problem.id] = .admitted
        return (remember(problem.admit), wasAdmitted ? .acknowledged : .admitted(problem: problem.id))
    }

    private mutating func developImplication(_ tokens: TokenizedText) -> (String, Reaction)? {
        // An admitted problem's undeveloped implication first, then any admitted one's.
        for pass in 0..<2 {
            for (problemIndex, problem) in persona.problems.enumerated() where state(of: problem.id) == .admitted {
                for (index, cues) in implicationCues[problemIndex].enumerated() where matches(cues, tokens) {
                    if pass == 0 && developed[problem.id, default: []].contains(index) { continue }
                    developed[problem.id, default: []].insert(index)
                    focusProblem = problem.id
                    return (
                        remember(problem.implications[index].say), .developed(problem: problem.id, implication: index)
                    )
                }
            }
        }
        // Touching a problem not yet admitted opens it up instead.
        for (problemIndex, problem) in persona.problems.enumerated() where state(of: problem.id) != .admitted {
            let touchesImplication = implicationCues[problemIndex].contains { matches($0, tokens) }
            if touchesImplication || matches(problemCues[problemIndex], tokens) {
                return probe(problem: problemIndex)
            }
        }
        return nil
    }

    private mutating func needPayoff(_ tokens: TokenizedText, random: inout SeededGenerator) -> (String, Reaction) {
        let touched =
            touchedProblem(tokens)
            ?? implicationCues.indices.first { index in
                implicationCues[index].contains { matches($0, tokens) }
            }
        let index = touched ?? focusProblem.flatMap { id in persona.problems.firstIndex { $0.id == id } }
        guard let index else { return (objection(.needPayoff, random: &random), .objected(.needPayoff)) }
        let problem = persona.problems[index]
        guard state(of: problem.id) == .admitted, developedCount(problem.id) > 0 else {
            return (objection(.needPayoff, random: &random), .objected(.needPayoff))
        }
        focusProblem = problem.id
        if needsStated.contains(problem.id) {
            return (remember(problem.benefit), .acknowledged)
        }
        needsStated.append(problem.id)
        return (remember("\(problem.need) \(problem.benefit)"), .statedNeed(problem: problem.id))
    }

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

    private mutating func remember(_ line: String) -> String {
        lastLine = line
        return line
    }

    // MARK: Trust and patience

    mutating func adjust(trust trustChange: Double = 0, patience patienceChange: Double = 0) {
        trust = min(10, max(0, trust + trustChange))
        patience = min(Double(persona.patience) + 2, patience + patienceChange)
    }

    // MARK: Matching

    func touchedProblem(_ tokens: TokenizedText) -> Int? {
        firstMatch(problemCues, tokens) { state(of: persona.problems[$0].id) != .admitted }
    }

    private func firstMatch(_ groups: [[CuePattern]], _ tokens: TokenizedText, preferring: (Int) -> Bool) -> Int? {
        let hits = groups.indices.filter { matches(groups[$0], tokens) }
        return hits.first(where: preferring) ?? hits.first
    }

    private func matches(_ cues: [CuePattern], _ tokens: TokenizedText) -> Bool {
        cues.contains { $0.matches(tokens) }
    }
}
