import Testing

@testable import SpinCoachKit

/// How the buyer takes one line, on fixture personas.
@Suite struct BuyerTurnTests {
    static func answers(_ personaID: String, _ lines: [String]) -> (buyer: [String], persona: Persona) {
        var machine = Fixture.machine(personaID)
        _ = machine.handle(.start)
        let buyer = lines.map { machine.handle(.repSaid($0)).buyerLines.first ?? "" }
        return (buyer, machine.persona)
    }

    @Test(arguments: [
        ("fixture-en-d", "Hello, thanks for making time today."), ("fixture-zh-d", "丁厂长您好，感谢您抽时间见我。"),
    ])
    func thanksGetThanks(personaID: String, line: String) {
        let (buyer, persona) = Self.answers(personaID, [line])
        #expect(
            CoachPhrases(terms: Fixture.library.terms(for: persona.language)).thanksReplies.contains(buyer[0]),
            "\(buyer)")
        #expect(!persona.rapport.contains(buyer[0]))
    }

    /// Price before any stated need gets the persona's price objection, once.
    @Test(arguments: [
        ("fixture-en-d", "What would it cost you to run a pilot, and what is your budget?"),
        ("fixture-en-c", "What budget do you have for this?"), ("fixture-zh-d", "先做个试点要花多少钱？您这边预算多少？"),
    ])
    func priceBeforeANeedMeetsThePriceObjection(personaID: String, line: String) {
        let (buyer, persona) = Self.answers(personaID, [line, line])
        let objections = persona.objections(for: .price)
        #expect(!objections.isEmpty)
        #expect(objections.contains(buyer[0]), "\(buyer)")
        #expect(!objections.contains(buyer[1]), "\(buyer)")
    }

    /// A benefit meeting the need it just stated gets a reply in the buyer's style, not one line for all.
    @Test func aBenefitIsWelcomedInTheBuyersStyle() {
        let (buyer, persona) = Self.answers(
            "fixture-en-d",
            [
                "Which oven breaks down most often?", "When an oven stops, what happens downstream?",
                "How would it help if you saw an oven failure coming days early?",
                "Our sensors let you see an oven failure coming early enough to fix it on a planned stop.",
            ])
        let phrases = CoachPhrases(terms: Fixture.library.terms(for: persona.language))
        #expect(phrases.welcomesBenefit(persona.disc.primary).contains(buyer[3]), "\(buyer)")
        #expect(!phrases.welcomesBenefit(.steadiness).contains(buyer[3]))
    }

    /// An I buyer cools when no warmth comes; warmth inside a question counts as warmth.
    @Test func warmthInsideAQuestionKeepsAnIBuyerWarm() {
        func coldnessNoted(_ opener: String) -> Bool {
            var machine = Fixture.machine("fixture-en-i")
            _ = machine.handle(.start)
            let lines = [opener, "How many ovens do you run?", "How big is the maintenance team?"]
            let coldness = OffStyleReason.coldness.tip(in: machine.terms)
            return lines.flatMap { machine.handle(.repSaid($0)) }.contains { effect in
                if case .showTip(let tip) = effect { return tip.text == coldness }
                return false
            }
        }
        #expect(coldnessNoted("How is the bakery organised today?"))
        #expect(!coldnessNoted("Thanks for having me, I'd love to hear how the bakery is organised today?"))
    }

    /// A situation question about its world that it has no fact for gets a plain answer in the
    /// buyer's style, not a brush-off.
    @Test func aSituationQuestionWithNoFactGetsAPlainAnswer() {
        var machine = Fixture.machine("fixture-en-d", coach: .off)
        _ = machine.handle(.start)
        let effects = machine.handle(.repSaid("What colour are the ovens, and who made them?"))
        let reply = effects.buyerLines.first ?? ""
        let understanding = effects.lazy.compactMap { effect -> Understanding? in
            if case .logTurn(let turn) = effect, turn.speaker == .buyer { turn.understanding } else { nil }
        }.first
        #expect(understanding?.outcome == .missed, "\(String(describing: understanding)) \(reply)")
        #expect(SimulatedBuyer.plainAnswers(.english, .dominance).contains(reply), "\(reply)")
        #expect(!machine.persona.deflections.contains(reply))
    }

    @Test func aQuestionNotAboutPriceIsAnswered() {
        let (buyer, persona) = Self.answers(
            "fixture-en-d", ["Which oven has the most unplanned stops, and how many last month?"])
        #expect(!persona.objections(for: .price).contains(buyer[0]))
    }
}

/// A commitment reply answers what the rep proposed, and the outcome logged matches the buyer's words:
/// promised for every bundled buyer, so these run on the bundled personas.
@Suite struct BuyerTurnCommitmentTests {
    static let proposals: [ContentLanguage: (line: String, step: String)] = [
        .english: ("Could we run a four-week pilot on one site and review the results together?", "run the pilot"),
        .chinese: ("能不能先做个试点，跑一个月，再一起看看效果？", "先做个试点"),
    ]

    /// A good call up to the ask (the coach's hints, as in CallMachineTests), then the rep's own proposal.
    static func callEndingIn(_ proposal: String, personaID: String) -> (effects: [CallEffect], machine: CallMachine) {
        var machine = Bundled.machine(personaID)
        var effects = machine.handle(.start)
        let language = machine.persona.language
        effects += machine.handle(
            .repSaid(language == .chinese ? "您好，感谢您抽时间见我们。" : "Hello, thanks for making time today."))
        for _ in 0..<40 where !machine.isEnded {
            guard let hint = machine.handle(.command(.hint)).info.first?.split(separator: "\n").first.map(String.init),
                Bundled.classifier.classify(hint, language: language).label != .commitment
            else { break }
            effects += machine.handle(.repSaid(hint))
        }
        if !machine.isEnded { effects += machine.handle(.repSaid(proposal)) }
        return (effects, machine)
    }

    static func commitmentReplies(_ effects: [CallEffect]) -> [(line: String, outcome: String?)] {
        effects.compactMap { effect in
            guard case .logTurn(let turn) = effect, turn.speaker == .buyer, let understanding = turn.understanding,
                understanding.outcome == .committed
            else { return nil }
            return (turn.text, understanding.trigger)
        }
    }

    @Test(arguments: CallMachineTests.byStyle)
    func anAcceptanceNamesTheStepTheRepProposed(personaID: String) throws {
        let persona = try #require(Bundled.library.persona(id: personaID))
        let proposal = try #require(Self.proposals[persona.language])
        let (effects, _) = Self.callEndingIn(proposal.line, personaID: personaID)
        let card = try #require(effects.scorecard)
        #expect(card.outcome == .advance, "\(personaID): \(effects.buyerLines.suffix(3))")
        let reply = try #require(Self.commitmentReplies(effects).last)
        #expect(reply.outcome == CallOutcome.advance.rawValue)
        #expect(reply.line.contains(proposal.step), "\(personaID): \(reply.line)")
        #expect(!reply.line.contains(ProposedSteps.placeholder))
    }

    /// Asked too early and then again with trust still low, the buyer declines in words that
    /// accept nothing, and the log says what the words say.
    @Test(arguments: Bundled.library.personas.map(\.id))
    func theOutcomeLoggedMatchesTheBuyersWords(personaID: String) throws {
        var machine = Bundled.machine(personaID)
        let persona = machine.persona
        let proposal = try #require(Self.proposals[persona.language])
        let steps = ProposedSteps(language: persona.language, list: Bundled.library.steps[persona.language])
        var effects = machine.handle(.start)
        for _ in 0..<3 where !machine.isEnded { effects += machine.handle(.repSaid(proposal.line)) }
        if !machine.isEnded { effects += machine.handle(.command(.end)) }
        let card = try #require(effects.scorecard)
        let replies = Self.commitmentReplies(effects)
        #expect(!replies.isEmpty)
        for reply in replies {
            let accepts = steps.named(in: Tokenizer.tokens(reply.line)).contains(proposal.step)
            let advance = reply.outcome == CallOutcome.advance.rawValue
            #expect(accepts == advance, "\(personaID): \(reply.line) logged as \(reply.outcome ?? "objection")")
            if reply.outcome == CallOutcome.noSale.rawValue { #expect(reply.line == persona.closing.noSale) }
        }
        if card.outcome != .advance {
            #expect(!effects.buyerLines.contains { steps.named(in: Tokenizer.tokens($0)).contains(proposal.step) })
        }
    }
}
