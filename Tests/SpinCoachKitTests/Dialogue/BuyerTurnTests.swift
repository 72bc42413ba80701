import Testing

@testable import SpinCoachKit

@Suite struct BuyerTurnTests {
    static func answers(_ personaID: String, _ lines: [String]) -> (buyer: [String], persona: Persona) {
        var machine = Bundled.machine(personaID)
        _ = machine.handle(.start)
        let buyer = lines.map { machine.handle(.repSaid($0)).buyerLines.first ?? "" }
        return (buyer, machine.persona)
    }

    @Test(arguments: [
        ("kwame-asante", "Hello, thanks for making time today."), ("han-zhendong", "韩总您好，感谢您抽时间见我。"),
    ])
    func thanksGetThanks(personaID: String, line: String) {
        let (buyer, persona) = Self.answers(personaID, [line])
        #expect(
            CoachPhrases(terms: Bundled.library.terms(for: persona.language)).thanksReplies.contains(buyer[0]),
            "\(buyer)")
        #expect(!persona.rapport.contains(buyer[0]))
    }

    /// Price before any stated need gets the persona's price objection, once.
    @Test(arguments: [
        ("kwame-asante", "What would it cost you to run a pilot, and what is your budget?"),
        ("adaeze-okafor", "What budget do you have for this?"), ("han-zhendong", "先做个试点要花多少钱？您这边预算多少？"),
    ])
    func priceBeforeANeedMeetsThePriceObjection(personaID: String, line: String) {
        let (buyer, persona) = Self.answers(personaID, [line, line])
        let objections = persona.objections(for: .price)
        #expect(!objections.isEmpty)
        #expect(objections.contains(buyer[0]), "\(buyer)")
        #expect(!objections.contains(buyer[1]), "\(buyer)")
    }

    @Test func aQuestionNotAboutPriceIsAnswered() {
        let (buyer, persona) = Self.answers(
            "kwame-asante", ["Which machine has the most unplanned stops, and how many last month?"])
        #expect(!persona.objections(for: .price).contains(buyer[0]))
    }
}
