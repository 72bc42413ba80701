/// What a call has uncovered so far. /score shows it during the call and the
/// scorecard is built on it, so the two always agree.
struct PracticeTally: Equatable, Sendable {
    /// SPIN questions asked, by label; a label not asked has no entry.
    var questions: [UtteranceLabel: Int]
    /// Problems the buyer admitted, of the persona's problems.
    var impliedNeeds: Scorecard.Tally
    /// Implications the buyer talked through, of all the problems' implications.
    var implications: Scorecard.Tally
    /// Needs the buyer stated in their own words, of the persona's problems.
    var explicitNeeds: Scorecard.Tally
    var prematurePitches: Int
    var prematureNeedPayoffs: Int

    init(_ progress: CallProgress) {
        let buyer = progress.buyer
        let problems = buyer.persona.problems
        questions = progress.questionCounts
        impliedNeeds = Scorecard.Tally(
            found: problems.filter { buyer.state(of: $0.id) == .admitted }.count, total: problems.count)
        implications = Scorecard.Tally(
            found: problems.reduce(0) { $0 + buyer.developedCount($1.id) },
            total: problems.reduce(0) { $0 + $1.implications.count })
        explicitNeeds = Scorecard.Tally(found: buyer.needsStated.count, total: problems.count)
        prematurePitches = progress.prematurePitches
        prematureNeedPayoffs = progress.prematureNeedPayoffs
    }

    func count(_ label: UtteranceLabel) -> Int { questions[label] ?? 0 }
}
