import Foundation
import SpinCoachKit
import Testing

/// `spincoach prep` on a real terminal (readline), driven through tmux.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct PrepTerminalTests {
    let scratch = TestFolder("prep-tty")
    var home: URL { scratch.url }

    @Test func chineseAnswersAndCtrlDHalfwayKeepThePlanSoFar() throws {
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let output = home.appending(path: "计划.md")
        let session = try TmuxSession(
            command: [SpinCoachBinary.executable.path, "prep", "--lang", "zh", "--output", output.path]
                + FixtureContent.option,
            environment: ["HOME": home.path, "LANG": "C.UTF-8", "TERM": "xterm"])
        // The fixture script, by its number among every Chinese script; one past the last is refused.
        let scripts = FixtureContent.scriptIDs(.chinese)
        try session.waitFor(text: "这次拜访你要卖什么？")
        try session.enter("\(scripts.count + 1)")
        try session.waitFor(text: "请输入1到")
        try session.enter("\(FixtureContent.number(of: "fixture-zh-bakery", in: scripts))")
        try session.waitFor(text: "你要见的是谁？")
        try session.enter("丁样例，厂长")
        try session.waitFor(text: "他的采购角色：")
        try session.press("C-d")
        try session.waitFor(text: "已停止")
        #expect(try session.waitForExit() == 0)
        let plan = try PlanFile.read(try String(contentsOf: output, encoding: .utf8), file: output.path)
        #expect(!plan.isComplete && plan.buyer.name == "丁样例，厂长" && plan.script == "fixture-zh-bakery")
    }
}
