/// Picks the next question from the script that fits the call so far: the
/// stage, and the problems the buyer has admitted and developed.
struct QuestionSuggester: Sendable {
    let script: Script
    let persona: Persona
    private let questionTokens: [String: TokenizedText]
    /// Each question's topic words, worked out once rather than at every scorecard point.
    private let questionKeys: [String: Set<String>]

    init(script: Script, persona: Persona) {
        self.script = script
        self.persona = persona
        var tokens: [String: TokenizedText] = [:]
        for question in script.questions {
            tokens[question.id] = Tokenizer.tokenize(question.text(for: persona.disc.primary))
        }
        questionTokens = tokens
        questionKeys = tokens.mapValues { NeedMatcher.keys($0.tokens) }
    }

    /// `asked` holds the script questions already asked, so `after:` links can be honoured.
    func suggest(buyer: SimulatedBuyer, avoiding used: Set<String>, asked: Set<String> = []) -> SuggestedQuestion? {
        let problems = persona.problems
        if buyer.factsTold.isEmpty && problems.allSatisfy({ buyer.state(of: $0.id) == .hidden }) {
            let cues = persona.facts.filter { !buyer.factsTold.contains($0.id) }.flatMap(\.cues)
            if let question = pick(.situation, touching: cues, avoiding: used, asked: asked) { return question }
        }
        for problem in problems where buyer.state(of: problem.id) == .admitted && buyer.developedCount(problem.id) > 0 {
            guard !buyer.needsStated.contains(problem.id) else { continue }
            let cues = problem.cues + problem.implications.flatMap(\.cues)
            if let question = pick(.needPayoff, touching: cues, avoiding: used, asked: asked) { return question }
        }
        for problem in problems where buyer.state(of: problem.id) == .admitted {
            let undeveloped = problem.implications.indices.filter {
                !(buyer.developed[problem.id]?.contains($0) ?? false)
            }
            guard !undeveloped.isEmpty, buyer.developedCount(problem.id) == 0 || !buyer.needsStated.contains(problem.id)
            else { continue }
            let cues = undeveloped.flatMap { problem.implications[$0].cues }
            if let question = pick(.implication, touching: cues, avoiding: used, asked: asked) { return question }
        }
        for problem in problems where buyer.state(of: problem.id) != .admitted {
            if let question = pick(.problem, touching: problem.cues, avoiding: used, asked: asked) { return question }
        }
        return pick(.commitment, touching: [], avoiding: used, asked: asked)
    }

    /// A question of `section` for the moment a coaching point is about: the first touching
    /// `problem` (its implications' cues for implication and need-payoff questions, its own
    /// otherwise) when there is one, else the one sharing most words with `context`
    /// (the rep's line and the buyer's answer; ties go to the earlier). Never one the rep
    /// said, nor one in `ids`.
    func better(
        _ section: ScriptSection, about problem: PersonaProblem?, context: String, said: Set<String>,
        avoiding ids: Set<String> = []
    ) -> SuggestedQuestion? {
        let avoided = ids.union(
            script.questions.filter { said.contains($0.text(for: persona.disc.primary)) || said.contains($0.text) }
                .map(\.id))
        if let problem {
            let cues =
                section == .implication || section == .needPayoff
                ? problem.implications.flatMap(\.cues) + (section == .needPayoff ? problem.cues : []) : problem.cues
            if let question = pick(section, touching: cues, avoiding: avoided, asked: [], freshOnly: true) {
                return question
            }
        }
        let keys = NeedMatcher.keys(Tokenizer.tokens(context))
        var best: (question: ScriptQuestion, shared: Int)?
        for question in script.questions(in: section) where !avoided.contains(question.id) {
            let shared = questionKeys[question.id]?.intersection(keys).count ?? 0
            if best == nil || shared > best!.shared { best = (question, shared) }
        }
        return best.map {
            SuggestedQuestion(
                id: $0.question.id, text: $0.question.text(for: persona.disc.primary), hint: $0.question.hint)
        }
    }

    /// The first question of `section` (file order) touching one of `cues`,
    /// preferring ones not suggested before and whose `after:` questions have been
    /// asked; with no cues, the first such one.
    private func pick(
        _ section: ScriptSection, touching cues: [String], avoiding used: Set<String>, asked: Set<String>,
        freshOnly: Bool = false
    ) -> SuggestedQuestion? {
        let patterns = cues.map(CuePattern.init(personaCue:))
        let candidates = script.questions(in: section).filter { question in
            patterns.isEmpty
                || patterns.contains { pattern in questionTokens[question.id].map(pattern.matches) ?? false }
        }
        let fresh = candidates.filter { !used.contains($0.id) }
        let ready = fresh.first { $0.after.allSatisfy(asked.contains) }
        guard let question = ready ?? fresh.first ?? (freshOnly ? nil : candidates.first) else {
            return nil
        }
        return SuggestedQuestion(
            id: question.id, text: question.text(for: persona.disc.primary), hint: question.hint)
    }
}
