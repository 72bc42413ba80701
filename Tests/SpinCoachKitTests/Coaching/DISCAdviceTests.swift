import Testing

@testable import SpinCoachKit

@Suite struct DISCAdviceTests {
    static func chinese(_ style: DISCStyle) -> String {
        let advice = DISCAdvice.advice(for: style, language: .chinese)
        return ([advice.needs] + advice.dos + advice.donts).joined(separator: "\n")
    }

    /// Phrases a Chinese sales trainer would not say: translated from the English advice.
    @Test(arguments: DISCStyle.allCases)
    func chineseAdviceHasNoTranslatedPhrases(style: DISCStyle) {
        let text = Self.chinese(style)
        for phrase in ["只关心底线", "要认可", "要关系", "给承诺"] {
            #expect(!text.contains(phrase), "\(style): \(phrase)")
        }
    }

    @Test func chineseAdviceSaysItTheTrainersWay() {
        #expect(Self.chinese(.dominance).contains("最在乎最后落到什么结果"))
        #expect(Self.chinese(.influence).contains("看重被认可、看重人情"))
        #expect(Self.chinese(.steadiness).contains("讲清楚出了问题谁来兜底"))
    }
}
