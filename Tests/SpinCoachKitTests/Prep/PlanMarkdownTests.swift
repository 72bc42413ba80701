import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct PlanMarkdownTests {
    static let today = CalendarDay(year: 2026, month: 12, day: 3)!

    static func plan(_ persona: Persona, repStyle: DISCStyle? = .influence) -> CallPlan {
        let script = Bundled.library.script(id: persona.scripts[0])!
        return PlanBuilder.plan(for: persona, script: script, today: today, repStyle: repStyle)
    }

    static let personas = Bundled.library.personas.map(\.id)

    @Test(arguments: personas)
    func aPlanFromEveryPersonaReadsBackFromMarkdownAndJSON(id: String) throws {
        let plan = Self.plan(Bundled.library.persona(id: id)!)
        #expect(plan.isComplete && plan.persona == id && !plan.problems.isEmpty)
        for format in PlanFormat.allCases {
            let text = PlanFile.render(plan, as: format)
            #expect(try PlanFile.read(text, file: "plan") == plan, "\(format)")
        }
    }

    @Test(arguments: personas)
    func everyPlannedQuestionIsOfItsType(id: String) {
        let plan = Self.plan(Bundled.library.persona(id: id)!)
        for question in plan.questions {
            let label = Bundled.classifier.classify(question.text, language: plan.language).label
            #expect(label == question.type, "\(question.text)")
        }
    }

    @Test func textThatLooksLikeMarkupStaysText() throws {
        var plan = CallPlan(language: .english)
        plan.buyer.name = "Ann <b>Lee</b> # *boss*"
        plan.buyer.styleSource = .behaviour(confidence: 0.6)
        plan.known = ["(1) costs \\ run_high | [link](x)", "line\nbreak"]
        plan.problems = [PlannedProblem(suspected: "2. scrap", implication: "(2) What does scrap cost you?")]
        plan.advance.best = BuyerStep(step: "Trial (by 2027-01-01)", date: CalendarDay("2027-02-01"))
        plan.advance.minimum = BuyerStep(step: "A call", date: nil)
        let text = PlanMarkdown.render(plan)
        #expect(!text.contains("<b>") && text.contains("\\<b\\>"))
        var expected = plan
        expected.known[1] = "line break"
        #expect(try PlanMarkdownReader.read(text, file: "p.md") == expected)
        var chinese = plan
        chinese.language = .chinese
        chinese.known = ["（1）成本"]
        chinese.buyer.name = "韩振东，副总经理（分管生产）"
        chinese.situation = ["（3）有几条产线？"]
        chinese.problems[0].implication = "（2）停机一天损失多少？"
        chinese.advance.best = BuyerStep(step: "试点（六周）", date: CalendarDay("2027-02-01"))
        let chineseText = PlanMarkdown.render(chinese)
        // Markdown escapes only ASCII punctuation, so a full-width bracket is written as it is.
        #expect(!chineseText.contains("\\（") && chineseText.contains("- （1）（2）停机一天损失多少？"))
        #expect(try PlanMarkdownReader.read(chineseText, file: "p.md") == chinese)
    }

    @Test(arguments: [
        ("# no front matter\n", 1, "must start with a '---' line"),
        ("---\nspincoach-plan: 1\nlanguage: fr\n---\n", 1, "language: en"),
        ("---\nspincoach-plan: 9\nlanguage: en\n---\n", 1, "newer"),
        ("---\nspincoach-plan: 1\nlanguage: en\n", 1, "no closing"),
        ("---\nspincoach-plan: 1\nlanguage: en\n---\n\n## Shopping\n", 6, "unknown section 'Shopping'"),
        (
            "---\nspincoach-plan: 1\nlanguage: en\n---\n## Buyer\n- Buying role: boss\n", 6,
            "'boss' is not a buying role"
        ),
        (
            "---\nspincoach-plan: 1\nlanguage: en\n---\n## Question sequence\n### Implication questions\n- (3) Why?\n",
            7,
            "no suspected problem 3"
        ),
        ("---\nspincoach-plan: 1\nlanguage: en\n---\n## Red flags\nloose text\n", 6, "expected a '- ' item"),
    ])
    func aMalformedPlanNamesItsLine(text: String, line: Int, message: String) {
        do {
            _ = try PlanFile.read(text, file: "plan.md")
            Issue.record("read without an error")
        } catch {
            let diagnostic = error.diagnostics[0]
            #expect(diagnostic.file == "plan.md" && diagnostic.line == line, "\(diagnostic)")
            #expect(diagnostic.message.contains(message), "\(diagnostic)")
        }
    }

    @Test func aMalformedJSONPlanNamesItsField() {
        do {
            _ = try PlanFile.read(#"{"version": 1, "isComplete": true}"#, file: "plan.json")
            Issue.record("read without an error")
        } catch {
            #expect(error.diagnostics[0].message.contains("'language' is missing"), "\(error)")
        }
    }
}
