import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct DrillScheduleTests {
    static let calendar = SM2Tests.calendar
    static let monday = SM2Tests.start

    func item(_ id: String) -> DrillItem {
        DrillItem(
            id: id, skill: DrillSchedule.skill(ofItem: id)!, language: .english, speaker: "B", buyerLine: "…",
            task: .style(.dominance, secondary: nil))
    }

    func round(_ index: Int, _ id: String, quality: Int, daysAfterMonday days: Double) -> DrillRound {
        DrillRound(
            index: index, item: id, skill: DrillSchedule.skill(ofItem: id)!, answer: "a",
            mark: DrillMark(verdict: quality >= 3 ? .right : .wrong, quality: quality),
            time: Self.monday.addingTimeInterval(days * 86_400))
    }

    @Test func aMissedItemComesBackSoonerThanOneAnsweredWell() {
        var schedule = DrillSchedule(calendar: Self.calendar)
        // Both right twice (intervals 1 then 6 days); on day 7 one is missed, one is right again.
        for (index, id) in ["spin.a", "spin.b"].enumerated() {
            schedule.record(round(index * 3 + 1, id, quality: 5, daysAfterMonday: 0))
            schedule.record(round(index * 3 + 2, id, quality: 5, daysAfterMonday: 1))
        }
        schedule.record(round(3, "spin.a", quality: 1, daysAfterMonday: 7))
        schedule.record(round(6, "spin.b", quality: 5, daysAfterMonday: 7))
        let items = [item("spin.a"), item("spin.b")]
        #expect(schedule.states["spin.a"]?.intervalDays == 1)
        // spin.b: ⌈6 × 2.7⌉ = 17 days.
        #expect(schedule.states["spin.b"]?.intervalDays == 17)
        #expect(schedule.plan(items, at: Self.monday.addingTimeInterval(8 * 86_400), count: 5).map(\.id) == ["spin.a"])
        #expect(schedule.plan(items, at: Self.monday.addingTimeInterval(7.5 * 86_400), count: 5).isEmpty)
        #expect(schedule.nextDue(among: items, after: Self.monday.addingTimeInterval(7.5 * 86_400)) != nil)
    }

    @Test func dueItemsComeFirstLongestOverdueFirstThenNewItemsSkillBySkill() {
        var schedule = DrillSchedule(calendar: Self.calendar)
        schedule.record(round(1, "disc.late", quality: 4, daysAfterMonday: 0))
        schedule.record(round(2, "fab.early", quality: 4, daysAfterMonday: -3))
        let items = ["spin.x", "spin.y", "disc.z", "fab.w", "disc.late", "fab.early"].map(item)
        let plan = schedule.plan(items, at: Self.monday.addingTimeInterval(2 * 86_400), count: 10).map(\.id)
        #expect(Array(plan.prefix(2)) == ["fab.early", "disc.late"])
        // Then the new ones, a spin, a disc and a fab round in turn.
        #expect(plan.dropFirst(2).map { DrillSchedule.skill(ofItem: $0)! }.prefix(3) == [.spin, .disc, .fab])
        #expect(Set(plan.dropFirst(2)) == ["spin.x", "spin.y", "disc.z", "fab.w"])
        #expect(schedule.plan(items, at: Self.monday, count: 3).count == 3)
        #expect(schedule.plan(items, at: Self.monday, count: 10) == schedule.plan(items, at: Self.monday, count: 10))
    }

    @Test func eachSkillHasAScoreAStreakAndItemsDue() {
        var schedule = DrillSchedule(calendar: Self.calendar)
        let grades = [5, 1, 4, 5, 3]
        for (offset, grade) in grades.enumerated() {
            schedule.record(
                round(offset + 1, "spin.item\(offset)", quality: grade, daysAfterMonday: Double(offset) / 10))
        }
        schedule.record(round(6, "disc.one", quality: 0, daysAfterMonday: 0.45))
        let progress = schedule.progress(at: Self.monday.addingTimeInterval(86_400))
        let spin = progress.first { $0.skill == .spin }!
        // 4 of 5 right is 80%; the last three were right; all five came due on Tuesday.
        #expect(spin.answered == 5 && spin.score == 80 && spin.streak == 3 && spin.due == 5)
        let disc = progress.first { $0.skill == .disc }!
        #expect(disc.score == 0 && disc.streak == 0 && disc.due == 1)
        let fab = progress.first { $0.skill == .fab }!
        #expect(fab.answered == 0 && fab.score == nil && fab.due == 0)
    }

    @Test func theScoreCountsOnlyTheLatestRounds() {
        var schedule = DrillSchedule(calendar: Self.calendar)
        let count = DrillSchedule.scoreWindow + 10
        for index in 1...count {
            schedule.record(round(index, "spin.i\(index)", quality: index <= 10 ? 0 : 5, daysAfterMonday: 0))
        }
        let spin = schedule.progress(at: Self.monday).first { $0.skill == .spin }!
        #expect(spin.score == 100 && spin.streak == DrillSchedule.scoreWindow && spin.answered == count)
    }

    @Test func aScheduleIsReplayedFromTheLogsOfOneRep() throws {
        let data = FileManager.default.temporaryDirectory.appending(path: "drill-schedule-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        for (rep, quality) in [("Sam", 5), ("Kim", 1)] {
            let header = DrillHeader(
                id: "d-\(rep)", started: Self.monday, rep: rep, language: .english, kind: .spin)
            let recorder = try DrillRecorder(dataDirectory: data, header: header)
            try recorder.append(round(1, "spin.a", quality: quality, daysAfterMonday: 0))
            try recorder.append(round(2, "spin.a", quality: quality, daysAfterMonday: 1))
            try recorder.finish(at: Self.monday, stopped: false)
        }
        let records = try DrillLogReader.readAll(dataDirectory: data)
        var expected = DrillSchedule(calendar: Self.calendar)
        expected.record(round(1, "spin.a", quality: 5, daysAfterMonday: 0))
        expected.record(round(2, "spin.a", quality: 5, daysAfterMonday: 1))
        let sam = DrillSchedule(records: records, rep: "sam", calendar: Self.calendar)
        #expect(sam.states == expected.states)
        #expect(sam.states["spin.a"]?.intervalDays == 6)
        #expect(
            DrillSchedule(records: records, rep: "Kim", calendar: Self.calendar).states["spin.a"]?.intervalDays == 1)
    }
}
