import Testing

@testable import SpinCoachKit

@Suite struct TokenizerTests {
    @Test func englishIsLowercasedWordsWithApostrophesKept() {
        #expect(
            Tokenizer.tokens("What's the DOWNTIME costing you?") == [
                "what's", "the", "downtime", "costing", "you", "?",
            ])
        #expect(Tokenizer.tokens("Walk me through it…  now") == ["walk", "me", "through", "it", "now"])
        #expect(Tokenizer.tokens("the drivers' hours") == ["the", "drivers", "hours"])
        #expect(Tokenizer.tokens("It’s 24/7") == ["it's", "24", "7"])
    }

    @Test func chineseCharactersAreTokensOfTheirOwn() {
        #expect(Tokenizer.tokens("现在有几条产线？") == ["现", "在", "有", "几", "条", "产", "线", "?"])
        #expect(Tokenizer.tokens("用的是SAP系统") == ["用", "的", "是", "sap", "系", "统"])
    }

    @Test func languageIsDetectedFromTheScript() {
        #expect(Tokenizer.detectLanguage("How many lines do you run?") == .english)
        #expect(Tokenizer.detectLanguage("咱们现在用的是哪家的ERP？") == .chinese)
        #expect(Tokenizer.detectLanguage("") == .english)
    }

    /// Punctuation, not spaces, starts a clause; a question mark is a token and ends one too.
    @Test func clausesStartAfterPunctuation() {
        let chinese = Tokenizer.tokenize("离心、分杯？上机")
        #expect(chinese.tokens == ["离", "心", "分", "杯", "?", "上", "机"])
        #expect(chinese.clauseStarts == [2, 5])
        let english = Tokenizer.tokenize("First, how many lines do you run?")
        #expect(english.clauseStarts == [1])
    }
}
