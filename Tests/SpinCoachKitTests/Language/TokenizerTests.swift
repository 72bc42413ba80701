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
}
