import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct RepStyleAdviceTests {
    @Test func theLineNamesBothStylesAndGivesTheAdvice() throws {
        let english = try #require(try Bundled.library.loadAssessment(language: .english))
        let line = RepStyleAdvice.line(rep: .influence, buyer: .conscientiousness, assessment: english)
        #expect(line?.hasPrefix("You are an I selling to a C: slow down, bring numbers") == true)
        #expect(
            RepStyleAdvice.line(rep: .dominance, buyer: .steadiness, assessment: english)?.hasPrefix(
                "You are a D selling to an S: ") == true)
        let chinese = try #require(try Bundled.library.loadAssessment(language: .chinese))
        let zh = RepStyleAdvice.line(rep: .influence, buyer: .conscientiousness, assessment: chinese)
        #expect(zh == "你是I型，客户是C型：" + (chinese.sellingAdvice(rep: .influence, buyer: .conscientiousness) ?? "?"))
    }

    @Test func theLibraryGivesALineOnlyForAResultWithAPrimaryStyle() throws {
        let result = AssessmentReportTests.influence
        let line = try Bundled.library.repStyleLine(for: result, buyer: .dominance, language: .chinese)
        #expect(line?.hasPrefix("你是I型，客户是D型：") == true)
        #expect(try Bundled.library.repStyleLine(for: nil, buyer: .dominance, language: .english) == nil)
        let flat = AssessmentResult(
            taken: result.taken, language: .english, statements: 28,
            points: StyleScores(dominance: 3, influence: 3, steadiness: 3, conscientiousness: 3), maximum: 28)
        #expect(try Bundled.library.repStyleLine(for: flat, buyer: .dominance, language: .english) == nil)
        let empty = ContentLibrary(roots: [FileManager.default.temporaryDirectory.appending(path: "no-such-content")])
        #expect(try empty.repStyleLine(for: result, buyer: .dominance, language: .english) == nil)
    }

    @Test func aBrokenAssessmentFileIsAnErrorNotASilentGap() throws {
        let folder = try TemporaryDirectory()
        let file = folder.url.appending(path: "Scripts/assess/en.assess")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("[scale]\n".utf8).write(to: file)
        let library = ContentLibrary(roots: [folder.url], parts: [])
        #expect(throws: ContentError.self) {
            try library.repStyleLine(for: AssessmentReportTests.influence, buyer: .dominance, language: .english)
        }
    }
}
