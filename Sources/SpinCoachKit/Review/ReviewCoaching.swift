/// Three coaching points for a reviewed call, each quoting the rep's own line,
/// with a better question from the scripts for the moment it came from.
struct ReviewCoaching: Sendable {
    struct IndexedQuestion: Sendable {
        var id: String
        var section: ScriptSection
        var text: String
        var keys: Set<String>
    }

    struct IndexedScript: Sendable {
        var id: String
        var language: ContentLanguage
        var keys: Set<String>
        var questions: [IndexedQuestion]
    }

    let scripts: [IndexedScript]
    /// Which scripts use each topic key, to weigh a call against every script in one pass.
    private let scriptsByKey: [String: [Int]]

    /// Topic keys are worked out once per script question, not once per call.
    init(scripts: [Script]) {
        self.scripts = scripts.map { script in
            let questions = script.questions.map { question in
                IndexedQuestion(
                    id: "\(script.id):\(question.id)", section: question.section, text: question.text,
                    keys: NeedMatcher.keys(Tokenizer.tokens(question.text)))
            }
            return IndexedScript(
                id: script.id, language: script.language,
                keys: questions.reduce(into: Set<String>()) { $0.formUnion($1.keys) }, questions: questions)
        }
        var index: [String: [Int]] = [:]
        for (position, script) in self.scripts.enumerated() {
            for key in script.keys { index[key, default: []].append(position) }
        }
        scriptsByKey = index
    }

    private struct Moment {
        var kind: String
        var turn: Int
        var better: ScriptSection
    }

    func points(for turns: [ReviewedTurn], questions: QuestionStats, language: ContentLanguage, script: String?)
        -> [ReviewCoachingPoint]
    {
        let moments = self.moments(turns, questions: questions)
        let chosen = self.script(for: turns, language: language, preferred: script)
        var points: [ReviewCoachingPoint] = []
        var quoted = Set<Int>()
        let asked = Set(turns.lazy.filter { $0.side == .rep }.map(\.text))
        for moment in moments where points.count < 3 && !quoted.contains(moment.turn) {
            quoted.insert(moment.turn)
            let context = contextKeys(turns, before: moment.turn)
            let question = chosen.flatMap { best(in: $0, section: moment.better, context: context, asked: asked) }
            points.append(
                ReviewCoachingPoint(
                    kind: moment.kind, advice: ReviewPhrases(language: language).advice(moment.kind),
                    turn: moment.turn, quote: turns[moment.turn].text, betterQuestion: question?.text,
                    betterQuestionID: question?.id))
        }
        return points
    }

    /// Mistakes first (in Rackham's order of harm), then strengths, then plain advice on any line.
    private func moments(_ turns: [ReviewedTurn], questions: QuestionStats) -> [Moment] {
        var mistakes: [Moment] = []
        var strengths: [Moment] = []
        var fallback: [Moment] = []
        mistakes += questions.prematurePitches.map { Moment(kind: "premature-pitch", turn: $0, better: .implication) }
        mistakes += questions.prematureNeedPayoffs.map {
            Moment(kind: "premature-need-payoff", turn: $0, better: .implication)
        }
        // The first buyer turn after each turn, found in one backward pass.
        var answers = [ReviewedTurn?](repeating: nil, count: turns.count)
        var following: ReviewedTurn?
        for index in turns.indices.reversed() {
            answers[index] = following
            if turns[index].side == .buyer { following = turns[index] }
        }
        var streak = 0
        for turn in turns where turn.side == .rep {
            streak = turn.label == .situation ? streak + 1 : (turn.isQuestion ? 0 : streak)
            if streak == 3 { mistakes.append(Moment(kind: "situation-streak", turn: turn.index, better: .problem)) }
            let answer = answers[turn.index]
            switch turn.label {
            case .needPayoff where answer?.explicitNeed != nil:
                strengths.append(Moment(kind: "got-explicit-need", turn: turn.index, better: .commitment))
            case .implication:
                strengths.append(Moment(kind: "developed-problem", turn: turn.index, better: .needPayoff))
            case .problem:
                strengths.append(Moment(kind: "uncovered-problem", turn: turn.index, better: .implication))
            case .situation:
                fallback.append(Moment(kind: "fewer-situation", turn: turn.index, better: .problem))
            case nil, .question?, .rapport?, .commitment?, .needPayoff?:
                break
            default:
                fallback.append(Moment(kind: "statement-to-question", turn: turn.index, better: .problem))
            }
        }
        // Strengths by how much they move a large sale: an explicit need, then a developed problem.
        let order = ["got-explicit-need", "developed-problem", "uncovered-problem"]
        let ranked = strengths.enumerated().sorted {
            (order.firstIndex(of: $0.element.kind) ?? 3, $0.offset) < (
                order.firstIndex(of: $1.element.kind) ?? 3, $1.offset
            )
        }.map(\.element)
        return mistakes + ranked + fallback
    }

    /// The practice call's own script, else the one in the call's language whose topics the call shares most.
    private func script(for turns: [ReviewedTurn], language: ContentLanguage, preferred: String?) -> IndexedScript? {
        if let preferred, let own = scripts.first(where: { $0.id == preferred && $0.language == language }) {
            return own
        }
        var callKeys = Set<String>()
        // The opening turns say what the call is about; the whole call would cost more and say little more.
        for turn in turns.prefix(24) { callKeys.formUnion(NeedMatcher.keys(Tokenizer.tokens(turn.text))) }
        var shared = [Int](repeating: 0, count: scripts.count)
        for key in callKeys {
            for script in scriptsByKey[key] ?? [] { shared[script] += 1 }
        }
        var best: Int?
        for (position, script) in scripts.enumerated() where script.language == language {
            if best == nil || shared[position] > shared[best!] { best = position }
        }
        return best.map { scripts[$0] }
    }

    /// What was just said: the quoted line and the two buyer turns before it.
    private func contextKeys(_ turns: [ReviewedTurn], before index: Int) -> Set<String> {
        var keys = NeedMatcher.keys(Tokenizer.tokens(turns[index].text))
        for turn in turns[..<index].reversed().filter({ $0.side == .buyer }).prefix(2) {
            keys.formUnion(NeedMatcher.keys(Tokenizer.tokens(turn.text)))
        }
        return keys
    }

    /// The section's question sharing most topics with the moment, skipping ones already asked;
    /// ties go to the earlier question in the file.
    private func best(in script: IndexedScript, section: ScriptSection, context: Set<String>, asked: Set<String>)
        -> IndexedQuestion?
    {
        let candidates = script.questions.filter { $0.section == section && !asked.contains($0.text) }
        var best: IndexedQuestion?
        var bestShared = -1
        for question in candidates {
            let shared = question.keys.intersection(context).count
            if shared > bestShared {
                best = question
                bestShared = shared
            }
        }
        return best
    }
}
