import Foundation
import Testing

/// Whole calls piped into the built binary, checked through the output and the session log.
/// A test that quotes a buyer or a script plays a fixture buyer (`FixtureContent`).
@Suite struct PracticeCommandTests {
    let binary: SpinCoachBinary
    init() throws { binary = try SpinCoachBinary() }

    /// A good call with the fixture buyer fixture-en-d, to an advance.
    static let goodCall = [
        "Hello, thanks for making time today.",
        "Which oven has the most unplanned stops, and how many last month?",
        "When an oven stops unplanned, what does that do to your deliveries and late orders?",
        "And does the firefighting push back the preventive jobs you had planned?",
        "If you saw an oven failure coming days ahead, what would that be worth to you?",
        "/notes she cares about the corrective action plan",
        "Would it make sense to put sensors on oven three for a four-week trial and review the data together?",
    ]

    func sessionFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: binary.dataDirectory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "jsonl" }
    }

    func records(_ url: URL) throws -> [[String: Any]] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func aPipedCallIsCoachedScoredAndLogged() throws {
        let input = Self.goodCall.joined(separator: "\n") + "\n"
        let result = try binary.run(
            ["practice", "--persona", "fixture-en-d", "--seed", "11", "--rep", "dana"] + FixtureContent.option,
            input: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Before the call"))
        #expect(result.stdout.contains("Dana Fixture: Fifteen minutes"))
        #expect(result.stdout.contains("Scorecard"))
        #expect(result.stdout.contains("advance (an agreed next step)"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")

        let files = try sessionFiles()
        #expect(files.count == 1)
        let log = try records(try #require(files.first))
        let header = try #require(log.first)
        #expect(header["type"] as? String == "header")
        #expect(header["persona"] as? String == "fixture-en-d")
        #expect(header["script"] as? String == "fixture-en-bakery")
        #expect(header["rep"] as? String == "dana")
        #expect(header["seed"] as? Int == 11)
        #expect(header["language"] as? String == "en")
        let turns = log.filter { $0["type"] as? String == "turn" }
        let rep = turns.filter { $0["speaker"] as? String == "rep" }
        #expect(rep.count == Self.goodCall.count - 1)
        #expect(rep.allSatisfy { $0["label"] is String && $0["confidence"] is Double && $0["stage"] is String })
        #expect(
            turns.contains {
                $0["speaker"] as? String == "note" && ($0["text"] as? String)?.contains("corrective") == true
            })
        let summary = try #require(log.last)
        #expect(summary["type"] as? String == "summary")
        #expect(summary["outcome"] as? String == "advance")
        #expect((summary["scorecard"] as? [String: Any])?["explicitNeeds"] != nil)
        // Each answer to a SPIN question records what the buyer took it to be about.
        let reasons = turns.compactMap { $0["reason"] as? [String: Any] }
        #expect(reasons.contains { $0["kind"] as? String == "reveals" && $0["item"] as? String == "need:breakdowns" })

        let file = try #require(files.first)
        let fileMode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        let folderMode =
            try FileManager.default.attributesOfItem(atPath: binary.dataDirectory.path)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(folderMode == 0o700)
    }

    @Test func whyExplainsTheBuyersLastAnswer() throws {
        let input = "Any unplanned breakdowns on the ovens lately?\n/why\n/quit\n"
        let result = try binary.run(
            ["practice", "--persona", "fixture-en-d", "--seed", "2"] + FixtureContent.option, input: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("The buyer heard a question about the problem “Oven three."), "\(result.stdout)")
    }

    @Test func theSameSeedGivesTheSameCall() throws {
        let input = "How many lines do you run?\nWhat keeps breaking down?\nWhat colour is the canteen?\n/end\n"
        let first = try binary.run(
            ["practice", "--persona", "tan-wei-ming", "--seed", "5", "--coach", "off"], input: input)
        let second = try binary.run(
            ["practice", "--persona", "tan-wei-ming", "--seed", "5", "--coach", "off"], input: input)
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(!first.stdout.contains("Before the call"), "--coach off skips the brief")
    }

    @Test func ctrlDOnPipedInputEndsWithTheScorecard() throws {
        let result = try binary.run(
            ["practice", "--persona", "fixture-zh-d", "--seed", "2"] + FixtureContent.option,
            input: "您好，丁总。\n厂里现在有几台烤炉？开几个班？\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("评分卡"))
        #expect(result.stdout.contains("丁样例："))
        let log = try records(try #require(try sessionFiles().first))
        #expect(log.last?["type"] as? String == "summary")
    }

    /// The shell's own labels come from the glossary too: the tip prefix is 提示, not the buying role 教练.
    @Test func aChineseTipAndItsSuggestionUseTheGlossarysWords() throws {
        let input = "您好，丁总。\n我们的系统能在线监测烤炉温度，提前预警故障，已经在很多食品厂用了。\n/end\n"
        let result = try binary.run(
            ["practice", "--persona", "fixture-zh-d", "--seed", "2", "--plain"] + FixtureContent.option, input: input)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\n提示：客户还没说出明确需求"), "\(result.stdout)")
        #expect(result.stdout.contains("\n可以问："))
        #expect(!result.stdout.contains("教练："))
    }

    @Test func aChineseCallCanReachAnAdvance() throws {
        // The first problem question is met with a denial, the same one asked again with the problem.
        let lines = [
            "丁总您好，感谢您抽时间。",
            "哪台烤炉突然停下来的次数最多？",
            "哪台烤炉突然停下来的次数最多？",
            "烤炉一停，对交货和客户订单有什么影响？",
            "如果能提前一两周知道哪台要出问题，对您有什么价值？",
            "下周能不能安排我们的工程师到现场，在三号烤炉上装几个测点试运行一个月？",
        ]
        let result = try binary.run(
            ["practice", "--persona", "fixture-zh-d", "--seed", "4"] + FixtureContent.option,
            input: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("推进（约定了推动销售的下一步）"), "\(result.stdout)")
    }

    @Test func slashCommandsHelpAndMistakesAnswerWithoutEndingTheCall() throws {
        let input = "/help\n/notes\n/frobnicate\n/advice\n/stage\nHow many lines do you run?\n/end\n"
        let result = try binary.run(
            ["practice", "--persona", "fixture-en-d", "--seed", "1"] + FixtureContent.option, input: input)
        #expect(result.status == 0)
        // /help is a two-column table, so the summary sits past the padded name.
        #expect(result.stdout.contains(/\/hint +a next question/))
        #expect(result.stdout.contains(/\/why +how the buyer understood/))
        #expect(result.stdout.contains("usage: /notes TEXT"))
        #expect(result.stdout.contains("unknown command /frobnicate; type /help"))
        #expect(result.stdout.contains("D (Dominance): Results, speed and control"))
        #expect(result.stdout.contains("Stage: opening"))
        #expect(result.stdout.contains("Dana Fixture: Four tunnel ovens"))
        #expect(result.stdout.contains("Scorecard"))
    }

    @Test func plainOutputHasNoDecoration() throws {
        let input = "How many lines do you run?\n/end\n"
        let plain = try binary.run(["practice", "--persona", "kwame-asante", "--seed", "1", "--plain"], input: input)
        #expect(plain.stdout.contains("(stage: situation questions)"))
        #expect(!plain.stdout.contains("— situation questions —"))
        let decorated = try binary.run(["practice", "--persona", "kwame-asante", "--seed", "1"], input: input)
        #expect(decorated.stdout.contains("— situation questions —"))
    }

    @Test func undoingTwiceKeepsTheLogWhole() throws {
        let input =
            [
                "How many lines do you run?", "How often do you get unplanned breakdowns?", "/notes keep this", "/undo",
                "/undo", "Which machines are critical?", "/end",
            ].joined(separator: "\n") + "\n"
        let result = try binary.run(["practice", "--persona", "kwame-asante", "--seed", "1"], input: input)
        #expect(result.status == 0)
        #expect(!result.stderr.contains("could not save"), "\(result.stderr)")
        let id = try #require(try sessionFiles().first).deletingPathExtension().lastPathComponent
        let show = try binary.run(["sessions", "show", id])
        #expect(show.stdout.contains("Which machines are critical?"))
        #expect(show.stdout.contains("keep this"))
        // What was undone is still shown to a coach, marked.
        #expect(show.stdout.contains("(undone) How often do you get unplanned breakdowns?"))
        #expect(show.stdout.contains("Outcome"))
    }

    /// Run-time failures exit 1 with a plain error; usage mistakes exit 64 with the usage.
    @Test func badOptionsFailClearlyAndSaveNothing() throws {
        let fixtures = FixtureContent.option
        let unknown = try binary.run(["practice", "--persona", "fixture-en-dd"] + fixtures)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("error: no persona has the id 'fixture-en-dd'; did you mean fixture-en-d?"))
        let every = FixtureContent.library.personas.map(\.id).joined(separator: ", ")
        #expect(unknown.stderr.contains("available: \(every)\n"), "\(unknown.stderr)")
        #expect(!unknown.stderr.contains("Usage:"))
        try binary.expectExit(
            64, saying: "script 'fixture-zh-bakery' is in zh but the buyer speaks en", "Usage: spincoach practice",
            from: ["practice", "--persona", "fixture-en-d", "--script", "fixture-zh-bakery"] + fixtures)
        try binary.expectExit(
            1, saying: "no script has the id 'fixture-en-bakry'; did you mean fixture-en-bakery?",
            from: ["practice", "--persona", "fixture-en-d", "--script", "fixture-en-bakry"] + fixtures)
        try binary.expectExit(
            64, saying: "--persona fixture-en-d speaks en, not zh",
            from: ["practice", "--persona", "fixture-en-d", "--lang", "zh"] + fixtures)
        for seed in ["-1", "x", "18446744073709551616"] {
            try binary.expectExit(
                64, saying: "--seed must be a whole number from 0 to 18446744073709551615, not '\(seed)'",
                from: ["practice", "--persona", "fixture-en-d", "--seed", seed] + fixtures)
        }
        try binary.expectExit(64, saying: "--persona ID or --random", from: ["practice"], input: "hello\n")
        let both = try binary.run(["practice", "--random", "--persona", "fixture-en-d"] + fixtures)
        #expect(both.status == 64)
        let unwritable = try binary.run(
            ["practice", "--persona", "fixture-en-d", "--data-dir", "/proc/no-such-folder"] + fixtures, input: "hi\n")
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr.hasPrefix("error: /proc/no-such-folder"))
        #expect((try? sessionFiles())?.isEmpty ?? true)
    }

    @Test func randomPicksABuyerInTheRequestedLanguage() throws {
        let result = try binary.run(["practice", "--random", "--lang", "zh", "--seed", "9"], input: "/quit\n")
        #expect(result.status == 0)
        let log = try records(try #require(try sessionFiles().first))
        #expect(log.first?["language"] as? String == "zh")
        #expect(log.last?["outcome"] as? String == "abandoned")
    }

    @Test func quittingAChineseVisitSaysItIsAVisit() throws {
        let result = try binary.run(
            ["practice", "--persona", "fixture-zh-d", "--seed", "3"] + FixtureContent.option, input: "/quit\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("已退出拜访，记录已保存。"), "\(result.stdout)")
        #expect(!result.stdout.contains("通话"))
        // Where the session went is said in the call's language too.
        #expect(result.stderr.contains("保存在"), "\(result.stderr)")
        #expect(!result.stderr.contains("saved in"))
    }

    @Test func aKilledCallKeepsEveryTurnAndIsMarkedIncomplete() throws {
        let process = Process()
        process.executableURL = SpinCoachBinary.executable
        process.arguments = ["practice", "--persona", "priya-nair", "--seed", "1"]
        process.environment = [
            "HOME": binary.home.path, "XDG_DATA_HOME": binary.home.appending(path: "data").path,
            "XDG_CONFIG_HOME": binary.home.appending(path: "config").path, "LANG": "C.UTF-8",
        ]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(
            Data("Hi Priya, great to see you again!\nHow many sites are on the old ERP?\n".utf8))
        // Wait until both rep lines are on disk, then kill without warning.
        let deadline = Date().addingTimeInterval(20)
        var repTurns = 0
        while Date() < deadline && repTurns < 2 {
            Thread.sleep(forTimeInterval: 0.05)
            if let file = try? sessionFiles().first, let text = try? String(contentsOf: file, encoding: .utf8) {
                repTurns = text.components(separatedBy: "\"speaker\":\"rep\"").count - 1
            }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(repTurns == 2)
        let log = try records(try #require(try sessionFiles().first))
        #expect(log.contains { $0["type"] as? String == "summary" } == false)
        let list = try binary.run(["sessions", "list"])
        #expect(list.stdout.contains("incomplete"))
        let show = try binary.run([
            "sessions", "show", try #require(try sessionFiles().first).deletingPathExtension().lastPathComponent,
        ])
        #expect(show.stdout.contains("How many sites are on the old ERP?"))
    }
}
