import Foundation

/// Planning a real call as a pure state machine: events in, effects out, no I/O.
///
/// It asks one thing at a time (who the buyer is, what is known, the suspected problems
/// and a question of each kind for them, the rep's style, the advance, objections, red
/// flags), checks each answer, and ends with a plan. The day and the content are handed
/// in, so the same answers always give the same effects and a test can replay a session.
public struct PrepMachine: Sendable {
    /// What is being asked; the plan so far travels with it.
    enum Step: Equatable, Sendable {
        case script, buyerName, role, stance, mode, style
        /// `answers` so far, one per behaviour question; nil for "don't know".
        case behaviour(answers: [DISCStyle?])
        case known, problems
        case implication(problem: Int)
        case needPayoff(problem: Int)
        case repStyle, bestStep
        case bestDate
        case minimumStep
        case minimumDate
        case objections
        case objectionAnswer(index: Int)
        case influencer, coach, winCriteria
    }

    /// Where an answer leads: the same question again (a list goes on, or the answer was
    /// rejected), the next one, or the end.
    enum Outcome: Equatable {
        case again
        /// A list took one more line and waits for the next.
        case more
        case next(Step)
        case planned
    }

    private enum State: Sendable {
        case notStarted
        case asking(Step, CallPlan)
        case done
    }

    public let context: PrepContext
    let phrases: PrepPhrases
    private var state: State = .notStarted

    public init(context: PrepContext) {
        self.context = context
        phrases = PrepPhrases(language: context.language)
    }

    public var isDone: Bool {
        if case .done = state { return true }
        return false
    }

    public mutating func handle(_ event: PrepEvent) -> [PrepEffect] {
        switch (state, event) {
        case (.notStarted, .start):
            var plan = CallPlan(language: context.language)
            plan.buyer.repStyle = context.repStyle
            if context.scripts.count == 1 { plan.script = context.scripts[0].id }
            return enter(context.scripts.count == 1 ? .buyerName : .script, plan: plan)
        case (.notStarted, _):
            preconditionFailure("planning must start before anything else happens")
        case (.asking, .start), (.done, .start):
            preconditionFailure("planning has already started")
        case (.asking(let step, var plan), .answered(let raw)):
            var effects: [PrepEffect] = []
            let answer = raw.trimmingCharacters(in: .whitespaces)
            switch take(answer, at: step, plan: &plan, effects: &effects) {
            case .again:
                state = .asking(step, plan)
                return effects + [.ask(prompt(for: step, plan: plan))]
            case .more:
                state = .asking(step, plan)
                return effects + [.ask(PrepPrompt(question: "", continuesList: true))]
            case .next(let next): return effects + enter(next, plan: plan)
            case .planned: return effects + finish(plan, complete: true)
            }
        case (.asking(_, let plan), .inputEnded):
            return finish(plan, complete: false)
        case (.done, _):
            return []
        }
    }

    /// Moves to `step`, or past it when the context already answers it.
    private mutating func enter(_ step: Step, plan: CallPlan) -> [PrepEffect] {
        if step == .repStyle, plan.buyer.repStyle != nil {
            var plan = plan
            plan.rapport = PlanRules.rapport(buyer: plan.buyer.style, rep: plan.buyer.repStyle, language: plan.language)
            return rapportShown(plan) + enter(.bestStep, plan: plan)
        }
        state = .asking(step, plan)
        return [.ask(prompt(for: step, plan: plan))]
    }

    private func rapportShown(_ plan: CallPlan) -> [PrepEffect] {
        plan.buyer.style.map { [.show(phrases.rapport($0, plan.rapport))] } ?? []
    }

    private mutating func finish(_ plan: CallPlan, complete: Bool) -> [PrepEffect] {
        state = .done
        var plan = plan
        plan.isComplete = complete
        var blank = CallPlan(language: plan.language)
        (blank.script, blank.buyer.repStyle) = (plan.script, plan.buyer.repStyle)
        if !complete && plan == blank { return [.stopped(nil)] }
        plan.redFlags += PlanFlags(language: plan.language).fromBuyer(plan.buyer)
        plan.persona = PlanRules.practicePersona(for: plan, among: context.personas)?.id
        return [complete ? .finished(plan) : .stopped(plan)]
    }

    func rules(_ plan: CallPlan) -> PlanRules? {
        plan.script.flatMap { id in context.scripts.first { $0.id == id } }.map {
            PlanRules(script: $0, style: plan.buyer.style)
        }
    }

    // MARK: Prompts

    func prompt(for step: Step, plan: CallPlan) -> PrepPrompt {
        let words = phrases.vocabulary
        switch step {
        case .script:
            return PrepPrompt(question: phrases.script, choices: context.scripts.map { $0.offer ?? $0.title })
        case .buyerName: return PrepPrompt(question: phrases.buyerName)
        case .role:
            return PrepPrompt(
                question: phrases.role,
                choices: BuyingRole.allCases.map { words.choice(words.name(of: $0), words.gloss(of: $0)) })
        case .stance:
            return PrepPrompt(
                question: phrases.stance,
                choices: Stance.allCases.map { words.choice(words.name(of: $0), words.gloss(of: $0)) })
        case .mode:
            return PrepPrompt(
                question: phrases.mode,
                choices: ResponseMode.allCases.map { words.choice(words.name(of: $0), words.gloss(of: $0)) })
        case .style:
            return PrepPrompt(
                question: phrases.style, choices: DISCStyle.allCases.map(words.name(of:)) + [phrases.styleUnknown])
        case .behaviour(let answers):
            let question = StyleQuestionnaire.questions(in: plan.language)[answers.count]
            return PrepPrompt(
                question: phrases.behaviour(answers.count + 1, of: StyleQuestionnaire.count, question.text),
                choices: question.answers + [phrases.dontKnow])
        case .known: return PrepPrompt(question: phrases.known, note: phrases.listNote)
        case .problems: return PrepPrompt(question: phrases.problems, note: phrases.listNote)
        case .implication(let index):
            return PrepPrompt(
                question: phrases.implication(index + 1, plan.problems[index].suspected), note: phrases.modelNote)
        case .needPayoff(let index):
            return PrepPrompt(
                question: phrases.needPayoff(index + 1, plan.problems[index].suspected), note: phrases.modelNote)
        case .repStyle:
            return PrepPrompt(
                question: phrases.repStyle, choices: DISCStyle.allCases.map(words.name(of:)) + [phrases.repStyleUnknown]
            )
        case .bestStep: return PrepPrompt(question: phrases.bestStep)
        case .bestDate, .minimumDate: return PrepPrompt(question: phrases.date)
        case .minimumStep: return PrepPrompt(question: phrases.minimumStep)
        case .objections: return PrepPrompt(question: phrases.objections, note: phrases.listNote)
        case .objectionAnswer(let index):
            return PrepPrompt(question: phrases.answer(to: plan.objections[index].objection))
        case .influencer: return PrepPrompt(question: phrases.influencer, choices: phrases.yesNo)
        case .coach: return PrepPrompt(question: phrases.coach, choices: phrases.coachChoices)
        case .winCriteria: return PrepPrompt(question: phrases.winCriteria, choices: phrases.yesNoKnown)
        }
    }
}
