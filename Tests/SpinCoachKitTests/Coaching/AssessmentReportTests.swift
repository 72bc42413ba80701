import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct AssessmentReportTests {
    static func bundled(_ language: ContentLanguage) throws -> Assessment {
        try #require(try Bundled.library.loadAssessment(language: language))
    }

    /// I strongest, then C: a rep who should hear "slow down, bring numbers" about a C buyer.
    static let influence = AssessmentResult(
        taken: Date(timeIntervalSince1970: 1_764_000_000), language: .english, statements: 28,
        points: StyleScores(dominance: 10, influence: 24, steadiness: 12, conscientiousness: 16), maximum: 28)

    @Test func theEnglishReportGivesEveryScoreTheStylesAndAdviceForEachBuyer() throws {
        let assessment = try Self.bundled(.english)
        let text = AssessmentReport(
            result: Self.influence, assessment: assessment, terms: Bundled.library.terms(for: assessment.language)
        ).render(width: 80)
        #expect(text.contains("not a diagnosis"))
        let unwrapped = text.replacingOccurrences(of: "\n", with: " ")
        #expect(unwrapped.contains("compare your own tendencies with each other, not you with other people"))
        for (name, score, relative) in [
            ("D (Dominance)", "36", "-20"), ("I (Influence)", "86", "+30"), ("S (Steadiness)", "43", "-13"),
            ("C (Conscientiousness)", "57", "+2"),
        ] {
            #expect(
                text.split(separator: "\n").contains { line in
                    let cells = line.split(separator: " ").map(String.init)
                    return line.contains(name) && cells.suffix(2) == [score, relative]
                }, "\(name) \(score) \(relative)\n\(text)")
        }
        #expect(text.contains("Primary style: I (Influence). Secondary style: C (Conscientiousness)."))
        #expect(text.contains(try #require(assessment.styles[.influence]).prefix(30)))
        #expect(text.contains("Selling to each style, as an I:"))
        for buyer in ["a D", "an I", "an S", "a C"] { #expect(text.contains("· to \(buyer): "), "\(buyer)") }
        #expect(text.contains("slow down, bring numbers"))
        #expect(text.split(separator: "\n").allSatisfy { TerminalText.width(String($0)) <= 80 })
    }

    @Test func theChineseReportIsSetAsChinese() throws {
        let text = AssessmentReport(
            result: Self.influence, assessment: try Self.bundled(.chinese), terms: Bundled.library.terms(for: .chinese)
        ).render(width: 60)
        #expect(text.contains("不是诊断"))
        #expect(text.contains("主导风格：I型（影响型）；辅助风格：C型（严谨型）。"))
        for style in ["D型客户：", "I型客户：", "S型客户：", "C型客户："] { #expect(text.contains(style)) }
        #expect(text.split(separator: "\n").allSatisfy { TerminalText.width(String($0)) <= 60 })
        let prose = text.split(separator: "\n").filter { !$0.hasPrefix("  ") }
        for line in prose { #expect(!line.contains(",") && !line.contains(":"), "\(line)") }
    }

    @Test func tiesAreNamedAndAFlatProfileHasNoStyle() throws {
        let assessment = try Self.bundled(.english)
        var tied = Self.influence
        tied.points.conscientiousness = 24
        tied = AssessmentResult(
            taken: tied.taken, language: .english, statements: 28, points: tied.points, maximum: 28)
        let text = AssessmentReport(
            result: tied, assessment: assessment, terms: Bundled.library.terms(for: assessment.language)
        ).render(width: 200)
        #expect(text.contains("Equal scores (I and C) are listed in D, I, S, C order"))
        let flat = AssessmentResult(
            taken: tied.taken, language: .english, statements: 28,
            points: StyleScores(dominance: 9, influence: 9, steadiness: 9, conscientiousness: 9), maximum: 28)
        let flatText = AssessmentReport(
            result: flat, assessment: assessment, terms: Bundled.library.terms(for: assessment.language)
        ).render(width: 200)
        #expect(flatText.contains("All four scores are equal, so no style stands out"))
        #expect(!flatText.contains("Primary style"))
        #expect(!flatText.contains("Selling to each style"))
    }
}
