import Foundation
import Testing

/// The terminal harness itself, checked on a plain shell so it works before any command uses it.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TmuxSessionTests {
    @Test func typesReadsAndSeesTheProgramExit() throws {
        let session = try TmuxSession(
            command: ["/bin/sh", "-c", "printf 'name? '; read name; echo \"hello $name\"; exit 3"])
        try session.waitFor(text: "name?")
        try session.enter("你好 Ann")
        let screen = try session.waitFor(text: "hello 你好 Ann")
        #expect(screen == "name? 你好 Ann\nhello 你好 Ann")
        #expect(try session.waitForExit() == 3)
    }

    @Test func passesExactlyTheEnvironmentGiven() throws {
        let session = try TmuxSession(
            command: ["/bin/sh", "-c", "echo \"[$TERM][$NO_COLOR][${HOME-unset}]\""],
            environment: ["NO_COLOR": "1"])
        #expect(try session.waitForExit() == 0)
        #expect(try session.capture().contains("[screen][1][unset]"))
    }

    @Test func reportsTheScreenWhenWaitingTimesOut() throws {
        let session = try TmuxSession(command: ["/bin/sh", "-c", "echo ready; sleep 5"])
        try session.waitFor(text: "ready")
        #expect {
            try session.waitFor(text: "never shown", timeout: .milliseconds(200))
        } throws: { error in
            "\(error)".contains("ready")
        }
    }
}
