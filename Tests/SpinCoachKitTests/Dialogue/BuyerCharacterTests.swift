import Testing

@testable import SpinCoachKit

/// The buyer's character rules on fixture personas; that no bundled buyer repeats itself
/// word for word is a promise about every bundled persona, so that test runs on them.
@Suite struct BuyerCharacterTests {
    static func buyer(_ personaID: String) -> SimulatedBuyer { Fixture.buyer(personaID) }

    static let factQuestion: [String: (line: String, fact: String)] = [
        "fixture-en-d": ("How many ovens do you run, and on how many shifts?", "lines"),
        "fixture-zh-d": ("咱们厂现在的烤炉产能大概是多少？", "capacity"),
    ]

    /// Asked again for what it told, the buyer says it briefly in other words, never the same reply twice running.
    @Test(arguments: ["fixture-en-d", "fixture-zh-d"])
    func askedAgainTheBuyerSaysItAgainInOtherWords(personaID: String) throws {
        var buyer = Self.buyer(personaID)
        var random = SeededGenerator(seed: 1)
        let question = try #require(Self.factQuestion[personaID])
        let tokens = Tokenizer.tokenize(question.line)
        let fact = try #require(buyer.persona.facts.first { $0.id == question.fact })
        let answers = (0..<4).map { _ in buyer.answer(.situation, tokens: tokens, random: &random) }
        #expect(answers[0].understanding.item == .fact(question.fact), "\(answers[0])")
        #expect(answers[0].line == fact.say)
        for (previous, answer) in zip(answers, answers.dropFirst()) {
            #expect(answer.line != previous.line, "\(answer.line)")
            if answer.understanding.outcome == .repeats, answer.understanding.item == .fact(question.fact) {
                #expect(answer.line.contains(CoachPhrases.firstSentence(fact.say)), "\(answer.line)")
                #expect(answer.line != fact.say)
            }
        }
    }

    /// Across a whole call of repeated questions, for every bundled buyer, no reply comes back word for word.
    @Test(arguments: Bundled.library.personas.map(\.id))
    func noReplyRepeatsThePreviousOne(personaID: String) throws {
        var machine = Bundled.machine(personaID, coach: .off)
        var effects = machine.handle(.start)
        let questions = machine.script.questions.prefix(6).map(\.text)
        for question in questions {
            for _ in 0..<3 where !machine.isEnded { effects += machine.handle(.repSaid(question)) }
        }
        let lines = effects.buyerLines
        for (previous, line) in zip(lines, lines.dropFirst()) {
            #expect(line != previous, "\(personaID) said twice in a row: \(line)")
        }
    }

    /// A buyer whose trust has fallen holds back what it has not told, for its stated reason; it keeps
    /// holding back while trust stays low, repeats what it had already told, and tells once trust recovers.
    @Test func aWaryBuyerHoldsBackConsistentlyUntilTrustRecovers() throws {
        var buyer = Self.buyer("fixture-en-d")
        var random = SeededGenerator(seed: 3)
        let question = try #require(Self.factQuestion["fixture-en-d"])
        let told = buyer.answer(.situation, tokens: Tokenizer.tokenize(question.line), random: &random)
        #expect(told.understanding.outcome == .reveals)
        buyer.adjust(trust: -10)
        #expect(buyer.isWithholding)
        let problem = Tokenizer.tokenize("How often does an oven break down without warning?")
        let first = buyer.answer(.problem, tokens: problem, random: &random)
        let second = buyer.answer(.problem, tokens: problem, random: &random)
        for answer in [first, second] {
            #expect(answer.understanding.outcome == .withheld, "\(answer)")
            #expect(buyer.persona.withhold.contains { answer.line.contains(CoachPhrases.firstSentence($0)) })
        }
        #expect(first.understanding.item == second.understanding.item)
        // The same reason, in other words.
        #expect(first.line != second.line)
        #expect(second.line.contains(CoachPhrases.firstSentence(first.line)), "\(second.line)")
        #expect(buyer.state(of: "breakdowns") == .hidden)
        // What it has told stays told: it never pretends not to know it.
        let again = buyer.answer(.situation, tokens: Tokenizer.tokenize(question.line), random: &random)
        #expect(again.understanding.outcome == .repeats)
        buyer.adjust(trust: 4)
        let opened = buyer.answer(.problem, tokens: problem, random: &random)
        #expect(opened.understanding.outcome == .reveals, "\(opened)")
        #expect(buyer.state(of: "breakdowns") == .admitted)
    }

    @Test func aBuyerWithNoReasonsToHoldBackTellsWhateverALineReaches() throws {
        var persona = Fixture.persona("fixture-en-d")
        persona.withhold = []
        var buyer = SimulatedBuyer(persona: persona, lexicon: Fixture.library.lexicons[.english])
        buyer.adjust(trust: -10)
        #expect(!buyer.isWithholding)
    }
}

extension BuyerCharacterTests {
    /// In a call: a pitch full of hype costs a wary C buyer its trust, and what it then holds back
    /// is logged as withheld, with the item it reached, and explained by /why.
    @Test func aWithheldAnswerIsLoggedAndExplained() throws {
        var machine = Fixture.machine("fixture-en-c", coach: .off)
        _ = machine.handle(.start)
        _ = machine.handle(.repSaid("Our line is the best on the market, guaranteed, with world-class throughput."))
        let effects = machine.handle(.repSaid("How many batches a day go through the ovens?"))
        let turn = try #require(
            effects.compactMap { effect -> CallTurn? in
                if case .logTurn(let turn) = effect, turn.speaker == .buyer { turn } else { nil }
            }.last)
        let understanding = try #require(turn.understanding)
        #expect(understanding.outcome == .withheld, "\(turn.text)")
        #expect(understanding.logged.kind == "withheld" && understanding.item != nil)
        #expect(machine.persona.withhold.contains(turn.text))
        #expect(understanding.explanation(terms: Fixture.library.terms(for: .english)).contains("held it back"))
        #expect(understanding.explanation(terms: Fixture.library.terms(for: .chinese)).contains("暂时不讲"))
    }
}
