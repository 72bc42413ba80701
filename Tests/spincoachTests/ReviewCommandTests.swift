import Foundation
import SpinCoachKit
import Testing

@Suite struct ReviewCommandTests {
    let binary: SpinCoachBinary
    init() throws { binary = try SpinCoachBinary() }

    static let transcripts = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "SpinCoachKitTests/Fixtures/transcripts")

    static func meeting(_ name: String) -> String { transcripts.appending(path: "meetings/\(name)").path }

    @Test func oneFileGetsAFullReview() throws {
        let result = try binary.run(["review", Self.meeting("turnchunk_renewal-call.vtt")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Rep: Priya Raman (asks the most questions)"))
        #expect(result.stdout.contains("Coaching points") && result.stdout.contains("Try: \""))
        #expect(!result.stdout.contains("\u{1B}") && result.stderr.isEmpty)
    }

    @Test func aFolderWithBadFilesIsReviewedAndExitsOne() throws {
        let folder = binary.home.appending(path: "calls")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: Self.meeting("turnchunk_basic.srt"), toPath: folder.appending(path: "a-good.srt").path)
        try Data(Array("GIF89a".utf8) + [0, 0, 0, 1]).write(to: folder.appending(path: "b-binary.txt"))
        try Data("Ann: caf\u{E9}".utf8.dropLast(2) + [0xE9]).write(to: folder.appending(path: "c-latin1.txt"))
        try Data().write(to: folder.appending(path: "d-empty.vtt"))
        try Data("We talked for a while about prices.\n".utf8).write(to: folder.appending(path: "e-nobody.txt"))
        try Data("1\n00:00:01,000 --> 00:00:0x,000\nhi\n".utf8).write(to: folder.appending(path: "f-broken.srt"))
        try Data("ignored".utf8).write(to: folder.appending(path: "g-notes.docx"))
        let result = try binary.run(["review", "calls"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("calls/a-good.srt"))
        #expect(result.stdout.contains("Reviewed 1 calls, 2 turns, 5 failed"))
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors.contains { $0.hasPrefix("calls/b-binary.txt:1:7: error: a binary file") })
        #expect(errors.contains { $0.hasPrefix("calls/c-latin1.txt:1:9: error: not valid UTF-8") })
        #expect(errors.contains { $0.hasPrefix("calls/d-empty.vtt: error: the file is empty") })
        #expect(errors.contains { $0.hasPrefix("calls/e-nobody.txt: error: no speakers") })
        #expect(errors.contains { $0.hasPrefix("calls/f-broken.srt:2:18: error: '00:00:0x,000' is not a time") })
        #expect(errors.filter { $0.contains("error: ") && $0.hasSuffix("(skipped)") }.count == 5)
        #expect(errors.last == "error: 5 of 6 inputs could not be reviewed")
        // Piped stderr gets no progress bar.
        #expect(!result.stderr.contains("█") && !result.stderr.contains("\r"))
    }

    @Test func sessionIdsAndJSONOutputToAPrivateFile() throws {
        let log = Self.transcripts.appending(path: "ours/practice-with-reasons.jsonl")
        let data = binary.dataDirectory
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: log, to: data.appending(path: "20250314-090000-0000abcd.jsonl"))
        let result = try binary.run(["review", "20250314-090000-0000abcd", "--format", "json", "--output", "out.json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let url = binary.home.appending(path: "out.json")
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let calls = try #require(object["calls"] as? [[String: Any]])
        let review = try #require(calls.first?["review"] as? [String: Any])
        #expect(review["repRule"] as? String == "session")
        let turns = try #require(review["turns"] as? [[String: Any]])
        #expect(turns.compactMap { ($0["reason"] as? [String: Any])?["kind"] as? String }.count == 5)
        let text = try binary.run(["review", "20250314-090000-0000abcd"])
        #expect(text.stdout.contains("The buyer's reveals and reasons per turn:"))
        #expect(text.stdout.contains("reveals problem:breakdowns because of \"stop\", \"corrugator\""))
    }

    @Test func optionsAndMistakes() throws {
        let renamed = try binary.run([
            "review", Self.meeting("turnchunk_basic.srt"), "--speaker", "Alice=Alice Chen", "--rep", "bob",
        ])
        #expect(renamed.status == 0)
        #expect(renamed.stdout.contains("Rep: Bob (named with --rep)") && renamed.stdout.contains("Alice Chen"))
        let unknown = try binary.run(["review", Self.meeting("turnchunk_basic.srt"), "--rep", "Zed"])
        #expect(
            unknown.status == 1
                && unknown.stderr.contains("--rep 'Zed' is not a speaker in this call; its speakers are Alice, Bob"))
        let missing = try binary.run(["review", "no-such-thing"])
        #expect(
            missing.status == 1 && missing.stderr.contains("no-such-thing: error: no such file, folder or session id"))
        let badSpeaker = try binary.run(["review", "x", "--speaker", "Alice"])
        #expect(badSpeaker.status == 64 && badSpeaker.stderr.contains("write it as \"Old name=New name\""))
        let markdown = try binary.run(["review", Self.meeting("tx_zoom_sample.vtt"), "--format", "markdown"])
        #expect(markdown.status == 0 && markdown.stdout.hasPrefix("# Call review: "))
    }
}
