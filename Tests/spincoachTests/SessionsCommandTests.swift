import Foundation
import SpinCoachKit
import Testing

@Suite struct SessionsCommandTests {
    let binary: SpinCoachBinary
    init() throws { binary = try SpinCoachBinary() }

    static let start = Date(timeIntervalSince1970: 1_741_942_500)

    /// Records a session with the library into the binary's default data folder
    /// ($XDG_DATA_HOME/spincoach): a rep line, a buyer line with an escape sequence, a
    /// note, and when `undo` is set a second exchange taken back.
    func record(
        id: String, minutes: Int, rep: String, persona: String = "maria-keller", language: ContentLanguage,
        text: String, finish: Bool, undo: Bool = false, scorecard: [String: JSONValue] = [:]
    ) throws {
        let started = Self.start.addingTimeInterval(TimeInterval(60 * minutes))
        let recorder = try SessionRecorder(
            directory: binary.dataDirectory,
            header: SessionHeader(
                id: id, started: started, persona: persona, script: "plant-downtime", contentVersion: "1",
                seed: 7, language: language, rep: rep, coach: .live))
        try recorder.append(
            SessionTurn(
                index: 0, speaker: .rep, text: text, label: "situation", confidence: 0.9, stage: "investigating",
                time: started))
        try recorder.append(
            SessionTurn(index: 1, speaker: .buyer, text: "Three.\u{1B}[2J", stage: "investigating", time: started))
        try recorder.append(SessionTurn(index: 2, speaker: .note, text: "a note", stage: "problem", time: started))
        if undo {
            try recorder.append(
                SessionTurn(
                    index: 3, speaker: .rep, text: "What breaks?", label: "problem", confidence: 0.8, stage: "problem",
                    time: started))
            try recorder.append(
                SessionTurn(index: 4, speaker: .buyer, text: "Bearings.", stage: "problem", time: started))
            try recorder.append(.undoNote(index: 5, retracting: [3, 4], stage: "problem", time: started))
        }
        if finish {
            try recorder.finish(SessionSummary(ended: started, outcome: .advance, score: 81, scorecard: scorecard))
        }
    }

    @Test func listIsAnAlignedTableNewestFirstCountingRepAndBuyerTurns() throws {
        try record(id: "older", minutes: 0, rep: "Sam", language: .english, text: "How many lines?", finish: true)
        try record(
            id: "newer", minutes: 5, rep: "李明", persona: "han-zhendong", language: .chinese, text: "有几条产线？",
            finish: false, undo: true)
        let result = try binary.run(["sessions", "list"], environment: ["TZ": "UTC"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 3, "\(result.stdout)")
        #expect(lines[0].hasPrefix("ID") && lines[0].contains("TURNS") && lines[0].hasSuffix("RESULT"))
        // The note and the undone exchange are not counted: one rep turn, one buyer turn.
        #expect(lines[1].hasPrefix("newer ") && lines[1].contains(" 1/1 ") && lines[1].hasSuffix("incomplete"))
        #expect(
            lines[2].hasPrefix("older ") && lines[2].contains("2025-03-14 08:55") && lines[2].hasSuffix("advance 81"))
        // The last column starts at the same display column on every line, though a rep's name is Chinese.
        let resultStarts = zip(lines, ["RESULT", "incomplete", "advance 81"]).map { line, last in
            TerminalText.width(line) - TerminalText.width(last)
        }
        #expect(Set(resultStarts).count == 1)
        let json = try binary.run(["sessions", "list", "--json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(list.compactMap { $0["id"] as? String } == ["newer", "older"])
        #expect(list.first?["repTurns"] as? Int == 1 && list.first?["buyerTurns"] as? Int == 1)
    }

    @Test func listFiltersByRepAndPersona() throws {
        try record(id: "sams", minutes: 0, rep: "Sam", language: .english, text: "How many lines?", finish: true)
        try record(
            id: "lis", minutes: 5, rep: "李明", persona: "han-zhendong", language: .chinese, text: "有几条产线？",
            finish: true)
        let byRep = try binary.run(["sessions", "list", "--rep", "Sam"])
        #expect(byRep.status == 0)
        #expect(byRep.stdout.contains("sams") && !byRep.stdout.contains("lis "))
        let byPersona = try binary.run(["sessions", "list", "--persona", "han-zhendong", "--json"])
        let list = try #require(
            try JSONSerialization.jsonObject(with: Data(byPersona.stdout.utf8)) as? [[String: Any]])
        #expect(list.compactMap { $0["id"] as? String } == ["lis"])
        let none = try binary.run(["sessions", "list", "--rep", "nobody"])
        #expect(none.status == 0)
        #expect(none.stdout.isEmpty)
        #expect(none.stderr.contains("no sessions match (2 sessions in all)"))
    }

    @Test func showPrintsNumberedTurnsWhatWasUndoneAndNoControlCharacters() throws {
        try record(
            id: "older", minutes: 0, rep: "Sam", language: .english, text: "How many lines?", finish: true, undo: true)
        let result = try binary.run(["sessions", "show", "older"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "session older")
        #expect(lines.contains("  0  rep    How many lines?  (situation, 0.90)"))
        #expect(lines.contains("  1  buyer  Three.^[[2J"))
        #expect(lines.contains("  2  note   a note"))
        #expect(lines.contains("  3  rep    (undone) What breaks?  (problem, 0.80)"))
        #expect(lines.contains("  4  buyer  (undone) Bearings."))
        #expect(lines.contains("  5  note   undo: turns 3-4"))
        #expect(lines.contains("            [investigating]") && lines.contains("            [problem]"))
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stdout.contains("outcome advance, score 81/100"))
        let json = try binary.run(["sessions", "show", "older", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["complete"] as? Bool == true)
        #expect((object["turns"] as? [Any])?.count == 4)
        #expect((object["undone"] as? [Any])?.count == 2)
    }

    @Test func showPrintsTheWholeSavedScorecardLaidOut() throws {
        // As the practice call saves it: a Scorecard encoded as JSON.
        let card: [String: JSONValue] = [
            "outcome": "advance", "questions": ["situation": 2, "implication": 1],
            "impliedNeeds": ["found": 1, "total": 2], "implicationsDeveloped": ["found": 1, "total": 4],
            "explicitNeeds": ["found": 1, "total": 2], "prematurePitches": 0, "prematureNeedPayoffs": 0,
            "talkShare": 0.41, "discStyle": "D", "offStyleMoments": 0,
            "coachingPoints": [
                ["advice": "This got the buyer to state an explicit need.", "quote": "What is it worth?"]
            ],
            "score": 81,
        ]
        try record(
            id: "scored", minutes: 0, rep: "Sam", language: .english, text: "How many lines?", finish: true,
            scorecard: card)
        let result = try binary.run(["sessions", "show", "scored"], environment: ["COLUMNS": "60"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Talk share      41%"))
        #expect(result.stdout.contains("This got the buyer to state an explicit need."))
        #expect(result.stdout.contains("“What is it worth?”"))
        #expect(result.stdout.split(separator: "\n").allSatisfy { TerminalText.width(String($0)) <= 60 })
    }

    @Test func showTakesAnIDPrefixOrLatest() throws {
        try record(id: "20250314-0855-aa", minutes: 0, rep: "Sam", language: .english, text: "First?", finish: true)
        try record(id: "20250314-0900-ab", minutes: 5, rep: "Sam", language: .english, text: "Second?", finish: true)
        let latest = try binary.run(["sessions", "show", "latest"])
        #expect(latest.status == 0)
        #expect(latest.stdout.hasPrefix("session 20250314-0900-ab"))
        let prefix = try binary.run(["sessions", "show", "20250314-0855"])
        #expect(prefix.status == 0)
        #expect(prefix.stdout.hasPrefix("session 20250314-0855-aa"))
        let ambiguous = try binary.run(["sessions", "show", "20250314"])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("'20250314' starts 2 session ids: 20250314-0855-aa, 20250314-0900-ab"))
        #expect(!ambiguous.stderr.contains("Usage:"))
    }

    @Test func unknownIDAndNoSessions() throws {
        let empty = try binary.run(["sessions", "list"])
        #expect(empty.status == 0)
        #expect(empty.stdout.isEmpty)
        #expect(empty.stderr.contains("no sessions in"))
        let unknown = try binary.run(["sessions", "show", "nope", "--data-dir", binary.home.path])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("error: no session has the id 'nope'"))
        #expect(!unknown.stderr.contains("Usage:"))
        let latest = try binary.run(["sessions", "show", "latest"])
        #expect(latest.status == 1)
        #expect(latest.stderr.contains("no sessions yet in"))
    }

    /// `--explain` follows every buyer turn with what the buyer did and why, from the log.
    @Test func showExplainsEachBuyerTurn() throws {
        let input = "Any unplanned breakdowns on the ovens lately?\nOur sensors sample at 25 kHz.\n/quit\n"
        let call = try binary.run(
            ["practice", "--persona", "fixture-en-d", "--seed", "2"] + FixtureContent.option, input: input)
        #expect(call.status == 0, "\(call.stderr)")
        let plain = try binary.run(["sessions", "show", "latest"])
        #expect(!plain.stdout.contains("why:"))
        let result = try binary.run(["sessions", "show", "latest", "--explain"])
        #expect(result.status == 0, "\(result.stderr)")
        let whys = result.stdout.split(separator: "\n").filter { $0.contains("why: ") }
        #expect(whys.contains { $0.contains("problem:breakdowns") }, "\(result.stdout)")
        #expect(whys.contains { $0.contains("objection (pitch)") }, "\(result.stdout)")
    }
}
