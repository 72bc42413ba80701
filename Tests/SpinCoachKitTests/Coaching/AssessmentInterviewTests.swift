import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct AssessmentInterviewTests {
    /// Two statements per style on a five-point scale; the second of each is reverse-keyed.
    static let small = Assessment(
        language: .english, scale: ["1", "2", "3", "4", "5"],
        items: DISCStyle.allCases.flatMap { style in
            [
                AssessmentItem(style: style, isReversed: false, text: "\(style.rawValue) forward"),
                AssessmentItem(style: style, isReversed: true, text: "\(style.rawValue) reversed"),
            ]
        },
        styles: [:], selling: [:])

    static let taken = Date(timeIntervalSince1970: 1_764_000_000)

    static func answer(
        _ interview: inout AssessmentInterview, _ typed: String, _ expected: AssessmentInterview.Outcome,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let outcome = interview.answer(typed)
        #expect(outcome == expected, sourceLocation: sourceLocation)
    }

    /// Answers in statement order: D forward, D reversed, I forward, I reversed, …
    static func result(_ answers: [Int]) throws -> AssessmentResult {
        var interview = AssessmentInterview(assessment: small)
        for answer in answers { Self.answer(&interview, "\(answer)", .accepted) }
        return try #require(interview.result(taken: taken))
    }

    @Test func reverseKeyedAnswersAreTurnedRound() throws {
        // D: 5 → 4 points, reversed 1 → 4 points; I: 1 → 0, reversed 5 → 0; S: 3 → 2, reversed 3 → 2;
        // C: 4 → 3, reversed 2 → 3.
        let result = try Self.result([5, 1, 1, 5, 3, 3, 4, 2])
        #expect(
            result.points == StyleScores(dominance: 8, influence: 0, steadiness: 4, conscientiousness: 6))
        #expect(result.maximum == 8)
        #expect(result.statements == 8)
        #expect(result.percent(.dominance) == 100 && result.percent(.influence) == 0)
        #expect(result.percent(.steadiness) == 50 && result.percent(.conscientiousness) == 75)
        #expect(result.primary == .dominance && result.secondary == .conscientiousness)
        #expect(result.ranking == [.dominance, .conscientiousness, .steadiness, .influence])
    }

    @Test func theRelativeScoresCompareThePersonWithTheirOwnAverage() throws {
        let result = try Self.result([5, 1, 1, 5, 3, 3, 4, 2])
        // Average 56.25%: D +43.75, I -56.25, S -6.25, C +18.75, rounded.
        #expect(DISCStyle.allCases.map(result.relative) == [44, -56, -6, 19])
        // Agreeing with everything is no stronger a D than agreeing with nothing: only the profile counts.
        let allFives = try Self.result(Array(repeating: 5, count: 8))
        let allOnes = try Self.result(Array(repeating: 1, count: 8))
        #expect(allFives.points == allOnes.points)
        #expect(allFives.primary == nil && allFives.secondary == nil)
    }

    @Test func aTieIsListedInDISCOrderAndNamed() throws {
        // I and C tie at the top: 6 points each; S 4; D 2.
        let result = try Self.result([2, 4, 4, 2, 3, 3, 4, 2])
        #expect(result.primary == .influence && result.secondary == .conscientiousness)
        #expect(result.ties == [[.influence, .conscientiousness]])
        // A clear primary and a tie below it: the secondary is the first of the tied pair.
        let below = try Self.result([5, 1, 3, 3, 3, 3, 1, 5])
        #expect(below.primary == .dominance && below.secondary == .influence)
        #expect(below.ties == [[.influence, .steadiness]])
        #expect(try Self.result([5, 1, 4, 2, 3, 3, 2, 4]).ties.isEmpty)
    }

    @Test func badAnswersAreRefusedAndTheStatementStays() {
        var interview = AssessmentInterview(assessment: Self.small)
        Self.answer(&interview, "", .rejected(.empty))
        Self.answer(&interview, "   ", .rejected(.empty))
        Self.answer(&interview, "three", .rejected(.notANumber("three")))
        Self.answer(&interview, "2.5", .rejected(.notANumber("2.5")))
        Self.answer(&interview, "0", .rejected(.outOfRange(0)))
        Self.answer(&interview, "6", .rejected(.outOfRange(6)))
        Self.answer(&interview, "-1", .rejected(.outOfRange(-1)))
        #expect(interview.answers.isEmpty && interview.current?.text == "D forward")
        Self.answer(&interview, " 4 ", .accepted)
        // Full-width digits, as Chinese input methods type them.
        Self.answer(&interview, "５", .accepted)
        #expect(interview.answers == [4, 5])
    }

    @Test func eachProblemSaysWhatToTypeInBothLanguages() {
        #expect(AnswerProblem.empty.message(in: .english, points: 5) == "Type a number from 1 to 5.")
        #expect(
            AnswerProblem.notANumber("x").message(in: .english, points: 5)
                == "'x' is not a number; type a number from 1 to 5.")
        #expect(AnswerProblem.outOfRange(7).message(in: .chinese, points: 5) == "7不在范围内，请输入1到5之间的数字。")
        #expect(AnswerProblem.notANumber("好").message(in: .chinese, points: 5) == "“好”不是数字，请输入1到5之间的数字。")
    }

    @Test func goingBackTakesBackTheLastAnswer() {
        var interview = AssessmentInterview(assessment: Self.small)
        let backAtStart = interview.goBack()
        #expect(!backAtStart)
        _ = interview.answer("3")
        _ = interview.answer("4")
        let back = interview.goBack()
        #expect(back)
        #expect(interview.answers == [3] && interview.current?.text == "D reversed")
    }

    @Test func carryingOnKeepsOnlyAnswersThatFit() throws {
        #expect(AssessmentInterview(assessment: Self.small, answers: [1, 2, 9, 3]).answers == [1, 2])
        #expect(AssessmentInterview(assessment: Self.small, answers: Array(repeating: 3, count: 12)).isComplete)
        var finishing = AssessmentInterview(assessment: Self.small, answers: [5, 1, 1, 5, 3, 3, 4])
        #expect(finishing.result(taken: Self.taken) == nil)
        Self.answer(&finishing, "2", .accepted)
        #expect(finishing.result(taken: Self.taken) == (try Self.result([5, 1, 1, 5, 3, 3, 4, 2])))
        Self.answer(&finishing, "2", .rejected(.alreadyComplete))
    }

    @Test func aStoredResultIsCheckedAgainstItsOwnPoints() throws {
        var result = try Self.result([5, 1, 1, 5, 3, 3, 4, 2])
        #expect(result.problem == nil)
        result.primary = .influence
        #expect(result.problem == "primary and secondary do not follow from the points")
        result = try Self.result([5, 1, 1, 5, 3, 3, 4, 2])
        result.points.steadiness = 9
        #expect(result.problem == "points.S must be from 0 to 8")
        result.version = 2
        #expect(result.problem == "version 2 is not 1")
    }
}
