import Testing

@testable import SpinCoachKit

@Suite struct ScorecardReportTests {
    static func card(premature: Int, offStyle: Int) -> Scorecard {
        Scorecard(
            outcome: .continuation, questions: [.situation: 2, .problem: 1],
            impliedNeeds: .init(found: 1, total: 3), implicationsDeveloped: .init(found: 0, total: 3),
            explicitNeeds: .init(found: 0, total: 3), prematurePitches: premature, prematureNeedPayoffs: premature,
            talkShare: 0.5, discStyle: .dominance, offStyleMoments: offStyle, coachingPoints: [], score: 40)
    }

    static func render(premature: Int, offStyle: Int, _ language: ContentLanguage) -> String {
        ScorecardReport(
            scorecard: card(premature: premature, offStyle: offStyle), terms: Bundled.library.terms(for: language)
        ).render()
    }

    @Test func englishCountsReadAsWordsNotParentheses() {
        let one = Self.render(premature: 1, offStyle: 1, .english)
        #expect(one.contains("1 pitch, 1 need-payoff\n"), "\(one)")
        #expect(one.hasSuffix(": 1 off-style moment"), "\(one)")
        let two = Self.render(premature: 2, offStyle: 2, .english)
        #expect(two.contains("2 pitches, 2 need-payoffs\n"), "\(two)")
        #expect(two.hasSuffix(": 2 off-style moments"), "\(two)")
        for text in [one, two] { #expect(!text.contains("(s)") && !text.contains("(es)"), "\(text)") }
    }

    @Test(arguments: [1, 2])
    func chineseCountsSitAgainstTheirWords(count: Int) {
        let text = Self.render(premature: count, offStyle: count, .chinese)
        #expect(text.contains("介绍产品\(count)次，需求-效益问题\(count)次"), "\(text)")
        #expect(text.contains("\(count)处不合对方风格"), "\(text)")
    }
}
