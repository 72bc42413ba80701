/// The scorecard's coaching points, up to three: mistakes first, then strengths, then
/// plain advice on other lines. Each quotes one of the rep's own lines, none repeats
/// another's advice or question, none asks for what the rep went on to do, and where a
/// question fits, one from the script for that moment comes with it: to ask instead of
/// a mistake, or next after a strength.
struct CoachingPoints {
    let phrases: CoachPhrases
    let suggester: QuestionSuggester

    private typealias Moment = CallProgress.RepMoment

    /// One candidate point. Points about the same thing share a `topic`, and only the first is kept.
    private struct Candidate {
        var moment: Int
        var topic: String
        var advice: String
        /// The section a better question comes from, and whether it replaces the line or follows it.
        var better: ScriptSection?
        var follows = false
    }

    func points(_ progress: CallProgress) -> [Scorecard.CoachingPoint] {
        let moments = progress.moments
        let said = Set(moments.map(\.text))
        var points: [Scorecard.CoachingPoint] = []
        var quoted = Set<String>()
        var topics = Set<String>()
        var suggested = Set<String>()
        for candidate in mistakes(moments) + strengths(moments) + plain(moments) where points.count < 3 {
            let moment = moments[candidate.moment]
            guard !quoted.contains(moment.text), !topics.contains(candidate.topic) else { continue }
            quoted.insert(moment.text)
            topics.insert(candidate.topic)
            var section = candidate.better
            let problem = problem(for: moment, section: &section, progress: progress)
            let question = section.flatMap { section in
                suggester.better(
                    section, about: problem, context: moment.text + " " + moment.answer, said: said, avoiding: suggested
                )
            }
            if let question { suggested.insert(question.id) }
            let suggestion = question.map { question in
                candidate.follows
                    ? phrases.language.text("Next: ", "接下来可以问：") + question.text
                    : phrases.language.text("Try instead: ", "不如这样问：") + question.text
            }
            points.append(Scorecard.CoachingPoint(advice: candidate.advice, quote: moment.text, suggestion: suggestion))
        }
        return points
    }

    /// A point with the table's advice, in the call's language.
    private func candidate(_ advice: CoachingAdvice, at moment: Int) -> Candidate {
        Candidate(
            moment: moment, topic: advice.topic, advice: advice.text(in: phrases.language), better: advice.better,
            follows: advice.follows)
    }

    private func mistakes(_ moments: [Moment]) -> [Candidate] {
        var found: [Candidate] = []
        func first(_ flag: Moment.Flag, _ advice: CoachingAdvice) {
            if let index = moments.firstIndex(where: { $0.flags.contains(flag) }) {
                found.append(candidate(advice, at: index))
            }
        }
        first(.prematurePitch, .pitchedEarly)
        first(.prematureNeedPayoff, .needPayoffEarly)
        if let index = moments.firstIndex(where: { $0.label == .commitment }),
            !moments[..<index].contains(where: { $0.flags.contains(.gotExplicitNeed) })
        {
            found.append(candidate(.commitmentEarly, at: index))
        }
        first(.situationStreak, .situationStreak)
        // One point on style at most; a string of background questions is the same advice as the streak's.
        for (index, moment) in moments.enumerated() {
            for case .offStyle(let reason) in moment.flags {
                found.append(
                    Candidate(
                        moment: index, topic: reason == .backgroundStreak ? "background" : "style",
                        advice: reason.tip(in: phrases.terms), better: reason == .backgroundStreak ? .problem : nil))
            }
        }
        return found
    }

    private func strengths(_ moments: [Moment]) -> [Candidate] {
        var found: [Candidate] = []
        if let index = moments.firstIndex(where: { $0.flags.contains(.gotExplicitNeed) }) {
            found.append(candidate(.gotExplicitNeed, at: index))
        }
        if let index = moments.firstIndex(where: { $0.flags.contains(.developedProblem) }) {
            let needFollowed = moments[index...].contains { $0.flags.contains(.gotExplicitNeed) }
            found.append(candidate(.developedProblem(needFollowed: needFollowed), at: index))
        }
        let firstNeed = moments.firstIndex { $0.flags.contains(.gotExplicitNeed) }
        if let firstNeed, let index = moments[firstNeed...].firstIndex(where: { $0.label == .commitment }) {
            found.append(candidate(.commitmentAfterNeed, at: index))
        }
        // Only a problem the rep never went on to develop needs its consequences asked about.
        let undeveloped = moments.indices.first { index in
            guard moments[index].flags.contains(.admittedProblem) else { return false }
            let problem = moments[index].understanding?.item?.problemID
            return !moments[(index + 1)...].contains { later in
                later.flags.contains(.developedProblem)
                    && (problem == nil || later.understanding?.item?.problemID == problem)
            }
        }
        if let index = undeveloped { found.append(candidate(.undevelopedProblem, at: index)) }
        return found
    }

    /// Advice on lines that were neither mistakes nor strengths, true of the call as it went.
    private func plain(_ moments: [Moment]) -> [Candidate] {
        let spin = moments.filter(\.label.isSPIN)
        let situation = spin.count { $0.label == .situation }
        var found: [Candidate] = []
        for (index, moment) in moments.enumerated() where moment.flags.isEmpty {
            let nextQuestion = moments[(index + 1)...].first(where: \.label.isSPIN)?.label
            switch moment.label {
            case .situation where situation >= 3 && situation * 2 > spin.count:
                found.append(candidate(.backgroundShare(situation: situation, questions: spin.count), at: index))
            case .situation where nextQuestion == nil || nextQuestion == .situation:
                found.append(candidate(.backgroundUnfollowed, at: index))
            case .problem, .implication, .needPayoff:
                guard let outcome = moment.understanding?.outcome, outcome == .offTopic || outcome == .missed
                else { continue }
                found.append(candidate(.missed(moment.label), at: index))
            case .statement, .feature, .advantage:
                found.append(candidate(.statement, at: index))
            default:
                continue
            }
        }
        return found
    }

    /// The persona's problem a better question should be about: the one the moment touched,
    /// else, for a problem question, the first the buyer has not admitted; else the first
    /// admitted, and with none admitted a problem question instead of a later kind.
    private func problem(for moment: Moment, section: inout ScriptSection?, progress: CallProgress)
        -> PersonaProblem?
    {
        let problems = progress.buyer.persona.problems
        if let id = moment.understanding?.item?.problemID, let touched = problems.first(where: { $0.id == id }) {
            return touched
        }
        guard section != nil else { return nil }
        let admitted = problems.filter { progress.buyer.state(of: $0.id) == .admitted }
        if section != .problem, let first = admitted.first { return first }
        section = .problem
        return problems.first { !admitted.contains($0) }
    }
}
