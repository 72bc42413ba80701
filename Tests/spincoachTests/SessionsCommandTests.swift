import Foundation
import SpinCoachKit
import Testing

@Suite struct SessionsCommandTests {
    let binary: SpinCoachBinary
    init() throws { binary = try SpinCoachBinary() }

    static let start = Date(timeIntervalSince1970: 1_741_942_500)

    /// Records a session with the library into the binary's default data folder ($XDG_DATA_HOME/spincoach).
    func record(id: String, minutes: Int, rep: String, language: ContentLanguage, text: String, finish: Bool) throws {
        let started = Self.start.addingTimeInterval(TimeInterval(60 * minutes))
        let recorder = try SessionRecorder(
            directory: binary.dataDirectory,
            header: SessionHeader(
                id: id, started: started, persona: "maria-keller", script: "plant-downtime", contentVersion: "1",
                seed: 7, language: language, rep: rep, coach: .live))
        try recorder.append(
            SessionTurn(
                index: 0, speaker: .rep, text: text, label: "situation", confidence: 0.9, stage: "investigating",
                time: started))
        try recorder.append(
            SessionTurn(index: 1, speaker: .buyer, text: "Three.\u{1B}[2J", stage: "investigating", time: started))
        if finish {
            try recorder.finish(SessionSummary(ended: started, outcome: .advance, score: 81, scorecard: [:]))
        }
    }

    @Test func listIsAnAlignedTableNewestFirst() throws {
        try record(id: "older", minutes: 0, rep: "Sam", language: .english, text: "How many lines?", finish: true)
        try record(id: "newer", minutes: 5, rep: "李明", language: .chinese, text: "有几条产线？", finish: false)
        let result = try binary.run(["sessions", "list"], environment: ["TZ": "UTC"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 3)
        #expect(lines[0].hasPrefix("ID"))
        #expect(lines[1].hasPrefix("newer ") && lines[1].contains("incomplete"))
        #expect(lines[2].hasPrefix("older ") && lines[2].contains("advance") && lines[2].hasSuffix("81"))
        // The last column starts at the same display column on every line, though a rep's name is Chinese.
        let scoreStarts = lines.map { line in
            TerminalText.width(line) - TerminalText.width(String(line.split(separator: " ").last ?? ""))
        }
        #expect(Set(scoreStarts).count == 1)
        let json = try binary.run(["sessions", "list", "--json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(list.compactMap { $0["id"] as? String } == ["newer", "older"])
    }

    @Test func showPrintsTurnsWithoutControlCharacters() throws {
        try record(id: "older", minutes: 0, rep: "Sam", language: .english, text: "How many lines?", finish: true)
        let result = try binary.run(["sessions", "show", "older"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("[investigating] rep: How many lines?  (situation, 0.90)"))
        #expect(result.stdout.contains("[investigating] buyer: Three.^[[2J"))
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stdout.contains("outcome  advance"))
        let json = try binary.run(["sessions", "show", "older", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["complete"] as? Bool == true)
        #expect((object["turns"] as? [Any])?.count == 2)
    }

    @Test func unknownIDAndNoSessions() throws {
        let empty = try binary.run(["sessions", "list"])
        #expect(empty.status == 0)
        #expect(empty.stdout.isEmpty)
        #expect(empty.stderr.contains("no sessions in"))
        let unknown = try binary.run(["sessions", "show", "nope", "--data-dir", binary.home.path])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no session has the id 'nope'"))
    }
}
