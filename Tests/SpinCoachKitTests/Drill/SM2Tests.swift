import Foundation
import Testing

@testable import SpinCoachKit

/// SM-2 as published (Woźniak 1990): I(1) = 1, I(2) = 6, I(n) = I(n-1) × EF rounded up;
/// EF' = EF + (0.1 − (5 − q)(0.08 + (5 − q) × 0.02)), at least 1.3; q < 3 restarts the repetitions.
/// Expected values are worked out from those formulas in the comments beside them.
@Suite struct SM2Tests {
    static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar
    }

    /// 2025-03-14 10:30 UTC.
    static let start = Date(timeIntervalSince1970: 1_741_948_200)

    /// Answers each grade on the day the previous answer made the item due.
    func run(_ grades: [Int]) -> [SM2State] {
        var state = SM2State()
        var time = Self.start
        var states: [SM2State] = []
        for grade in grades {
            state = state.answered(quality: grade, at: time, calendar: Self.calendar)
            states.append(state)
            time = state.due!.addingTimeInterval(9 * 3600)
        }
        return states
    }

    @Test func perfectAnswersGrowTheIntervalByTheRisingEFactor() {
        let states = run([5, 5, 5, 5])
        // EF: 2.5 + 0.1 = 2.6, 2.7, 2.8, 2.9; I: 1, 6, ⌈6 × 2.7⌉ = ⌈16.2⌉ = 17, ⌈17 × 2.8⌉ = ⌈47.6⌉ = 48.
        #expect(states.map(\.intervalDays) == [1, 6, 17, 48])
        #expect(states.map(\.easiness) == [2.6, 2.7, 2.8, 2.9])
        #expect(states.map(\.repetitions) == [1, 2, 3, 4])
    }

    @Test func gradeFourKeepsTheEFactor() {
        let states = run([4, 4, 4, 4])
        // 0.1 − 1 × (0.08 + 1 × 0.02) = 0, so EF stays 2.5; I: 1, 6, 6 × 2.5 = 15, ⌈15 × 2.5⌉ = ⌈37.5⌉ = 38.
        #expect(states.map(\.intervalDays) == [1, 6, 15, 38])
        #expect(states.allSatisfy { $0.easiness == 2.5 })
    }

    @Test func gradeThreeLowersTheEFactorButStillCounts() {
        let states = run([3, 3, 3, 3])
        // 0.1 − 2 × (0.08 + 2 × 0.02) = −0.14: EF 2.36, 2.22, 2.08, 1.94;
        // I: 1, 6, ⌈6 × 2.22⌉ = ⌈13.32⌉ = 14, ⌈14 × 2.08⌉ = ⌈29.12⌉ = 30.
        #expect(states.map(\.intervalDays) == [1, 6, 14, 30])
        #expect(states.map(\.easinessHundredths) == [236, 222, 208, 194])
    }

    @Test func aMissRestartsTheRepetitionsAndKeepsTheLoweredEFactor() {
        let states = run([5, 5, 5, 2, 4, 4])
        // After 5, 5, 5: EF 2.8, I 17. Grade 2: 0.1 − 3 × (0.08 + 3 × 0.02) = −0.32, EF 2.48,
        // repetitions start again: I 1, then 6, then ⌈6 × 2.48⌉ = ⌈14.88⌉ = 15 would follow.
        #expect(states.map(\.intervalDays) == [1, 6, 17, 1, 1, 6])
        #expect(states.map(\.repetitions) == [1, 2, 3, 0, 1, 2])
        #expect(states[3].easinessHundredths == 248)
        #expect(run([5, 5, 5, 2, 4, 4, 4]).last?.intervalDays == 15)
    }

    @Test func theEFactorNeverFallsBelowOnePointThree() {
        let states = run([0, 0, 0, 1])
        // Grade 0: 0.1 − 5 × (0.08 + 5 × 0.02) = −0.8: 2.5 → 1.7 → 1.3 (not 0.9) → 1.3; grade 1 (−0.54) too.
        #expect(states.map(\.easiness) == [1.7, 1.3, 1.3, 1.3])
        #expect(states.allSatisfy { $0.intervalDays == 1 && $0.repetitions == 0 })
    }

    @Test func everyGradeChangesTheEFactorByThePublishedFormula() {
        for quality in 0...5 {
            let miss = Double(5 - quality)
            let published = 0.1 - miss * (0.08 + miss * 0.02)
            #expect(abs(Double(SM2State.easinessChangeHundredths(quality: quality)) / 100 - published) < 1e-9)
        }
    }

    @Test func anItemIsDueFromTheStartOfItsDay() {
        let evening = Date(timeIntervalSince1970: 1_741_985_000)  // 2025-03-14 20:43 UTC
        let state = SM2State().answered(quality: 5, at: evening, calendar: Self.calendar)
        let nextMorning = Date(timeIntervalSince1970: 1_742_000_400)  // 2025-03-15 01:00 UTC
        #expect(state.due == Date(timeIntervalSince1970: 1_741_996_800))  // 2025-03-15 00:00 UTC
        #expect(state.isDue(at: nextMorning))
        #expect(!state.isDue(at: evening.addingTimeInterval(3600)))
        #expect(!SM2State().isDue(at: evening))
    }

    @Test func intervalsStopAtAHundredYearsInsteadOfOverflowing() {
        var state = SM2State()
        for _ in 0..<200 { state = state.answered(quality: 5, at: Self.start, calendar: Self.calendar) }
        #expect(state.intervalDays == SM2State.longestIntervalDays)
        #expect(state.repetitions == 200)
    }

    @Test func gradesOutsideZeroToFiveAreClamped() {
        let high = SM2State().answered(quality: 9, at: Self.start, calendar: Self.calendar)
        let low = SM2State().answered(quality: -3, at: Self.start, calendar: Self.calendar)
        #expect(high == SM2State().answered(quality: 5, at: Self.start, calendar: Self.calendar))
        #expect(low == SM2State().answered(quality: 0, at: Self.start, calendar: Self.calendar))
    }
}
