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

    /// Two of three is 67%, not 66%: shares are rounded, not cut off.
    @Test func questionSharesAreRounded() {
        let text = Self.render(premature: 0, offStyle: 0, .english)
        #expect(text.contains("situation 2 (67%), problem 1 (33%)"), "\(text)")
    }

    @Test(arguments: [1, 2])
    func chineseCountsSitAgainstTheirWords(count: Int) {
        let text = Self.render(premature: count, offStyle: count, .chinese)
        #expect(text.contains("介绍产品\(count)次，需求-效益问题\(count)次"), "\(text)")
        #expect(text.contains("\(count)处不合对方风格"), "\(text)")
    }

    static func pointed(_ language: ContentLanguage) -> Scorecard {
        var card = card(premature: 1, offStyle: 2)
        let zh = language == .chinese
        card.coachingPoints = [
            .init(
                advice: zh
                    ? "客户还没说出需求你就介绍产品了。先问清楚他的难点和代价。"
                    : "You pitched before the buyer had stated a need. Ask about their problems and what they cost first.",
                quote: zh ? "我们的系统是行业领先的，绝对能解决停机问题。" : "We have a great dashboard that will solve all of this for you.",
                suggestion: zh
                    ? "不如这样问：一次非计划停机，会让热轧线少产多少吨？"
                    : "Try instead: One lost shift on the bottleneck: what does it do to deliveries?"),
            .init(advice: zh ? "这个暗示问题把问题放大了。" : "This implication question made the problem bigger.", quote: "x"),
        ]
        return card
    }

    /// The table shrinks its value column and wraps inside it; each coaching point's
    /// later lines hang under its text; every line fits and nothing is lost.
    @Test(arguments: [ContentLanguage.english, .chinese], [40, 60, 100])
    func theScorecardIsLaidOutToTheWidth(language: ContentLanguage, width: Int) throws {
        let report = ScorecardReport(scorecard: Self.pointed(language), terms: Bundled.library.terms(for: language))
        let lines = report.render(width: width).components(separatedBy: "\n")
        let unlimited = report.render().components(separatedBy: "\n")
        #expect(lines.allSatisfy { TerminalText.width($0) <= width }, "\(lines)")
        if width < 100 { #expect(lines.count > unlimited.count, "something wraps") }
        func letters(_ lines: [String]) -> String { lines.joined().filter { !$0.isWhitespace } }
        #expect(letters(lines) == letters(unlimited))
        let points = try #require(lines.firstIndex(of: language.text("Coaching points", "辅导要点")))
        // Table rows: a label at two columns in, or a wrapped value under the value column.
        let valueColumn =
            TerminalText.width(unlimited[1])
            - TerminalText.width(
                String(unlimited[1].drop { $0 == " " }.drop { $0 != " " }.drop { $0 == " " }))
        for line in lines[1..<points] where line.hasPrefix(String(repeating: " ", count: 3)) {
            #expect(line.prefix { $0 == " " }.count == valueColumn, "\(line)")
        }
        for line in lines[(points + 1)...] {
            #expect(line.hasPrefix("  1. ") || line.hasPrefix("  2. ") || line.hasPrefix("     "), "\(line)")
        }
    }
}
