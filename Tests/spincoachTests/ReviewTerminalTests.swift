import Foundation
import Testing

/// What review shows on a real terminal, driven through tmux.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ReviewTerminalTests {
    let scratch = TestFolder("review-tty")
    var home: URL { scratch.url }

    @Test func progressBarOnlyOnATerminal() throws {
        let folder = home.appending(path: "calls")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for number in 0..<30 {
            try FileManager.default.copyItem(
                atPath: ReviewCommandTests.meeting("turnchunk_basic.srt"),
                toPath: folder.appending(path: "call-\(number).srt").path)
        }
        let report = home.appending(path: "report.txt")
        let session = try TmuxSession(
            command: [
                "/bin/sh", "-c", "\"$0\" review \"$1\" > \"$2\"", SpinCoachBinary.executable.path, folder.path,
                report.path,
            ],
            environment: ["HOME": home.path, "TERM": "xterm"])
        #expect(try session.waitForExit(timeout: .seconds(60)) == 0)
        let screen = try session.capture()
        #expect(screen.contains("] 30/30 files, 60 turns"), "\(screen)")
        #expect(screen.contains("████████████████████████"))
        let written = try String(contentsOf: report, encoding: .utf8)
        #expect(written.contains("Reviewed 30 calls") && !written.contains("files, 60 turns"))
    }

    @Test func colourOnATerminalUnlessNoColor() throws {
        let file = ReviewCommandTests.meeting("turnchunk_basic.srt")
        let coloured = try TmuxSession(
            command: [SpinCoachBinary.executable.path, "review", file],
            environment: ["HOME": home.path, "TERM": "xterm"],
            rows: 200)
        #expect(try coloured.waitForExit() == 0)
        #expect(try coloured.captureWithEscapes().contains("\u{1B}[1mCall review"))
        let plain = try TmuxSession(
            command: [SpinCoachBinary.executable.path, "review", file],
            environment: ["HOME": home.path, "TERM": "xterm", "NO_COLOR": ""], rows: 200)
        #expect(try plain.waitForExit() == 0)
        let screen = try plain.captureWithEscapes()
        #expect(screen.contains("Call review") && !screen.contains("\u{1B}[1mCall review"))
    }
}
