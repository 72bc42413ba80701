import Foundation
import Testing

/// Piped practice output reads as a transcript, and leaving mid-call is scored as such.
@Suite struct PracticeTranscriptTests {
    let binary: SpinCoachBinary
    init() throws { binary = try SpinCoachBinary() }

    func summary() throws -> [String: Any] {
        let file = try #require(
            try FileManager.default.contentsOfDirectory(at: binary.dataDirectory, includingPropertiesForKeys: nil)
                .first { $0.pathExtension == "jsonl" })
        let last = try #require(try String(contentsOf: file, encoding: .utf8).split(separator: "\n").last)
        return try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
    }

    /// Each line the rep typed appears once, in order, after the buyer's line it answers
    /// and before the buyer's reply to it.
    @Test(arguments: [
        ("kwame-asante", "rep: ", "Kwame Asante: ", ["How many lines do you run?", "What keeps breaking down?"]),
        ("han-zhendong", "销售：", "韩振东：", ["现在有几条主要产线？", "今年非计划停机几次？"]),
    ])
    func thePipedCallShowsTheRepsLines(persona: String, rep: String, buyer: String, lines: [String]) throws {
        let result = try binary.run(
            ["practice", "--persona", persona, "--seed", "1", "--coach", "end"],
            input: (lines + ["/end"]).joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        let shown = result.stdout.split(separator: "\n").map(String.init)
        let said = shown.filter { $0.hasPrefix(rep) }
        #expect(said == (lines + ["/end"]).map { rep + $0 }, "\(result.stdout)")
        let speakers = shown.compactMap { line in
            line.hasPrefix(rep) ? "rep" : line.hasPrefix(buyer) ? "buyer" : nil
        }
        #expect(speakers == ["buyer", "rep", "buyer", "rep", "buyer", "rep"], "\(result.stdout)")
    }

    @Test(arguments: [
        ("kwame-asante", "ended early (you left before asking for a next step)"), ("han-zhendong", "提前结束"),
    ])
    func quittingAfterAConversationIsScoredAsEndedEarly(persona: String, outcome: String) throws {
        let line =
            persona == "han-zhendong"
            ? "今年非计划停机几次？最长一次停了多久？" : "Which machine has the most unplanned stops, and how many last month?"
        let result = try binary.run(["practice", "--persona", persona, "--seed", "2"], input: line + "\n/quit\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(outcome), "\(result.stdout)")
        #expect(!result.stdout.contains("You left the call") && !result.stdout.contains("已退出拜访"))
        let summary = try summary()
        #expect(summary["outcome"] as? String == "ended-early")
        let list = try binary.run(["sessions", "list"])
        #expect(list.stdout.contains("ended-early"), "\(list.stdout)")
        let show = try binary.run(["sessions", "show", "latest"])
        #expect(show.stdout.contains(outcome), "\(show.stdout)")
    }
}
