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

    private func mistakes(_ moments: [Moment]) -> [Candidate] {
        let text = phrases.language.text
        var found: [Candidate] = []
        func first(_ flag: Moment.Flag, _ candidate: (Int) -> Candidate) {
            if let index = moments.firstIndex(where: { $0.flags.contains(flag) }) { found.append(candidate(index)) }
        }
        first(.prematurePitch) {
            Candidate(
                moment: $0, topic: "pitch",
                advice: text(
                    "You pitched before the buyer had stated a need. Ask about their problems and what they cost first.",
                    "客户还没说出需求你就介绍产品了。先问清楚他的难点和代价。"), better: .implication)
        }
        first(.prematureNeedPayoff) {
            Candidate(
                moment: $0, topic: "need-payoff",
                advice: text(
                    "This need-payoff came before the problem was developed, so it felt like a set-up.",
                    "这个需求-效益问题出现在问题被放大之前，听起来像是在下套。"), better: .implication)
        }
        if let index = moments.firstIndex(where: { $0.label == .commitment }),
            !moments[..<index].contains(where: { $0.flags.contains(.gotExplicitNeed) })
        {
            found.append(
                Candidate(
                    moment: index, topic: "commitment",
                    advice: text(
                        "This asked for a commitment before the buyer had stated any need.", "客户还没说出任何需求，你就要求承诺了。"),
                    better: .problem))
        }
        first(.situationStreak) {
            Candidate(
                moment: $0, topic: "background",
                advice: text(
                    "Four background questions in a row: do this homework before the call and ask about a difficulty.",
                    "连续问了四个背景问题：这些功课应该在拜访前做好，直接问难点。"), better: .problem)
        }
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
        let text = phrases.language.text
        var found: [Candidate] = []
        if let index = moments.firstIndex(where: { $0.flags.contains(.gotExplicitNeed) }) {
            found.append(
                Candidate(
                    moment: index, topic: "explicit-need",
                    advice: text(
                        "This got the buyer to state an explicit need in their own words. Keep doing it.",
                        "这个问题让客户亲口说出了明确需求，继续这样问。")))
        }
        if let index = moments.firstIndex(where: { $0.flags.contains(.developedProblem) }) {
            let needFollowed = moments[index...].contains { $0.flags.contains(.gotExplicitNeed) }
            found.append(
                Candidate(
                    moment: index, topic: "developed",
                    advice: text(
                        "This implication question made the problem bigger, which is what moves a large sale.",
                        "这个暗示问题把问题放大了，这正是推动大单的关键。"), better: needFollowed ? nil : .needPayoff,
                    follows: true))
        }
        let firstNeed = moments.firstIndex { $0.flags.contains(.gotExplicitNeed) }
        if let firstNeed, let index = moments[firstNeed...].firstIndex(where: { $0.label == .commitment }) {
            found.append(
                Candidate(
                    moment: index, topic: "commitment",
                    advice: text(
                        "You asked for a next step once the buyer had stated a need, which is when it works.",
                        "客户说出需求之后你才提出下一步，时机正好。")))
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
        if let index = undeveloped {
            found.append(
                Candidate(
                    moment: index, topic: "admitted",
                    advice: text(
                        "This uncovered a problem, but its consequences were never asked about. Ask before offering anything.",
                        "这个问题挖出了一个难点，但没有追问它的后果。先追问后果，再谈解决方案。"), better: .implication,
                    follows: true))
        }
        return found
    }

    /// Advice on lines that were neither mistakes nor strengths, true of the call as it went.
    private func plain(_ moments: [Moment]) -> [Candidate] {
        let text = phrases.language.text
        let spin = moments.filter(\.label.isSPIN)
        let situation = spin.count { $0.label == .situation }
        var found: [Candidate] = []
        for (index, moment) in moments.enumerated() where moment.flags.isEmpty {
            let nextQuestion = moments[(index + 1)...].first(where: \.label.isSPIN)?.label
            switch moment.label {
            case .situation where situation >= 3 && situation * 2 > spin.count:
                found.append(
                    Candidate(
                        moment: index, topic: "background",
                        advice: text(
                            "\(situation) of your \(spin.count) questions asked for background; ask fewer of those and more about difficulties and their consequences.",
                            "\(spin.count)个问题里有\(situation)个是背景问题；少问背景，多问难点和它们的后果。"),
                        better: .problem))
            case .situation where nextQuestion == nil || nextQuestion == .situation:
                found.append(
                    Candidate(
                        moment: index, topic: "background",
                        advice: text(
                            "A fair background question, but no question about a difficulty followed it.",
                            "背景问题问得不错，但之后没有接着问难点。"), better: .problem, follows: true))
            case .problem, .implication, .needPayoff:
                guard let outcome = moment.understanding?.outcome, outcome == .offTopic || outcome == .missed
                else { continue }
                let section: ScriptSection =
                    switch moment.label {
                    case .implication: .implication
                    case .needPayoff: .needPayoff
                    default: .problem
                    }
                found.append(
                    Candidate(
                        moment: index, topic: "missed",
                        advice: text(
                            "The buyer found nothing in their business to answer this with.", "客户在自己的业务里找不到能回答这个问题的内容。"),
                        better: section))
            case .statement, .feature, .advantage:
                found.append(
                    Candidate(
                        moment: index, topic: "statement",
                        advice: text(
                            "Turn statements like this into a question that lets the buyer talk.", "把这样的陈述改成问题，让客户多说。"),
                        better: .problem))
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
