import Testing

@testable import SpinCoachKit

@Suite struct EvaluationTests {
    @Test func goldSetsParseAndReportBadLines() throws {
        let gold = try GoldSet(
            parsing: "# c\nproblem\tWhat's hard?\nbenefit\tIt fixes it.\tWe need it fixed.\n", file: "g",
            language: .english)
        #expect(gold.items.count == 2)
        #expect(gold.items[1].statedNeed == "We need it fixed.")
        #expect(throws: ContentError.self) { try GoldSet(parsing: "problm\tx\n", file: "g", language: .english) }
        do {
            _ = try GoldSet(parsing: "problem\tx\n\nproblm\ty\n", file: "g.tsv", language: .english)
        } catch {
            #expect(error.diagnostics.first?.description.hasPrefix("g.tsv:3:1: error: unknown label 'problm'") == true)
        }
    }

    @Test func metricsAreCountedFromTheConfusionMatrix() throws {
        let gold = try GoldSet(
            parsing: "situation\tHow many trucks do you run?\nimplication\tHow does that affect deliveries?\n"
                + "rapport\tHello there, good morning!\n",
            file: "g", language: .english)
        let evaluation = Evaluation(classifier: Bundled.classifier, gold: gold)
        #expect(evaluation.total == 3)
        #expect(evaluation.accuracy == 1)
        #expect(evaluation.spinAccuracy == 1)
        #expect(evaluation.recall(.situation) == 1)
        #expect(evaluation.precision(.feature) == nil)
        #expect(evaluation.report(title: "t").contains("accuracy (SPIN labels): 100.0%"))
    }

    @Test(arguments: ContentLanguage.allCases)
    func theHeldOutSetMeetsTheSPINTarget(language: ContentLanguage) throws {
        let gold = try #require(try Bundled.library.loadGold(language: language, part: "heldout"))
        #expect(gold.items.count >= (language == .english ? 200 : 125))
        let evaluation = Evaluation(classifier: Bundled.classifier, gold: gold)
        #expect(evaluation.spinAccuracy >= 0.92)
    }

    @Test func goldSetsHaveEveryLabelAndEnoughItems() throws {
        for language in ContentLanguage.allCases {
            let dev = try #require(Bundled.library.developmentGold[language])
            let held = try #require(try Bundled.library.loadGold(language: language, part: "heldout"))
            let all = dev.items + held.items
            #expect(all.count >= (language == .english ? 400 : 250))
            #expect(Set(all.map(\.label)) == Set(UtteranceLabel.allCases))
            #expect(held.items.allSatisfy { $0.label != .benefit || $0.statedNeed != nil })
        }
    }
}
