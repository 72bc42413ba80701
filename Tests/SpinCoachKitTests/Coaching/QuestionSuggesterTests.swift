import Testing

@testable import SpinCoachKit

@Suite struct QuestionSuggesterTests {
    @Test func prefersQuestionsWhoseAfterLinksHaveBeenAsked() throws {
        let persona = Fixture.persona("fixture-en-d")
        let problem = persona.problems[0]
        let cue = problem.implications[0].cues[0]
        let script = Script(
            id: "s", language: .english, title: "t", industry: "i", tags: [],
            questions: [
                ScriptQuestion(
                    id: "implication.early", section: .implication, text: "What about \(cue) now?", after: ["problem.b"]
                ),
                ScriptQuestion(
                    id: "implication.ready", section: .implication, text: "And the \(cue) later?", after: ["problem.a"]),
                ScriptQuestion(id: "problem.a", section: .problem, text: "Any \(problem.cues[0])?"),
            ],
            origin: SourcePosition(file: "s", line: 1, column: 1))
        let suggester = QuestionSuggester(script: script, persona: persona)
        var buyer = SimulatedBuyer(persona: persona)
        var random = SeededGenerator(seed: 1)
        _ = buyer.answer(.problem, tokens: Tokenizer.tokenize("Any \(problem.cues[0])?"), random: &random)
        #expect(buyer.state(of: problem.id) == .admitted)
        #expect(suggester.suggest(buyer: buyer, avoiding: [], asked: ["problem.a"])?.id == "implication.ready")
        #expect(suggester.suggest(buyer: buyer, avoiding: [], asked: [])?.id == "implication.early")
    }
}
