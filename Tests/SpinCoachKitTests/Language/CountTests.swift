import Testing

@testable import SpinCoachKit

@Suite struct CountTests {
    @Test func englishNounsTakeThePluralUnlessThereIsExactlyOne() {
        #expect(Count.of(1, "pitch") == "1 pitch")
        #expect(Count.of(2, "pitch") == "2 pitches")
        #expect(Count.of(0, "file") == "0 files")
        #expect(Count.of(3, "need-payoff") == "3 need-payoffs")
        #expect(Count.of(2, "entry") == "2 entries")
        #expect(Count.of(2, "day") == "2 days")
        #expect(Count.of(2, "person", plural: "people") == "2 people")
    }

    @Test func chineseHasNoPlural() {
        #expect(Count.of(1, english: "moment", chinese: "处", language: .chinese) == "1 处")
        #expect(Count.of(2, english: "moment", chinese: "处", language: .chinese) == "2 处")
        #expect(Count.of(2, english: "moment", chinese: "处", language: .english) == "2 moments")
    }
}
