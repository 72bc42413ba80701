import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct SessionHistoryTests {
    /// Sessions recorded with scorecards whose question counts reach the index.
    func record(_ directory: URL, id: String, day: Int, rep: String, score: Int, implications: Int) throws {
        let started = SessionFixtures.time(day * 86_400)
        var header = SessionFixtures.header(id: id, started: started)
        header.rep = rep
        let recorder = try SessionRecorder(directory: directory, header: header)
        try recorder.append(SessionFixtures.turn(0))
        let questions: JSONValue = [
            "situation": 4, "problem": 2, "implication": .number(Double(implications)), "need-payoff": 0,
        ]
        try recorder.finish(
            SessionSummary(ended: started, outcome: .advance, score: score, scorecard: ["questions": questions]))
    }

    @Test func pointsFromTheIndexOldestFirst() throws {
        let directory = try TemporaryDirectory()
        try record(directory.data, id: "a", day: 2, rep: "Sam", score: 60, implications: 2)
        try record(directory.data, id: "b", day: 0, rep: "sam", score: 40, implications: 0)
        try record(directory.data, id: "c", day: 1, rep: "Kim", score: 90, implications: 4)
        try SessionFixtures.record(in: directory.data, id: "d", finish: false)
        let sessions = try SessionStore(directory: directory.data).list()
        #expect(
            sessions.first { $0.id == "a" }?.questions == [
                "situation": 4, "problem": 2, "implication": 2, "need-payoff": 0,
            ])
        let sam = SessionHistory.points(from: sessions, rep: "SAM", since: nil)
        #expect(sam.map(\.id) == ["b", "a"])
        #expect(sam.map(\.laterStageShare) == [0, 0.25])
        let recent = SessionHistory.points(from: sessions, rep: nil, since: SessionFixtures.time(86_400))
        #expect(recent.map(\.id) == ["c", "a"])
        let text = SessionHistory.render(sam, style: ReportStyle(colour: false, width: 80))
        #expect(text.contains("Sam: 2 practice calls"))
        #expect(text.contains("score                            ▁█  40.0 → 60.0"))
        #expect(text.contains("implication + need-payoff share  ▁█  0% → 25%"))
    }

    @Test func anOldIndexIsRebuiltWithQuestionCounts() throws {
        let directory = try TemporaryDirectory()
        try record(directory.data, id: "a", day: 0, rep: "Sam", score: 60, implications: 2)
        // Opening the index runs the migration that empties it; listing then reads every file again.
        let sessions = try SessionStore(directory: directory.data).list()
        #expect(sessions.map(\.questions?["implication"]) == [2])
    }

    @Test func dates() {
        #expect(SessionHistory.date(from: "2025-03-14") == SessionTimestamp.date(from: "2025-03-14T00:00:00Z"))
        #expect(SessionHistory.date(from: "2025-03-14T10:00:00+02:00") != nil)
        #expect(SessionHistory.date(from: "14/03/2025") == nil)
        #expect(SessionHistory.date(from: "2025-13-01") == nil)
    }
}
