import Foundation
import SpinCoachKit
import Testing

@Suite struct HistoryCommandTests {
    let binary: SpinCoachBinary
    init() throws { binary = try SpinCoachBinary() }

    func record(_ id: String, day: Int, rep: String, score: Int, implications: Int) throws {
        let started = Date(timeIntervalSince1970: 1_741_942_500 + Double(day) * 86_400)
        let recorder = try SessionRecorder(
            directory: binary.dataDirectory,
            header: SessionHeader(
                id: id, started: started, persona: "kwame-asante", script: "plant-downtime", contentVersion: "1",
                seed: 1, language: .english, rep: rep, coach: .end))
        try recorder.append(
            SessionTurn(index: 0, speaker: .rep, text: "How many lines?", stage: "situation", time: started))
        let questions: JSONValue = ["situation": 3, "problem": 1, "implication": .number(Double(implications))]
        try recorder.finish(
            SessionSummary(ended: started, outcome: .continuation, score: score, scorecard: ["questions": questions]))
    }

    @Test func progressOverTime() throws {
        try record("s1", day: 0, rep: "Sam", score: 30, implications: 0)
        try record("s2", day: 3, rep: "Sam", score: 55, implications: 2)
        try record("s3", day: 5, rep: "Kim", score: 70, implications: 1)
        let result = try binary.run(["history", "--rep", "sam"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Sam: 2 practice calls, 2025-03-14 – 2025-03-17"))
        #expect(result.stdout.contains("▁█  30.0 → 55.0"))
        #expect(!result.stdout.contains("Kim"))
        let json = try binary.run(["history", "--json", "--since", "2025-03-16"])
        let points = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(points.compactMap { $0["id"] as? String } == ["s2", "s3"])
        #expect(points.first?["started"] as? String == "2025-03-17T08:55:00.000Z")
        let bad = try binary.run(["history", "--since", "last week"])
        #expect(bad.status == 64 && bad.stderr.contains("--since 'last week' is not a date"))
        let none = try binary.run(["history", "--rep", "Nobody"])
        #expect(none.status == 0 && none.stderr.contains("no finished practice calls for Nobody"))
    }

    /// A damaged session file is a warning naming it: the rest are still shown and the command succeeds.
    @Test func aDamagedSessionFileIsSkippedWithAWarning() throws {
        try record("s1", day: 0, rep: "Sam", score: 30, implications: 0)
        let damaged = binary.dataDirectory.appending(path: "20250315-090000-0000beef.jsonl")
        try Data("{\"type\":\"header\",\n".utf8).write(to: damaged)
        let result = try binary.run(["history"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Sam: 1 practice call"), "\(result.stdout)")
        let warning = try #require(result.stderr.split(separator: "\n").first { $0.contains("0000beef") })
        #expect(warning.contains("warning: ") && warning.hasSuffix("(skipped)"), "\(warning)")
    }

    /// A damaged drill log is a warning naming it, as a damaged session file is: the
    /// calls and the other drills are still shown, the command succeeds and the file is left as it is.
    @Test func aDamagedDrillLogIsSkippedWithAWarning() throws {
        try record("s1", day: 0, rep: "Sam", score: 30, implications: 0)
        let started = Date(timeIntervalSince1970: 1_741_942_500)
        try binary.recordDrill(
            DrillHeader(id: "d1", started: started, rep: "Sam", language: .english, kind: .disc),
            round: DrillRound(
                index: 1, item: "disc.p.opening", skill: .disc, answer: "D",
                mark: DrillMark(verdict: .right, quality: 5),
                time: started))
        let damaged = DrillRecorder.folder(in: binary.dataDirectory).appending(path: "d2.jsonl")
        let text = "{\"type\":\"drill\"}\n"
        try Data(text.utf8).write(to: damaged)
        let result = try binary.run(["history"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Sam: 1 practice call"), "\(result.stdout)")
        #expect(result.stdout.contains("Sam: drills"), "\(result.stdout)")
        let warning = try #require(result.stderr.split(separator: "\n").first { $0.contains("d2.jsonl") })
        #expect(warning.contains("warning: ") && warning.hasSuffix("(skipped)"), "\(warning)")
        #expect(warning.contains("d2.jsonl:1: missing field"), "\(warning)")
        #expect(try String(contentsOf: damaged, encoding: .utf8) == text)
    }
}
