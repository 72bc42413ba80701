import Testing

@testable import SpinCoachKit

@Suite struct SimulatedBuyerTests {
    /// The coach quotes the need just stated, so the needs keep the order they were said in,
    /// not the persona's order of problems.
    @Test func statedNeedsKeepTheOrderTheyWereSaidIn() throws {
        var buyer = Fixture.buyer("fixture-en-d")
        let persona = buyer.persona
        let breakdowns = try #require(persona.problems.first { $0.id == "breakdowns" })
        let waste = try #require(persona.problems.first { $0.id == "waste" })
        buyer.needsStated = ["waste", "breakdowns"]
        #expect(buyer.statedNeedTexts == [waste.need, breakdowns.need])
        buyer.needsStated = ["breakdowns", "waste"]
        #expect(buyer.statedNeedTexts.last == waste.need)
    }
}
