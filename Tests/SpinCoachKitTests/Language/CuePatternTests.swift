import Testing

@testable import SpinCoachKit

@Suite struct CuePatternTests {
    func matches(_ pattern: String, _ text: String, gap: Int = 5) throws -> Bool {
        try CuePattern(pattern, gap: gap).matches(Tokenizer.tokens(text))
    }

    @Test func wordsMatchWholeWordsAndStarsMatchWordStarts() throws {
        #expect(try matches("lead to", "Does that lead to overtime?"))
        #expect(try !matches("lead to", "Does that mislead to them?"))
        #expect(try matches("affect*", "How is it affecting you?"))
        #expect(try !matches("affect", "How is it affecting you?"))
    }

    @Test func slashesOfferAlternativeWordsAndAGapSkipsAFewTokens() throws {
        #expect(try matches("if * keep/continue", "If the outages keep happening, then what?"))
        #expect(try matches("if * keep/continue", "If this continue…"))
        #expect(try !matches("if * keep", "If one two three four five six keep"))
    }

    @Test func anchoredCuesOnlyMatchAtTheStart() throws {
        #expect(try matches("^tell me", "Tell me about the plant."))
        #expect(try !matches("^tell me", "Could you tell me about it?"))
    }

    @Test func aTrailingDollarTiesTheCueToTheEnd() throws {
        #expect(try matches("吗$", "您现在方便吗？", gap: 12))
        #expect(try matches("吗$", "您现在方便吗", gap: 12))
        #expect(try !matches("吗$", "方便吗我再问", gap: 12))
        #expect(try matches("^好 的$", "好的。", gap: 12))
        #expect(try !matches("^好 的$", "好的，我明白", gap: 12))
        #expect(throws: CuePattern.SyntaxError.empty) { try CuePattern("^$", gap: 3) }
    }

    @Test func loneChineseCharactersAreFound() throws {
        #expect(try CuePattern("慢", gap: 12).loneChineseCharacter == "慢")
        #expect(try CuePattern("几/几个", gap: 12).loneChineseCharacter == "几")
        #expect(try CuePattern("慢$", gap: 12).loneChineseCharacter == nil)
        #expect(try CuePattern("^谁", gap: 12).loneChineseCharacter == nil)
        #expect(try CuePattern("太慢", gap: 12).loneChineseCharacter == nil)
        #expect(try CuePattern("几 个", gap: 12).loneChineseCharacter == nil)
        #expect(try CuePattern("i", gap: 5).loneChineseCharacter == nil)
    }

    @Test func chineseCuesNeedNoSpaces() throws {
        #expect(try matches("有没有", "贵公司有没有遇到停机的问题？", gap: 12))
        #expect(try matches("如果*解决", "如果这个问题能彻底解决，对您有什么帮助？", gap: 12))
        #expect(try !matches("如果*解决", "解决之后如果还有问题呢", gap: 12))
    }

    @Test func personaCuesMatchWordStartsInEnglish() {
        let cue = CuePattern(personaCue: "stop")
        #expect(cue.matches(Tokenizer.tokens("How often does the line stop?")))
        #expect(cue.matches(Tokenizer.tokens("Stoppages are up.")))
        #expect(!cue.matches(Tokenizer.tokens("It runs nonstop.")))
        #expect(CuePattern(personaCue: "one person").matches(Tokenizer.tokens("Is it one person's job?")))
        #expect(CuePattern(personaCue: "停机").matches(Tokenizer.tokens("上个月非计划停机了几次？")))
    }

    @Test func malformedCuesAreRejected() {
        #expect(throws: CuePattern.SyntaxError.gapAtEdge) { try CuePattern("* lead", gap: 3) }
        #expect(throws: CuePattern.SyntaxError.emptyAlternative) { try CuePattern("lead/ to", gap: 3) }
        #expect(throws: CuePattern.SyntaxError.empty) { try CuePattern("^", gap: 3) }
    }
}
