/// The rules a plan is made by, shared by the interactive prep and the plan built
/// from a persona: model questions from the script, the situation questions homework
/// answers, rapport advice, red flags, and the persona to practise against.
struct PlanRules: Sendable {
    let script: Script
    let style: DISCStyle?

    /// At most this many situation questions are planned: successful calls ask fewer.
    static let situationLimit = 3

    /// The script's problem question on the same topic as the suspected problem.
    func problemQuestion(for suspected: String) -> ScriptQuestion? {
        PlanWords.closest(to: suspected, in: .problem, of: script, style: style)
    }

    /// The model implication question: among those that follow `problem` in the script,
    /// the closest in words to the suspected problem, else the closest of all, else the first.
    func implication(for suspected: String, after problem: ScriptQuestion?) -> ScriptQuestion? {
        model(in: .implication, for: suspected, after: problem)
    }

    func needPayoff(for suspected: String, after implication: ScriptQuestion?) -> ScriptQuestion? {
        model(in: .needPayoff, for: suspected, after: implication)
    }

    private func model(in section: ScriptSection, for suspected: String, after earlier: ScriptQuestion?)
        -> ScriptQuestion?
    {
        let all = script.questions(in: section)
        let words = PlanWords.topics(suspected + " " + (earlier?.text ?? ""))
        let following = all.filter { question in earlier.map { question.after.contains($0.id) } ?? false }
        return PlanWords.closest(to: words, among: following, style: style) ?? following.first
            ?? PlanWords.closest(to: words, among: all, style: style) ?? all.first
    }

    /// A situation question is answered by homework when one thing known shares at least
    /// two of its topic words and `answeredShare` of them (or its only one), so two common
    /// words ("run", "line") alone do not drop a question about something else.
    func answered(_ question: ScriptQuestion, by known: [String]) -> Bool {
        let words = PlanWords.topics(question.text(for: style))
        return known.contains { line in
            let shared = words.intersection(PlanWords.topics(line)).count
            return (shared >= 2 && PlanWords.coverage(of: words, by: PlanWords.topics(line)) >= Self.answeredShare)
                || (shared == 1 && words.count == 1)
        }
    }

    static let answeredShare = 0.4

    /// The situation questions homework answers, and the first few still to ask.
    func situation(known: [String]) -> (dropped: [String], ask: [String]) {
        let questions = script.questions(in: .situation)
        let dropped = questions.filter { answered($0, by: known) }
        let ask = questions.filter { question in !dropped.contains { $0.id == question.id } }
        return (dropped.map { $0.text(for: style) }, ask.prefix(Self.situationLimit).map { $0.text(for: style) })
    }

    static func rapport(buyer: DISCStyle?, rep: DISCStyle?, language: ContentLanguage) -> PlannedRapport {
        guard let buyer else { return PlannedRapport() }
        let advice = DISCAdvice.advice(for: buyer, language: language)
        return PlannedRapport(
            dos: advice.dos, donts: advice.donts,
            yourStyle: rep.map { RapportAdvice.yourStyle($0, against: buyer, language: language) } ?? [])
    }

    /// The persona to practise against: the one that uses this script and is most like the
    /// buyer described (role, style, mode, stance), the first in the library on a tie.
    static func practicePersona(for plan: CallPlan, among personas: [Persona]) -> Persona? {
        let buyer = plan.buyer
        func likeness(_ persona: Persona) -> Int {
            var score = persona.scripts.contains(plan.script ?? "") ? 8 : 0
            if persona.role == buyer.role { score += 4 }
            if persona.disc.primary == buyer.style { score += 4 }
            if persona.mode == buyer.mode { score += 2 }
            if persona.stance == buyer.stance { score += 1 }
            return score
        }
        let candidates = personas.filter { $0.language == plan.language }
        let scores = candidates.map(likeness)
        guard let top = scores.max() else { return nil }
        return candidates[scores.firstIndex(of: top)!]
    }
}
