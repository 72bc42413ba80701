import Foundation

/// Builds a whole plan from a persona without asking: `spincoach prep --persona ID`.
///
/// What the persona's card says stands in for the rep's homework: its background is
/// what is known, its problems' cues are the suspected problems, its objections are the
/// likely ones. The questions come from the script, so each is of its section's type.
public enum PlanBuilder {
    /// Days from `today` to the advance's dates: the smaller step comes first.
    static let minimumStepDays = 7
    static let bestStepDays = 14

    public static func plan(for persona: Persona, script: Script, today: CalendarDay, repStyle: DISCStyle?) -> CallPlan
    {
        let language = persona.language
        let style = persona.disc.primary
        let rules = PlanRules(script: script, style: style)
        let flags = PlanFlags(language: language)
        var plan = CallPlan(language: language, isComplete: true)
        plan.persona = persona.id
        plan.script = script.id
        plan.buyer.name =
            language == .chinese
            ? "\(persona.name)，\(persona.company)\(persona.title)"
            : "\(persona.name), \(persona.title) · \(persona.company)"
        plan.buyer.role = persona.role
        plan.buyer.stance = persona.stance
        plan.buyer.mode = persona.mode
        plan.buyer.style = style
        plan.buyer.styleSource = .persona
        plan.buyer.repStyle = repStyle
        plan.known = persona.background.map(sentences) ?? []
        (plan.dropped, plan.situation) = rules.situation(known: plan.known)
        plan.problems = persona.problems.map { problem in
            let topics = (problem.cues + problem.implications.flatMap(\.cues)).joined(separator: " ")
            let problemQuestion = rules.problemQuestion(for: topics)
            let implication = rules.implication(for: topics, after: problemQuestion)
            let needPayoff = rules.needPayoff(for: topics, after: implication)
            return PlannedProblem(
                suspected: problem.cues.prefix(3).joined(separator: language.text(", ", "、")),
                problemQuestion: problemQuestion?.text(for: style), implication: implication?.text(for: style),
                needPayoff: needPayoff?.text(for: style))
        }
        plan.rapport = PlanRules.rapport(buyer: style, rep: repStyle, language: language)
        plan.objections = persona.objections.map {
            PlannedObjection(objection: $0.say, answer: flags.answer(to: $0.when))
        }
        let asks = script.questions(in: .commitment)
        if let best = asks.first {
            plan.advance.best = BuyerStep(step: best.text(for: style), date: today.adding(days: bestStepDays))
        }
        if asks.count > 1, let minimum = asks.last {
            plan.advance.minimum = BuyerStep(step: minimum.text(for: style), date: today.adding(days: minimumStepDays))
        }
        if persona.role != .economic { plan.redFlags.append(flags.economicBuyerUnmet) }
        if persona.interests.wins.isEmpty { plan.redFlags.append(flags.unclearWinCriteria) }
        plan.redFlags += flags.fromBuyer(plan.buyer)
        return plan
    }

    /// A paragraph split after each full stop, so each known fact can drop its own question;
    /// a point inside a number ("$1.4 million") is not a stop.
    static func sentences(_ text: String) -> [String] {
        text.replacing("。", with: "。\n").replacing("；", with: "；\n").replacing(". ", with: ".\n")
            .replacing("; ", with: ";\n")
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
