/// How each answer is checked and what it adds to the plan.
extension PrepMachine {
    func take(_ answer: String, at step: Step, plan: inout CallPlan, effects: inout [PrepEffect]) -> Outcome {
        func choice(_ count: Int) -> Int? {
            guard !answer.isEmpty else {
                effects.append(.reject(phrases.empty))
                return nil
            }
            guard let number = Int(answer), (1...count).contains(number) else {
                effects.append(.reject(phrases.outOfRange(count)))
                return nil
            }
            return number - 1
        }
        func text() -> String? {
            if answer.isEmpty { effects.append(.reject(phrases.empty)) }
            return answer.isEmpty ? nil : answer
        }
        switch step {
        case .script:
            guard let index = choice(context.scripts.count) else { return .again }
            plan.script = context.scripts[index].id
            return .next(.buyerName)
        case .buyerName:
            guard let name = text() else { return .again }
            plan.buyer.name = name
            return .next(.role)
        case .role:
            guard let index = choice(BuyingRole.allCases.count) else { return .again }
            plan.buyer.role = BuyingRole.allCases[index]
            return .next(.stance)
        case .stance:
            guard let index = choice(Stance.allCases.count) else { return .again }
            plan.buyer.stance = Stance.allCases[index]
            return .next(.mode)
        case .mode:
            guard let index = choice(ResponseMode.allCases.count) else { return .again }
            plan.buyer.mode = ResponseMode.allCases[index]
            return .next(.style)
        case .style:
            guard let index = choice(DISCStyle.allCases.count + 1) else { return .again }
            guard index < DISCStyle.allCases.count else { return .next(.behaviour(answers: [])) }
            adopt(DISCStyle.allCases[index], source: .rep, plan: &plan)
            return .next(.known)
        case .behaviour(var answers):
            guard let index = choice(DISCStyle.allCases.count + 1) else { return .again }
            answers.append(index < DISCStyle.allCases.count ? DISCStyle.allCases[index] : nil)
            guard answers.count == StyleQuestionnaire.count else { return .next(.behaviour(answers: answers)) }
            if let suggestion = StyleQuestionnaire.suggest(answers) {
                effects.append(.show(phrases.suggested(suggestion.style, confidence: suggestion.confidence)))
                adopt(suggestion.style, source: .behaviour(confidence: suggestion.confidence), plan: &plan)
            } else {
                effects.append(.show(phrases.noStyle))
            }
            return .next(.known)
        case .known:
            guard answer.isEmpty else {
                plan.known.append(answer)
                return .more
            }
            if let rules = rules(plan) {
                (plan.dropped, plan.situation) = rules.situation(known: plan.known)
            }
            effects.append(.show(plan.dropped.isEmpty ? phrases.nothingDropped : phrases.dropped(plan.dropped)))
            if !plan.situation.isEmpty { effects.append(.show(phrases.stillToAsk(plan.situation))) }
            return .next(.problems)
        case .problems:
            guard answer.isEmpty else {
                plan.problems.append(PlannedProblem(suspected: answer))
                return .more
            }
            guard !plan.problems.isEmpty else {
                effects.append(.reject(phrases.needOneProblem))
                return .again
            }
            return .next(.implication(problem: 0))
        case .implication(let index):
            guard let question = spin(.implication, answer, problem: index, plan: &plan, effects: &effects) else {
                return .again
            }
            plan.problems[index].implication = question
            return .next(.needPayoff(problem: index))
        case .needPayoff(let index):
            guard let question = spin(.needPayoff, answer, problem: index, plan: &plan, effects: &effects) else {
                return .again
            }
            plan.problems[index].needPayoff = question
            return .next(index + 1 < plan.problems.count ? .implication(problem: index + 1) : .repStyle)
        case .repStyle:
            guard let index = choice(DISCStyle.allCases.count + 1) else { return .again }
            plan.buyer.repStyle = index < DISCStyle.allCases.count ? DISCStyle.allCases[index] : nil
            plan.rapport = PlanRules.rapport(buyer: plan.buyer.style, rep: plan.buyer.repStyle, language: plan.language)
            effects += plan.buyer.style.map { [.show(phrases.rapport($0, plan.rapport))] } ?? []
            return .next(.bestStep)
        case .bestStep:
            guard let step = text() else { return .again }
            plan.advance.best = BuyerStep(step: step, date: nil)
            return .next(.bestDate)
        case .bestDate:
            guard let day = date(answer, effects: &effects) else { return .again }
            plan.advance.best?.date = day
            return .next(.minimumStep)
        case .minimumStep:
            guard let step = text() else { return .again }
            plan.advance.minimum = BuyerStep(step: step, date: nil)
            return .next(.minimumDate)
        case .minimumDate:
            guard let day = date(answer, effects: &effects) else { return .again }
            plan.advance.minimum?.date = day
            return .next(.objections)
        case .objections:
            guard answer.isEmpty else {
                plan.objections.append(PlannedObjection(objection: answer, answer: nil))
                return .more
            }
            return .next(plan.objections.isEmpty ? .influencer : .objectionAnswer(index: 0))
        case .objectionAnswer(let index):
            guard let reply = text() else { return .again }
            plan.objections[index].answer = reply
            return .next(index + 1 < plan.objections.count ? .objectionAnswer(index: index + 1) : .influencer)
        case .influencer:
            guard let index = choice(2) else { return .again }
            if index == 0 { plan.redFlags.append(PlanFlags(language: plan.language).unmetInfluencer) }
            return .next(.coach)
        case .coach:
            guard let index = choice(3) else { return .again }
            let flags = PlanFlags(language: plan.language)
            if index == 1 { plan.redFlags.append(flags.coachLacksInformation) }
            if index == 2 { plan.redFlags.append(flags.noCoach) }
            return .next(.winCriteria)
        case .winCriteria:
            guard let index = choice(2) else { return .again }
            if index == 1 { plan.redFlags.append(PlanFlags(language: plan.language).unclearWinCriteria) }
            return .planned
        }
    }

    private func adopt(_ style: DISCStyle, source: StyleSource, plan: inout CallPlan) {
        plan.buyer.style = style
        plan.buyer.styleSource = source
    }

    /// The rep's question once the classifier gives it the type wanted (or "?" for the model);
    /// nil, with feedback and the model, until then. The problem question comes from the script.
    private func spin(
        _ type: UtteranceLabel, _ answer: String, problem index: Int, plan: inout CallPlan,
        effects: inout [PrepEffect]
    ) -> String? {
        let suspected = plan.problems[index].suspected
        let rules = rules(plan)
        let problemQuestion = rules?.problemQuestion(for: suspected)
        if type == .implication { plan.problems[index].problemQuestion = problemQuestion?.text(for: plan.buyer.style) }
        let implication = rules?.implication(for: suspected, after: problemQuestion)
        let model = (type == .implication ? implication : rules?.needPayoff(for: suspected, after: implication))?
            .text(for: plan.buyer.style)
        if answer == "?", let model { return model }
        guard !answer.isEmpty, answer != "?" else {
            effects.append(.reject(phrases.empty))
            return nil
        }
        let classification = context.classifier.classify(answer, language: plan.language)
        guard classification.label == type else {
            effects.append(.reject(phrases.wrongType(wanted: type, got: classification, model: model)))
            return nil
        }
        effects.append(.show(phrases.rightType(type, confidence: classification.confidence, model: model)))
        return answer
    }

    private func date(_ answer: String, effects: inout [PrepEffect]) -> CalendarDay? {
        guard let day = CalendarDay(answer) else {
            effects.append(.reject(answer.isEmpty ? phrases.empty : phrases.badDate(answer)))
            return nil
        }
        guard day >= context.today else {
            effects.append(.reject(phrases.pastDate(day, today: context.today)))
            return nil
        }
        return day
    }
}
