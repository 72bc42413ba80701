import Testing

@testable import SpinCoachKit

@Suite struct StyleQuestionnaireTests {
    @Test func theMostNamedStyleIsSuggestedWithItsShare() {
        let suggestion = StyleQuestionnaire.suggest([
            .conscientiousness, .dominance, .conscientiousness, nil, .steadiness,
        ])
        #expect(suggestion == .init(style: .conscientiousness, confidence: 0.4))
        #expect(StyleQuestionnaire.suggest([nil, nil, nil, nil, nil]) == nil)
        // A tie goes to the style of the later answer.
        #expect(StyleQuestionnaire.suggest([.influence, .steadiness, nil, nil, nil])?.style == .steadiness)
    }

    @Test(arguments: ContentLanguage.allCases)
    func everyQuestionHasAnAnswerPerStyle(language: ContentLanguage) {
        let questions = StyleQuestionnaire.questions(in: language)
        #expect(questions.count == StyleQuestionnaire.count)
        #expect(questions.allSatisfy { $0.answers.count == DISCStyle.allCases.count })
    }

    @Test func yourStyleAgainstTheirsFollowsPaceAndFocus() {
        let advice = RapportAdvice.yourStyle(.influence, against: .conscientiousness, language: .english)
        #expect(advice.count == 3 && advice[1].contains("slow down") && advice[2].contains("numbers"))
        #expect(RapportAdvice.yourStyle(.dominance, against: .dominance, language: .chinese).count == 1)
    }
}
