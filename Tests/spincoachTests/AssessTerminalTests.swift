import Foundation
import Testing

/// `spincoach assess` on a real terminal: readline, a bad answer, Chinese, Ctrl-D halfway.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct AssessTerminalTests {
    let scratch = TestFolder("assess-tty")
    var home: URL { scratch.url }

    func start(_ extra: [String] = []) throws -> TmuxSession {
        try TmuxSession(
            command: [SpinCoachBinary.executable.path, "assess"] + extra,
            environment: ["HOME": home.path, "LANG": "C.UTF-8", "TERM": "xterm"])
    }

    @Test func aBadAnswerIsAskedAgainAndCtrlDKeepsTheAnswers() throws {
        let session = try start()
        try session.waitFor(text: "1/28  I make decisions quickly")
        try session.waitFor(text: "1-5>")
        try session.converse([
            "7": "7 is not on the scale; type a number from 1 to 5.", "4": "2/28  I can start a conversation",
        ])
        try session.press("C-d")
        let screen = try session.waitFor(text: "Stopped after 1 of 28 statements")
        #expect(screen.contains("Your answers are kept"))
        #expect(try session.waitForExit() == 0)
        let progress = home.appending(path: ".local/share/spincoach/assessment-progress-en.json")
        let kept = try JSONSerialization.jsonObject(with: Data(contentsOf: progress)) as? [String: Any]
        #expect(kept?["answers"] as? [Int] == [4])
    }

    @Test func chineseAnswersWithFullWidthDigitsAreTaken() throws {
        let session = try start(["--lang", "zh"])
        try session.waitFor(text: "1/28  事情一有眉目")
        try session.enter("３")
        try session.waitFor(text: "2/28  跟陌生人")
        try session.enter("/quit")
        try session.waitFor(text: "答了1题（共28题）后停下")
        #expect(try session.waitForExit() == 0)
    }
}
