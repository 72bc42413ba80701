import Foundation
import SpinCoachKit
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `spincoach drill` on a real terminal (readline), driven through tmux.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct DrillTerminalTests {
    let scratch = TestFolder("drill-tty")
    var home: URL { scratch.url }

    func start(_ arguments: [String]) throws -> TmuxSession {
        try TmuxSession(
            command: [SpinCoachBinary.executable.path, "drill"] + arguments,
            environment: ["HOME": home.path, "LANG": "C.UTF-8", "TERM": "xterm"])
    }

    func rounds() throws -> [DrillRound] {
        try DrillLogReader.readAll(dataDirectory: home.appending(path: ".local/share/spincoach")).flatMap(\.rounds)
    }

    @Test func chineseAnswersOnATerminalAndCtrlDKeepsThem() throws {
        let session = try start(["--lang", "zh", "--kind", "disc", "--count", "3"])
        try session.waitFor(text: "回答>")
        try session.enter("稳健型")
        try session.waitFor(text: "第2题，共3题")
        try session.press("C-d")
        try session.waitFor(text: "已答的都已保存")
        #expect(try session.waitForExit() == 0)
        #expect(try rounds().map(\.answer) == ["稳健型"])
    }

    @Test func aKilledDrillKeepsEveryAnsweredRound() throws {
        let session = try start(["--lang", "en", "--kind", "spin", "--count", "3"])
        try session.waitFor(text: "answer>")
        try session.enter("What does that cost you each month?")
        try session.waitFor(text: "Round 2 of 3")
        let program = try #require(try session.programID())
        kill(program, SIGKILL)
        #expect(try session.waitForExit() == 128 + SIGKILL)
        let answered = try rounds()
        #expect(answered.map(\.answer) == ["What does that cost you each month?"])
        #expect(answered.first?.label != nil)
    }
}
