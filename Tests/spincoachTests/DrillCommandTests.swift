import Foundation
import SpinCoachKit
import Testing

/// `spincoach drill` end to end: the built binary, piped answers, the log it leaves.
@Suite struct DrillCommandTests {
    let binary: SpinCoachBinary
    init() throws { binary = try SpinCoachBinary() }

    var drills: URL { DrillRecorder.folder(in: binary.dataDirectory) }

    func records() throws -> [DrillRecord] { try DrillLogReader.readAll(dataDirectory: binary.dataDirectory) }

    @Test func englishRoundsAreMarkedShownWithAModelAndLoggedPrivately() throws {
        let result = try binary.run(
            ["drill", "--kind", "spin", "--count", "2", "--lang", "en"],
            input: "What does that cost you when it happens?\nWhich part of that is hardest for your team?\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Round 1 of 2 · SPIN questions"))
        #expect(result.stdout.contains("Round 2 of 2 · SPIN questions"))
        #expect(result.stdout.contains("Write the question you would ask next."))
        #expect(result.stdout.contains("it reads as"))
        #expect(result.stdout.contains("Model: "))
        #expect(result.stdout.contains("of 2 right."))
        #expect(result.stdout.contains("SKILL") && result.stdout.contains("STREAK"))
        let record = try #require(try records().first)
        #expect(record.header.rep == "tester" && record.header.language == .english && record.header.kind == .spin)
        #expect(
            record.rounds.map(\.answer) == [
                "What does that cost you when it happens?", "Which part of that is hardest for your team?",
            ])
        #expect(record.rounds.allSatisfy { $0.skill == .spin && $0.label != nil && $0.item.hasPrefix("spin.") })
        #expect(record.end?.rounds == 2 && record.end?.stopped == false)
        let mode = try FileManager.default.attributesOfItem(atPath: record.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func aMixedDrillTakesTheSkillsInTurn() throws {
        let result = try binary.run(
            ["drill", "--count", "3", "--lang", "en"],
            input: "What would it be worth to you?\nD\nOur sensors warn you days ahead, so you meet that need.\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Round 1 of 3 · SPIN questions"))
        #expect(result.stdout.contains("Round 2 of 3 · DISC styles"))
        #expect(result.stdout.contains("Round 3 of 3 · features and benefits"))
        #expect(result.stdout.contains("The buyer: \""))
        #expect(result.stdout.contains("What you sell: "))
        let record = try #require(try records().first)
        #expect(record.header.kind == .mixed)
        #expect(record.rounds.map(\.skill) == [.spin, .disc, .fab])
    }

    @Test func chineseRoundsSpeakChineseAndAcceptChineseStyleNames() throws {
        let result = try binary.run(
            ["drill", "--kind", "disc", "--count", "2", "--lang", "zh"], input: "支配型\nblue\nC型\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("第1题，共2题 · DISC风格"))
        #expect(result.stdout.contains("这句话显出哪种DISC风格？（D、I、S或C）"))
        #expect(result.stdout.contains("请输入D、I、S或C，也可以输入风格名称，如“D型（支配型）”"))
        #expect(result.stdout.contains("共答2题"))
        #expect(result.stdout.contains("技能") && result.stdout.contains("连对"))
        let record = try #require(try records().first)
        #expect(record.header.language == .chinese)
        #expect(record.rounds.map(\.answer) == ["支配型", "C型"])
    }

    @Test func ctrlDHalfwayStopsCleanlyAndKeepsTheAnsweredRounds() throws {
        let result = try binary.run(["drill", "--kind", "disc", "--count", "3", "--lang", "en"], input: "\n/hint\nD\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Type your answer on one line (/skip to skip, /quit or Ctrl-D to stop)."))
        #expect(result.stdout.contains("Unknown command /hint; /skip skips the round, /quit stops."))
        #expect(result.stdout.contains("stopped after 1 of 3 rounds, all saved."))
        #expect(!result.stdout.contains("Round 3 of 3"))
        let record = try #require(try records().first)
        #expect(record.rounds.map(\.answer) == ["D"])
        #expect(record.end?.stopped == true)
        let history = try binary.run(["history"])
        #expect(history.status == 0, "\(history.stderr)")
        #expect(history.stderr.contains("no finished practice calls"))
        #expect(history.stdout.contains("tester: drills"))
        #expect(history.stdout.contains("DISC styles"))
        #expect(history.stdout.contains("SCORE") && history.stdout.contains("DUE"))
    }

    @Test func quitStopsLikeCtrlDInChineseToo() throws {
        let result = try binary.run(["drill", "--kind", "disc", "--count", "3", "--lang", "zh"], input: "D\n/quit\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("共3题，答到第1题停下，已答的都已保存。"))
        #expect(try records().first?.rounds.count == 1)
    }

    @Test func whatIsDueComesFirstInTheLanguageDrilledLast() throws {
        let lastWeek = Date().addingTimeInterval(-7 * 86_400)
        try binary.recordDrill(
            DrillHeader(id: "old", started: lastWeek, rep: "tester", language: .chinese, kind: .spin),
            round: DrillRound(
                index: 1, item: "spin.fixture-zh-d.fact.capacity", skill: .spin, answer: "产量多少？",
                mark: DrillMark(verdict: .near, quality: 2, label: .situation, confidence: 1), time: lastWeek))
        // A fixture buyer's fact, so the round quotes the fixture's words.
        let result = try binary.run(["drill", "--count", "1"] + FixtureContent.option, input: "/skip\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("第1题，共1题 · SPIN提问"))
        #expect(result.stdout.contains("四台隧道烤炉"))
        #expect(result.stdout.contains("已跳过：这里要问难点问题。"))
        let latest = try #require(try records().last)
        #expect(latest.rounds.first?.item == "spin.fixture-zh-d.fact.capacity")
        #expect(latest.rounds.first?.verdict == .skipped)
    }

    @Test func aDamagedDrillLogIsNamedByFileAndLineAndLeftAsItIs() throws {
        let header =
            #"{"id":"bad","kind":"spin","language":"en","rep":"tester","started":"2025-03-14T10:30:00.000Z","type":"drill"}"#
        let text = header + "\n{\"type\":\"round\",\"index\":1\n"
        let url = try binary.write(text, to: "data/spincoach/drills/bad.jsonl")
        let drill = try binary.run(["drill", "--count", "1"], input: "D\n")
        #expect(drill.status == 1)
        #expect(drill.stderr.contains("drills/bad.jsonl:2: not a valid JSON object"), "\(drill.stderr)")
        #expect(drill.stderr.contains("left as it is"))
        // history leaves a damaged drill log out with a warning, as it does a damaged session file.
        let history = try binary.run(["history"])
        #expect(history.status == 0)
        #expect(history.stderr.contains("drills/bad.jsonl:2: not a valid JSON object"))
        #expect(try String(contentsOf: url, encoding: .utf8) == text)
        #expect(try FileManager.default.contentsOfDirectory(atPath: drills.path) == ["bad.jsonl"])
    }

    @Test func aRoundCountOutOfRangeIsRefused() throws {
        let zero = try binary.run(["drill", "--count", "0"])
        #expect(zero.status == 64 && zero.stderr.contains("--count must be a whole number from 1 to 100, not 0"))
        let kind = try binary.run(["drill", "--kind", "poker"])
        #expect(kind.status == 64 && kind.stderr.contains("poker"))
        #expect(!FileManager.default.fileExists(atPath: drills.path))
    }
}
