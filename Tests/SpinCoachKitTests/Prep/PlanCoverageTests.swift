import Testing

@testable import SpinCoachKit

@Suite struct PlanCoverageTests {
    static var plan: CallPlan {
        var plan = CallPlan(language: .english)
        plan.situation = ["How many production lines do you run, and on what shift pattern?"]
        plan.problems = [
            PlannedProblem(suspected: "downtime", implication: "What does a lost shift cost in deliveries?")
        ]
        return plan
    }

    @Test func aLineAsksAPlannedQuestionByTypeAndWords() {
        let coverage = PlanCoverage(
            plan: Self.plan,
            lines: [
                .init(text: "How many lines do you run on each shift?", label: .situation),
                .init(text: "A lost shift must hurt your deliveries.", label: .statement),
            ])
        #expect(coverage.askedCount == 1)
        #expect(coverage.entries[0].askedBy == "How many lines do you run on each shift?")
        // The words were there, but the line was not a question of that type.
        #expect(coverage.entries[1].askedBy == nil && coverage.entries[1].nearMiss?.label == .statement)
        #expect(coverage.render(terms: .english).hasPrefix("Planned questions asked: 1 of 2"))
    }

    @Test func oneLineCountsOnce() {
        var plan = Self.plan
        plan.situation.append("How many production lines run on each shift pattern?")
        let coverage = PlanCoverage(
            plan: plan, lines: [.init(text: "How many production lines run on each shift?", label: .situation)])
        #expect(coverage.askedCount == 1)
    }
}
