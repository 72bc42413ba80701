import Foundation
import Testing

/// Piped practice output reads as a transcript, and leaving mid-call is scored as such;
/// played against the fixture buyers, whose words the transcript is checked for.
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
        (
            "fixture-en-d", "rep: ", "Dana Fixture: ",
            ["How many ovens do you run, and on how many shifts?", "Which oven breaks down most often?"]
        ),
        ("fixture-zh-d", "销售：", "丁样例：", ["厂里现在有几台烤炉？开几个班？", "哪台烤炉突然停下来的次数最多？"]),
    ])
    func thePipedCallShowsTheRepsLines(persona: String, rep: String, buyer: String, lines: [String]) throws {
        let result = try binary.run(
            ["practice", "--persona", persona, "--seed", "1", "--coach", "end"] + FixtureContent.option,
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
        ("fixture-en-d", "ended early (you left before asking for a next step)"), ("fixture-zh-d", "提前结束"),
    ])
    func quittingAfterAConversationIsScoredAsEndedEarly(persona: String, outcome: String) throws {
        let line =
            persona == "fixture-zh-d"
            ? "哪台烤炉停机最多？上个月停了几次？" : "Which oven has the most unplanned stops, and how many last month?"
        let result = try binary.run(
            ["practice", "--persona", persona, "--seed", "2"] + FixtureContent.option, input: line + "\n/quit\n")
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
