import Testing

@testable import SpinCoachKit

@Suite struct NeedMatcherTests {
    static let needs = [
        "I need to see a failure coming on the corrugator early enough to plan the repair.",
        "I need spare parts on the shelf when a drive fails.",
    ]

    static func match(_ text: String) -> String? {
        NeedMatcher.bestMatch(tokens: Tokenizer.tokens(text), needs: needs)
    }

    @Test func aStatementAboutANeedMatchesIt() {
        #expect(Self.match("Our sensors flag a failure on the corrugator weeks early.") == Self.needs[0])
        #expect(Self.match("We keep spare parts for every drive in stock near you.") == Self.needs[1])
    }

    /// One shared common word is not enough when the need has many topic words.
    @Test func aPassingWordDoesNotMatch() {
        #expect(Self.match("Our failure rate is low.") == nil)
        #expect(Self.match("We have a great dashboard.") == nil)
    }

    @Test func stopWordsAndShortWordsAreNotKeys() {
        #expect(NeedMatcher.keys(Tokenizer.tokens("we need it to be up")).isEmpty)
        #expect(NeedMatcher.keys(Tokenizer.tokens("corrugator corrugators")) == ["corru"])
    }

    @Test func chineseKeysArePairsAcrossContentCharacters() {
        #expect(NeedMatcher.keys(Tokenizer.tokens("停机的损失")) == ["停机", "损失"])
        let needs = ["必须提前发现设备故障，安排计划检修。"]
        #expect(NeedMatcher.bestMatch(tokens: Tokenizer.tokens("我们能提前发现故障，方便安排检修。"), needs: needs) == needs[0])
        #expect(NeedMatcher.bestMatch(tokens: Tokenizer.tokens("我们的价格很有优势。"), needs: needs) == nil)
    }
}
