import Testing

@testable import SpinCoachKit

@Suite struct NaiveBayesTests {
    static func example(_ text: String, _ label: UtteranceLabel) -> NaiveBayes.Example {
        NaiveBayes.Example(tokens: Tokenizer.tokens(text), label: label)
    }

    static let model = NaiveBayes(
        labels: [.situation, .problem, .needPayoff],
        examples: [
            example("how many lines do you run", .situation), example("how many shifts do you run", .situation),
            example("what problems do you have with the dryer", .problem),
            example("are you unhappy with the dryer", .problem),
            example("how useful would it be to fix that", .needPayoff),
            example("would it help if we fixed that", .needPayoff),
        ])

    static func best(_ text: String) -> UtteranceLabel {
        let (scores, _) = model.scores(ids: model.ids(Tokenizer.tokens(text)))
        let top = scores.indices.max { scores[$0] < scores[$1] }!
        return model.labels[top]
    }

    @Test func eachLabelWinsOnItsOwnWords() {
        #expect(Self.best("how many dryers do you run") == .situation)
        #expect(Self.best("what problems with the dryer") == .problem)
        #expect(Self.best("would it help to fix that") == .needPayoff)
    }

    @Test func unseenWordsAreNotFeatures() {
        let (scores, known) = Self.model.scores(ids: Self.model.ids(["zebra", "quartz"]))
        #expect(known == 0)
        #expect(scores.allSatisfy { $0 == 0 })
    }

    /// Scores are averaged per known feature, so repeating a line does not change them.
    @Test func scoresAreAveragedPerFeature() {
        let once = Self.model.scores(ids: Self.model.ids(["dryer"])).scores
        let twice = Self.model.scores(ids: Self.model.ids(["dryer", "dryer"]))
        #expect(twice.known > 1)
        #expect(zip(once, twice.scores).allSatisfy { abs($0 - $1) < 0.5 })
    }

    /// Unigrams, a bigram for each known neighbour pair, and the line's first one or two tokens.
    @Test func featuresCountUnigramsBigramsAndTheStart() {
        #expect(NaiveBayes.features([3, 4, 5]).count == 3 + 2 + 2)
        #expect(NaiveBayes.features([3, 0, 5]).count == 2 + 0 + 1)
        #expect(NaiveBayes.features([]).isEmpty)
    }

    @Test func evidenceNamesTheWordsThatFavourTheLabel() {
        let ids = Self.model.ids(Tokenizer.tokens("how many lines"))
        let evidence = Self.model.strongestFeatures(ids: ids, for: .situation)
        #expect(!evidence.isEmpty && evidence.count <= 2)
        #expect(
            evidence.allSatisfy { $0.contains("how") || $0.contains("many") || $0.contains("lines") }, "\(evidence)")
    }
}
