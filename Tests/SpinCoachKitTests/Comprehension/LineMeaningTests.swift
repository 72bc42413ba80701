import Testing

@testable import SpinCoachKit

@Suite struct LineMeaningTests {
    static func weights(_ line: String, _ language: ContentLanguage = .english) -> [String: Double] {
        let meaning = LineMeaning(tokens: Tokenizer.tokens(line), language: language, lexicon: nil)
        return Dictionary(meaning.terms.map { ($0.words, $0.weight) }, uniquingKeysWith: max)
    }

    /// Of two questions a buyer answers the last; what the first asked still counts, less.
    @Test func theLastQuestionIsTheMainAsk() {
        let weights = Self.weights("How often are those rounds, and who does them? What do the loggers record?")
        #expect(weights["rounds"] == LineMeaning.asideWeight)
        #expect(weights["loggers"] == 1)
        #expect(weights["record"] == 1)
    }

    @Test func whatLeadsUpToTheOnlyQuestionIsPartOfIt() {
        let weights = Self.weights("So the labelling mismatch at reception. At which step is it picked up?")
        #expect(weights["labelling"] == 1 && weights["step"] == 1)
    }

    @Test func whatFollowsTheQuestionIsAnAside() {
        let weights = Self.weights("您评估流水线时最看重哪几项指标？我按您的口径准备材料。", .chinese)
        #expect(weights["指标"] == 1)
        #expect(weights["口径"] == LineMeaning.asideWeight)
    }

    @Test func aWordInTheMainAskKeepsItsFullWeight() {
        let weights = Self.weights("Is the dock cold? How long does the dock stay open?")
        #expect(weights["dock"] == 1)
    }

    @Test func aLineWithNoQuestionIsAllMainAsk() {
        let weights = Self.weights("Tell me about the night shift.")
        #expect(weights.values.allSatisfy { $0 == 1 })
    }

    /// Chinese is read by pairs of neighbouring characters within a clause: punctuation ends one.
    @Test func noChinesePairCrossesPunctuation() {
        let tokens = Tokenizer.tokenize("差距卡在哪一步？是离心、分杯，还是上机排队？")
        let meaning = LineMeaning(
            tokens: tokens.tokens, clauseStarts: tokens.clauseStarts, language: .chinese, lexicon: nil)
        let pairs = Set(meaning.terms.map(\.words))
        #expect(pairs.isSuperset(of: ["离心", "分杯", "上机", "排队"]), "\(pairs)")
        #expect(pairs.isDisjoint(with: ["心分", "杯还", "步是"]), "\(pairs)")
    }

    /// "keep" and "work" open a question only in the phrases that ask for whatever troubles the buyer.
    @Test func openQuestionsAreKnownByTheirPhrases() {
        func isOpen(_ line: String) -> Bool {
            LineMeaning(tokens: Tokenizer.tokens(line), language: .english, lexicon: nil).isOpen
        }
        #expect(isOpen("What keeps you up at night?"))
        #expect(isOpen("What isn't working on the line?"))
        #expect(isOpen("What's the biggest headache?"))
        #expect(!isOpen("How do you keep an eye on the chambers?"))
        #expect(!isOpen("How does dispatch work today?"))
    }
}
