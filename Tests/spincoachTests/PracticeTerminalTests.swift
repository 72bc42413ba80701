import Foundation
import Testing

/// The real terminal path: readline, Chinese input, Ctrl-C and Ctrl-D, driven through tmux.
/// A test that waits for a buyer's words plays a fixture buyer (`FixtureContent`).
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct PracticeTerminalTests {
    let scratch = TestFolder("practice-tty")
    var home: URL { scratch.url }

    func start(_ persona: String, extra: [String] = [], environment: [String: String] = [:]) throws -> TmuxSession {
        var env = ["HOME": home.path, "LANG": "C.UTF-8", "TERM": "xterm"]
        env.merge(environment) { $1 }
        return try TmuxSession(
            command: [SpinCoachBinary.executable.path, "practice", "--persona", persona, "--seed", "3"] + extra,
            environment: env)
    }

    @Test func chineseInputCtrlCAndCtrlD() throws {
        let session = try start("fixture-zh-d", extra: FixtureContent.option)
        try session.waitFor(text: "你>")
        try session.type("这句话打到一半")
        try session.press("C-c")
        try session.enter("咱们厂现在有几台烤炉？开几个班？")
        let screen = try session.waitFor(text: "四台隧道烤炉")
        #expect(!screen.contains("这句话打到一半？"))
        try session.press("C-d")
        try session.waitFor(text: "评分卡")
        #expect(try session.waitForExit() == 0)
        let log = try FileManager.default.contentsOfDirectory(
            at: home.appending(path: ".local/share/spincoach"), includingPropertiesForKeys: nil
        ).first { $0.pathExtension == "jsonl" }
        let text = try String(contentsOf: try #require(log), encoding: .utf8)
        #expect(text.contains("咱们厂现在有几台烤炉？开几个班？"))
        #expect(!text.contains("这句话打到一半"))
    }

    @Test func historyIsKeptAcrossSessions() throws {
        let first = try start("fixture-en-d", extra: ["--coach", "off"] + FixtureContent.option)
        try first.waitFor(text: "you>")
        try first.enter("How many lines do you run?")
        try first.waitFor(text: "Four tunnel ovens")
        try first.enter("/quit")
        #expect(try first.waitForExit() == 0)
        let second = try start("fixture-en-d", extra: ["--coach", "off"] + FixtureContent.option)
        try second.waitFor(text: "you>")
        try second.press("Up", "Up")
        try second.waitFor(text: "you> How many lines do you run?")
        try second.press("Enter")
        try second.waitFor(text: "Four tunnel ovens")
        let history = home.appending(path: ".local/state/spincoach/history")
        let mode = try FileManager.default.attributesOfItem(atPath: history.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func withoutAPersonaABuyerIsPickedFromAListByNumberOrID() throws {
        let pick =
            [SpinCoachBinary.executable.path, "practice", "--lang", "zh", "--seed", "3", "--coach", "off"]
            + FixtureContent.option
        let environment = ["HOME": home.path, "LANG": "C.UTF-8", "TERM": "xterm"]
        // The fixture buyer's place in the list of every Chinese buyer, bundled ones too.
        let buyers = FixtureContent.personaIDs(.chinese)
        let number = FixtureContent.number(of: "fixture-zh-d", in: buyers)
        let session = try TmuxSession(command: pick, environment: environment)
        let list = try session.waitFor(text: "buyer (1-\(buyers.count) or id)>")
        #expect(list.hasPrefix("Choose a buyer to practise with"))
        let numberColumn = "\(buyers.count).".count + 2
        #expect(
            list.contains("\(number).".padding(toLength: numberColumn, withPad: " ", startingAt: 0) + "fixture-zh-d"))
        let outOfRange = "\(buyers.count + 1)"
        try session.converse([
            outOfRange: "type a number from 1 to \(buyers.count), or a buyer's id",
            "fixture-zh-dx": "did you mean fixture-zh-d?", "fixture-zh-d": "你>",
        ])
        try session.enter("/quit")
        #expect(try session.waitForExit() == 0)
        // What was typed at the list is not in the call's history.
        let history = try String(
            contentsOf: home.appending(path: ".local/state/spincoach/history"), encoding: .utf8)
        #expect(!history.contains("fixture-zh-d") && !history.contains(outOfRange + "\n"))
        #expect(history.contains("/quit"))
        let byNumber = try TmuxSession(command: pick, environment: environment)
        try byNumber.waitFor(text: "buyer (1-\(buyers.count) or id)>")
        try byNumber.enter("\(number)")
        try byNumber.waitFor(text: "丁样例")
        try byNumber.enter("/quit")
        #expect(try byNumber.waitForExit() == 0)
    }

    @Test func slashCommandsCompleteWithTab() throws {
        let session = try start("fixture-en-d", extra: FixtureContent.option)
        try session.waitFor(text: "you>")
        try session.type("/sco")
        try session.press("Tab", "Enter")
        try session.waitFor(text: "Implied needs uncovered: 0/2")
        try session.enter("How many lines do you run?")
        try session.waitFor(text: "Dana Fixture: Four tunnel ovens")
        try session.enter("/end")
        try session.waitFor(text: "Scorecard")
        #expect(try session.waitForExit() == 0)
    }

    @Test func colourOnATerminalButNotWithNoColor() throws {
        let coloured = try start("kwame-asante", extra: ["--coach", "off"])
        try coloured.waitFor(text: "you>")
        try coloured.enter("/quit")
        _ = try coloured.waitForExit()
        let plain = try start("kwame-asante", extra: ["--coach", "off"], environment: ["NO_COLOR": "1"])
        try plain.waitFor(text: "you>")
        try plain.enter("/quit")
        _ = try plain.waitForExit()
        #expect(try coloured.captureWithEscapes().contains("\u{1B}[3"))
        #expect(try !plain.captureWithEscapes().contains("\u{1B}[3"))
    }
}
