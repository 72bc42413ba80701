import Testing

@testable import SpinCoachKit

/// `Scorecard.score` against its documented formula, one term at a time.
@Suite struct ScorecardTests {
    typealias Tally = Scorecard.Tally

    static func score(
        needs: Tally = Tally(found: 0, total: 2), implications: Tally = Tally(found: 0, total: 4),
        implied: Tally = Tally(found: 0, total: 2), mix: Double = 0, talk: Double = 0.9, offStyle: Int = 0,
        outcome: CallOutcome = .noSale, premature: Int = 0, repSpoke: Bool = true
    ) -> Int {
        Scorecard.score(
            explicitNeeds: needs, implications: implications, impliedNeeds: implied, mix: mix, talkShare: talk,
            offStyleMoments: offStyle, outcome: outcome, prematureMoves: premature, repSpoke: repSpoke)
    }

    /// With the talk share at 90% and no outcome, only DISC fit (10) is earned.
    @Test func aBaselineEarnsOnlyFit() {
        #expect(Self.score() == 10)
    }

    @Test func eachShareWeighsAsDocumented() {
        #expect(Self.score(needs: Tally(found: 1, total: 2)) == 10 + 13)  // 12.5 rounds up
        #expect(Self.score(implications: Tally(found: 4, total: 4)) == 10 + 15)
        #expect(Self.score(implied: Tally(found: 1, total: 2)) == 10 + 5)
        #expect(Self.score(mix: 1) == 10 + 15)
    }

    /// Full talk marks up to half the words, falling to none at 80%.
    @Test func talkShareFallsOffPastHalf() {
        #expect(Self.score(talk: 0.5) == 20)
        #expect(Self.score(talk: 0.65) == 15)
        #expect(Self.score(talk: 0.8) == 10)
    }

    @Test func outcomesWeighAsDocumented() {
        #expect(Self.score(outcome: .advance) == 25)
        #expect(Self.score(outcome: .continuation) == 16)
        for outcome in [CallOutcome.noSale, .walkOut, .abandoned] { #expect(Self.score(outcome: outcome) == 10) }
    }

    @Test func offStyleMomentsCostAQuarterOfFitEach() {
        #expect(Self.score(offStyle: 2) == 5)
        #expect(Self.score(offStyle: 9) == 0)
    }

    @Test func prematureMovesCostFiveAndTheScoreNeverGoesBelowZero() {
        #expect(Self.score(outcome: .advance, premature: 1) == 20)
        #expect(Self.score(premature: 5) == 0)
    }

    @Test func aSilentRepEarnsNoTalkOrFit() {
        #expect(Self.score(talk: 0, repSpoke: false) == 0)
    }

    @Test func aPerfectCallScoresAHundred() {
        let full = Tally(found: 3, total: 3)
        #expect(
            Self.score(needs: full, implications: full, implied: full, mix: 1, talk: 0.4, outcome: .advance) == 100)
    }

    /// Full marks once implication and need-payoff questions are 40% of the SPIN questions.
    @Test func theMixRewardsLaterQuestions() {
        #expect(Scorecard.mixScore(questions: [:]) == 0)
        #expect(Scorecard.mixScore(questions: [.situation: 5]) == 0)
        #expect(Scorecard.mixScore(questions: [.situation: 8, .implication: 2]) == 0.5)
        #expect(Scorecard.mixScore(questions: [.situation: 3, .implication: 1, .needPayoff: 1]) == 1)
    }
}
