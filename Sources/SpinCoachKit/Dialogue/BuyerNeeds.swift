/// How the buyer answers need-payoff questions: the need behind a developed problem,
/// and an objection when the problem is not developed yet.
extension SimulatedBuyer {
    // MARK: Need-payoff

    mutating func needPayoffQuestion(
        _ meaning: LineMeaning, ranked: [PersonaIndex.Match], random: inout SeededGenerator
    ) -> Answer {
        guard let id = threadProblem ?? ranked.first?.item.problemID else {
            return (
                objection(.needPayoff, random: &random), .objected(.needPayoff),
                Understanding(isOffTopic(meaning) ? .offTopic : .missed)
            )
        }
        return statedNeed(
            id, evidence: ranked.first { $0.item.problemID == id }?.evidence ?? [], byFocus: true, random: &random)
    }

    /// The need behind `id`, once it is admitted and developed; before that the buyer is not ready.
    mutating func statedNeed(_ id: String, evidence: [String], byFocus: Bool, random: inout SeededGenerator)
        -> Answer
    {
        guard let problem = persona.problems.first(where: { $0.id == id }), state(of: id) == .admitted,
            developedCount(id) > 0
        else {
            return (
                objection(.needPayoff, random: &random), .objected(.needPayoff),
                Understanding(.notReady, item: .need(id), evidence: evidence, byFocus: byFocus)
            )
        }
        focusProblem = id
        if needsStated.contains(id) {
            return (
                remember(problem.benefit), .acknowledged,
                Understanding(.repeats, item: .need(id), evidence: evidence, byFocus: byFocus)
            )
        }
        needsStated.append(id)
        let separator = persona.language == .chinese ? "" : " "
        return (
            remember(problem.need + separator + problem.benefit), .statedNeed(problem: id),
            Understanding(.reveals, item: .need(id), evidence: evidence, byFocus: byFocus)
        )
    }
}
